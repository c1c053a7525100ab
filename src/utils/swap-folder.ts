/**
 * Writing a folder all at once: the new content is made in a fresh sibling
 * folder, which replaces the folder only when it is complete. A failed or
 * interrupted run leaves the folder exactly as it was (the last good site, the
 * last good ingest).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export async function replaceFolder(folder: string, fill: (fresh: string) => void | Promise<void>): Promise<void> {
  const parent = dirname(folder);
  const fresh = join(parent, `.${basename(folder)}.new-${process.pid}`);
  const old = join(parent, `.${basename(folder)}.old-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  try {
    await fill(fresh);
    if (existsSync(folder)) renameSync(folder, old);
    renameSync(fresh, folder);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}
