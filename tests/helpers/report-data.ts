/** The ingested report and the site's summaries, as tests read them (not through the site's code). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface TestParagraph {
  n: number;
  chapter: string;
  text: string;
  lead?: string;
  heading?: string;
  source: { line: number; text: string }[];
}
export interface TestChapter {
  slug: string;
  order: number;
  title: string;
  titleSource: 'report' | 'site';
  paragraphs: [number, number];
}

export const report = JSON.parse(readFileSync('content/report/report.json', 'utf8'));
export const chapters = report.chapters as TestChapter[];
export const paragraphs = (JSON.parse(readFileSync('content/report/paragraphs.json', 'utf8')) as { paragraphs: TestParagraph[] }).paragraphs;
export const summaries = parse(readFileSync('content/summaries.yaml', 'utf8')) as Record<string, { line: string; zh: string; en: string }>;
export const paragraphsOf = (slug: string) => paragraphs.filter((p) => p.chapter === slug);

/** SITE_URL as the test builds use it (the default). */
export const SITE = 'http://localhost:4321';
