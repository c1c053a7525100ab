import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactPath } from '../../../src/maps/svg.ts';

/** The absolute vertices a path of m/l/z (relative) or M/L/Z (absolute) commands visits, by subpath. */
function vertices(d: string): [number, number][][] {
  const subpaths: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (cmd === 'Z' || cmd === 'z') {
      [x, y] = start;
      continue;
    }
    const [a, b] = args!.match(/-?\d+(?:\.\d+)?/g)!.map(Number) as [number, number];
    const relative = cmd === 'm' || cmd === 'l';
    x = relative ? x + a : a;
    y = relative ? y + b : b;
    if (cmd === 'M' || cmd === 'm') {
      start = [x, y];
      subpaths.push([]);
    }
    subpaths.at(-1)!.push([x, y]);
  }
  return subpaths;
}

describe('compactPath', () => {
  it('draws the same vertices as the absolute path, across closed subpaths', () => {
    const d = 'M10,10L20,5L15,-3ZM100,100L90,110Z';
    expect(compactPath(d)).toBe('m10,10l10-5l-5-8zm90,90l-10,10z');
    expect(vertices(compactPath(d))).toEqual(vertices(d));
  });

  it('keeps any path of whole-number M/L/Z commands (property test)', () => {
    const point = fc.tuple(fc.integer({ min: -50, max: 600 }), fc.integer({ min: -50, max: 800 }));
    const ring = fc.array(point, { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), (rings) => {
        const d = rings.map((r) => `M${r.map(([x, y]) => `${x},${y}`).join('L')}Z`).join('');
        expect(vertices(compactPath(d))).toEqual(vertices(d));
      }),
    );
  });

  it('leaves paths with other commands alone', () => {
    expect(compactPath('M0,0C1,1,2,2,3,3')).toBe('M0,0C1,1,2,2,3,3');
  });
});
