/**
 * Citations of one paragraph, in the two styles our readers are asked for:
 * GB/T 7714-2015 (Chinese publications) and APA 7 (English ones). The report
 * is cited as what it is, a newspaper text read online ([N/OL]); the URL is the
 * paragraph's permalink on this site. Pure functions: the page renders them at
 * build time and a small script fills in the reader's access date.
 */
import type { ReportMeta } from '../ingest/schema.ts';

interface ReportNames {
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
type AccessDate = string;

/** "January 10, 2022" and "January 10", as APA writes dates (US English). */
const APA_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const APA_MONTH_DAY = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

/** The date of an ISO string (YYYY-MM-DD), at midnight UTC. */
function utcDate(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return new Date(`${iso}T00:00:00Z`);
}

/** GB/T 7714 writes dates as YYYY-MM-DD. */
export function gbtDate(iso: string): AccessDate {
  utcDate(iso);
  return iso;
}

/** APA writes "January 10, 2022". */
export function apaDate(iso: string): AccessDate {
  return APA_DATE.format(utcDate(iso));
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
  const printed = utcDate(meta.printed.date);
  const initials = names.speakerGivenEn
    .split(/[\s-]+/)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join(' ');
  const title = `${names.documentTitle}: ${meta.printed.pageTitle} [${names.documentTitleEn}: ${names.pageTitleEn}]`;
  return `${names.speakerFamilyEn}, ${initials} (${printed.getUTCFullYear()}, ${APA_MONTH_DAY.format(printed)}). ${title}. ${meta.printed.section}, ${pageRange(meta.printed.pages, '–')}. Retrieved ${accessed}, from ${url}`;
}

/** APA in-text citation with the paragraph as locator: (Zhong, 2022, para. 13). */
export function apaInText(input: CitationInput): string {
  return `(${input.names.speakerFamilyEn}, ${utcDate(input.meta.printed.date).getUTCFullYear()}, para. ${input.paragraph})`;
}

/**
 * A paragraph of the English edition: the site's own, unofficial translation
 * of the report (issue #17). The citations name both: the translation (its
 * English title, the site as translator and publisher, the paragraph's English
 * address, the access date) and the original report as printed.
 */
export interface TranslationCitationInput extends CitationInput {
  /** The site that made the translation and publishes it (its English name). */
  translator: string;
}

/** The report's English title, as APA capitalises it: "Government work report: Main goals …". */
function englishTitle(names: ReportNames): string {
  return `${names.documentTitleEn}: ${names.pageTitleEn}`;
}

/**
 * APA 7, a translated work read online: the original author, no date of its
 * own (n.d.: the translation is undated), the English title, the translator
 * (the site: "Trans."), the site as publisher, the retrieval date and address,
 * and the original work: its year, Chinese title and where it was printed.
 */
export function apaTranslationCitation(input: TranslationCitationInput, accessed: AccessDate): string {
  const { meta, names, url, translator } = input;
  const printed = utcDate(meta.printed.date);
  const initials = names.speakerGivenEn
    .split(/[\s-]+/)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join(' ');
  const original = `${names.documentTitle}: ${meta.printed.pageTitle}, ${meta.printed.section}, pp. ${pageRange(meta.printed.pages, '–')}`;
  return `${names.speakerFamilyEn}, ${initials} (n.d.). ${englishTitle(names)} (${translator}, Trans.; unofficial translation). ${translator}. Retrieved ${accessed}, from ${url} (Original work published ${printed.getUTCFullYear()} as ${original})`;
}

/** APA in-text citation of a translated work: both years, original first, with the paragraph: (Zhong, 2022/n.d., para. 13). */
export function apaTranslationInText(input: CitationInput): string {
  return `(${input.names.speakerFamilyEn}, ${utcDate(input.meta.printed.date).getUTCFullYear()}/n.d., para. ${input.paragraph})`;
}

/**
 * GB/T 7714-2015, an online English text ([EB/OL]) with its translator after
 * the title ("…, trans.", as 译 in a Chinese entry), "unofficial English
 * translation" as its other title information, and the original it renders
 * as a newspaper text ([N]).
 */
export function gbtTranslationCitation(input: TranslationCitationInput, accessed: AccessDate): string {
  const { meta, names, url, translator } = input;
  const title = `${names.documentTitleEn}: ${names.pageTitleEn.charAt(0).toLowerCase()}${names.pageTitleEn.slice(1)}`;
  const original = `${meta.speaker.name}. ${names.documentTitle}: ${meta.printed.pageTitle}[N]. ${meta.printed.section}, ${meta.printed.date}(${pageRange(meta.printed.pages, '-')})`;
  return `${names.speakerFamilyEn.toUpperCase()} ${names.speakerGivenEn[0]!.toUpperCase()}. ${title}: unofficial English translation[EB/OL]. ${translator}, trans. [${accessed}]. ${url}. Translation of: ${original}.`;
}
