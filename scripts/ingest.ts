/**
 * `npm run ingest`: seeds/ → content/report/. Prints what it did; on bad input
 * prints the error (file:line, problem, fix), writes nothing and exits 1.
 */
import { readFileSync } from 'node:fs';
import { ingest } from '../src/ingest/index.ts';
import { renderContent, writeContent } from '../src/ingest/write-content.ts';
import { SourceError } from '../src/utils/source-error.ts';
import { SEED_FILE, STRUCTURE_FILE, REPORT_DIR } from '../src/ingest/paths.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1]!;
};
const seedFile = opt('--seed', SEED_FILE);
const structureFile = opt('--structure', STRUCTURE_FILE);
const outDir = opt('--out', REPORT_DIR);

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new SourceError({ file }, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'check the path; the seed and its structure file live in seeds/');
  }
}

try {
  const result = ingest({
    seed: new Uint8Array(read(seedFile)),
    seedFile,
    structureText: read(structureFile).toString('utf8'),
    structureFile,
  });
  writeContent(outDir, renderContent(result));
  const s = result.record.stats;
  console.log(
    `ingest: ${s.paragraphs} paragraphs in ${s.chapters} chapters → ${outDir}/\n` +
      `  dropped ${result.record.dropped.length} pieces of page furniture (${s.furnitureLines} lines): ${result.record.dropped.map((d) => d.kind).join(', ')}\n` +
      `  lifted ${s.liftedLines} displaced lines (seed lines ${result.record.lifted.lines.join('–')}); joined ${s.linesJoined + 1} lines; removed ${s.spacesRemoved} extraction spaces`,
  );
} catch (e) {
  if (e instanceof SourceError) {
    console.error(`ingest failed, nothing written.\n${e.message}`);
    process.exit(1);
  }
  throw e;
}
