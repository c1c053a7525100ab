/**
 * The site's search bundles (src/search/build-index.ts), made once per build
 * process, one per edition: each search page renders its catalogue and the
 * files to fetch early from its own, and the integration
 * (src/search/integration.ts) writes both.
 */
import { loadGlossary } from '../glossary/load.ts';
import { loadTranslation } from '../translation/load.ts';
import { once } from '../utils/once.ts';
import type { Lang } from '../i18n/lang.ts';
import { EDITION_FOLDER } from '../i18n/lang.ts';
import { buildSearchBundle, collectRecords, type SearchBundle } from './build-index.ts';
import { englishSources, siteSources } from './sources/index.ts';

export function siteSearchBundle(): Promise<SearchBundle> {
  return once('search-bundle', async () => buildSearchBundle(await collectRecords(siteSources(loadGlossary()))));
}

/** The English edition's (issue #17). Pagefind indexes one bundle at a time: it is made after the Chinese one. */
export function englishSearchBundle(): Promise<SearchBundle> {
  return once('search-bundle-en', async () => {
    await siteSearchBundle();
    return buildSearchBundle(
      await collectRecords(englishSources(loadGlossary(), loadTranslation())),
      EDITION_FOLDER.en,
    );
  });
}

/** The bundle of an edition's search. */
export function searchBundle(lang: Lang): Promise<SearchBundle> {
  return lang === 'en' ? englishSearchBundle() : siteSearchBundle();
}
