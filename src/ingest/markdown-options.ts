/**
 * How the chapters' MDX is turned into HTML, beyond parsing (astro.config.mjs
 * passes these to Astro's processor; tests/unit/ingest/mdx.test.ts renders with
 * them). The report's text is published exactly as printed, so nothing may
 * rewrite it on the way:
 * - no SmartyPants: it would turn "…", '…', -- and ... into curly quotes
 *   (the wrong way round next to Chinese), dashes and ellipses on the page, while
 *   paragraphs.json, search and citations keep the ASCII;
 * - no GitHub extensions: autolinked addresses, strikethrough and tables are not
 *   in a printed report.
 */
export const MARKDOWN_OPTIONS = { smartypants: false, gfm: false } as const;
