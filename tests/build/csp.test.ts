/**
 * Every page of both builds carries its Content-Security-Policy
 * (src/integrations/content-security-policy.ts): one <meta>, before anything
 * it governs, allowing exactly the page's own inline scripts and styles by
 * hash, never 'unsafe-inline' or 'unsafe-eval'.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles } from '../helpers/dist.ts';
import { parsePage } from '../../src/integrations/html-parts.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe.each(BUILDS)('the Content-Security-Policy of every page (base %s)', (_base, dir) => {
  const pages = htmlFiles(dir);

  it('is one <meta> right after <meta charset>, before every script and style', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const { elements, parts } = parsePage(readFileSync(join(dir, page), 'utf8'));
      const metas = elements.filter(
        (e) =>
          e.tagName === 'meta' && e.attrs.some((a) => a.name === 'http-equiv' && a.value === 'content-security-policy'),
      );
      expect(metas, page).toHaveLength(1);
      const head = elements.find((e) => e.tagName === 'head')!;
      const children = head.childNodes.filter((n) => 'tagName' in n);
      expect(
        children.slice(0, 2).map((n) => ('tagName' in n ? n.tagName : '')),
        page,
      ).toEqual(['meta', 'meta']);
      expect(children[1], page).toBe(metas[0]);
      const at = metas[0]!.sourceCodeLocation!.startOffset;
      for (const p of parts) expect(p.elementStart, page).toBeGreaterThan(at);
    }
  });

  it("allows exactly the page's own inline scripts and styles, and nothing inline or evaluated besides", () => {
    for (const page of pages) {
      const { elements, parts } = parsePage(readFileSync(join(dir, page), 'utf8'));
      const policy = elements
        .find((e) => e.attrs.some((a) => a.name === 'http-equiv'))!
        .attrs.find((a) => a.name === 'content')!.value;
      expect(policy, page).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      const d = directives(policy);
      expect(d.get('default-src'), page).toEqual(["'none'"]);
      expect(d.get('base-uri'), page).toEqual(["'none'"]);
      const scripts = new Set(parts.filter((p) => p.kind === 'script' && p.runs).map((p) => hash(p.text)));
      const styles = new Set(parts.filter((p) => p.kind === 'style').map((p) => hash(p.text)));
      // Pagefind's permissions on the search page only; the manifest's on the home page only.
      const searches = elements.some((e) => e.attrs.some((a) => a.name === 'data-search-catalogue'));
      expect(new Set(d.get('script-src')), page).toEqual(
        new Set(["'self'", ...(searches ? ["'wasm-unsafe-eval'"] : []), ...scripts]),
      );
      expect(d.get('connect-src'), page).toEqual(searches ? ["'self'"] : undefined);
      expect(d.get('worker-src'), page).toEqual(searches ? ["'self'"] : undefined);
      expect(d.get('manifest-src'), page).toEqual(page === 'index.html' ? ["'self'"] : undefined);
      expect(d.get('font-src'), page).toBeUndefined();
      expect(new Set(d.get('style-src')), page).toEqual(new Set(["'self'", ...styles]));
      // Nothing the policy would have to allow by other means.
      for (const el of elements) {
        for (const a of el.attrs) {
          expect(a.name, `${page}: <${el.tagName} ${a.name}>`).not.toMatch(/^on/);
          expect(a.value, `${page}: <${el.tagName} ${a.name}>`).not.toMatch(/^\s*javascript:/i);
        }
      }
    }
  });
});
