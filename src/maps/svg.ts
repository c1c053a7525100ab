/**
 * A few lines that write SVG markup as strings at build time, so maps and
 * charts are plain inline SVG in the HTML (no DOM, no D3 in the browser).
 */
export type Attrs = Record<string, string | number | boolean | undefined>;

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Numbers are rounded to 0.1 px: finer detail is invisible and only bloats the page. */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** One SVG element as markup: `tag('circle', { r: 3 })` → `<circle r="3"/>`. Attributes that are undefined or false are left out. */
export function tag(name: string, attrs: Attrs = {}, ...children: (string | false | undefined)[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : String(v))}"`))
    .join('');
  const body = children.filter((c): c is string => typeof c === 'string').join('');
  return body === '' && name !== 'text' && name !== 'title' && name !== 'desc'
    ? `<${name}${a}/>`
    : `<${name}${a}>${body}</${name}>`;
}

export const text = (s: string) => escapeXml(s);

/** Rough advance width of a string in em: CJK and full-width characters 1em, others about 0.56em. */
export function textWidthEm(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”]/.test(ch) ? 1 : 0.56;
  return w;
}

/**
 * An SVG path from d3-geo (absolute M/L/Z with whole numbers) rewritten with
 * relative moves (m/l): the same shape in fewer characters, since neighbouring
 * vertices differ by a few pixels. Anything else is returned unchanged.
 */
export function compactPath(d: string): string {
  if (!/^[MLZ0-9,.\-\s]*$/.test(d)) return d;
  let out = '';
  let x = 0;
  let y = 0;
  let start = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      // Closing returns the pen to where the subpath began.
      out += 'z';
      [x, y] = start as [number, number];
      continue;
    }
    const [ax, ay] = args!.split(',').map(Number) as [number, number];
    const dx = Math.round((ax - x) * 10) / 10;
    const dy = Math.round((ay - y) * 10) / 10;
    const op = cmd === 'M' ? 'm' : 'l';
    out += `${op}${dx}${dy < 0 ? '' : ','}${dy}`;
    x = ax;
    y = ay;
    if (cmd === 'M') start = [ax, ay];
  }
  return out;
}
