/**
 * Links from a search result to the place it was found: the page, the query in
 * `?highlight=` (the landing page marks it, src/client/highlight-landing.ts)
 * and the record's anchor (#p13), under the site's base path.
 */
import { url } from '../utils/url.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

export function landingUrl(sitePath: string, query: string): string {
  const [path = '/', hash] = sitePath.split('#');
  const search = new URLSearchParams({ [HIGHLIGHT_PARAM]: query.trim() }).toString();
  return `${url(path)}?${search}${hash ? `#${hash}` : ''}`;
}
