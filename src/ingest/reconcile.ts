import type { Anchor } from './structure.ts';
import { SourceError } from '../utils/source-error.ts';

/** Something the general rule found in the seed, keyed by its offset in the body text. */
export interface Finding {
  key: number;
  seedLine: number;
  text: string;
}

export interface Declared {
  key: number;
  anchor: Anchor;
  /** The structure file vouches for it although the rule does not see it. */
  confirmed: boolean;
}

interface Rejected {
  key: number;
  anchor: Anchor;
}

interface Wording {
  /** What is being reconciled, e.g. "paragraph break". */
  thing: string;
  /** How to declare a finding the structure file lacks. */
  toDeclare: string;
  /** How to reject a finding. */
  toReject: string;
  /** How to confirm a declaration the rule does not see. */
  toConfirm: string;
}

/**
 * The code's layout rules and the structure file must agree, so that nothing is
 * decided silently: every finding of the rule is declared or explicitly rejected,
 * every declaration is found by the rule or explicitly confirmed, and no
 * rejection is stale.
 */
export function reconcile(
  findings: Finding[],
  declared: Declared[],
  rejected: Rejected[],
  w: Wording,
  files: { seed: string; structure: string },
): void {
  const found = new Map(findings.map((f) => [f.key, f]));
  const declaredKeys = new Set(declared.map((d) => d.key));
  const rejectedKeys = new Map(rejected.map((r) => [r.key, r]));
  for (const f of findings) {
    if (declaredKeys.has(f.key) || rejectedKeys.has(f.key)) continue;
    throw new SourceError(
      { file: files.seed, line: f.seedLine, anchor: f.text },
      `the layout shows a ${w.thing} here that ${files.structure} does not list`,
      `${w.toDeclare}, or ${w.toReject}`,
    );
  }
  for (const d of declared) {
    if (rejectedKeys.has(d.key)) {
      const r = rejectedKeys.get(d.key)!;
      throw new SourceError(
        { file: files.structure, line: d.anchor.line, anchor: d.anchor.text },
        `the structure file both declares this ${w.thing} and rejects it (line ${r.anchor.line})`,
        'keep one of the two entries',
      );
    }
    if (!d.confirmed && !found.has(d.key)) {
      throw new SourceError(
        { file: files.structure, line: d.anchor.line, anchor: d.anchor.text },
        `the structure file declares a ${w.thing} here, but the layout does not show one`,
        `if it is right, ${w.toConfirm}; otherwise remove the entry`,
      );
    }
  }
  for (const r of rejected) {
    if (found.has(r.key)) continue;
    throw new SourceError(
      { file: files.structure, line: r.anchor.line, anchor: r.anchor.text },
      `the structure file rejects a ${w.thing} here, but the layout does not show one`,
      'remove the stale entry',
    );
  }
}
