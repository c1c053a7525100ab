/** Reading the Pagefind bundle a build wrote (dist/pagefind/), for build-level tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

interface StoredFragment {
  url: string;
  /** The text as Pagefind stores it, its word breaks (U+200B) removed. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's files are gzip with a "pagefind_dcd" signature before the payload. */
function decode(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error(`${file}: not a Pagefind file`);
  return raw.subarray(12);
}

export function readFragments(dist: string): StoredFragment[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(decode(join(dir, f)).toString('utf8')) as StoredFragment)
    .map((f) => ({ ...f, content: f.content.replaceAll('\u200B', '') }));
}

export function readEntry(dist: string): { version: string; languages: Record<string, { page_count: number }> } {
  return JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
}
