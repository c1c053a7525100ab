/**
 * What the search index holds: records, each one place a reader can land on
 * (a paragraph, a glossary entry, …), produced by record sources. Adding a kind
 * of content to search is one source function and one line in KINDS.
 */

/**
 * Kinds of results, in the order the search page shows their groups, with
 * their names and counting words on each edition's search page.
 */
export const KINDS = {
  chapter: { zh: '报告原文', unit: '段', en: 'Report text', one: 'paragraph', many: 'paragraphs' },
  glossary: { zh: '术语', unit: '条', en: 'Glossary', one: 'entry', many: 'entries' },
  indicator: { zh: '指标', unit: '项', en: 'Indicators', one: 'indicator', many: 'indicators' },
  zone: { zh: '地图', unit: '处', en: 'Maps', one: 'place', many: 'places' },
} as const;

export type Kind = keyof typeof KINDS;
export const KIND_KEYS = Object.keys(KINDS) as Kind[];

export interface SearchRecord {
  kind: Kind;
  /** Site path without the base, with the landing anchor, e.g. /chapters/economy/#p13. */
  url: string;
  /** The result's heading, e.g. 第13段 or the glossary term. */
  title: string;
  /**
   * The text searched, checked and excerpted. It must be text the landing
   * element shows, so that the words can be marked where the reader lands.
   */
  text: string;
  /** Chapters (slugs) the record belongs to, for the chapter filter. */
  chapters: string[];
  /** Exact names (a term and its forms): a query equal to one puts this record first. */
  names?: string[];
  /** A line of context beside the heading, e.g. the chapter's title. */
  context?: string;
  /** Set when the context is not Chinese, e.g. `en` for a glossary entry's English name. */
  contextLang?: string;
  /** Paragraph number, for records that are one paragraph. */
  paragraph?: number;
  /** The language of the page the record lands on, where it is not the search page's (an English result on a Chinese page). */
  pageLang?: string;
  /**
   * The length of the name line that `text` starts with (a term with its pinyin
   * and English name, a zone's two names), which the result's heading already
   * says: its excerpt shows what follows, unless only the name line holds the query.
   */
  lead?: number;
}

export interface RecordSource {
  kind: Kind;
  records(): SearchRecord[] | Promise<SearchRecord[]>;
}
