/**
 * `npm run translation:check`: the build's checks of the English translation
 * (content/translation/en.yaml), alone, listing every refusal rather than the
 * first. `--tables` writes the conversion and qualifier tables into
 * content/translation/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadGlossary } from '../src/glossary/load.ts';
import { readReport } from '../src/ingest/report-files.ts';
import { checkTranslation, TRANSLATION_FILE } from '../src/translation/load.ts';
import { formatTables, README_FILE, withTables } from '../src/translation/tables.ts';
import { SourceError } from '../src/utils/source-error.ts';
import { fromRoot } from '../src/utils/project.ts';
import { runCli } from './lib/cli.ts';

await runCli('translation check failed.', () => {
  const { values } = parseArgs({ options: { tables: { type: 'boolean', default: false } } });
  if (values.tables) {
    const readme = fromRoot(README_FILE);
    writeFileSync(readme, withTables(readFileSync(readme, 'utf8'), formatTables()));
    console.log(`tables written to ${README_FILE}`);
  }
  const { refusals, translation } = checkTranslation(
    readFileSync(fromRoot(TRANSLATION_FILE), 'utf8'),
    TRANSLATION_FILE,
    readReport().paragraphs,
    loadGlossary(),
  );
  for (const r of refusals)
    console.error(
      `${r.file}${r.line === undefined ? '' : `:${r.line}`}: ${r.problem}${r.anchor === undefined ? '' : ` (at 「${r.anchor}」)`}\n  fix: ${r.fix}`,
    );
  if (refusals.length > 0) {
    const [first] = refusals;
    throw new SourceError(
      { file: first!.file, line: first!.line },
      `${refusals.length} refusal${refusals.length === 1 ? '' : 's'} (listed above)`,
      'fix each at its line, then run `npm run translation:check` again',
    );
  }
  console.log(`translation: ${translation!.paragraphs.length} paragraphs, all checks passed`);
});
