/** Reading the built site in tests. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

export const ROOT_DIST = 'dist';
export const SUB_DIST = 'tmp/dist-sub';
export const SUB_PATH = '/some/sub/path/';

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function htmlFiles(dir = ROOT_DIST): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html'));
}

export function load(file: string, dir = ROOT_DIST) {
  return cheerio.load(readFileSync(join(dir, file), 'utf8'));
}
