// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { buildSettings, SettingError } from './src/config/deploy-env.ts';
import { loadGlossary } from './src/glossary/load.ts';
import { checkEverything } from './src/config/preflight.ts';
import { SourceError } from './src/utils/source-error.ts';
import { slimPages } from './src/integrations/slim-pages.ts';
import { onDemandModules } from './src/integrations/on-demand-modules.ts';
import { rehypeLinkTerms } from './src/glossary/link-terms.ts';
import { MARKDOWN_OPTIONS } from './src/ingest/markdown-options.ts';
import { loadUnmarked } from './src/glossary/unmarked.ts';
import { searchIndex } from './src/search/integration.ts';

// Everything the build reads is checked first (src/config/preflight.ts): the
// deployment settings (a bad SITE_URL, BASE_PATH, FEEDBACK_URL or SITE_PUBLISHER
// is refused naming the variable), the ingested report against its seed, the
// glossary, indicators, zones and summaries (refused with the file, the line and
// what to do). `npm run build` has done this before Astro starts
// (scripts/build-site.ts), so here it costs nothing; `astro build` or `astro dev`
// run directly stop here, with the message and no stack trace.
try {
  await checkEverything();
} catch (e) {
  if (!(e instanceof SettingError) && !(e instanceof SourceError)) throw e;
  console.error(`\n${e.message}\n`);
  process.exit(1);
}
const settings = buildSettings();
const base = settings.base;
// Each is read once per build: the content collection and the pages get these
// same results (src/utils/once.ts).
const glossary = loadGlossary();
const unmarked = loadUnmarked(glossary);

// SITE_URL and BASE_PATH come from the environment so the same code deploys to a
// domain root or a sub-path (README: "Deploying"). Every internal link goes
// through src/utils/url.ts, which honours the base.
/** Says once, at the start of a build, what a build without SITE_URL leaves out. */
function deployNotice() {
  return {
    name: 'deploy-notice',
    hooks: {
      /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
      'astro:build:start': ({ logger }) => {
        if (!settings.origin)
          logger.warn(
            'SITE_URL is not set: no canonical links, og:url or sitemap, and data files hold site paths; copied links and citations use the reader\'s address. Set SITE_URL=https://… before publishing (README, "Deploying").',
          );
      },
    },
  };
}

/**
 * The sitemap (only with SITE_URL: it needs absolute addresses): every page but
 * the 404 page, each page that exists in both editions with its alternates
 * (xhtml:link hreflang zh-CN and en, as the pages' own <link rel="alternate">,
 * src/i18n/lang.ts), the Chinese original as the x-default.
 * @type {import('@astrojs/sitemap').SitemapOptions}
 */
const sitemapOptions = {
  filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
  i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
  serialize: (item) => {
    const original = item.links?.find((l) => l.lang === 'zh-CN');
    return original ? { ...item, links: [...(item.links ?? []), { url: original.url, lang: 'x-default' }] } : item;
  },
};

export default defineConfig({
  // The origin only; a path given in SITE_URL is the base.
  site: settings.origin,
  base,
  // OUT_DIR lets the tests build a second copy (e.g. under a sub-path) beside dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Scoped styles as short classes rather than data-astro-cid-* attributes: smaller
  // HTML and CSS on every page (the page-weight budget, README "Page weight").
  scopedStyleStrategy: 'class',
  // Search indexes what a reader searches for, one record per place to land on.
  // The sitemap lists every page but the 404 page; robots.txt points at it.
  // The sitemap needs absolute addresses: only when SITE_URL is set.
  integrations: [
    deployNotice(),
    mdx(),
    onDemandModules(),
    searchIndex(),
    slimPages(),
    ...(settings.origin ? [sitemap(sitemapOptions)] : []),
  ],
  markdown: {
    // Astro 7's default processor cannot run remark plugins; the bold run-in heads
    // (`**…。**正文`) only parse as strong with remark-cjk-friendly. Glossary terms
    // in the report's paragraphs link to their entries.
    // Nothing rewrites the report's text on the way (no SmartyPants, no GFM):
    // src/ingest/markdown-options.ts.
    processor: unified({
      ...MARKDOWN_OPTIONS,
      remarkPlugins: [remarkCjkFriendly],
      rehypePlugins: [
        [
          rehypeLinkTerms,
          { match: glossary.match, unmarked, href: (/** @type {string} */ slug) => `${base}glossary/${slug}/` },
        ],
      ],
    }),
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Known upstream noise (withastro/astro#18087): MDX modules carry Astro's
        // "use astro:head-inject" directive, which the bundler warns about once
        // per chapter. Only that warning is dropped; every other one is kept.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
