/** The glossary collection for pages: entries, per-chapter use, and the preview data the text links show. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byPinyin } from '../glossary/pinyin.ts';
import { CATEGORIES, type Category } from '../glossary/categories.ts';
import { editionUrl } from '../utils/url.ts';
import type { Lang } from '../i18n/lang.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>['data'];

export async function getEntries(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossary')).map((e) => e.data).sort(byPinyin);
}

/** An entry's page, in either edition (Chinese by default). */
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
