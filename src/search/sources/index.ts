/**
 * What the site's search indexes: one source per kind of content. The build
 * (astro.config.mjs) and the benchmark (scripts/bench-search.ts) both use this
 * list, so adding a kind here is all it takes to search it.
 */
import type { Glossary } from '../../glossary/load.ts';
import type { RecordSource } from '../record.ts';
import { glossaryEntries } from './glossary-entries.ts';
import { indicatorRows } from './indicators.ts';
import { reportParagraphs } from './report-paragraphs.ts';
import { mapZones } from './zones.ts';

export function siteSources(glossary: Pick<Glossary, 'entries' | 'occurrences'>): RecordSource[] {
  return [reportParagraphs(), glossaryEntries(glossary), indicatorRows(), mapZones()];
}
