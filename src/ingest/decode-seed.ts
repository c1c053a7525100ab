import { SourceError } from '../utils/source-error.ts';
import { checkCharacters, decodeUtf8 } from '../utils/text-file.ts';

const RESTORE = 'restore the original extraction from ../shared/seeds/ (the seed is never edited by hand)';

/** One line of the seed as extracted, with its 1-based line number. */
export interface SourceLine {
  n: number;
  text: string;
}

/**
 * Decodes the seed strictly: a PDF extraction that is not valid UTF-8, holds no
 * text, or holds control, bidirectional or invisible characters
 * (src/checks/characters.ts) is refused rather than half-read. U+FFFD characters that are *in* the file
 * (the extraction wrote some into page furniture) are valid text and pass.
 */
export function decodeSeed(bytes: Uint8Array, file: string): SourceLine[] {
  const text = decodeUtf8(bytes, file, RESTORE + ', or re-extract it as UTF-8', 'the seed');
  if (text.trim() === '') {
    throw new SourceError(
      { file },
      'the seed is empty (no text at all)',
      'restore the original extraction from ../shared/seeds/; a truncated copy cannot be ingested',
    );
  }
  // A NUL, a control or a bidirectional character would be published as it
  // is, or shown differently from what the seed says: refused with its place.
  checkCharacters(text, file, RESTORE);
  // A final newline ends the last line; it does not start another.
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => ({ n: i + 1, text: line }));
}
