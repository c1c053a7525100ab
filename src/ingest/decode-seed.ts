import { SourceError } from '../utils/source-error.ts';

/** One line of the seed as extracted, with its 1-based line number. */
export interface SourceLine {
  n: number;
  text: string;
}

/**
 * Decodes the seed strictly: a PDF extraction that is not valid UTF-8 or holds no
 * text is refused rather than half-read. U+FFFD characters that are *in* the file
 * (the extraction wrote some into page furniture) are valid text and pass.
 */
export function decodeSeed(bytes: Uint8Array, file: string): SourceLine[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    throw new SourceError(
      { file, line: lineAtOffset(bytes, at) },
      `the seed is not valid UTF-8 (first bad byte at offset ${at})`,
      'restore the original extraction from ../shared/seeds/ (the seed is never edited by hand), or re-extract it as UTF-8',
    );
  }
  if (text.trim() === '') {
    throw new SourceError(
      { file },
      'the seed is empty (no text at all)',
      'restore the original extraction from ../shared/seeds/; a truncated copy cannot be ingested',
    );
  }
  // A final newline ends the last line; it does not start another.
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => ({ n: i + 1, text: line }));
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
