import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overlapArea, placeLabels, type LabelRequest } from '../../../src/maps/labels.ts';
import { niceScaleKm } from '../../../src/maps/scale.ts';
import { escapeXml, tag, textWidthEm } from '../../../src/maps/svg.ts';

const frame = { x: 0, y: 0, width: 400, height: 400 };
const label = (id: string, x: number, y: number, width = 60): LabelRequest => ({ id, x, y, r: 6, width, height: 18 });

describe('label placement', () => {
  it('puts a lone label to the right of its point', () => {
    const [l] = placeLabels([label('a', 100, 100)], frame);
    expect(l).toMatchObject({ anchor: 'start', overlaps: false });
    expect(l!.x).toBeGreaterThan(106);
  });

  it('moves a label away from the frame edge', () => {
    const [l] = placeLabels([label('a', 390, 100)], frame);
    expect(l!.anchor).toBe('end');
    expect(l!.x + l!.width).toBeLessThanOrEqual(400);
  });

  it('keeps two labels of close points apart (徐家汇 and 徐家汇源 are 600 m apart)', () => {
    const [a, b] = placeLabels([label('a', 200, 200, 90), label('b', 170, 205, 70)], frame);
    expect(overlapArea(a!, b!)).toBe(0);
    expect(a!.overlaps || b!.overlaps).toBe(false);
  });

  it('avoids obstacles such as the legend', () => {
    const legend = { x: 200, y: 180, width: 150, height: 60 };
    const [l] = placeLabels([label('a', 190, 200)], frame, [legend]);
    expect(overlapArea(l!, legend)).toBe(0);
  });

  it('is deterministic, and never overlaps when the points are far enough apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (cells) => {
          const unique = [...new Set(cells.map(([i, j]) => `${i},${j}`))].map(
            (k) => k.split(',').map(Number) as [number, number],
          );
          const requests = unique.map(([i, j], n) => label(`l${n}`, 50 + i * 100, 50 + j * 100));
          const placed = placeLabels(requests, frame);
          expect(placeLabels(requests, frame)).toEqual(placed);
          for (let a = 0; a < placed.length; a++)
            for (let b = a + 1; b < placed.length; b++) expect(overlapArea(placed[a]!, placed[b]!)).toBe(0);
        },
      ),
    );
  });
});

describe('svg helpers and scale bar', () => {
  it('escapes text and attributes and rounds numbers to 0.1', () => {
    expect(tag('text', { x: 1.26, 'data-a': '"<&>' }, escapeXml('a<b'))).toBe(
      '<text x="1.3" data-a="&quot;&lt;&amp;&gt;">a&lt;b</text>',
    );
  });
  it('measures Chinese at 1em a character', () => {
    expect(textWidthEm('徐家汇')).toBe(3);
    expect(textWidthEm('徐汇（西岸）')).toBe(6);
  });
  it('picks a nice scale length that fits', () => {
    expect(niceScaleKm(50, 120)).toBe(2);
    expect(niceScaleKm(50, 300)).toBe(5);
    expect(niceScaleKm(500, 120)).toBe(0.2);
  });
});
