/**
 * `npm run ingest`: seeds/ → content/report/. Prints what it did; on bad input
 * prints the error (file:line, problem, fix), writes nothing and exits 1.
 * Options (paths relative to the project root): --seed FILE, --structure FILE, --out DIR.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingest } from '../src/ingest/index.ts';
import { renderContent, writeContent } from '../src/ingest/write-content.ts';
import { SourceError } from '../src/utils/source-error.ts';
import { fromRoot } from '../src/utils/project.ts';
import { decodeUtf8 } from '../src/utils/text-file.ts';
import { SEED_FILE, STRUCTURE_FILE, REPORT_DIR } from '../src/ingest/paths.ts';
import { runCli } from './lib/cli.ts';

function read(file: string): Buffer {
  try {
    return readFileSync(fromRoot(file));
  } catch (e) {
    throw new SourceError(
      { file },
      `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      'check the path; the seed and its structure file live in seeds/',
    );
  }
}

await runCli('ingest failed, nothing written.', async () => {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: SEED_FILE },
      structure: { type: 'string', default: STRUCTURE_FILE },
      out: { type: 'string', default: REPORT_DIR },
    },
  });
  const result = ingest({
    seed: new Uint8Array(read(values.seed)),
    seedFile: values.seed,
    structureText: decodeUtf8(
      read(values.structure),
      values.structure,
      'save the structure file as UTF-8 (it is hand-written YAML)',
      'the structure file',
    ),
    structureFile: values.structure,
  });
  await writeContent(fromRoot(values.out), renderContent(result));
  const s = result.record.stats;
  console.log(
    `ingest: ${s.paragraphs} paragraphs in ${s.chapters} chapters → ${values.out}/\n` +
      `  dropped ${result.record.dropped.length} pieces of page furniture (${s.furnitureLines} lines): ${result.record.dropped.map((d) => d.kind).join(', ')}\n` +
      `  lifted ${s.liftedLines} displaced lines (seed lines ${result.record.lifted.lines.join('–')}); joined ${s.linesJoined + 1} lines; removed ${s.spacesRemoved} extraction spaces`,
  );
});
