/**
 * The browser tests' shared setup: one Chromium for the file, and the built
 * site served at `/` (dist/) and under the sub-path (tmp/dist-sub/).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/lib/browser.ts';
import { serve, type Served } from '../../scripts/lib/server.ts';
import { ROOT_DIST, SUB_DIST, SUB_PATH } from './dist.ts';

interface Sites {
  browser: Browser;
  /** dist/, served at `/`. */
  root: Served;
  /** tmp/dist-sub/, served under SUB_PATH. */
  sub: Served;
}

/** Registers the file's beforeAll/afterAll; the fields are ready inside tests. */
export function servedSites(): Sites {
  const sites = {} as Sites;
  beforeAll(async () => {
    sites.browser = await launch();
    sites.root = await serve(ROOT_DIST, '/');
    sites.sub = await serve(SUB_DIST, SUB_PATH);
  });
  afterAll(async () => {
    await sites.browser?.close();
    await Promise.all([sites.root?.close(), sites.sub?.close()]);
  });
  return sites;
}
