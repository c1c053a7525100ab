/**
 * The post-build steps on hostile pages (audit finding F1: G2, G14–G17, Y6,
 * Y14, U3b, E10, E11): slim-pages touches only real inline <script> and <style>
 * elements, writes no `$`-pattern, and refuses to change anything else; the CSP
 * allows exactly the page's own inline code. Also the search matcher on
 * invisible characters (B4).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { slimPage } from '../../../src/integrations/slim-pages.ts';
import {
  pagePolicy,
  withContentSecurityPolicy,
  PolicyError,
} from '../../../src/integrations/content-security-policy.ts';
import { pageShape, parsePage } from '../../../src/integrations/html-parts.ts';
import { findTerms, holdsQuery, queryTerms, visibleQuery } from '../../../src/search/match.ts';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><script>try{var t=localStorage.getItem('theme')}catch(e){}</script><title>t</title>${head}<style>.a{color:red}.unused{color:blue}</style></head><body><p class="a">${body}</p><script type="module">const i = "/scripts/x.js"; document.addEventListener('click', () => import(i));</script></body></html>`;

/** Attribute-escaped as Astro writes it (only & and "). */
const attr = (s: string) => s.replaceAll('&', () => '&amp;').replaceAll('"', () => '&quot;');

const HOSTILE = [
  `<script>x='><img src=x onerror=alert(document.domain)>'</script>`, // G14
  `<script>'><svg/onload=alert()>'</script>`, // U3b
  '<style>b{}</style>', // G15
  '<script>}{</script>', // G16
  "<script>a='$&$x'</script>", // G17
  "$' $` $$ $& $1 -->", // E10, E11
  '</title><script>window.PWN=1</script>{window.PWN=2}<img src=x onerror=x>', // Y6
];

describe('slimPage', () => {
  it.each(HOSTILE)('leaves text in attributes and in the body as it is: %s', async (text) => {
    const html = page(
      `<meta name="description" content="${attr(text)}"><meta property="og:title" content="${attr(text)}">`,
      text.replaceAll('&', () => '&amp;').replaceAll('<', () => '&lt;'),
    );
    const out = await slimPage(html);
    // Only the insides of the real scripts and styles changed.
    expect(pageShape(out)).toBe(pageShape(html));
    const { elements } = parsePage(out);
    const metas = elements.filter((e) => e.tagName === 'meta' && e.attrs.some((a) => a.name === 'content'));
    expect(metas.map((m) => m.attrs.find((a) => a.name === 'content')!.value)).toEqual([text, text]);
    expect(elements.filter((e) => e.tagName === 'script')).toHaveLength(2);
    expect(elements.filter((e) => e.tagName === 'img' || e.tagName === 'svg')).toHaveLength(0);
    // Its CSS was cut to what it uses, in its one real <style>.
    expect(out).toContain('.a{color:red}');
    expect(out).not.toContain('.unused');
  });

  it('minifies the real scripts and keeps their $-patterns as code', async () => {
    const html = page('', 'x').replace('const i = "/scripts/x.js"', () => 'const i = "/a$\'b/$$/$&/scripts/x.js"');
    const out = await slimPage(html);
    expect(out).toContain(`"/a$'b/$$/$&/scripts/x.js"`);
    expect(out.length).toBeLessThan(html.length);
    expect(pageShape(out)).toBe(pageShape(html));
  });

  it('leaves JSON-LD and other data blocks alone', async () => {
    const ld = '{"@context":"https://schema.org","name":"\\u003cscript>$&"}';
    const html = page(`<script type="application/ld+json">${ld}</script>`, 'x');
    expect(await slimPage(html)).toContain(ld);
  });
});

describe('the Content-Security-Policy', () => {
  const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

  it('allows exactly the inline scripts and styles of the page, by hash', () => {
    const html = page('<script type="application/ld+json">{"a":1}</script>', 'x');
    const policy = pagePolicy(parsePage(html));
    const { parts } = parsePage(html);
    const running = parts.filter((p) => p.kind === 'script' && p.runs).map((p) => sha(p.text));
    expect(running).toHaveLength(2);
    expect(policy).toContain(`script-src 'self' ${running.join(' ')};`);
    // Pagefind's permissions only where the page searches.
    expect(policy).not.toMatch(/wasm-unsafe-eval|connect-src|worker-src/);
    const searching = pagePolicy(
      parsePage(page('<script type="application/json" data-search-catalogue>{}</script>', 'x')),
    );
    expect(searching).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(searching).toContain("connect-src 'self'");
    expect(policy).toContain(`style-src 'self' ${sha('.a{color:red}.unused{color:blue}')};`);
    expect(policy).not.toContain(sha('{"a":1}'));
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy).toMatch(/^default-src 'none';/);
  });

  it('goes right after <meta charset>, before the theme script', () => {
    const out = withContentSecurityPolicy(page('', 'x'));
    expect(out).toMatch(
      /^<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'; [^"]+"><script>try/,
    );
  });

  it.each([
    ['an inline event handler', '<button onclick="x()">b</button>'],
    ['a javascript: link', '<a href=" javascript:alert(1)">a</a>'],
    ['a javascript: link with a tab inside', '<a href="java\tscript:alert(1)">a</a>'],
  ])('refuses a page with %s, naming the page', (_, body) => {
    expect(() => withContentSecurityPolicy(page('', body), 'chapters/x/index.html')).toThrow(PolicyError);
    expect(() => withContentSecurityPolicy(page('', body), 'chapters/x/index.html')).toThrow(
      /^chapters\/x\/index\.html: /,
    );
  });
});

describe('invisible characters in a query (B4)', () => {
  it.each([
    ['\u202E徐家汇\u202C'],
    ['徐\u200D家\u200D汇'],
    ['徐\u200B家汇'],
    ['徐\u2060家\u00AD汇'],
    ['\u2066徐家汇\u2069'],
  ])('%j finds 徐家汇 and is shown without them', (q) => {
    expect(visibleQuery(q)).toBe('徐家汇');
    expect(queryTerms(q)).toEqual(['徐家汇']);
    expect(holdsQuery('打造徐家汇地区', q)).toBe(true);
  });

  it('are ignored in the text too, and marked around', () => {
    expect(findTerms('打造徐\u200B家汇地区', queryTerms('徐家汇'))).toEqual([{ start: 2, end: 6 }]);
  });
});
