/** The web app manifest: name, icon and colours, so the site can be added to a phone's home screen. */
import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { url } from '../utils/url.ts';

const manifest = {
  name: site.name,
  short_name: site.name,
  lang: 'zh-CN',
  start_url: url('/'),
  scope: url('/'),
  display: 'browser',
  background_color: '#fdfcf9',
  theme_color: site.themeColor.light,
  icons: [{ src: url('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
};

export const GET: APIRoute = () =>
  new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
