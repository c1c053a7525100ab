/**
 * The site's two editions: the report in Chinese (the original, at the site's
 * root) and the site's own English translation (under /en/, issue #17). One
 * place for the language of a page, of a path and of the counterpart page in
 * the other edition. No imports: pages, components and tests read it alike.
 */
export type Lang = 'zh' | 'en';

/** A page's `lang` attribute, and a piece of text's, in each edition. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** The folder of each edition, under the site's base path. */
export const EDITION_FOLDER: Record<Lang, string> = { zh: '', en: 'en/' };

/**
 * Pages of the Chinese edition that the English edition has too, as site paths
 * (without the base): the home page, the chapters, the glossary and its
 * entries, the about page and search. Maps, indicators, the source view and
 * the 404 page are Chinese only.
 */
const PAIRED = [
  /^\/$/,
  /^\/chapters\/(?:[a-z0-9-]+\/)?$/,
  /^\/glossary\/(?:[a-z0-9-]+\/)?$/,
  /^\/about\/$/,
  /^\/search\/$/,
];

const ENGLISH = /^\/en\//;

/** The same page in the other edition (a site path), or undefined where it has none. */
export function counterpart(sitePath: string): string | undefined {
  if (ENGLISH.test(sitePath)) return sitePath.slice('/en'.length);
  return PAIRED.some((p) => p.test(sitePath)) ? `/en${sitePath}` : undefined;
}

/** The other edition. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** How often, in English words: once, twice, 3 times. */
export const englishTimes = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** A Han character: the one test for "is this Chinese" (Pagefind words of their own, src/search/tokens.ts; text without any is English). */
export const HAN = /\p{Script=Han}/u;

/**
 * Chinese inside English text (a term quoted in an explanation, a title in a
 * citation): the runs of Han characters, with the Chinese punctuation, digits
 * and Latin letters between them (but no space), so that each can be marked
 * `lang="zh-CN"` (Mixed.astro) for fonts, line breaking and screen readers.
 * The pieces joined are the text unchanged.
 */
const HAN_RUN =
  /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF0-9A-Za-z“”‘’·+]*[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF”’])?/gu;

export function hanRuns(text: string): { text: string; zh: boolean }[] {
  const out: { text: string; zh: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), zh: false });
    out.push({ text: m[0], zh: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), zh: false });
  return out;
}

/**
 * What the header's reading switches say (ThemeSwitch.astro runs both): each says what it will do,
 * [to dark, to light, hide term marks, show term marks].
 */
export const SWITCH_LABELS: Record<Lang, [string, string, string, string]> = {
  zh: ['改为深色', '改为浅色', '隐藏术语标记', '显示术语标记'],
  en: ['Dark', 'Light', 'Hide term marks', 'Show term marks'],
};
