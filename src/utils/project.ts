/**
 * Files of the project (content/, seeds/) are found from the project's root
 * folder, not from the working directory, so a command works from anywhere.
 * The root is the nearest folder above this module that holds
 * astro.config.mjs: two levels up from src/utils/, and further when Astro has
 * bundled this module into the build's page chunks (which it always writes
 * inside the project, under the output folder).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'astro.config.mjs'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no astro.config.mjs above ${from}: cannot tell where the project is`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path given relative to the project root (as every path in an error message is), made absolute. */
export function fromRoot(path: string): string {
  return resolve(PROJECT_ROOT, path);
}
