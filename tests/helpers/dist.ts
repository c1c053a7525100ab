/** Reading the built site in tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesIn } from '../../src/utils/files.ts';
import * as cheerio from 'cheerio';

export const ROOT_DIST = 'dist';
export const SUB_DIST = 'tmp/dist-sub';
export const SUB_PATH = '/some/sub/path/';

export { listFiles } from '../../src/utils/files.ts';

export function htmlFiles(dir = ROOT_DIST): string[] {
  return htmlFilesIn(dir);
}

export function load(file: string, dir = ROOT_DIST) {
  return cheerio.load(readFileSync(join(dir, file), 'utf8'));
}
