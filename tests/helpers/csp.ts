/**
 * Content-Security-Policy violations, watched in every browser test: each new
 * context of the browser reports the page's `securitypolicyviolation` events
 * (and Chromium's console line for one), so a test that loads a page or drives
 * an interaction fails when the page's CSP (src/integrations/content-security-policy.ts)
 * blocked anything the site itself does.
 */
import type { Browser, BrowserContext } from 'playwright-core';

export interface CspWatch {
  /** "page URL: directive blocked-URI (source:line)" for each violation seen since the last take(). */
  take(): string[];
}

async function watchContext(context: BrowserContext, seen: string[]): Promise<void> {
  await context.exposeBinding('__cspViolation', ({ page }, v: string) => {
    seen.push(`${page?.url() ?? '?'}: ${v}`);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
          `${e.effectiveDirective} ${e.blockedURI || '(inline)'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
        ),
      true,
    );
  });
  context.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      seen.push(`${m.page()?.url() ?? '?'}: ${m.text()}`);
  });
}

/** Makes every context `browser.newContext()` gives from now on report its CSP violations. */
export function watchCsp(browser: Browser): CspWatch {
  const seen: string[] = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    await watchContext(context, seen);
    return context;
  };
  return { take: () => seen.splice(0) };
}
