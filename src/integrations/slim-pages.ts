import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { PurgeCSS } from 'purgecss';
import purgecssFromHtml from 'purgecss-from-html';
import { htmlFilesIn } from '../utils/files.ts';
import { applyEdits, pageShape, parsePage, type Edit } from './html-parts.ts';
import { withContentSecurityPolicy } from './content-security-policy.ts';
import { joinBodyScripts } from './join-scripts.ts';

/**
 * Classes and attributes that scripts add after load: the term card, the copy
 * status, map highlighting, search marks, the reader's theme and term-mark choices.
 */
const SAFELIST = { standard: [/^term-card/, 'shown', 'is-active', 'search-hit'], greedy: [/data-theme/, /data-marks/] };

/** Pages whose markup is mostly made by script (each edition's search page): left as built (but for their CSP). */
const SKIP = /^(?:en\/)?search\//;

/** A page the slimming step would change in more than its inline scripts and styles. */
export class SlimmingError extends Error {
  constructor(page: string, problem: string) {
    super(
      `${page}: ${problem}\n  fix: this is a bug of src/integrations/slim-pages.ts (it may only rewrite the inside of inline <script> and <style> elements); report it with the page`,
    );
    this.name = 'SlimmingError';
  }
}

/**
 * One page: its CSS cut to what the page uses (all its <style> elements become
 * the first one), its inline scripts minified. Only real elements are touched,
 * as the HTML parser finds them (html-parts.ts), and the page is rebuilt by
 * slicing at their offsets: text in an attribute or a comment that looks like a
 * tag stays text, and no `$` in a script or the text is ever read as a pattern.
 */
export async function slimPage(html: string, page = 'page'): Promise<string> {
  const { parts } = parsePage(html);
  const edits: Edit[] = [];
  const styles = parts.filter((p) => p.kind === 'style' && p.html);
  const sheet = styles.map((s) => s.text).join('\n');
  if (sheet.trim() !== '') {
    const [purged] = await new PurgeCSS().purge({
      content: [{ raw: html, extension: 'html' }],
      css: [{ raw: sheet }],
      extractors: [{ extractor: purgecssFromHtml, extensions: ['html'] }],
      safelist: SAFELIST,
      variables: false,
    });
    styles.forEach((s, i) => {
      if (i === 0) edits.push({ start: s.start, end: s.end, text: purged?.css ?? '' });
      else edits.push({ start: s.elementStart, end: s.elementEnd, text: '' });
    });
  }
  for (const s of parts) {
    if (s.kind !== 'script' || !s.runs || s.text.trim() === '') continue;
    const { code } = await transform(s.text, { minify: true, target: 'es2022', loader: 'js', charset: 'utf8' });
    edits.push({ start: s.start, end: s.end, text: code.trim() });
  }
  const out = applyEdits(html, edits);
  // The one promise of this step, checked on every page: only the insides of
  // inline scripts and styles changed (no element, attribute or text gained or lost).
  if (pageShape(out) !== pageShape(html))
    throw new SlimmingError(page, 'slimming would change the page outside its inline scripts and styles');
  return out;
}

/**
 * After the build, every page ships only the CSS it uses (Astro bundles a
 * route's CSS by its imports, so every chapter carried the zone map's styles)
 * and minified inline scripts, those of <body> joined into one (join-scripts.ts):
 * the page-weight budget (README "Page weight").
 * Then each page gets its Content-Security-Policy, computed from the page as it
 * is published (content-security-policy.ts): this is the last step that
 * writes HTML.
 */
export function slimPages(): AstroIntegration {
  return {
    name: 'slim-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        let before = 0;
        let after = 0;
        for (const page of htmlFilesIn(root)) {
          const path = `${root}/${page}`;
          const html = readFileSync(path, 'utf8');
          const slim = SKIP.test(page) ? html : await slimPage(joinBodyScripts(html), page);
          const final = withContentSecurityPolicy(slim, page);
          before += html.length;
          after += final.length;
          if (final !== html) writeFileSync(path, final);
        }
        logger.info(
          `slimmed pages from ${(before / 1024).toFixed(0)} KB to ${(after / 1024).toFixed(0)} KB (before compression), each with its Content-Security-Policy, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
