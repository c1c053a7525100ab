/**
 * The query parameter that takes a search to the page a result leads to
 * (`?highlight=…`, src/search/landing.ts), where src/client/highlight-landing.ts
 * marks it. No imports: the browser module bundles this file as it is.
 */
export const HIGHLIGHT_PARAM = 'highlight';
