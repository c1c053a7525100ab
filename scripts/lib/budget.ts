/** The page-weight budget of a chapter page (issue #6), for the benchmark and the budget test. */
export const JS_BUDGET = 10 * 1024;
export const RATIO_BUDGET = 2.5;

/** dist/chapters/<slug>/index.html and its English page dist/en/chapters/<slug>/index.html, not the chapter lists. */
export const isChapterPage = (page: string) => /^(?:en\/)?chapters\/[^/]+\/index\.html$/.test(page);
