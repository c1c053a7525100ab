import { LineCounter, parseDocument, isNode, visit } from 'yaml';
import type { z } from 'zod';
import { SourceError } from './source-error.ts';
import { checkCharacters } from './text-file.ts';

export type DataPath = readonly (string | number)[];

/** Parsed YAML plus a way back from any value to the line it was written on. */
export interface YamlData {
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: DataPath): number | undefined;
}

/**
 * Hand-written data (structure file, glossary entries, zones) is YAML so that
 * editors can comment it; errors must still point at a line, so we keep the
 * document's node ranges instead of only its plain value.
 */
export function parseYaml(text: string, file: string): YamlData {
  checkCharacters(text, file, 'delete the character (retype the text around it if it was pasted)');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [first] = doc.errors;
  if (first) {
    throw new SourceError(
      { file, line: lineCounter.linePos(first.pos[0]).line },
      `not valid YAML: ${first.message.split('\n')[0]}`,
      'fix the YAML syntax at that line (indentation, quotes, a missing colon)',
    );
  }
  const lineOf = (path: DataPath): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  let data: unknown;
  try {
    // The yaml library stops a document whose aliases would expand without
    // bound (a "billion laughs"); the refusal names the file like any other.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    let aliasAt: number | undefined;
    visit(doc, {
      Alias(_, node) {
        aliasAt = node.range?.[0];
        return visit.BREAK;
      },
    });
    throw new SourceError(
      { file, line: aliasAt === undefined ? undefined : lineCounter.linePos(aliasAt).line },
      `not usable YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      'write each value out: this file needs no YAML anchors (&name) or aliases (*name)',
    );
  }
  return { file, data, lineOf };
}

/**
 * Validates parsed data against a schema; the first problem becomes a SourceError
 * naming the file, the line and the field, with the schema's own message.
 */
export function validate<S extends z.ZodType>(schema: S, source: YamlData, fix: string): z.infer<S> {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.length ? path.join('.') : '(top level)';
  throw new SourceError(
    { file: source.file, line: source.lineOf(path) },
    `${field}: ${issue?.message ?? 'invalid'}`,
    fix,
  );
}
