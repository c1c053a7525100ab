import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';
import { SUB_PATH } from '../helpers/dist.ts';

const sites = servedSites();

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT_BG = 'rgb(253, 252, 249)';
const DARK_BG = 'rgb(27, 26, 23)';

describe('themes', () => {
  it('follow the system, switch on request with a button that says what it will do, and remember the choice without flashing', async () => {
    const { page, context, consoleErrors, foreign } = await openPage(sites.browser, sites.root.origin, {
      colorScheme: 'dark',
    });
    // Records the theme at the moment <body> first exists, i.e. before the first paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as Window & { themeAtBody?: string }).themeAtBody =
            document.documentElement.dataset.theme ?? 'system';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${sites.root.root}chapters/economy/`);
    expect(await background(page)).toBe(DARK_BG);

    const toggle = page.locator('button[data-theme-switch]');
    await expect(toggle.innerText()).resolves.toBe('改为浅色');
    await toggle.click();
    await expect(toggle.innerText()).resolves.toBe('改为深色');
    expect(await background(page)).toBe(LIGHT_BG);

    await page.reload();
    expect(await page.evaluate(() => (window as Window & { themeAtBody?: string }).themeAtBody)).toBe('light');
    expect(await background(page)).toBe(LIGHT_BG);

    await page.goto(`${sites.root.root}about/`);
    expect(await background(page)).toBe(LIGHT_BG);
    // Back to the system's own scheme: the choice is forgotten, and the page follows the system again.
    await page.locator('button[data-theme-switch]').click();
    expect(await background(page)).toBe(DARK_BG);
    await expect(page.locator('button[data-theme-switch]').innerText()).resolves.toBe('改为浅色');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe('system');
    expect(consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('hide the switch without JavaScript, and still follow the system', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, {
      javaScriptEnabled: false,
      colorScheme: 'dark',
    });
    await page.goto(sites.root.root);
    expect(await page.locator('button[data-theme-switch]').isVisible()).toBe(false);
    expect(await background(page)).toBe(DARK_BG);
    await context.close();
  });
});

/** Opens paragraph n's menu from its number (the number is the paragraph's one control). */
async function openMenu(page: Page, n: number) {
  await page.locator(`.para:has(#p${n}) summary.para-number`).click();
  await page.locator('#para-menu:popover-open').waitFor();
}

describe('paragraph tools', () => {
  it('copy a paragraph’s link from its menu as the address the reader is at, and say so (under a sub-path)', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.sub.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.sub.origin });
    await page.goto(`${sites.sub.root}chapters/urban-layout/`);
    await openMenu(page, 17);
    await expect(page.locator('#para-menu-title').innerText()).resolves.toBe('第17段');
    await page.getByRole('button', { name: '复制链接', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-copy-status]')?.classList.contains('shown'));
    await expect(page.locator('[data-copy-status]').innerText()).resolves.toBe('已复制第17段的链接');
    // The sub-path build says it is published at https://example.org/…; served from
    // another origin here, the copied link is this origin's, as the reader sees it.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${sites.sub.origin}${SUB_PATH}chapters/urban-layout/#p17`,
    );
    expect(await page.locator('#para-menu').evaluate((m) => m.matches(':popover-open'))).toBe(false);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('fill the reader’s date and address into a citation when it opens, and copy it', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.root.origin });
    await page.goto(`${sites.root.root}chapters/economy/`);
    await openMenu(page, 13);
    await page.getByRole('button', { name: '引用', exact: true }).click();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await page.waitForFunction((t) => document.querySelector('#cite-gbt-13 .access-date')?.textContent === t, today);
    expect(await page.locator('#para-menu #cite-gbt-13').isVisible()).toBe(true);
    const apaDate = await page.locator('#cite-apa-13 .access-date').innerText();
    expect(apaDate).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(await page.locator('#cite-13 .access-note').isVisible()).toBe(false);

    await page.locator('button[data-copy="cite-gbt-13"]').click();
    await page.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent?.includes('GB/T'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      `钟晓咏. 政府工作报告: 今后五年主要目标和2022年工作任务[N/OL]. 2022年徐汇区“两会”专题报道, 2022-01-10(4-5)[${today}]. ${sites.root.origin}/chapters/economy/#p13.`,
    );
    await expect(page.locator('#cite-apa-13 .cite-url').innerText()).resolves.toBe(
      `${sites.root.origin}/chapters/economy/#p13`,
    );
    // Closing puts the citation back under its paragraph's number, and focus back on the number.
    await page.keyboard.press('Escape');
    expect(await page.locator('.para:has(#p13) #cite-13').count()).toBe(1);
    await page.waitForFunction(() => document.activeElement?.matches('.para:has(#p13) summary.para-number'));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('on a published build served from another origin, the citation carries that origin', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.sub.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.sub.origin });
    await page.goto(`${sites.sub.root}chapters/economy/`);
    // Built for https://example.org/some/sub/path/: that is what the page says before JavaScript fills it in.
    expect(await page.locator('#cite-apa-13 .cite-url').textContent()).toBe(
      `https://example.org${SUB_PATH}chapters/economy/#p13`,
    );
    await openMenu(page, 13);
    await page.getByRole('button', { name: '引用', exact: true }).click();
    const here = `${sites.sub.origin}${SUB_PATH}chapters/economy/#p13`;
    await page.waitForFunction((h) => document.querySelector('#cite-apa-13 .cite-url')?.textContent === h, here);
    await page.locator('button[data-copy="cite-apa-13"]').click();
    await page.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent?.includes('APA'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`, from ${here.replace(/[.?/]/g, (c) => `\\${c}`)}$`),
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('without JavaScript: the number unfolds, in place, the paragraph’s link and its citation with placeholders and a note', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { javaScriptEnabled: false });
    await page.goto(`${sites.root.root}chapters/economy/`);
    const number = page.locator('.para:has(#p14) summary.para-number');
    await number.click();
    await expect(page.locator('#cite-gbt-14').innerText()).resolves.toContain('[引用日期]. 〔本段网址〕.');
    await expect(page.locator('#cite-14 .access-note').innerText()).resolves.toContain('浏览器地址栏');
    expect(await page.locator('#cite-14 .access-note').isVisible()).toBe(true);
    expect(await page.locator('button[data-copy="cite-gbt-14"]').isVisible()).toBe(false);
    // Right under the number that was tapped, before the paragraph's text.
    const tapped = await number.boundingBox();
    const cite = await page.locator('#cite-14').boundingBox();
    expect(cite!.y).toBeGreaterThan(tapped!.y);
    expect(cite!.y).toBeLessThan(tapped!.y + 200);
    expect(cite!.y).toBeLessThan((await page.locator('#p14').boundingBox())!.y);
    await page.locator('.para:has(#p14) a[href="#p14"]').click();
    expect(new URL(page.url()).hash).toBe('#p14');
    await context.close();
  });
});

