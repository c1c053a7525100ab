import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { entryFields } from './schema.ts';
import { forgetGlossary, GLOSSARY_DIR, loadGlossary } from './load.ts';
import { fromRoot } from '../utils/project.ts';
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
    z.object({
      n: z.number().int(),
      chapter: z.string(),
      form: z.string(),
      sentence: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
});

/**
 * A content-layer loader that runs the glossary's own checks (file:line errors)
 * before storing entries. It shares the build's one reading of the glossary
 * (loadGlossary); under `astro dev` it watches content/glossary/ and reloads
 * when an entry is added, changed or removed (a refused entry is reported and
 * the last good glossary kept).
 */
export function glossaryLoader(): Loader {
  return {
    name: 'glossary',
    load: async ({ store, parseData, watcher, logger }) => {
      const sync = async () => {
        const g = loadGlossary();
        // Pinyin that differs from pinyin-pro and is not confirmed: warnings for a person (pinyin-check.ts).
        for (const warning of pinyinWarnings(g.entries)) logger.warn(warning);
        store.clear();
        for (const e of g.entries) {
          const data = { ...e, occurrences: g.occurrences.get(e.slug) ?? [], definedIn: g.definedIn.get(e.slug) };
          store.set({ id: e.slug, data: await parseData({ id: e.slug, data }) });
        }
      };
      await sync();
      if (!watcher) return;
      const dir = fromRoot(GLOSSARY_DIR);
      watcher.add(dir);
      const reload = async (path: string) => {
        if (!path.startsWith(dir) || !path.endsWith('.yaml')) return;
        logger.info(`reloading the glossary (${path.slice(dir.length + 1)} changed)`);
        forgetGlossary();
        try {
          await sync();
        } catch (e) {
          logger.error(e instanceof Error ? e.message : String(e));
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
