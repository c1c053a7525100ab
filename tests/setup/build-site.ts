/**
 * Builds the site once per test run, the way a deployer would: `npm run build`
 * into dist/ (base `/`), and a second copy under a sub-path into tmp/dist-sub/.
 * SKIP_BUILD=1 reuses the last build while working on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SUB_PATH, SUB_DIST, ROOT_DIST } from '../helpers/dist.ts';

let built: Promise<void> | undefined;

function run(args: string[], env: Record<string, string>) {
  execFileSync('npm', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

export default async function setup() {
  if (process.env.SKIP_BUILD === '1' && existsSync(ROOT_DIST) && existsSync(SUB_DIST)) return;
  built ??= (async () => {
    run(['run', 'build'], { BASE_PATH: '/', OUT_DIR: ROOT_DIST });
    run(['run', 'build:site'], { BASE_PATH: SUB_PATH, OUT_DIR: SUB_DIST });
  })();
  await built;
}
