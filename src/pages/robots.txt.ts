/**
 * robots.txt: everything may be indexed. The Sitemap line needs an absolute
 * address, so it is written only when SITE_URL says where the site is published.
 */
import type { APIRoute } from 'astro';
import { absolute, url } from '../utils/url.ts';

export const GET: APIRoute = () => {
  const sitemap = absolute(url('/sitemap-index.xml'));
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
