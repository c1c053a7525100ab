/** The glossary collection for pages: entries, per-chapter use, and the preview data the text links show. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byPinyin, tonelessPinyin } from '../glossary/pinyin.ts';
import { CATEGORIES, type Category } from '../glossary/categories.ts';
import { editionUrl } from '../utils/url.ts';
import type { Lang } from '../i18n/lang.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>['data'];

export async function getEntries(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossary')).map((e) => e.data).sort(byPinyin);
}

/** An entry's page, in either edition (Chinese by default). */
/** A glossary entry page's props, in either edition: the entry, and every entry (for its related terms). */
export interface EntryPageProps {
  entry: GlossaryEntry;
  all: GlossaryEntry[];
}

/** The entry pages' paths, in either edition (their getStaticPaths): one per entry, by slug. */
export async function entryPages(): Promise<{ params: { slug: string }; props: EntryPageProps }[]> {
  const entries = await getEntries();
  return entries.map((entry) => ({ params: { slug: entry.slug }, props: { entry, all: entries } }));
}

/**
 * What the glossary index's filter (GlossaryFilter.astro) matches an entry by, in either edition:
 * its Chinese forms, its English names, its pinyin with tones, without them and without spaces.
 */
export function filterKey(e: GlossaryEntry): string {
  const toneless = tonelessPinyin(e.pinyin);
  return [e.term, ...e.forms, e.english, ...e.englishVariants, e.pinyin, toneless, toneless.replace(/[^a-z0-9]/g, '')]
    .join(' ')
    .toLowerCase();
}

export function entryUrl(slug: string, lang: Lang = 'zh'): string {
  return editionUrl(`/glossary/${slug}/`, lang);
}

/** Entries grouped by category, in the categories' order, each group in pinyin order. */
export function groupByCategory(
  entries: GlossaryEntry[],
): { key: Category; zh: string; en: string; entries: GlossaryEntry[] }[] {
  return (Object.keys(CATEGORIES) as Category[])
    .map((key) => ({ key, ...CATEGORIES[key], entries: entries.filter((e) => e.category === key) }))
    .filter((g) => g.entries.length > 0);
}
