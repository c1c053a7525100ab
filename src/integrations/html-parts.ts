/**
 * The built pages, read with a real HTML parser (parse5, the WHATWG parsing
 * algorithm browsers use): what counts as an inline <script> or <style> is what
 * a browser would run or apply, never text that merely looks like a tag (inside
 * an attribute value, a comment or another script). The post-build steps
 * (slim-pages.ts, content-security-policy.ts) edit a page only inside the
 * elements found here, by slicing the page at the parser's offsets, so every
 * other byte of the page stays as Astro wrote it.
 */
import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Script types a browser runs (the HTML standard's JavaScript MIME types, plus `module`); anything else is a data block. */
const RUNS =
  /^(?:|module|(?:application|text)\/(?:x-)?(?:javascript|ecmascript)|text\/(?:jscript|livescript|javascript1\.[0-5]))$/;

export interface InlinePart {
  kind: 'script' | 'style';
  /** For scripts: whether the browser runs it (not JSON-LD or another data block). Styles always apply. */
  runs: boolean;
  /** In the HTML namespace (not an SVG <style> or <script>). */
  html: boolean;
  /** The element's own text, as the browser sees it (what a CSP hash is computed over). */
  text: string;
  /** Where the text lies in the page (the element's inside). */
  start: number;
  end: number;
  /** Where the whole element lies in the page. */
  elementStart: number;
  elementEnd: number;
  attrs: ReadonlyMap<string, string>;
}

export interface ParsedPage {
  document: T.Document;
  parts: InlinePart[];
  /** Every element, in document order (template contents included). */
  elements: T.Element[];
}

const isElement = (n: T.Node): n is T.Element => 'tagName' in n;

function* walk(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* walk(child);
    if (child.tagName === 'template') yield* walk((child as T.Template).content);
  }
}

export function parsePage(html: string): ParsedPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const elements = [...walk(document)];
  const parts: InlinePart[] = [];
  for (const el of elements) {
    if (el.tagName !== 'script' && el.tagName !== 'style') continue;
    const attrs = new Map(el.attrs.map((a) => [a.name, a.value]));
    if (el.tagName === 'script' && attrs.has('src')) continue;
    const loc = el.sourceCodeLocation;
    // An element the parser made up (no tags in the source) or left unclosed at the end of the page.
    if (!loc?.startTag || !loc.endTag) throw new Error(`a <${el.tagName}> element without its own start and end tag`);
    const type = (attrs.get('type') ?? '').trim().toLowerCase();
    parts.push({
      kind: el.tagName,
      runs: el.tagName === 'style' || RUNS.test(type),
      html: el.namespaceURI === HTML_NS,
      text: el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join(''),
      start: loc.startTag.endOffset,
      end: loc.endTag.startOffset,
      elementStart: loc.startOffset,
      elementEnd: loc.endOffset,
      attrs,
    });
  }
  return { document, parts, elements };
}

export interface Edit {
  start: number;
  end: number;
  /** What replaces page[start, end): used as it is, never as a replacement pattern. */
  text: string;
}

/** The page with each edit applied, by slicing (edits must not overlap). */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('overlapping edits of one page');
    out += html.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + html.slice(at);
}

/**
 * The page's structure and text without what the post-build steps may change:
 * HTML <style> elements are left out, running scripts emptied, the CSP <meta>
 * left out. Two pages with the same shape differ only inside those.
 */
export function pageShape(html: string): string {
  const { document, elements } = parsePage(html);
  for (const el of elements) {
    const parent = el.parentNode;
    if (!parent) continue;
    const drop =
      (el.tagName === 'style' && el.namespaceURI === HTML_NS) ||
      (el.tagName === 'meta' &&
        el.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'));
    if (drop) parent.childNodes = parent.childNodes.filter((c) => c !== el);
    else if (
      el.tagName === 'script' &&
      !el.attrs.some((a) => a.name === 'src') &&
      RUNS.test((el.attrs.find((a) => a.name === 'type')?.value ?? '').trim().toLowerCase())
    )
      el.childNodes = [];
  }
  return serialize(document);
}