describe('print', () => {
  it('makes a clean handout: no navigation or tools, numbers and text kept, the address printed', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}chapters/quality-of-life/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.site-header nav',
      'button[data-theme-switch]',
      'button[data-marks-switch]',
      'nav.breadcrumbs',
      'nav.chapter-contents',
      '.cite >> nth=0',
      'nav.pager',
      '.back-to-top',
      '.skip-link',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const shown of ['h1', '#p20', '.para:has(#p20) summary.para-number', '.page-address', '.site-footer']) {
      expect(await page.locator(shown).isVisible(), shown).toBe(true);
    }
    // The address the page was printed from (the build has no SITE_URL).
    await expect(page.locator('.page-address').innerText()).resolves.toBe(
      `本章网址：${sites.root.origin}/chapters/quality-of-life/`,
    );
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});

describe('on a 320 px phone', () => {
  const pages = [
    '',
    'chapters/',
    'chapters/economy/',
    'chapters/urban-layout/',
    'about/',
    'about/source/',
    'no/such/page/',
  ];

  it('every page fits the width, with thumb-sized navigation, and fetches nothing from elsewhere', async () => {
    const { page, context, foreign, consoleErrors } = await openPage(sites.browser, sites.root.origin, { width: 320 });
    for (const path of pages) {
      await page.goto(`${sites.root.root}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      for (const box of await page
        .locator('.site-header nav a, button[data-theme-switch]')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
        expect(box, path).toBeGreaterThanOrEqual(44);
      }
    }
    expect(foreign).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });

  it('a long chapter brings the reader back to the top, from the end of the text, covering none of it', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { width: 320 });
    await page.goto(`${sites.root.root}chapters/economy/`);
    const back = page.locator('.back-to-top a');
    expect(await page.locator('.back-to-top').evaluate((e) => getComputedStyle(e).position)).toBe('static');
    const link = (await back.boundingBox())!;
    for (const p of await page
      .locator('p[data-paragraph]')
      .evaluateAll((ps) => ps.map((x) => x.getBoundingClientRect().bottom + window.scrollY))) {
      expect(link.y).toBeGreaterThan(p);
    }
    await back.click();
    await page.waitForFunction(() => window.scrollY < 5);
    expect(new URL(page.url()).hash).toBe('#top');
    await context.close();
  });

  it('the contents list leads to a part of the chapter', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { width: 320 });
    await page.goto(`${sites.root.root}chapters/soft-power/`);
    // Folded on a phone: the report text comes first.
    expect(await page.locator('nav.chapter-contents li a').first().isVisible()).toBe(false);
    await page.locator('nav.chapter-contents summary').click();
    await page.locator('nav.chapter-contents a', { hasText: '推动社会事业均衡发展' }).click();
    expect(new URL(page.url()).hash).toBe('#p26');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p26');
    await context.close();
  });
});
