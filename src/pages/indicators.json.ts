/** /indicators.json: the same rows as /indicators.csv and the table on /indicators/. */
import type { APIRoute } from 'astro';
import { loadIndicators } from '../indicators/load.ts';
import { exportRows, toJson } from '../indicators/export.ts';
import { chapterUrl, publicUrl, url } from '../utils/url.ts';

export const GET: APIRoute = () => {
  const rows = exportRows(loadIndicators(), (chapter, n) => publicUrl(chapterUrl(chapter, n)));
  return new Response(toJson(rows, publicUrl(url('/indicators/'))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
