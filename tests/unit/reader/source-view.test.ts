import { describe, expect, it } from 'vitest';
import { sourceRows } from '../../../src/about/source-view.ts';
import { changeSummary, lineSpan } from '../../../src/about/record.ts';
import { record } from '../../helpers/report-data.ts';

describe('source view rows', () => {
  it('skip the blank lines between extraction lines and show other gaps, named when known', () => {
    const rows = sourceRows(
      [
        { line: 437, text: 'a' },
        { line: 439, text: 'b' },
        { line: 454, text: 'c' },
        { line: 460, text: 'd' },
      ],
      [{ lines: [441, 453], what: '移出的标题' }],
    );
    expect(rows).toEqual([
      { kind: 'line', line: 437, text: 'a' },
      { kind: 'line', line: 439, text: 'b' },
      { kind: 'gap', from: 440, to: 453, what: '移出的标题' },
      { kind: 'line', line: 454, text: 'c' },
      { kind: 'gap', from: 455, to: 459 },
      { kind: 'line', line: 460, text: 'd' },
    ]);
  });
});

describe('the ingest record in words', () => {
  const ingest = record;
  const text = changeSummary(ingest)
    .map((c) => c.text)
    .join('\n');

  it('gives every number of the record', () => {
    const s = ingest.stats;
    for (const n of [
      s.seedLines,
      s.blankLines,
      s.bodyLines,
      s.furnitureLines,
      s.liftedLines,
      s.linesJoined,
      s.spacesRemoved,
      s.spacesKept,
      s.paragraphs,
      s.chapters,
      s.bodyCharacters,
    ]) {
      expect(text).toContain(String(n));
    }
    for (const d of ingest.dropped) expect(text).toContain(lineSpan(d.lines));
  });

  it('writes line spans as Chinese text does', () => {
    expect(lineSpan([792, 792])).toBe('第792行');
    expect(lineSpan([441, 453])).toBe('第441—453行');
  });
});
