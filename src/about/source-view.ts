/**
 * The source view lists, for each paragraph, the seed lines it was built from.
 * Blank lines between them are left out; any other gap (lines that belong
 * elsewhere, such as the block the page break displaced) is shown as a gap,
 * with what it was when the ingest record knows.
 */
interface SourceLine {
  line: number;
  text: string;
}

type SourceRow =
  { kind: 'line'; line: number; text: string } | { kind: 'gap'; from: number; to: number; what?: string };

interface KnownSpan {
  lines: readonly [number, number];
  what: string;
}

export function sourceRows(source: readonly SourceLine[], known: readonly KnownSpan[]): SourceRow[] {
  const rows: SourceRow[] = [];
  source.forEach((l, i) => {
    const prev = source[i - 1];
    // Lines are two apart when only a blank line separates them.
    if (prev && l.line - prev.line > 2) {
      const from = prev.line + 1;
      const to = l.line - 1;
      const span = known.find((k) => k.lines[0] <= to && k.lines[1] >= from);
      rows.push(span ? { kind: 'gap', from, to, what: span.what } : { kind: 'gap', from, to });
    }
    rows.push({ kind: 'line', line: l.line, text: l.text });
  });
  return rows;
}
