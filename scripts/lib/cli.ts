/**
 * How every command-line entry point in scripts/ ends. A refusal of the input
 * (a SourceError: file, line, problem, fix) or a mistyped option is printed
 * after a line saying what failed, and the process exits 1; anything else is a
 * bug and is thrown as it is, with its stack.
 */
import { SourceError } from '../../src/utils/source-error.ts';

const isArgumentError = (e: unknown) => e instanceof TypeError && String((e as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');

export async function runCli(failed: string, main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (!(e instanceof SourceError) && !isArgumentError(e)) throw e;
    console.error(`${failed}\n${(e as Error).message}`);
    process.exit(1);
  }
}
