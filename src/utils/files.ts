/** Walking a built site's folder (the build's own post-processing, the tests and the benchmarks). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function htmlFilesIn(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html'));
}
