import { describe, expect, it } from 'vitest';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';

const sites = servedSites();

describe('the glossary page', () => {
  it('filters entries by characters, toneless pinyin or English, and says how many it found', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}glossary/`);
    const all = await page.locator('li[data-search]').count();
    const input = page.getByLabel('筛选术语');
    await input.fill('wuxing');
    await expect(page.locator('li[data-search]:visible a').allInnerTexts()).resolves.toContain('五型经济');
    const shown = await page.locator('li[data-search]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await expect(page.locator('[data-filter-status]').innerText()).resolves.toBe(`找到${shown}个术语`);
    await input.fill('Golden Triangle');
    await expect(page.locator('li[data-search]:visible a').allInnerTexts()).resolves.toEqual(['金三角']);
    // Categories with nothing left are hidden too.
    expect(await page.locator('section[data-category]:visible').count()).toBe(1);
    await input.fill('');
    expect(await page.locator('li[data-search]:visible').count()).toBe(all);
    await context.close();
  });

  it('lists every entry, without a filter box, when JavaScript is off', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { javaScriptEnabled: false });
    await page.goto(`${sites.root.root}glossary/`);
    expect(await page.locator('[data-glossary-filter]').isVisible()).toBe(false);
    expect(await page.locator('li[data-search]:visible').count()).toBeGreaterThanOrEqual(120);
    await context.close();
  });
});
