/** The real seed and structure file, and ways to run the ingest on damaged copies of them. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { SourceError } from '../../src/utils/source-error.ts';
import { SEED_FILE, STRUCTURE_FILE } from '../../src/ingest/paths.ts';

export { SEED_FILE, STRUCTURE_FILE };
export const seedText = readFileSync(SEED_FILE, 'utf8');
export const structureText = readFileSync(STRUCTURE_FILE, 'utf8');

export function runIngest(opts: { seed?: string | Uint8Array; structure?: string } = {}) {
  const seed = opts.seed ?? seedText;
  return ingest({
    seed: typeof seed === 'string' ? new TextEncoder().encode(seed) : seed,
    seedFile: SEED_FILE,
    structureText: opts.structure ?? structureText,
    structureFile: STRUCTURE_FILE,
  });
}

/** Replaces exactly one occurrence of `from` (the test fails if there is not exactly one). */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  expect(first, `「${from}」 should occur in the fixture`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, first + 1), `「${from}」 should occur once in the fixture`).toBe(-1);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  expect(i, `「${needle}」 should be on some line`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

/** Runs `fn`, expects a SourceError at that file and line whose message matches. */
export function expectRefusal(fn: () => unknown, where: { file: string; line?: number }, message: RegExp): SourceError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'the ingest should refuse this input').toBeInstanceOf(SourceError);
  const err = caught as SourceError;
  expect(err.place.file).toBe(where.file);
  if (where.line !== undefined) expect(err.place.line).toBe(where.line);
  expect(err.message).toMatch(message);
  expect(err.fix.length, 'every refusal says what to do').toBeGreaterThan(10);
  return err;
}
