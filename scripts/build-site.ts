/**
 * `npm run build:site` (and the second half of `npm run build`): checks every
 * input and setting first (src/config/preflight.ts), then has Astro build the
 * site into a fresh folder beside the output folder (OUT_DIR, default dist/),
 * which replaces it only when the build has finished. A refused or failed
 * build leaves the last good site exactly as it was.
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import { checkEverything } from '../src/config/preflight.ts';
import { replaceFolder } from '../src/utils/swap-folder.ts';
import { PROJECT_ROOT } from '../src/utils/project.ts';
import { isRefusal, runCli } from './lib/cli.ts';

const outDir = resolve(PROJECT_ROOT, process.env.OUT_DIR || 'dist');
const where = process.env.OUT_DIR || 'dist';

let failed = false;
await runCli(`build refused: ${where}/ is as it was.`, async () => {
  await checkEverything();
  await replaceFolder(outDir, async (fresh) => {
    // astro.config.mjs reads OUT_DIR; the checks above are not run again (once per process).
    process.env.OUT_DIR = fresh;
    try {
      await build({ root: PROJECT_ROOT });
    } catch (e) {
      // A refusal is said plainly by runCli; anything else Astro has already logged.
      if (isRefusal(e)) throw e;
      failed = true;
      throw e;
    }
  });
}).catch((e: unknown) => {
  // Astro has logged its own failure; anything else is a bug, shown with its stack.
  if (!failed) console.error(e);
  console.error(`build failed: ${where}/ is as it was.`);
  process.exit(1);
});
