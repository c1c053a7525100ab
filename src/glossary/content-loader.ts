import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { entryFields } from './schema.ts';
import { GLOSSARY_DIR, loadGlossary } from './load.ts';
import { pinyinWarnings } from './pinyin-check.ts';

/**
 * What the `glossary` content collection stores per entry: the hand-written
 * fields plus what the build computes from the report (never hand-kept): every
 * occurrence and the paragraph that holds the entry's defining quote.
 */
export const storedEntrySchema = entryFields.extend({
  slug: z.string(),
  file: z.string(),
  definedIn: z.number().int().optional(),
  occurrences: z.array(
    z.object({ n: z.number().int(), chapter: z.string(), form: z.string(), sentence: z.string(), start: z.number().int(), end: z.number().int() }),
  ),
});

export type StoredEntry = z.infer<typeof storedEntrySchema>;

/** A content-layer loader that runs the glossary's own checks (file:line errors) before storing entries. */
export function glossaryLoader(): Loader {
  return {
    name: 'glossary',
    load: async ({ store, parseData, watcher, logger }) => {
      const g = loadGlossary();
      // Pinyin that differs from pinyin-pro and is not confirmed: warnings for a person (pinyin-check.ts).
      for (const warning of pinyinWarnings(g.entries)) logger.warn(warning);
      store.clear();
      for (const e of g.entries) {
        const data = { ...e, occurrences: g.occurrences.get(e.slug) ?? [], definedIn: g.definedIn.get(e.slug) };
        store.set({ id: e.slug, data: await parseData({ id: e.slug, data }) });
      }
      watcher?.add(GLOSSARY_DIR);
    },
  };
}
