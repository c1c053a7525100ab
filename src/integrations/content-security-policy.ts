/**
 * Each page's Content-Security-Policy, as a <meta> at the top of its <head>,
 * computed from the page as it is published (after slim-pages.ts, the last
 * step that rewrites inline code): the page may run exactly its own inline
 * scripts and apply exactly its own inline styles (by SHA-256), load scripts,
 * data and the search index only from its own origin, and nothing else. Text
 * that reached a page by mistake cannot run, whatever it is.
 *
 * - `'wasm-unsafe-eval'`, `connect-src` and `worker-src`: Pagefind (the search
 *   page only). No `'unsafe-inline'`, no `'unsafe-eval'`.
 * - Styles that on-demand modules add when they run are constructed
 *   stylesheets (src/client/add-style.ts), which a CSP does not govern.
 * - A meta CSP cannot carry `frame-ancestors` or reporting: README ("Deploying")
 *   gives the header for hosts that can send one.
 *
 * Inline event handlers (`onclick="…"`) and `javascript:` addresses are never
 * written by this site; a page holding one is refused, naming it.
 */
import { createHash } from 'node:crypto';
import { applyEdits, parsePage, type ParsedPage } from './html-parts.ts';

/**
 * What every page may load besides its own inline code: scripts (the on-demand
 * modules), images (its own and the inline icon), and the search form's target.
 * No fonts (the site uses the reader's fonts), nothing else.
 */
const EVERY_PAGE: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/**
 * What a page may do only when it needs it, so that no page carries a
 * permission it never uses (and the policy stays short: it is part of every
 * page's weight). The search page runs Pagefind (its WebAssembly, its worker,
 * the index and the texts it fetches); the home page links the web app manifest.
 */
const NEEDS = {
  search: { 'script-src': ["'wasm-unsafe-eval'"], 'connect-src': ["'self'"], 'worker-src': ["'self'"] },
  manifest: { 'manifest-src': ["'self'"] },
} satisfies Record<string, Record<string, string[]>>;

function merge(...parts: Record<string, string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of parts) for (const [k, v] of Object.entries(part)) out[k] = [...(out[k] ?? []), ...v];
  return out;
}

export class PolicyError extends Error {
  constructor(page: string, problem: string, fix: string) {
    super(`${page}: ${problem}\n  fix: ${fix}`);
    this.name = 'PolicyError';
  }
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const unique = (xs: string[]) => [...new Set(xs)];

/** URL attributes whose `javascript:` value would run script. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);

/** The policy for one page. */
export function pagePolicy({ parts, elements }: ParsedPage, page = 'page'): string {
  const styleAttrs: string[] = [];
  for (const el of elements) {
    for (const { name, value } of el.attrs) {
      if (/^on/i.test(name)) {
        throw new PolicyError(
          page,
          `<${el.tagName} ${name}="…">: an inline event handler, which the page's Content-Security-Policy blocks`,
          'attach the handler from a script (addEventListener)',
        );
      }
      if (URL_ATTRS.has(name) && /^\s*javascript:/i.test(value.replace(/[\t\n\r]/g, ''))) {
        throw new PolicyError(
          page,
          `<${el.tagName} ${name}="${value.slice(0, 40)}">: a javascript: address`,
          'link to an http(s) address or a site path',
        );
      }
      if (name === 'style') styleAttrs.push(value);
    }
  }
  const searches = elements.some(
    (el) => el.tagName === 'script' && el.attrs.some((a) => a.name === 'data-search-catalogue'),
  );
  const manifest = elements.some(
    (el) =>
      el.tagName === 'link' && el.attrs.some((a) => a.name === 'rel' && a.value.split(/\s+/).includes('manifest')),
  );
  const directives = merge(EVERY_PAGE, searches ? NEEDS.search : {}, manifest ? NEEDS.manifest : {});
  directives['script-src']!.push(
    ...unique(parts.filter((p) => p.kind === 'script' && p.runs).map((p) => hash(p.text))),
  );
  directives['style-src']!.push(...unique(parts.filter((p) => p.kind === 'style').map((p) => hash(p.text))));
  if (styleAttrs.length > 0) directives['style-src-attr'] = ["'unsafe-hashes'", ...unique(styleAttrs.map(hash))];
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

/**
 * The page with its CSP <meta> as the first thing after <meta charset> (or
 * first in <head>), before any script or style it covers.
 */
export function withContentSecurityPolicy(html: string, page = 'page'): string {
  const parsed = parsePage(html);
  const { elements, parts } = parsed;
  const policy = pagePolicy(parsed, page);
  if (
    elements.some(
      (el) =>
        el.tagName === 'meta' &&
        el.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'),
    )
  ) {
    throw new PolicyError(
      page,
      'the page already has a Content-Security-Policy <meta>',
      'leave the policy to src/integrations/content-security-policy.ts',
    );
  }
  const head = elements.find((el) => el.tagName === 'head');
  const charset = elements.find(
    (el) => el.tagName === 'meta' && el.parentNode === head && el.attrs.some((a) => a.name === 'charset'),
  );
  const at = charset?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined)
    throw new PolicyError(
      page,
      'the page has no <head> start tag to put its Content-Security-Policy in',
      'give every page a <head> (src/layouts/Base.astro)',
    );
  const first = Math.min(...parts.map((p) => p.elementStart));
  if (first < at)
    throw new PolicyError(
      page,
      'an inline script or style comes before <meta charset>',
      'put <meta charset> first in <head>',
    );
  return applyEdits(html, [
    { start: at, end: at, text: `<meta http-equiv="content-security-policy" content="${policy}">` },
  ]);
}
