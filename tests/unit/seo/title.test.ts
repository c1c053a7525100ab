import { describe, expect, it } from 'vitest';
import { documentTitle, TITLE_MAX } from '../../../src/seo/title.ts';
import { site } from '../../../src/config/site.ts';

describe('documentTitle', () => {
  it('names the site after a Chinese title as before', () => {
    expect(documentTitle('着力推动经济高质量发展', 'zh')).toBe(`着力推动经济高质量发展｜${site.name}`);
    expect(documentTitle(undefined, 'zh')).toBe(`${site.name}｜${site.nameEn}`);
  });
  it('keeps a short English title whole with the long site name', () => {
    expect(documentTitle('Chapters', 'en')).toBe(`Chapters | ${site.nameEn}`);
  });
  it('gives up the long site name, then the end of the title at a word, never passing the limit', () => {
    const mid = 'Striving for high-quality economic development';
    expect(documentTitle(mid, 'en')).toBe(`${mid} | ${site.shortNameEn}`);
    const long =
      'the guiding principles of the 19th CPC National Congress and the plenary sessions of the 19th Central Committee';
    const t = documentTitle(long, 'en');
    expect(t.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(t).toMatch(/^the guiding principles of the 19th CPC National Congress… \| Xuhui 2022$/);
  });
});

describe('documentTitle counts a title as the page writes it', () => {
  it('counts an apostrophe as its escape (&#39;)', () => {
    const t = documentTitle(
      "Puy du Fou's “City of Light” and SenseTime's “Three-Body immersive entertainment world”",
      'en',
    );
    expect(t.length + 4 * (t.split("'").length - 1)).toBeLessThanOrEqual(TITLE_MAX);
    expect(t.endsWith(`… | ${site.shortNameEn}`)).toBe(true);
  });
});
