/**
 * The downloads: /indicators.csv and /indicators.json, the same rows as the
 * table on /indicators/. The CSV starts with a byte-order mark so that
 * spreadsheet programs (Excel in particular) read the Chinese as UTF-8.
 */
import { KINDS } from './schema.ts';
import type { Indicator } from './load.ts';

export const BOM = '\uFEFF';

interface ExportRow {
  id: string;
  indicator: string;
  indicator_en: string;
  kind: string;
  kind_zh: string;
  kind_en: string;
  /** As printed: "5", "1-2", or empty when the report gives no number. */
  value: string;
  value_min: number | null;
  value_max: number | null;
  unit: string;
  unit_en: string;
  printed: string;
  qualifiers: string;
  quote: string;
  paragraph: number;
  chapter: string;
  url: string;
  note: string;
  note_en: string;
}

export function exportRows(rows: Indicator[], paragraphUrl: (chapter: string, n: number) => string): ExportRow[] {
  return rows.map((r) => {
    const [min, max] = r.value === null ? [null, null] : Array.isArray(r.value) ? r.value : [r.value, r.value];
    return {
      id: r.id,
      indicator: r.indicator,
      indicator_en: r.en,
      kind: r.kind,
      kind_zh: KINDS[r.kind].zh,
      kind_en: KINDS[r.kind].en,
      value: r.value === null ? '' : Array.isArray(r.value) ? `${r.value[0]}-${r.value[1]}` : String(r.value),
      value_min: min,
      value_max: max,
      unit: r.unit,
      unit_en: r.unitEn,
      printed: r.printedValue,
      qualifiers: r.qualifiers.join('、'),
      quote: r.quote,
      paragraph: r.paragraph,
      chapter: r.chapter,
      url: paragraphUrl(r.chapter, r.paragraph),
      note: r.note ?? '',
      note_en: r.noteEn ?? '',
    };
  });
}

/**
 * One CSV cell. A text cell that a spreadsheet would read as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) gets a leading ' (OWASP's
 * advice against CSV injection), so it shows as the text it is.
 */
export function csvField(v: string | number | null): string {
  const raw = v === null ? '' : String(v);
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', () => '""')}"` : s;
}

/** RFC 4180 CSV with CRLF line ends and a BOM. */
export function toCsv(rows: ExportRow[]): string {
  const columns = Object.keys(rows[0] ?? {}) as (keyof ExportRow)[];
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}

interface JsonExport {
  title: string;
  source: string;
  note: string;
  count: number;
  indicators: ExportRow[];
}

export function toJson(rows: ExportRow[], source: string): string {
  const doc: JsonExport = {
    title: '徐汇区2022年政府工作报告中的数字目标 / Numeric targets in the 2022 Xuhui District government work report',
    source,
    note: 'value is the number as printed (a range as "1-2"); unit as printed; quote is the report\'s exact wording, found in paragraph `paragraph` (url). English labels and notes are the site\'s own.',
    count: rows.length,
    indicators: rows,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
