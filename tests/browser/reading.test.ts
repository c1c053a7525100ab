import { describe, expect, it } from 'vitest';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';
import { SUB_PATH } from '../helpers/dist.ts';

const sites = servedSites();

describe('reading', () => {
  it('works with JavaScript off: the chapter text is there and the permalink lands on the paragraph', async () => {
    const { page, context, foreign } = await openPage(sites.browser, sites.root.origin, { javaScriptEnabled: false });
    await page.goto(`${sites.root.root}chapters/economy/`);
    await expect(page.locator('#p13').innerText()).resolves.toMatch(/^构建“5\+4\+X”产业布局。/);
    await page.locator('.para:has(#p14) summary.para-number').click();
    await page.locator('.para:has(#p14) a[href="#p14"]').click();
    expect(new URL(page.url()).hash).toBe('#p14');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p14');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('can be followed from the home page to the last chapter by keyboard, under a sub-path', async () => {
    const { page, context, foreign, consoleErrors } = await openPage(sites.browser, sites.sub.origin);
    await page.goto(sites.sub.root);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.locator('.chapter-list a').first().focus();
    await Promise.all([
      page.waitForURL((u) => u.pathname === `${SUB_PATH}chapters/outlook/`),
      page.keyboard.press('Enter'),
    ]);
    for (let i = 0; i < 6; i++) {
      const next = page.locator('a[rel="next"]');
      const href = await next.getAttribute('href');
      await next.focus();
      await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
    }
    expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}chapters/soft-power/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('着力厚植城区软实力');
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('serves a friendly 404 page for unknown paths', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    const res = await page.goto(`${sites.root.root}no/such/page/`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('找不到这个页面');
    await context.close();
  });
});
