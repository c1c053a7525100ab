import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { servedSites } from '../helpers/sites.ts';
import { htmlFiles, ROOT_DIST } from '../helpers/dist.ts';
import { keepLocal } from '../../scripts/lib/browser.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Pages grouped by template (first path segment): every page is checked in the
// light scheme; the dark scheme is checked on one page of each template, since
// a template's colours do not depend on its content.
const pages = htmlFiles(ROOT_DIST).map((f) => f.replace(/index\.html$/, ''));
const templates = new Map<string, string[]>();
// The English edition's pages (/en/…) are grouped the same way, one level down.
for (const p of pages) {
  const [first, second] = p.split('/');
  const key = first === 'en' ? (second ? `en/${second}` : 'en/home') : p.includes('/') ? first! : p || 'home';
  templates.set(key, [...(templates.get(key) ?? []), p]);
}

const sites = servedSites();

interface Findings {
  violations: string[];
  consoleErrors: string[];
  foreign: string[];
}

async function contextFor(scheme: 'light' | 'dark', findings: Findings): Promise<BrowserContext> {
  const context = await sites.browser.newContext({ colorScheme: scheme, locale: 'zh-CN' });
  await keepLocal(context, sites.root.origin, findings.foreign);
  return context;
}

async function audit(page: Page, path: string, findings: Findings) {
  await page.goto(sites.root.root + path);
  // Legacy mode runs axe in the page itself rather than opening a blank page per check to merge frame
  // results: the site has no frames, and it keeps 185 checks affordable.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_22_AA)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  for (const v of violations)
    findings.violations.push(
      `${path}: ${v.id} (${v.impact}) ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
    );
}

/** Audits the paths on two pages at a time (the CI machine has two cores). */
async function auditAll(scheme: 'light' | 'dark', paths: string[]): Promise<Findings> {
  const findings: Findings = { violations: [], consoleErrors: [], foreign: [] };
  const context = await contextFor(scheme, findings);
  const queue = [...paths];
  await Promise.all(
    [0, 1].map(async () => {
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && findings.consoleErrors.push(`${page.url()}: ${m.text()}`));
      page.on('pageerror', (e) => findings.consoleErrors.push(`${page.url()}: ${e}`));
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) await audit(page, path, findings);
    }),
  );
  await context.close();
  return findings;
}

describe('accessibility (axe-core, WCAG 2.2 AA tags), console and network', () => {
  it("covers every built page, the English edition's too", () => {
    expect([...templates.values()].flat().sort()).toEqual([...pages].sort());
    expect(pages.length).toBeGreaterThan(100);
    expect([...templates.keys()].filter((k) => k.startsWith('en/')).sort()).toEqual([
      'en/about',
      'en/chapters',
      'en/glossary',
      'en/home',
      'en/search',
    ]);
  });

  it.each([...templates.keys()])(
    'every "%s" page: zero violations, no console errors, no foreign requests (light)',
    async (key) => {
      const findings = await auditAll('light', templates.get(key)!);
      expect(findings).toEqual({ violations: [], consoleErrors: [], foreign: [] });
    },
    300_000,
  );

  it('one page of each template in the dark scheme', async () => {
    const findings = await auditAll(
      'dark',
      [...templates.values()].map((t) => t[0]!),
    );
    expect(findings).toEqual({ violations: [], consoleErrors: [], foreign: [] });
  }, 120_000);
});
