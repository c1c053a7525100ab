import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/server.ts';
import { htmlFiles, ROOT_DIST } from '../helpers/dist.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = htmlFiles(ROOT_DIST).map((f) => f.replace(/index\.html$/, ''));

let browser: Browser;
let site: Served;
beforeAll(async () => {
  browser = await launch();
  site = await serve(ROOT_DIST);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every built page', () => {
  it.each(['light', 'dark'] as const)('passes axe-core (WCAG 2.2 AA tags) with zero violations, no console errors and no foreign requests (%s scheme)', async (scheme) => {
    const { page, context, foreign, consoleErrors } = await openPage(browser, site.origin);
    await page.emulateMedia({ colorScheme: scheme });
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(site.root + path);
      const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }
    expect(pages.length).toBeGreaterThan(5);
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
