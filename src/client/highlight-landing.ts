/**
 * On the page a search result links to: marks the query's words where the
 * reader lands (the paragraph named by the #anchor, else the main content),
 * by the same rules that made it a result (src/search/match.ts), across the
 * glossary links and bold leads inside a paragraph. The text is unchanged;
 * only <mark> elements are added.
 */
import { findTerms, queryTerms } from '../search/match.ts';
import { HIGHLIGHT_PARAM } from '../search/highlight-param.ts';
import { addStyle } from './add-style.ts';
import MARK_CSS from './search-hit.css?inline';

/** Text that is not the content itself: paragraph numbers and other annotations. */
const SKIP = '[data-annotation], script, style, template, noscript';

function highlightLanding(query: string): number {
  addStyle('search-hit-style', MARK_CSS);
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    // A malformed hash (#%E0) names no paragraph: the scope is the main content.
  }
  const scope = (id && document.getElementById(id)) || document.querySelector('main');
  if (!scope) return 0;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const text = nodes.map((n) => n.data).join('');
  const ranges = findTerms(text, queryTerms(query));
  if (!ranges) return 0;

  // Each range, cut at text-node boundaries; marked from the end so offsets stay valid.
  let offset = 0;
  const pieces: { node: Text; start: number; end: number }[] = [];
  for (const node of nodes) {
    const from = offset;
    const to = offset + node.data.length;
    for (const r of ranges) {
      const s = Math.max(r.start, from);
      const e = Math.min(r.end, to);
      if (s < e) pieces.push({ node, start: s - from, end: e - from });
    }
    offset = to;
  }
  for (const { node, start, end } of pieces.reverse()) {
    const hit = node.splitText(start);
    hit.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    hit.replaceWith(mark);
    mark.append(hit);
  }
  return ranges.length;
}

/**
 * Marks the query named in the page's ?highlight= parameter, if there is one.
 * @public Called by the inline loader in SearchBox.astro (import(src).then((m) => m.highlightFromUrl(…))), which no tool reads.
 */
export function highlightFromUrl(): number {
  const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  return query ? highlightLanding(query) : 0;
}
