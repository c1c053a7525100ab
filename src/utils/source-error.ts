/**
 * Every way the build can refuse its input (seed, structure file, glossary,
 * zone or indicator data) ends here: an error that says which
 * file, where in it (line or anchor text), what is wrong and what to do about it.
 * The CLI prints it as `file:line: problem` plus a "fix:" line, like a compiler.
 */
export interface Place {
  /** Path of the file at fault, relative to the project root. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
  /** The anchor or text the problem is about, when there is one. */
  anchor?: string | undefined;
}

export class SourceError extends Error {
  readonly place: Place;
  readonly fix: string;

  constructor(place: Place, problem: string, fix: string) {
    const where = place.line === undefined ? place.file : `${place.file}:${place.line}`;
    const about = place.anchor === undefined ? '' : ` (at 「${place.anchor}」)`;
    super(`${where}: ${problem}${about}\n  fix: ${fix}`);
    this.name = 'SourceError';
    this.place = place;
    this.fix = fix;
  }
}
