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
