/**
 * Normalises SVG markup for snapshot tests (as Observable Plot does for its
 * charts): numbers rounded to one decimal, attributes sorted, one element per
 * line, so that a snapshot diff shows what changed in the picture and nothing
 * else.
 */
import * as cheerio from 'cheerio';
import { isTag, isText, type AnyNode } from 'domhandler';

const round = (s: string) => s.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

export function normalizeSvg(svg: string): string {
  const $ = cheerio.load(svg, { xml: true });
  const lines: string[] = [];
  const walk = (node: AnyNode, depth: number) => {
    const pad = '  '.repeat(depth);
    if (isText(node)) {
      const t = node.data.trim();
      if (t) lines.push(pad + t);
      return;
    }
    if (!isTag(node)) return;
    const el = node;
    const attrs = Object.keys(el.attribs)
      .sort()
      .map((k) => ` ${k}="${round(el.attribs[k]!)}"`)
      .join('');
    if (el.children.length === 0) {
      lines.push(`${pad}<${el.name}${attrs}/>`);
      return;
    }
    lines.push(`${pad}<${el.name}${attrs}>`);
    for (const c of el.children) walk(c, depth + 1);
    lines.push(`${pad}</${el.name}>`);
  };
  for (const root of $.root().children().toArray()) walk(root, 0);
  return `${lines.join('\n')}\n`;
}
