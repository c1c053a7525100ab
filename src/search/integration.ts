import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishSearchBundle, siteSearchBundle } from './site-bundle.ts';

/**
 * Writes what search ships (src/search/build-index.ts) after Astro has written
 * the pages, so every build (`npm run build`, or `astro build` under any
 * BASE_PATH) yields <outDir>/pagefind/ and <outDir>/search/texts/, and the
 * English edition's <outDir>/en/pagefind/ and <outDir>/en/search/texts/. Each
 * bundle is the one its search page was rendered with (made once per build).
 * Its files hold site paths without the base; the search page adds the base.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const [edition, bundle] of [
          ['Chinese', await siteSearchBundle()],
          ['English', await englishSearchBundle()],
        ] as const) {
          const { records, files, ms } = bundle;
          for (const [path, content] of files) {
            mkdirSync(dirname(join(out, path)), { recursive: true });
            writeFileSync(join(out, path), content);
          }
          const counts = [...new Set(records.map((r) => r.kind))]
            .map((k) => `${records.filter((r) => r.kind === k).length} ${k}`)
            .join(', ');
          logger.info(
            `${edition}: indexed ${records.length} records (${counts}) in ${ms} ms; wrote ${files.size} files`,
          );
        }
      },
    },
  };
}
