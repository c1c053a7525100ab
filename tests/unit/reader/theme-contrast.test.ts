import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/** The light-dark() colour pairs declared in :root of the global stylesheet. */
function themeColours(css: string): Map<string, { light: string; dark: string }> {
  const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  const out = new Map<string, { light: string; dark: string }>();
  for (const m of root.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) out.set(m[1]!, { light: m[2]!, dark: m[3]! });
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const colours = themeColours(readFileSync('src/styles/global.css', 'utf8'));

describe('theme colours (WCAG AA, 4.5:1 for text)', () => {
  it('are declared for both themes', () => {
    for (const name of ['text', 'muted', 'link', 'accent', 'bg', 'surface', 'on-accent', 'focus']) expect(colours.has(name), name).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`read well in the ${theme} theme`, () => {
      const c = (name: string) => colours.get(name)![theme];
      for (const fg of ['text', 'muted', 'link', 'accent']) {
        for (const bg of ['bg', 'surface']) expect(contrast(c(fg), c(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(c('on-accent'), c('accent')), 'button text').toBeGreaterThanOrEqual(4.5);
      // Focus rings are non-text contrast: 3:1.
      expect(contrast(c('focus'), c('bg')), 'focus ring').toBeGreaterThanOrEqual(3);
    });
  }

  it('the contrast check itself can fail', () => {
    expect(contrast('#777777', '#888888')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
