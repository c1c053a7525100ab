/**
 * Every internal link goes through here so that the site works under any
 * BASE_PATH. `url('/chapters/economy/')` → `/some/sub/path/chapters/economy/`.
 */
import { EDITION_FOLDER, type Lang } from '../i18n/lang.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function url(path: string): string {
  return base + path.replace(/^\/+/, '');
}

/** A page of one edition: `editionUrl('/chapters/', 'en')` → `/en/chapters/` (under the base). */
export function editionUrl(path: string, lang: Lang): string {
  return url(EDITION_FOLDER[lang] + path.replace(/^\/+/, ''));
}

/** A URL path of this site (`Astro.url.pathname`) without the base: the site path, e.g. /chapters/economy/. */
export function sitePath(pathname: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** The chapter page, optionally at one paragraph, in either edition (Chinese by default). */
export function chapterUrl(slug: string, paragraph?: number, lang: Lang = 'zh'): string {
  return editionUrl(`/chapters/${slug}/`, lang) + (paragraph === undefined ? '' : `#p${paragraph}`);
}

/** One paragraph's entry in the source view (/about/source/). */
export function sourceViewUrl(paragraph: number): string {
  return url('/about/source/') + `#s${paragraph}`;
}

/** The origin the site is published at (SITE_URL), or undefined when the build was not told. */
const SITE: string | undefined = import.meta.env.SITE || undefined;

/**
 * The published address of a link made by the functions above (SITE_URL +
 * BASE_PATH + path), for formats that need an absolute address (og:url, the
 * sitemap): undefined when SITE_URL is unset, so that no made-up host (such as
 * localhost) is ever written into a page.
 */
export function absolute(href: string): string | undefined {
  return SITE === undefined ? undefined : new URL(href, SITE).href;
}

/**
 * The best address the build can write for a link that readers or tools take
 * away (data files, JSON-LD, no-JavaScript fallbacks): absolute when SITE_URL is
 * set, else the site path itself, which resolves against wherever the page is.
 */
export function publicUrl(href: string): string {
  return absolute(href) ?? href;
}
