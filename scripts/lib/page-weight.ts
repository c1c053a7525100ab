/**
 * What a page costs a reader on first visit, measured on the built site: the
 * gzip size of the HTML and of every file the browser fetches before the
 * reader interacts (stylesheets, scripts, icon, manifest, images), the CSS and
 * JavaScript among it (inline or not), and the gzip size of the page's own
 * text for comparison. Shared by `npm run bench:pages` and the budget test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface PageWeight {
  page: string;
  /** gzip bytes of the HTML document (inline CSS and scripts included). */
  html: number;
  /** gzip bytes of CSS: inline <style> elements and linked stylesheets, each compressed alone. */
  css: number;
  /** gzip bytes of JavaScript run before interaction: inline and external scripts (JSON and JSON-LD blocks are data, not script). */
  js: number;
  /** gzip bytes of every other file fetched on load: stylesheets, scripts, icon, manifest, images. */
  files: number;
  /** html + files: the whole transfer before interaction. */
  total: number;
  /** gzip bytes of the page's own text: its title and body text, without scripts and styles. */
  text: number;
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The file in `dir` that a URL of the site (under `base`) points to. */
function fileOf(dir: string, base: string, href: string): string {
  const path = new URL(href, 'http://site').pathname;
  if (!path.startsWith(base)) throw new Error(`a resource outside the base path ${base}: ${href}`);
  return join(dir, decodeURIComponent(path.slice(base.length)));
}

/**
 * A module script and every module it imports statically (`import … from`),
 * which the browser fetches before running it; dynamic `import()` is left
 * out: that code loads on use.
 */
function moduleGraph(dir: string, base: string, href: string, seen = new Set<string>()): string[] {
  const file = fileOf(dir, base, href);
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const url = new URL(href, 'http://site');
  const imports = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}*\s,$]+from\s*)?["']([^"']+)["']/g)].map(
    (m) => new URL(m[1]!, url).pathname,
  );
  return [file, ...imports.flatMap((i) => moduleGraph(dir, base, i, seen))];
}

export function measurePage(dir: string, base: string, page: string): PageWeight {
  const raw = readFileSync(join(dir, page), 'utf8');
  const $ = cheerio.load(raw);
  const local = (selector: string, attr: string) =>
    $(selector)
      .map((_, el) => $(el).attr(attr))
      .get()
      .filter((href): href is string => Boolean(href) && !/^(https?:|data:)/.test(href))
      .map((href) => gz(readFileSync(fileOf(dir, base, href))));
  const inline = (selector: string) =>
    $(selector)
      .map((_, el) => $(el).html() ?? '')
      .get()
      .filter((s) => s.trim() !== '')
      .map((s) => gz(s));

  // Only these script types run; application/json and application/ld+json are data.
  const runs = ':is(:not([type]), [type="module"], [type="text/javascript"])';
  const stylesheets = local('link[rel="stylesheet"]', 'href');
  const scripts = $(`script[src]${runs}`)
    .map((_, el) => $(el).attr('src'))
    .get()
    .filter((src): src is string => Boolean(src) && !/^(https?:|data:)/.test(src))
    .flatMap((src) => moduleGraph(dir, base, src))
    .filter((file, i, all) => all.indexOf(file) === i)
    .map((file) => gz(readFileSync(file)));
  const others = [
    ...local('link[rel~="icon"]', 'href'),
    ...local('link[rel="manifest"]', 'href'),
    ...local('img[src]:not([loading="lazy"])', 'src'),
  ];
  const html = gz(raw);
  const files = sum([...stylesheets, ...scripts, ...others]);

  const doc = cheerio.load(raw);
  doc('script, style, template').remove();
  const text = `${doc('title').text()} ${doc('body').text()}`.replace(/\s+/g, ' ').trim();

  return {
    page,
    html,
    css: sum([...inline('style'), ...stylesheets]),
    js: sum([...inline(`script:not([src])${runs}`), ...scripts]),
    files,
    total: html + files,
    text: gz(text),
  };
}

/** The whole transfer as a multiple of the page's own text. */
export const ratio = (w: PageWeight) => w.total / w.text;
