import type { SourceLine } from './decode-seed.ts';
import type { Structure } from './structure.ts';
import { squeeze } from './structure.ts';
import { SourceError } from '../utils/source-error.ts';
import type { Dropped } from './schema.ts';

/** The seed lines kept, and the page furniture dropped (named, with the seed lines it occupied). */
interface FurnitureResult {
  kept: SourceLine[];
  dropped: Dropped[];
}

const isBlank = (l: SourceLine) => l.text.trim() === '';
const nonBlank = (lines: SourceLine[]) => lines.filter((l) => !isBlank(l));

const CONTINUATION = /^（下转第\s*(\d+)\s*版）$/;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(星期.)/;
const PAGE_NUMBERS = /^\d{2}(\s+\d{2})*$/;
/** A line of one character repeated: how a vertical masthead set in outlined type extracts. */
const REPEATED = /^(.)\1*$/u;

/**
 * A vertical masthead extracts as one line per printed glyph outline, each the
 * glyph repeated (222 / 22 / 22 / 22 / 2 / 2). A glyph's run starts again when
 * the character changes or the repeat count rises.
 */
function readMasthead(lines: SourceLine[], start: number): { end: number; text: string } | undefined {
  const first = lines[start]!.text.trim();
  if (!REPEATED.test(first) || [...first].length < 2) return undefined;
  let text = '';
  let prev = { ch: '', count: 0 };
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t === '') continue;
    if (!REPEATED.test(t)) break;
    const ch = [...t][0]!;
    const count = [...t].length;
    if (ch !== prev.ch || count > prev.count) text += ch;
    prev = { ch, count };
    end = i;
  }
  return { end, text };
}

/** A vertical title extracts one character per line; at least six in a row. */
function readVerticalTitle(lines: SourceLine[], start: number): { end: number; text: string } | undefined {
  let text = '';
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t === '') continue;
    if ([...t].length !== 1) break;
    text += t;
    end = i;
  }
  return [...text].length >= 6 ? { end, text } : undefined;
}

function span(lines: SourceLine[], from: number, to: number) {
  const slice = nonBlank(lines.slice(from, to + 1));
  return { lines: [lines[from]!.n, lines[to]!.n] as [number, number], raw: slice.map((l) => l.text) };
}

/**
 * Finds and drops the page furniture by general rules, then checks what it found
 * against what the structure file says the page carries: nothing expected may be
 * missing, nothing found may be unexpected, and no text may follow the body's end
 * (the continuation note) unless a rule accounts for it.
 */
export function dropFurniture(lines: SourceLine[], structure: Structure, seedFile: string): FurnitureResult {
  const dropped: Dropped[] = [];
  const kept: SourceLine[] = [];
  let bodyEnded = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t === '') {
      if (!bodyEnded) kept.push(line);
      continue;
    }
    let m: RegExpMatchArray | null;
    if ((m = t.match(CONTINUATION))) {
      dropped.push({ kind: 'continuation', text: t, ...span(lines, i, i), detail: { page: Number(m[1]) } });
      bodyEnded = true;
      continue;
    }
    if ((m = t.match(DATE_LINE))) {
      const rest = t.slice(m[0].length);
      const editors = [...rest.matchAll(/(本版编辑|版面设计)：\s*(\S+)/g)].map((e) => `${e[1]}：${e[2]}`);
      dropped.push({
        kind: 'date-line',
        text: `${m[1]}年${m[2]}月${m[3]}日${m[4]}`,
        ...span(lines, i, i),
        detail: {
          date: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`,
          editors,
          brokenCharacters: [...rest].filter((c) => c === '\uFFFD').length,
        },
      });
      continue;
    }
    if (PAGE_NUMBERS.test(t)) {
      const pages = t.split(/\s+/).map(Number);
      dropped.push({ kind: 'page-numbers', text: t, ...span(lines, i, i), detail: { pages } });
      continue;
    }
    const masthead = readMasthead(lines, i);
    if (masthead) {
      dropped.push({ kind: 'masthead', text: masthead.text, ...span(lines, i, masthead.end) });
      i = masthead.end;
      continue;
    }
    const title = readVerticalTitle(lines, i);
    if (title) {
      dropped.push({ kind: 'vertical-title', text: title.text, ...span(lines, i, title.end) });
      i = title.end;
      continue;
    }
    if (bodyEnded) {
      throw new SourceError(
        { file: seedFile, line: line.n, anchor: t },
        'text after the continuation note that no furniture rule accounts for',
        'if this is page furniture, teach src/ingest/furniture.ts its rule; if it is report text, the seed is damaged: restore it from ../shared/seeds/',
      );
    }
    kept.push(line);
  }

  checkAgainstStructure(dropped, structure, seedFile);
  return { kept, dropped };
}

function checkAgainstStructure(dropped: Dropped[], structure: Structure, seedFile: string) {
  const f = structure.furniture;
  const expected: { kind: Dropped['kind']; key: keyof typeof f; want: string; matches: (d: Dropped) => boolean }[] = [
    { kind: 'masthead', key: 'masthead', want: squeeze(f.masthead), matches: (d) => d.text === squeeze(f.masthead) },
    {
      kind: 'vertical-title',
      key: 'verticalTitle',
      want: squeeze(f.verticalTitle),
      matches: (d) => d.text === squeeze(f.verticalTitle),
    },
    { kind: 'date-line', key: 'dateLine', want: squeeze(f.dateLine), matches: (d) => d.text === squeeze(f.dateLine) },
    {
      kind: 'page-numbers',
      key: 'pageNumbers',
      want: f.pageNumbers.join(' '),
      matches: (d) => JSON.stringify(d.detail?.pages) === JSON.stringify(f.pageNumbers),
    },
    {
      kind: 'continuation',
      key: 'continuesOnPage',
      want: `（下转第${f.continuesOnPage}版）`,
      matches: (d) => d.detail?.page === f.continuesOnPage,
    },
  ];
  for (const e of expected) {
    const found = dropped.filter((d) => d.kind === e.kind);
    const line = structure.lineOf(['furniture', e.key]);
    if (found.length === 0) {
      throw new SourceError(
        { file: structure.file, line, anchor: e.want },
        `the structure file expects this ${e.kind} but the seed ${seedFile} has none`,
        'check that the seed is the original extraction; if the page really lacks it, correct the structure file',
      );
    }
    for (const d of found) {
      if (!e.matches(d)) {
        throw new SourceError(
          { file: seedFile, line: d.lines[0], anchor: d.text },
          `this ${e.kind} does not match the structure file (which says 「${e.want}」 at ${structure.file}:${line})`,
          'restore the seed from ../shared/seeds/, or correct the structure file if the seed is right',
        );
      }
    }
    if (found.length > 1) {
      throw new SourceError(
        { file: seedFile, line: found[1]!.lines[0], anchor: found[1]!.text },
        `a second ${e.kind} (the first is at line ${found[0]!.lines[0]})`,
        'the seed holds one page spread; restore it from ../shared/seeds/',
      );
    }
  }
}
