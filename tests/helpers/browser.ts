/**
 * Debian's chromium driven by playwright-core (never a downloaded browser), with
 * a fresh profile and the flags that keep it off the network.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update'],
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but the served site (they are blocked, and recorded). */
  foreign: string[];
  consoleErrors: string[];
}

/** A page whose requests may only go to `origin`; anything else is aborted and recorded. */
export interface PageOptions {
  javaScriptEnabled?: boolean;
  width?: number;
  colorScheme?: 'light' | 'dark';
}

export async function openPage(browser: Browser, origin: string, opts: PageOptions = {}): Promise<Watched> {
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    viewport: { width: opts.width ?? 1024, height: 800 },
    locale: 'zh-CN',
    colorScheme: opts.colorScheme ?? 'light',
  });
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { context, page, foreign, consoleErrors };
}
