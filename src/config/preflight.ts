/**
 * Everything a build reads, checked before Astro starts (scripts/build-site.ts
 * and astro.config.mjs call this): the deployment settings, the report as
 * ingested (content/report/ must be exactly what the seed and its structure file
 * give, and the seed the one the structure file records), the glossary, the
 * unmarked terms, the indicators, the zones, the summaries and the English translation. Each check runs once per process
 * (src/utils/once.ts): the pages get these same results. A problem is refused
 * here, naming the file and line or the variable, so no build ever stops
 * halfway through writing pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSettings } from './deploy-env.ts';
import { ingest } from '../ingest/index.ts';
import { renderContent } from '../ingest/write-content.ts';
import { REPORT_DIR, SEED_FILE, STRUCTURE_FILE } from '../ingest/paths.ts';
import { loadGlossary } from '../glossary/load.ts';
import { loadUnmarked } from '../glossary/unmarked.ts';
import { loadIndicators } from '../indicators/load.ts';
import { loadZones } from '../zones/load.ts';
import { loadSummaries } from '../summaries/read.ts';
import { loadTranslation } from '../translation/load.ts';
import { SourceError } from '../utils/source-error.ts';
import { decodeUtf8, readTextFile } from '../utils/text-file.ts';
import { fromRoot } from '../utils/project.ts';
import { once } from '../utils/once.ts';

const INGEST_FIX =
  'run `npm run ingest` (content/report/ is generated from seeds/ and never edited by hand), or `npm run build`, which does';

/**
 * The report the site publishes is the seed's text: the ingest is run again in
 * memory (refusing a seed with another SHA-256, src/ingest/index.ts) and every
 * file it would write must be in content/report/ as it is.
 */
function checkIngested(): void {
  once('ingested', () => {
    let seed: Buffer;
    try {
      seed = readFileSync(fromRoot(SEED_FILE));
    } catch (e) {
      throw new SourceError(
        { file: SEED_FILE },
        `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
        'restore the seed from ../shared/seeds/',
      );
    }
    const result = ingest({
      seed: new Uint8Array(seed),
      seedFile: SEED_FILE,
      structureText: decodeUtf8(
        readFileSync(fromRoot(STRUCTURE_FILE)),
        STRUCTURE_FILE,
        'save the structure file as UTF-8',
        'the structure file',
      ),
      structureFile: STRUCTURE_FILE,
    });
    for (const [name, content] of renderContent(result)) {
      const file = join(REPORT_DIR, name);
      if (!existsSync(fromRoot(file)))
        throw new SourceError({ file }, 'missing: the report has not been ingested', INGEST_FIX);
      if (readTextFile(file, INGEST_FIX) !== content)
        throw new SourceError({ file }, 'differs from what the seed and the structure file give', INGEST_FIX);
    }
    return true;
  });
}

export async function checkEverything(): Promise<void> {
  buildSettings();
  checkIngested();
  loadUnmarked(loadGlossary());
  loadIndicators();
  await loadZones();
  loadSummaries();
  loadTranslation();
}
