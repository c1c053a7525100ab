/**
 * The site's search bundle (src/search/build-index.ts), made once per build
 * process: the search page renders the catalogue and the files to fetch early
 * from it, and the integration (src/search/integration.ts) writes its files.
 */
import { loadGlossary } from '../glossary/load.ts';
import { once } from '../utils/once.ts';
import { buildSearchBundle, collectRecords, type SearchBundle } from './build-index.ts';
import { siteSources } from './sources/index.ts';

export function siteSearchBundle(): Promise<SearchBundle> {
  return once('search-bundle', async () => buildSearchBundle(await collectRecords(siteSources(loadGlossary()))));
}
