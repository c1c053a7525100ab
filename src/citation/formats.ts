/**
 * Citations of one paragraph, in the two styles our readers are asked for:
 * GB/T 7714-2015 (Chinese publications) and APA 7 (English ones). The report
 * is cited as what it is, a newspaper text read online ([N/OL]); the URL is the
 * paragraph's permalink on this site. Pure functions: the page renders them at
 * build time and a small script fills in the reader's access date.
 */
import type { ReportMeta } from '../ingest/schema.ts';

export interface ReportNames {
  documentTitle: string;
  documentTitleEn: string;
  pageTitleEn: string;
  speakerFamilyEn: string;
  speakerGivenEn: string;
}

export interface CitationInput {
  meta: ReportMeta;
  names: ReportNames;
  /** Paragraph number (the locator of the APA in-text citation). */
  paragraph: number;
  /** Absolute URL of the paragraph. */
  url: string;
}

/** A date as a citation style writes it. */
export type AccessDate = string;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** GB/T 7714 writes dates as YYYY-MM-DD. */
export function gbtDate(iso: string): AccessDate {
  parts(iso);
  return iso;
}

/** APA writes "January 10, 2022". */
export function apaDate(iso: string): AccessDate {
  const [y, m, d] = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** "4–5" style page ranges; GB/T uses a hyphen, APA an en dash. */
function pageRange(pages: number[], dash: string): string {
  const first = pages[0];
  const last = pages.at(-1);
  if (first === undefined || last === undefined) throw new Error('the report metadata lists no printed pages');
  return first === last ? String(first) : `${first}${dash}${last}`;
}

/**
 * GB/T 7714-2015, an article in a newspaper read online (连续出版物中的析出文献, [N/OL]):
 * 主要责任者. 题名: 其他题名信息[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
 */
export function gbtCitation(input: CitationInput, accessed: AccessDate): string {
  const { meta, names, url } = input;
  const title = `${names.documentTitle}: ${meta.printed.pageTitle}`;
  return `${meta.speaker.name}. ${title}[N/OL]. ${meta.printed.section}, ${meta.printed.date}(${pageRange(meta.printed.pages, '-')})[${accessed}]. ${url}.`;
}

/**
 * APA 7, newspaper article with a URL and a retrieval date: author romanised,
 * the title as printed followed by its English in square brackets.
 */
export function apaCitation(input: CitationInput, accessed: AccessDate): string {
  const { meta, names, url } = input;
  const [y, m, d] = parts(meta.printed.date);
  const initials = names.speakerGivenEn.split(/[\s-]+/).map((w) => `${w[0]!.toUpperCase()}.`).join(' ');
  const title = `${names.documentTitle}: ${meta.printed.pageTitle} [${names.documentTitleEn}: ${names.pageTitleEn}]`;
  return `${names.speakerFamilyEn}, ${initials} (${y}, ${MONTHS[m - 1]} ${d}). ${title}. ${meta.printed.section}, ${pageRange(meta.printed.pages, '–')}. Retrieved ${accessed}, from ${url}`;
}

/** APA in-text citation with the paragraph as locator: (Zhong, 2022, para. 13). */
export function apaInText(input: CitationInput): string {
  const [y] = parts(input.meta.printed.date);
  return `(${input.names.speakerFamilyEn}, ${y}, para. ${input.paragraph})`;
}
