/**
 * The hand-written data files the site reads beside the report, as paths from
 * the project root: one place for each name, shared by the loaders and by the
 * checks that read the same files for another purpose (the English-names check,
 * src/glossary/site-english.ts). No imports, so that any module may use it
 * without joining an import circle.
 */
export const ZONES_FILE = 'content/zones.yaml';
export const INDICATORS_FILE = 'content/indicators.yaml';
export const SUMMARIES_FILE = 'content/summaries.yaml';
