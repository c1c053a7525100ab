/**
 * The browser tests' shared setup: one Chromium for the file, and the built
 * site served at `/` (dist/) and under the sub-path (tmp/dist-sub/).
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/lib/browser.ts';
import { serve, type Served } from '../../scripts/lib/server.ts';
import { ROOT_DIST, SUB_DIST, SUB_PATH } from './dist.ts';
import { watchCsp, type CspWatch } from './csp.ts';

interface Sites {
  browser: Browser;
  /** dist/, served at `/`. */
  root: Served;
  /** tmp/dist-sub/, served under SUB_PATH. */
  sub: Served;
  /** The CSP violations seen since the last call, taken (for a test that provokes some on purpose). */
  takeCspViolations(): string[];
}

/**
 * Registers the file's beforeAll/afterAll; the fields are ready inside tests.
 * Every test fails on any Content-Security-Policy violation in any page it
 * opened (tests/helpers/csp.ts).
 */
export function servedSites(): Sites {
  const sites = {} as Sites;
  let csp: CspWatch | undefined;
  sites.takeCspViolations = () => csp?.take() ?? [];
  beforeAll(async () => {
    sites.browser = await launch();
    csp = watchCsp(sites.browser);
    sites.root = await serve(ROOT_DIST, '/');
    sites.sub = await serve(SUB_DIST, SUB_PATH);
  });
  afterEach(() => {
    expect(csp?.take() ?? [], 'Content-Security-Policy violations').toEqual([]);
  });
  afterAll(async () => {
    await sites.browser?.close();
    await Promise.all([sites.root?.close(), sites.sub?.close()]);
  });
  return sites;
}
