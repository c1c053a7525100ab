import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { PurgeCSS } from 'purgecss';
import { htmlFilesIn } from '../utils/files.ts';

/**
 * Classes and attributes that scripts add after load: the term card, the copy
 * status, map highlighting, search marks, the reader's theme and term-mark choices.
 */
const SAFELIST = { standard: [/^term-card/, 'shown', 'is-active', 'search-hit'], greedy: [/data-theme/, /data-marks/] };

/**
 * What selectors can match in a page: tag names, attribute names and values,
 * and each class and id. Stricter than PurgeCSS's default (every word of the
 * page), which keeps `.button` on any page that says "button".
 */
function selectorTokens(html: string): string[] {
  const tokens = new Set<string>();
  for (const [, tag, attrs] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    tokens.add(tag!.toLowerCase());
    for (const [, name, value] of attrs!.matchAll(/([^\s=/"'>]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      tokens.add(name!);
      const v = value?.replace(/^["']|["']$/g, '') ?? '';
      if (v) tokens.add(v);
      if (name === 'class' || name === 'id') for (const t of v.split(/\s+/)) if (t) tokens.add(t);
    }
  }
  return [...tokens];
}

/** Pages whose markup is mostly made by script: left as built. */
const SKIP = /^search\//;

const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
/** Inline scripts that run (not data blocks such as JSON-LD or JSON). */
const INLINE_SCRIPT = /<script(?![^>]*(?:\bsrc=|type="application\/(?:ld\+)?json"))([^>]*)>([\s\S]*?)<\/script>/g;

/** One page: its CSS cut to what the page uses, its inline scripts minified. */
export async function slimPage(html: string): Promise<string> {
  const css = [...html.matchAll(STYLE)].map((m) => m[1]).join('\n');
  let out = html;
  if (css.trim() !== '') {
    const content = html.replace(STYLE, '');
    const [purged] = await new PurgeCSS().purge({
      content: [{ raw: content, extension: 'html' }],
      css: [{ raw: css }],
      defaultExtractor: selectorTokens,
      safelist: SAFELIST,
      variables: false,
    });
    let first = true;
    out = out.replace(STYLE, () => {
      if (!first) return '';
      first = false;
      return `<style>${purged?.css ?? ''}</style>`;
    });
  }
  const scripts = [...out.matchAll(INLINE_SCRIPT)];
  for (const [whole, attrs, code] of scripts) {
    if (!code?.trim()) continue;
    const { code: small } = await transform(code, { minify: true, target: 'es2022', loader: 'js', charset: 'utf8' });
    out = out.replace(whole, `<script${attrs}>${small.trim()}</script>`);
  }
  return out;
}

/**
 * After the build, every page ships only the CSS it uses (Astro bundles a
 * route's CSS by its imports, so every chapter carried the zone map's styles)
 * and minified inline scripts: the page-weight budget (README "Page weight").
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
          if (SKIP.test(page)) continue;
          const path = `${root}/${page}`;
          const html = readFileSync(path, 'utf8');
          const slim = await slimPage(html);
          before += html.length;
          after += slim.length;
          if (slim !== html) writeFileSync(path, slim);
        }
        logger.info(
          `slimmed pages from ${(before / 1024).toFixed(0)} KB to ${(after / 1024).toFixed(0)} KB (before compression) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
