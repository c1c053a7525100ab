/** Walking a built site's folder (the build's own post-processing, the tests and the benchmarks). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, as sorted paths relative to it with forward slashes. */
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

export function htmlFilesIn(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html'));
}
