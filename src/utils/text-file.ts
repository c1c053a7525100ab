/**
 * Reading the project's text files strictly: bytes that are not UTF-8 are
 * refused with the line they are on, never turned into U+FFFD, and so are
 * control, bidirectional and invisible characters (src/checks/characters.ts),
 * with line and column.
 */
import { readFileSync } from 'node:fs';
import { SourceError } from './source-error.ts';
import { fromRoot } from './project.ts';
import { describeCharacter, findForbidden } from '../checks/characters.ts';

/** The bytes as UTF-8 text (a leading byte-order mark dropped), or a refusal naming the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string, fix: string, what = 'the file'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    throw new SourceError(
      { file, line: lineAtOffset(bytes, at) },
      `${what} is not valid UTF-8 (first bad byte at offset ${at})`,
      fix,
    );
  }
}

/** Refuses the first control, bidirectional or invisible character of `text`, with its line and column. */
export function checkCharacters(text: string, file: string, fix: string, firstLine = 1): void {
  const bad = findForbidden(text);
  if (!bad) return;
  throw new SourceError(
    { file, line: bad.line + firstLine - 1 },
    `column ${bad.column}: the text holds ${describeCharacter(bad.character)}, which a page would not show as written`,
    fix,
  );
}

const YAML_FIX = 'delete the character (retype the text around it if it was pasted), and save the file as UTF-8';

/** A hand-written file of the project (path relative to the root), decoded strictly. */
export function readTextFile(file: string, fix = YAML_FIX): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(fromRoot(file));
  } catch (e) {
    throw new SourceError(
      { file },
      `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      'check that the file exists and is readable',
    );
  }
  return decodeUtf8(bytes, file, fix);
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // Smallest prefix that fails to decode; `stream` lets an unfinished but valid
  // multi-byte sequence at the end of a prefix pass.
  const fails = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 1;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
