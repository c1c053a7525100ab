/** /indicators.json: the same rows as /indicators.csv and the table on /indicators/. */
import type { APIRoute } from 'astro';
import { loadIndicators } from '../indicators/load.ts';
import { exportRows, toJson } from '../indicators/export.ts';
import { chapterUrl, url } from '../utils/url.ts';

export const GET: APIRoute = ({ site }) => {
  const rows = exportRows(loadIndicators(), (chapter, n) => new URL(chapterUrl(chapter, n), site).href);
  return new Response(toJson(rows, new URL(url('/indicators/'), site).href), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
