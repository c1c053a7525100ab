/**
 * The audit's browser findings (../shared/research/security-audit-2026-11-29.md,
 * section 1) and the Content-Security-Policy at work: a malformed #hash does not
 * throw (B2), invisible characters in a query neither hide results nor the
 * searched words (B4), and a page's CSP blocks script it was not built with
 * while everything the site does runs (every browser test also fails on any
 * violation: tests/helpers/sites.ts).
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';

const sites = servedSites();

describe('hostile addresses and queries', () => {
  it.each(['#%E0', '#%', '#%E0%A4%A'])('a malformed hash (%s) on a landing page throws nothing', async (hash) => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${sites.root.root}chapters/economy/?highlight=${encodeURIComponent('徐汇')}${hash}`);
    // The highlighter runs after load; it marks in the main content when the hash names nothing.
    await page.waitForFunction(() => (CSS.highlights.get('search-hit')?.size ?? 0) > 0, undefined, { timeout: 10_000 });
    expect({ errors, consoleErrors }).toEqual({ errors: [], consoleErrors: [] });
    await context.close();
  });

  it.each([
    ['a right-to-left override', '\u202E徐家汇\u202C'],
    ['zero-width joiners', '徐\u200D家\u200D汇'],
    ['a zero-width space and a soft hyphen', '徐\u200B家\u00AD汇'],
  ])('a query with %s finds what 徐家汇 finds, and says it searched 徐家汇', async (_, q) => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent(q)}`);
    const status = page.locator('[data-search-status]');
    await page.waitForFunction(
      () => !/正在搜索/.test(document.querySelector('[data-search-status]')?.textContent ?? '正在搜索'),
      undefined,
      { timeout: 20_000 },
    );
    const said = (await status.textContent()) ?? '';
    expect(said).toMatch(/^“徐家汇”：/);
    expect(said).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u00AD]/);
    await context.close();
  });
});

describe('the Content-Security-Policy in the browser', () => {
  it('blocks an inline script and an inline handler the page was not built with, and reports them', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    const violations: string[] = [];
    await context.exposeBinding('__seen', (_, v: string) => violations.push(v));
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __seen(v: string): void }).__seen(e.effectiveDirective),
      ),
    );
    await page.goto(`${sites.root.root}chapters/economy/`);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: number };
      const s = document.createElement('script');
      s.textContent = 'window.injected = 1';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.injected = 2');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 300));
      return w.injected ?? 0;
    });
    expect(ran).toBe(0);
    await expect.poll(() => violations.sort()).toEqual(['script-src-attr', 'script-src-elem']);
    await context.close();
    // Provoked on purpose: the watch every test has (tests/helpers/sites.ts) saw them too.
    expect(sites.takeCspViolations().join('\n')).toMatch(
      /script-src-elem[\s\S]*script-src-attr|script-src-attr[\s\S]*script-src-elem/,
    );
  });
});
