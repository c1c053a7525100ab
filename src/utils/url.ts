/**
 * Every internal link goes through here so that the site works under any
 * BASE_PATH. `url('/chapters/economy/')` → `/some/sub/path/chapters/economy/`.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function url(path: string): string {
  return base + path.replace(/^\/+/, '');
}

/** The chapter page, optionally at one paragraph. */
export function chapterUrl(slug: string, paragraph?: number): string {
  return url(`/chapters/${slug}/`) + (paragraph === undefined ? '' : `#p${paragraph}`);
}

/** One paragraph's entry in the source view (/about/source/). */
export function sourceViewUrl(paragraph: number): string {
  return url('/about/source/') + `#s${paragraph}`;
}

/**
 * The public address of a link made by the functions above (SITE_URL + BASE_PATH
 * + path), for canonical links, citations, sharing and print.
 */
export function absolute(href: string): string {
  return new URL(href, import.meta.env.SITE).href;
}
