/** Reading the built site in tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesIn } from '../../src/utils/files.ts';
import * as cheerio from 'cheerio';

export const ROOT_DIST = 'dist';
export const SUB_DIST = 'tmp/dist-sub';
export const SUB_PATH = '/some/sub/path/';
/**
 * The sub-path build is made as a project page is published: SITE_URL holds the
 * path (https://example.org/some/sub/path), BASE_PATH is left out. The root
 * build has no SITE_URL, as `npm start` and a newcomer's first build.
 */
export const SUB_ORIGIN = 'https://example.org';
export const SUB_SITE_URL = `${SUB_ORIGIN}${SUB_PATH.replace(/\/$/, '')}`;
/** The sub-path build also names its publisher and a channel for corrections. */
export const SUB_FEEDBACK_URL = 'mailto:corrections@example.org';
export const SUB_PUBLISHER = '示例编辑部';

/** Both builds: base, folder, and the origin each was published at (none for the root build). */
export const BUILDS = [
  ['/', ROOT_DIST, undefined],
  [SUB_PATH, SUB_DIST, SUB_ORIGIN],
] as const;

export { listFiles } from '../../src/utils/files.ts';

export function htmlFiles(dir = ROOT_DIST): string[] {
  return htmlFilesIn(dir);
}

export function load(file: string, dir = ROOT_DIST) {
  return cheerio.load(readFileSync(join(dir, file), 'utf8'));
}
