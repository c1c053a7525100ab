/**
 * A page's <title>: its own title and the site's name, within the length that
 * search results and browser tabs show whole (html-validate's long-title rule,
 * 70 characters). Chinese titles are short; English names of glossary terms
 * can run to a hundred characters, so an English title gives up first the
 * site's long name for its short one, then the end of the page's own title
 * (cut at a word, with an ellipsis). The page itself shows the whole title.
 */
import { site } from '../config/site.ts';
import type { Lang } from '../i18n/lang.ts';

export const TITLE_MAX = 70;

/** The validator counts a title as written in the page, where these characters are escaped (&#39; …). */
const ESCAPED: Record<string, number> = { "'": 5, '"': 6, '&': 5, '<': 4, '>': 4 };
const written = (s: string) => [...s].reduce((n, c) => n + (ESCAPED[c] ?? 1), 0);

export function documentTitle(title: string | undefined, lang: Lang): string {
  if (lang === 'zh') return title ? `${title}｜${site.name}` : `${site.name}｜${site.nameEn}`;
  if (!title) return `${site.nameEn}: the report in English`;
  const full = `${title} | ${site.nameEn}`;
  if (written(full) <= TITLE_MAX) return full;
  const suffix = ` | ${site.shortNameEn}`;
  if (written(title + suffix) <= TITLE_MAX) return title + suffix;
  // The longest start of the title, cut at a space, that leaves room for the ellipsis and the suffix.
  const words = title.split(' ');
  let cut = words[0]!;
  for (const w of words.slice(1)) {
    if (written(`${cut} ${w}…${suffix}`) > TITLE_MAX) break;
    cut += ` ${w}`;
  }
  cut = cut.replace(/[\s,;:(“‘'"-]+$/, '');
  return `${cut}…${suffix}`;
}
