/**
 * No `$`-pattern replacement strings anywhere in the code: in
 * `s.replace(pattern, replacement)` a replacement *string* reads `$&`, `$'`,
 * `` $` ``, `$$` and `$1` as patterns, so text that reaches it (a gloss, a base
 * path, minified code) is silently rewritten (audit finding F1: pages duplicated
 * and corrupted). Every replace/replaceAll here gives a function, or a literal
 * string without `$`.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/utils/files.ts';

const ROOTS = ['src', 'scripts', 'tests'];
const CODE = /\.(?:ts|mjs|js|astro)$/;

/** The code parts of a file: all of it, or an .astro file's front matter and <script> bodies. */
function codeOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return [text];
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [front, ...scripts];
}

/** Every replace/replaceAll call whose replacement is not a function or a `$`-free literal, as "file:line: code". */
export function patternReplacements(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['replace', 'replaceAll'].includes(node.expression.name.text) &&
      node.arguments.length === 2
    ) {
      const r = node.arguments[1]!;
      const fn = ts.isArrowFunction(r) || ts.isFunctionExpression(r);
      const plain = (ts.isStringLiteral(r) || ts.isNoSubstitutionTemplateLiteral(r)) && !r.text.includes('$');
      if (!fn && !plain)
        found.push(
          `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 100)}`,
        );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('replacement strings', () => {
  it('no replace() in the code takes a string that could hold $-patterns', () => {
    const files = [...ROOTS.flatMap((root) => listFiles(root).map((f) => `${root}/${f}`)), 'astro.config.mjs'].filter(
      (f) => CODE.test(f),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => codeOf(f).flatMap((code) => patternReplacements(f, code)))).toEqual([]);
  });

  it('finds the kind of call that corrupted pages', () => {
    expect(patternReplacements('x.ts', 'out = out.replace(whole, `<script>${small}</script>`);')).toHaveLength(1);
    expect(patternReplacements('x.ts', "s.replace(/a/g, '\\\\$&')")).toHaveLength(1);
    expect(patternReplacements('x.ts', 's.replace(from, to)')).toHaveLength(1);
    expect(patternReplacements('x.ts', "s.replace(/a/g, () => to); s.replaceAll('a', 'b')")).toEqual([]);
  });
});
