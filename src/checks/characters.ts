/**
 * Characters no hand-written or extracted text of this site may hold: they
 * are invisible, or change how the text around them is shown, so a page could
 * read differently from what its source says (a bidi override shows a sentence
 * reversed; a NUL byte becomes U+FFFD on one page and stays raw on another).
 * Tab, line feed and carriage return are the only controls a text file needs.
 * The seed, the structure file and every YAML file are checked with this rule
 * (src/ingest/decode-seed.ts, src/utils/yaml-data.ts).
 */
const FORBIDDEN_CHARACTER = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\xAD\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/u;

const NAMES: Record<string, string> = {
  '\0': 'NUL',
  '\xAD': 'SOFT HYPHEN',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u2028': 'LINE SEPARATOR',
  '\u2029': 'PARAGRAPH SEPARATOR',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text)',
};

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)" */
export function describeCharacter(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    NAMES[c] ??
    (c.codePointAt(0)! < 0x20 || (c.codePointAt(0)! >= 0x7f && c.codePointAt(0)! <= 0x9f)
      ? 'a control character'
      : 'an invisible character');
  return `${code} (${name})`;
}

export interface ForbiddenAt {
  /** 1-based line and column (in characters) of the first forbidden character. */
  line: number;
  column: number;
  character: string;
}

/** Where `text` first holds a forbidden character, or undefined. Lines end at \n, \r\n or \r. */
export function findForbidden(text: string): ForbiddenAt | undefined {
  const m = FORBIDDEN_CHARACTER.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const lines = before.split(/\r\n?|\n/);
  return { line: lines.length, column: [...lines.at(-1)!].length + 1, character: m[0] };
}
