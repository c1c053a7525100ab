/** /indicators.csv: every indicator row, UTF-8 with a byte-order mark (see src/indicators/export.ts). */
import type { APIRoute } from 'astro';
import { loadIndicators } from '../indicators/load.ts';
import { exportRows, toCsv } from '../indicators/export.ts';
import { absolute, chapterUrl } from '../utils/url.ts';

export const GET: APIRoute = () => {
  const rows = exportRows(loadIndicators(), (chapter, n) => absolute(chapterUrl(chapter, n)));
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
