/**
 * Builds the site once per test run, the way a deployer would: `npm run build`
 * into dist/ (base `/`), and a second copy under a sub-path into tmp/dist-sub/.
 * SKIP_BUILD=1 reuses the last build while working on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SUB_DIST, ROOT_DIST, SUB_SITE_URL, SUB_FEEDBACK_URL, SUB_PUBLISHER } from '../helpers/dist.ts';

let built: Promise<void> | undefined;

function run(args: string[], env: Record<string, string>) {
  execFileSync('npm', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

export default async function setup() {
  if (process.env.SKIP_BUILD === '1' && existsSync(ROOT_DIST) && existsSync(SUB_DIST)) return;
  built ??= (async () => {
    // The root build as a newcomer makes it (no deployment settings); the
    // sub-path build as a project page is published (SITE_URL with the path,
    // a publisher and a channel for corrections).
    const unset = { SITE_URL: '', BASE_PATH: '', FEEDBACK_URL: '', SITE_PUBLISHER: '' };
    run(['run', 'build'], { ...unset, OUT_DIR: ROOT_DIST });
    run(['run', 'build:site'], {
      ...unset,
      SITE_URL: SUB_SITE_URL,
      FEEDBACK_URL: SUB_FEEDBACK_URL,
      SITE_PUBLISHER: SUB_PUBLISHER,
      OUT_DIR: SUB_DIST,
    });
  })();
  await built;
}
