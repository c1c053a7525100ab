/**
 * A page's inline classic scripts in <body>, joined into one. Each small
 * component (the search box, the term previews, the paragraph tools, the page
 * address) brings its own few lines; on a page they are one script at the
 * place of the last, each part in its own block (so that their declarations
 * stay apart) and its own try (so that one part failing does not stop the
 * others; the error is still reported). Fewer inline scripts means fewer hashes
 * in the page's Content-Security-Policy, which do not compress (the page-weight
 * budget, README "Page weight").
 *
 * Only scripts without attributes join: a module, a data block (JSON-LD) or a
 * script with `src` stays as it is, and so does everything in <head> (the theme
 * script must run before the first paint). Moving a part later is safe because
 * none of them writes into the page as it is parsed: they wait for events, or
 * fill elements that come before them.
 */
import { applyEdits, pageShape, parsePage, type Edit, type InlinePart } from './html-parts.ts';

/** One part, isolated: its own block scope, and an error reported without stopping the next part. */
export function isolated(code: string): string {
  return `try{${code}\n}catch(e){setTimeout(()=>{throw e})}`;
}

/** The inline classic scripts of <body> that may join: no attributes, run by the browser, in HTML. */
function joinable(html: string): InlinePart[] {
  const { parts, elements } = parsePage(html);
  const body = elements.find((el) => el.tagName === 'body');
  const bodyStart = body?.sourceCodeLocation?.startOffset ?? Infinity;
  const bodyEnd = body?.sourceCodeLocation?.endOffset ?? -Infinity;
  return parts.filter(
    (p) =>
      p.kind === 'script' &&
      p.runs &&
      p.html &&
      p.attrs.size === 0 &&
      p.elementStart > bodyStart &&
      p.elementEnd <= bodyEnd,
  );
}

export function joinBodyScripts(html: string): string {
  const scripts = joinable(html);
  if (scripts.length < 2) return html;
  const last = scripts.at(-1)!;
  const edits: Edit[] = scripts.slice(0, -1).map((s) => ({ start: s.elementStart, end: s.elementEnd, text: '' }));
  const out = applyEdits(html, [
    ...edits,
    { start: last.start, end: last.end, text: scripts.map((s) => isolated(s.text)).join('') },
  ]);
  // Nothing but the joined scripts may change: the page equals the original without the parts that moved.
  if (pageShape(out) !== pageShape(applyEdits(html, edits)))
    throw new Error(
      'joining inline scripts would change the page outside them (a bug of src/integrations/join-scripts.ts)',
    );
  return out;
}
