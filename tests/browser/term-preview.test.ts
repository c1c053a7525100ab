import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';

const sites = servedSites();
// 两极三区 occurs in paragraph 16 (着力优化城区功能格局).
const PAGE = 'chapters/urban-layout/';
const TERM = '#p16 a.term[data-term="liang-ji-san-qu"]';

const cardVisible = (page: Page) => page.locator('#term-card').isVisible();

describe('term previews', () => {
  it('show a card after a short hover delay, without moving the text', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin);
    await page.goto(sites.root.root + PAGE);
    // Hovering scrolls the term into view; measure after that, so only the card could move the text.
    await page.locator(TERM).scrollIntoViewIfNeeded();
    const before = await page.locator('#p16').boundingBox();
    await page.locator(TERM).hover();
    expect(await cardVisible(page)).toBe(false);
    await page.locator('#term-card').waitFor({ state: 'visible', timeout: 2000 });
    const card = page.locator('#term-card');
    await expect(card.innerText()).resolves.toMatch(
      /两极三区[\s\S]*liǎng jí sān qū[\s\S]*two poles, three zones[\s\S]*没有说明/,
    );
    expect(await card.locator('a').getAttribute('href')).toBe('/glossary/liang-ji-san-qu/');
    expect(await page.locator('#p16').boundingBox()).toEqual(before);
    await page.mouse.move(0, 0);
    await card.waitFor({ state: 'hidden', timeout: 2000 });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('show on keyboard focus, are announced as the link’s description, close with Escape, and do not trap focus', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(sites.root.root + PAGE);
    await page.locator(TERM).focus();
    // The preview code loads on this first interaction, then shows the card at once (no hover delay).
    await page.locator('#term-card').waitFor({ state: 'visible', timeout: 2000 });
    expect(await page.locator(TERM).getAttribute('aria-describedby')).toBe('term-card');
    expect(await page.locator('#term-card').getAttribute('role')).toBe('tooltip');
    await page.keyboard.press('Escape');
    expect(await cardVisible(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe('liang-ji-san-qu');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#term-card'))).toBeNull();
    // Focus moves on to the next control of the page (a link or the paragraph's 引用), not into the card.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-term'))).not.toBe('liang-ji-san-qu');
    expect(await page.evaluate(() => ['A', 'SUMMARY'].includes(document.activeElement?.tagName ?? ''))).toBe(true);
    await context.close();
  });

  it('open with a first tap and follow the link on the second', async () => {
    const context = await sites.browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 375, height: 700 },
    });
    const page = await context.newPage();
    await page.goto(sites.root.root + PAGE);
    await page.locator(TERM).tap();
    await page.locator('#term-card').waitFor({ state: 'visible', timeout: 2000 });
    expect(new URL(page.url()).pathname).toBe(`/${PAGE}`);
    const box = await page.locator('#term-card').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await Promise.all([page.waitForURL('**/glossary/liang-ji-san-qu/'), page.locator(TERM).tap()]);
    await context.close();
  });

  it('are plain links without JavaScript', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { javaScriptEnabled: false });
    await page.goto(sites.root.root + PAGE);
    expect(await page.locator('#term-card').count()).toBe(0);
    await Promise.all([page.waitForURL('**/glossary/liang-ji-san-qu/'), page.locator(TERM).click()]);
    await context.close();
  });
});
