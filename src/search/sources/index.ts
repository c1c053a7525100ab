/**
 * What the site's search indexes: one source per kind of content, for each
 * edition. The build (astro.config.mjs) and the benchmark
 * (scripts/bench-search.ts) both use these lists, so adding a kind here is all
 * it takes to search it.
 */
import type { Glossary } from '../../glossary/load.ts';
import type { Translation } from '../../translation/load.ts';
import type { RecordSource } from '../record.ts';
import { englishGlossaryEntries, englishIndicatorRows, englishMapZones, englishParagraphs } from './english.ts';
import { glossaryEntries } from './glossary-entries.ts';
import { indicatorRows } from './indicators.ts';
import { reportParagraphs } from './report-paragraphs.ts';
import { mapZones } from './zones.ts';

export function siteSources(glossary: Pick<Glossary, 'entries' | 'occurrences'>): RecordSource[] {
  return [reportParagraphs(), glossaryEntries(glossary), indicatorRows(), mapZones()];
}

/** The English edition's search (issue #17): its paragraphs and glossary, and the indicators and zones by their English names. */
export function englishSources(
  glossary: Pick<Glossary, 'entries' | 'match' | 'bySlug'>,
  translation: Pick<Translation, 'paragraphs'>,
): RecordSource[] {
  return [
    englishParagraphs(translation),
    englishGlossaryEntries(glossary, translation),
    englishIndicatorRows(),
    englishMapZones(),
  ];
}
