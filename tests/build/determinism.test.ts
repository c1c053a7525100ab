import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, ROOT_DIST } from '../helpers/dist.ts';

const AGAIN = 'tmp/dist-again';

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

describe('determinism', () => {
  it('a second clean build gives a byte-identical dist/', () => {
    rmSync(AGAIN, { recursive: true, force: true });
    // Clean: no content-layer cache from the first build.
    rmSync('node_modules/.astro', { recursive: true, force: true });
    rmSync('.astro', { recursive: true, force: true });
    execFileSync('npm', ['run', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BASE_PATH: '/', OUT_DIR: AGAIN },
    });
    const first = hashes(ROOT_DIST);
    const second = hashes(AGAIN);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
    expect(differing).toEqual([]);
  }, 240_000);
});
