/** robots.txt: everything may be indexed; the sitemap lives under SITE_URL + BASE_PATH. */
import type { APIRoute } from 'astro';
import { absolute, url } from '../utils/url.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(url('/sitemap-index.xml'))}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
