/**
 * How every command-line entry point in scripts/ ends. A refusal of the input
 * (a SourceError: file, line, problem, fix; a SettingError: variable, problem,
 * fix; a page the post-build steps refuse) or a mistyped option is printed
 * after a line saying what failed, with no stack trace, and the process exits
 * 1; anything else is a bug and is thrown as it is, with its stack.
 */
import { SourceError } from '../../src/utils/source-error.ts';
import { SettingError } from '../../src/config/deploy-env.ts';
import { SlimmingError } from '../../src/integrations/slim-pages.ts';
import { PolicyError } from '../../src/integrations/content-security-policy.ts';

const isArgumentError = (e: unknown) =>
  e instanceof TypeError && String((e as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');

/** The build's refusals: each message names the place and says what to do. */
export const isRefusal = (e: unknown): e is Error =>
  e instanceof SourceError || e instanceof SettingError || e instanceof SlimmingError || e instanceof PolicyError;

export async function runCli(failed: string, main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (!isRefusal(e) && !isArgumentError(e)) throw e;
    console.error(`${failed}\n${(e as Error).message}`);
    process.exit(1);
  }
}
