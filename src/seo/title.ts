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

export function documentTitle(title: string | undefined, lang: Lang): string {
  if (lang === 'zh') return title ? `${title}｜${site.name}` : `${site.name}｜${site.nameEn}`;
  if (!title) return `${site.nameEn}: the report in English`;
  const full = `${title} | ${site.nameEn}`;
  if (full.length <= TITLE_MAX) return full;
  const suffix = ` | ${site.shortNameEn}`;
  if (title.length + suffix.length <= TITLE_MAX) return title + suffix;
  const room = TITLE_MAX - suffix.length - 1;
  const cut = title.slice(0, room + 1).replace(/\s+\S*$/, '').replace(/[\s,;:(“‘'"-]+$/, '');
  return `${cut}…${suffix}`;
}
