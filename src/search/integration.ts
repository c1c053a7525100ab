import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { collectRecords, writeSearchIndex } from './build-index.ts';
import type { RecordSource } from './record.ts';

/**
 * Indexes the site for search after Astro has written it, so every build
 * (`npm run build`, or `astro build` under any BASE_PATH) yields <outDir>/pagefind/.
 * The index holds site paths without the base; the search page adds the base.
 */
export function searchIndex(options: { sources: RecordSource[] }): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const records = await collectRecords(options.sources);
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        await writeSearchIndex(records, outputPath);
        const counts = options.sources.map((s) => `${records.filter((r) => r.kind === s.kind).length} ${s.kind}`).join(', ');
        logger.info(`indexed ${records.length} records (${counts}) into ${outputPath} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
