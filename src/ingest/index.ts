import { createHash } from 'node:crypto';
import { decodeSeed } from './decode-seed.ts';
import { loadStructure, type Structure } from './structure.ts';
import { dropFurniture } from './furniture.ts';
import { liftDisplacedBlock } from './displaced-block.ts';
import { joinLines } from './join-lines.ts';
import { cutParagraphs } from './paragraphs.ts';
import { readReportMeta } from './report-meta.ts';
import { SourceError } from '../utils/source-error.ts';
import type { Chapter, IngestResult } from './schema.ts';

interface IngestInput {
  seed: Uint8Array;
  seedFile: string;
  structureText: string;
  structureFile: string;
}

/** The whole ingest as one pure function of the seed's bytes and the structure file's text. */
export function ingest(input: IngestInput): IngestResult {
  const lines = decodeSeed(input.seed, input.seedFile);
  const structure = loadStructure(input.structureText, input.structureFile);
  checkSeedName(structure, input.seedFile);
  const { kept, dropped } = dropFurniture(lines, structure, input.seedFile);
  const { body: bodyLines, lifted } = liftDisplacedBlock(kept, structure, input.seedFile);
  const body = joinLines(bodyLines, input.seedFile);
  const paragraphs = cutParagraphs(body, structure, input.seedFile);
  const meta = readReportMeta(lifted, dropped, structure);
  // Last, so that a damaged seed is first refused by the rule it breaks, with its line:
  // a seed that passes every rule but is not byte for byte the one the structure file
  // was written against (a duplicated line, an altered character) is refused here.
  checkSeedHash(structure, input.seed, input.seedFile);

  const chapters: Chapter[] = structure.chapters.map((c, i) => {
    const own = paragraphs.filter((p) => p.chapter === c.slug);
    return {
      slug: c.slug,
      order: i + 1,
      title: c.heading?.text ?? c.title!,
      titleSource: c.heading ? 'report' : 'site',
      titleEn: c.titleEn,
      paragraphs: [own[0]!.n, own.at(-1)!.n],
    };
  });
  const count = (pred: (t: string) => boolean) => lines.filter((l) => pred(l.text)).length;
  const furnitureLines = dropped.reduce((sum, d) => sum + d.raw.length, 0);
  const liftedLines = lifted.headings.length + lifted.byline.length + lifted.ornaments.length;
  const line = (l: { n: number; text: string }) => ({ line: l.n, text: l.text });

  return {
    meta,
    chapters,
    paragraphs,
    record: {
      seed: input.seedFile,
      structure: input.structureFile,
      dropped,
      lifted: { ...lifted, rejoined: { before: line(lifted.rejoined.before), after: line(lifted.rejoined.after) } },
      stats: {
        ...body.stats,
        seedLines: lines.length,
        blankLines: count((t) => t.trim() === ''),
        bodyLines: body.lines.length,
        furnitureLines,
        liftedLines,
        paragraphs: paragraphs.length,
        chapters: chapters.length,
        bodyCharacters: [...body.text].length,
      },
    },
  };
}

function checkSeedHash(structure: Structure, seed: Uint8Array, seedFile: string) {
  const sha256 = createHash('sha256').update(seed).digest('hex');
  if (sha256 === structure.seedSha256) return;
  throw new SourceError(
    { file: seedFile },
    `the seed's SHA-256 is ${sha256}, not the ${structure.seedSha256} recorded in ${structure.file}:${structure.lineOf(['seedSha256'])}: it is not the extraction the structure file describes`,
    'restore the original extraction from ../shared/seeds/ (the seed is never edited by hand); only for a new extraction, check the structure file against it and record its SHA-256 as seedSha256',
  );
}

function checkSeedName(structure: Structure, seedFile: string) {
  if (seedFile.endsWith(structure.seed)) return;
  throw new SourceError(
    { file: structure.file, line: structure.lineOf(['seed']), anchor: structure.seed },
    `this structure file describes ${structure.seed}, not ${seedFile}`,
    'pair each seed with its own structure file (same name, .structure.yaml)',
  );
}
