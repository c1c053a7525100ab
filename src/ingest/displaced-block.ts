import type { SourceLine } from './decode-seed.ts';
import type { Anchor, Structure } from './structure.ts';
import { squeeze } from './structure.ts';
import { SourceError } from '../utils/source-error.ts';

/** What the page break had dropped into the middle of a sentence, sorted out. */
export interface LiftedBlock {
  /** Seed lines the block occupied (first and last). */
  lines: [number, number];
  headings: { text: string; line: number }[];
  byline: { text: string; line: number }[];
  ornaments: { text: string; line: number }[];
  /** The sentence the block split, as the two seed lines around it. */
  rejoined: { before: SourceLine; after: SourceLine };
}

/** First and last non-blank line of the block. */
function blockSpan(block: SourceLine[]): [number, number] {
  const inked = block.filter((l) => l.text.trim() !== '');
  return [inked[0]?.n ?? 0, inked.at(-1)?.n ?? 0];
}

function findUnique(
  lines: SourceLine[],
  anchor: Anchor,
  test: (squeezed: string) => boolean,
  file: string,
  what: string,
): number {
  const hits = lines.flatMap((l, i) => (test(squeeze(l.text)) ? [i] : []));
  if (hits.length === 1) return hits[0]!;
  throw new SourceError(
    { file, line: anchor.line, anchor: anchor.text },
    hits.length === 0
      ? `no seed line ${what} this text`
      : `${hits.length} seed lines ${what} this text (lines ${hits.map((h) => lines[h]!.n).join(', ')}): the anchor is ambiguous`,
    hits.length === 0
      ? 'copy the anchor exactly from the seed (spaces do not matter)'
      : 'lengthen the anchor until it names one line',
  );
}

/**
 * Lifts out the block that the page break displaced: every line between the
 * line ending with `after` and the line starting with `resumesWith` must be a
 * declared byline line, ornament or chapter heading, and each declared part must
 * be there exactly once. Removing the block rejoins the sentence it split.
 */
export function liftDisplacedBlock(
  lines: SourceLine[],
  structure: Structure,
  seedFile: string,
): { body: SourceLine[]; lifted: LiftedBlock } {
  const d = structure.displaced;
  const file = structure.file;
  const start = findUnique(lines, d.after, (s) => s.endsWith(d.after.text), file, 'ends with');
  const end = findUnique(lines, d.resumesWith, (s) => s.startsWith(d.resumesWith.text), file, 'starts with');
  if (end <= start) {
    throw new SourceError(
      { file, line: d.resumesWith.line, anchor: d.resumesWith.text },
      `the sentence resumes (seed line ${lines[end]!.n}) before it was interrupted (seed line ${lines[start]!.n})`,
      'check `after:` and `resumesWith:`: the block lies between them',
    );
  }

  const headings = structure.chapters.flatMap((c) => (c.heading ? [c.heading] : []));
  const parts: { kind: 'headings' | 'byline' | 'ornaments'; anchor: Anchor }[] = [
    ...headings.map((anchor) => ({ kind: 'headings' as const, anchor })),
    ...d.byline.map((anchor) => ({ kind: 'byline' as const, anchor })),
    ...d.ornaments.map((anchor) => ({ kind: 'ornaments' as const, anchor })),
  ];
  const lifted: LiftedBlock = {
    lines: blockSpan(lines.slice(start + 1, end)),
    headings: [],
    byline: [],
    ornaments: [],
    rejoined: { before: lines[start]!, after: lines[end]! },
  };
  const used = new Set<number>();
  for (const line of lines.slice(start + 1, end)) {
    const s = squeeze(line.text);
    if (s === '') continue;
    const at = parts.findIndex((p, i) => !used.has(i) && p.anchor.text === s);
    if (at === -1) {
      throw new SourceError(
        { file: seedFile, line: line.n, anchor: line.text.trim() },
        'a line inside the displaced block that the structure file does not account for',
        `add it to ${file} (a chapter \`heading:\`, a \`displaced.byline\` line or a \`displaced.ornaments\` entry), or fix \`displaced.after\`/\`resumesWith\` if the block is not where they say`,
      );
    }
    used.add(at);
    lifted[parts[at]!.kind].push({ text: line.text.trim(), line: line.n });
  }
  parts.forEach((p, i) => {
    if (used.has(i)) return;
    throw new SourceError(
      { file, line: p.anchor.line, anchor: p.anchor.text },
      `the structure file puts this in the displaced block (seed lines ${lifted.lines[0]}–${lifted.lines[1]}), but it is not there`,
      'copy the text exactly from the block in the seed, or remove the entry',
    );
  });

  return { body: [...lines.slice(0, start + 1), ...lines.slice(end)], lifted };
}
