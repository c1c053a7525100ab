/**
 * The ingested report and the site's summaries, as tests read them: from the
 * files, not through the site's code (only the ingest's types are shared).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Paragraph } from '../../src/ingest/paragraphs.ts';
import type { Chapter } from '../../src/ingest/index.ts';

export type TestParagraph = Paragraph;
export type TestChapter = Chapter;

export const report = JSON.parse(readFileSync('content/report/report.json', 'utf8'));
export const chapters = report.chapters as TestChapter[];
export const paragraphs = (JSON.parse(readFileSync('content/report/paragraphs.json', 'utf8')) as { paragraphs: TestParagraph[] }).paragraphs;
export const summaries = parse(readFileSync('content/summaries.yaml', 'utf8')) as Record<string, { line: string; zh: string; en: string }>;
export const paragraphsOf = (slug: string) => paragraphs.filter((p) => p.chapter === slug);
