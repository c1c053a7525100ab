import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/** The light-dark() colour pairs declared in a rule of the global stylesheet (`:root`, `.zm`, `.chart`). */
function themeColours(css: string, selector: string): Map<string, { light: string; dark: string }> {
  const start = css.indexOf(`\n${selector} {`) >= 0 ? css.indexOf(`\n${selector} {`) + 1 : css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector} in src/styles/global.css`);
  const block = css.slice(start, css.indexOf('}', start));
  const out = new Map<string, { light: string; dark: string }>();
  for (const m of block.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi))
    out.set(m[1]!, { light: m[2]!, dark: m[3]! });
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const css = readFileSync('src/styles/global.css', 'utf8');
const colours = new Map([...themeColours(css, ':root'), ...themeColours(css, '.zm'), ...themeColours(css, '.chart')]);

describe('theme colours (WCAG AA, 4.5:1 for text)', () => {
  it('are declared for both themes', () => {
    for (const name of ['text', 'muted', 'link', 'accent', 'bg', 'surface', 'on-accent', 'focus'])
      expect(colours.has(name), name).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`read well in the ${theme} theme`, () => {
      const c = (name: string) => colours.get(name)![theme];
      for (const fg of ['text', 'muted', 'link', 'accent']) {
        for (const bg of ['bg', 'surface'])
          expect(contrast(c(fg), c(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(c('on-accent'), c('accent')), 'button text').toBeGreaterThanOrEqual(4.5);
      // The map's chosen layer button: page background on the link colour.
      expect(contrast(c('bg'), c('link')), 'chosen layer button').toBeGreaterThanOrEqual(4.5);
      // Focus rings are non-text contrast: 3:1.
      expect(contrast(c('focus'), c('bg')), 'focus ring').toBeGreaterThanOrEqual(3);
    });
  }

  it('the contrast check itself can fail', () => {
    expect(contrast('#777777', '#888888')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('map and chart colours (src/components/maps/, src/indicators/): words 4.5:1, lines and symbols 3:1', () => {
  const MAP = [
    'map-land',
    'map-outside',
    'map-border',
    'map-outline',
    'map-water',
    'map-water-ink',
    'map-zone',
    'map-ink',
    'map-quiet',
  ];
  const CHART = ['chart-five-year', 'chart-2022', 'chart-reference'];

  it('are declared for both themes, on the maps and charts only', () => {
    for (const name of [...MAP, ...CHART]) expect(colours.has(name), name).toBe(true);
    expect(
      [...themeColours(css, ':root').keys()].filter((k) => k.startsWith('map-') || k.startsWith('chart-')),
    ).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`read well in the ${theme} theme`, () => {
      const c = (name: string) => colours.get(name)![theme];
      // Words: zone labels (on land), names of neighbours and landmarks (on land and around it), the river's name (beside it).
      for (const bg of ['map-land', 'map-outside']) {
        for (const fg of ['map-ink', 'map-quiet', 'map-water-ink'])
          expect(contrast(c(fg), c(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      // Lines and symbols on the land: zone markers and extents, landmarks, the district's outline, the river.
      for (const fg of ['map-zone', 'map-quiet', 'map-outline', 'map-water'])
        expect(contrast(c(fg), c('map-land')), `${fg} on map-land`).toBeGreaterThanOrEqual(3);
      expect(contrast(c('map-outline'), c('map-outside')), 'outline against the neighbours').toBeGreaterThanOrEqual(3);
      expect(contrast(c('map-water'), c('map-outside')), 'river against the far bank').toBeGreaterThanOrEqual(3);
      // Bars on the page and on their track.
      for (const fg of CHART) {
        for (const bg of ['bg', 'surface']) expect(contrast(c(fg), c(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('make the map dark in the dark theme, not a bright panel', () => {
    expect(luminance(colours.get('map-land')!.dark)).toBeLessThan(0.05);
    expect(luminance(colours.get('map-outside')!.dark)).toBeLessThan(0.05);
  });
});
