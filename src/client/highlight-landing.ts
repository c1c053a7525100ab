/**
 * On the page a search result links to: marks the query's words where the
 * reader lands (the element named by the #anchor, else the main content), by
 * the same rules that made it a result (src/search/match.ts), across the
 * glossary links and bold leads inside a paragraph; brings the first of them to
 * the middle of the screen, and with several, offers a "第1/3处 ↑↓" stepper.
 *
 * Nothing is added to the text: the words are marked with the CSS Custom
 * Highlight API (ranges, no elements). A browser without it gets <mark>
 * elements, in HTML text only. Labels of inline SVG maps are never split: a
 * <text> holding the query is marked as a whole, by a class (an HTML <mark>
 * inside SVG would not be drawn, and the label would disappear: security audit
 * F6).
 */
import { findTerms, queryTerms } from '../search/match.ts';
import { HIGHLIGHT_PARAM } from '../search/highlight-param.ts';
import { addStyle } from './add-style.ts';
import MARK_CSS from './search-hit.css?inline';

/** Text that is not the content itself: paragraph numbers, menus and other annotations. */
const SKIP = '[data-annotation], script, style, template, noscript, svg';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A place the query was found: a range of HTML text, or a whole SVG label (its range selects it). */
interface Hit {
  range: globalThis.Range;
  label?: SVGTextElement;
}

/**
 * The landing scope: the element the #anchor names, else <main>. A malformed
 * anchor counts as none, and so does an empty one (the map's layer anchors are
 * empty targets that only switch the layer).
 */
function landingScope(): Element | null {
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    id = '';
  }
  const named = id ? document.getElementById(id) : null;
  return named?.textContent?.trim() ? named : document.querySelector('main');
}

/** The scope's HTML text nodes in order, without annotations and without SVG. */
function htmlText(scope: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      const parent = n.parentElement;
      if (!parent || parent.namespaceURI !== 'http://www.w3.org/1999/xhtml' || parent.closest(SKIP))
        return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Where the query's words are in the scope's HTML text, as DOM ranges (one per place, across elements). */
function textRanges(scope: Element, terms: string[]): globalThis.Range[] {
  const nodes = htmlText(scope);
  const found = findTerms(nodes.map((n) => n.data).join(''), terms);
  if (!found) return [];
  // Offsets in the joined text, back to (node, offset) pairs.
  const starts: number[] = [];
  let total = 0;
  for (const n of nodes) {
    starts.push(total);
    total += n.data.length;
  }
  const at = (offset: number, end: boolean): [Text, number] => {
    let i = nodes.length - 1;
    while (i > 0 && (end ? starts[i]! >= offset : starts[i]! > offset)) i--;
    return [nodes[i]!, offset - starts[i]!];
  };
  return found.map(({ start, end }) => {
    const range = document.createRange();
    range.setStart(...at(start, false));
    range.setEnd(...at(end, true));
    return range;
  });
}

/** The SVG labels (<text>) in the scope that hold one of the query's terms. */
function svgLabels(scope: Element, terms: string[]): SVGTextElement[] {
  return [...scope.querySelectorAll<SVGTextElement>('svg text')].filter(
    (t) =>
      t.namespaceURI === SVG_NS &&
      !t.closest('[data-annotation]') &&
      terms.some((term) => findTerms(t.textContent ?? '', [term]) !== null),
  );
}

/** Without the Highlight API: each range's text wrapped in <mark> (HTML text only; from the end, so ranges stay valid). */
function markElements(ranges: globalThis.Range[]): globalThis.Range[] {
  const out: globalThis.Range[] = [];
  for (const range of [...ranges].reverse()) {
    const nodes = htmlText(
      range.commonAncestorContainer instanceof Element
        ? range.commonAncestorContainer
        : range.commonAncestorContainer.parentElement!,
    ).filter((n) => range.intersectsNode(n));
    const marks: HTMLElement[] = [];
    for (const node of nodes.reverse()) {
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      if (start >= end) continue;
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      marks.unshift(mark);
    }
    if (marks.length) {
      const r = document.createRange();
      r.setStartBefore(marks[0]!);
      r.setEndAfter(marks[marks.length - 1]!);
      out.unshift(r);
    }
  }
  return out;
}

const highlights = (): HighlightRegistry | undefined =>
  typeof Highlight === 'function' && 'highlights' in CSS ? CSS.highlights : undefined;

/** Scrolls so that the hit is in the middle of the screen (at once on landing, smoothly when stepping). */
function centre(hit: Hit, smoothly = false) {
  const box = (hit.label ?? hit.range).getBoundingClientRect();
  const smooth = smoothly && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({
    top: window.scrollY + box.top + box.height / 2 - window.innerHeight / 2,
    behavior: smooth ? 'smooth' : 'instant',
  });
}

/** Marks the current hit apart from the others. */
function setCurrent(hits: Hit[], i: number) {
  const registry = highlights();
  hits.forEach((h, k) => h.label?.classList.toggle('search-hit-current', k === i));
  const hit = hits[i]!;
  if (registry) {
    if (hit.label) registry.delete('search-hit-current');
    else registry.set('search-hit-current', new Highlight(hit.range));
  } else {
    for (const m of document.querySelectorAll('mark.search-hit-current')) m.classList.remove('search-hit-current');
    if (!hit.label)
      for (const m of document.querySelectorAll('mark.search-hit'))
        if (hit.range.intersectsNode(m)) m.classList.add('search-hit-current');
  }
}

/** What the stepper says, in the page's language (the English edition's pages are lang="en"). */
const TEXT = {
  zh: {
    group: '本页的搜索结果',
    prev: '上一处',
    next: '下一处',
    close: '关闭并取消标记',
    where: (i: number, n: number) => `第${i}/${n}处`,
  },
  en: {
    group: 'Search results on this page',
    prev: 'Previous',
    next: 'Next',
    close: 'Close and clear the marks',
    where: (i: number, n: number) => `${i} of ${n}`,
  },
};

/** With several hits: a small bar at the bottom of the screen, "“碳中和” 第1/3处 ↑ ↓ ×" ("“carbon” 1 of 3"). */
function stepper(query: string, hits: Hit[]) {
  const t = document.documentElement.lang.startsWith('en') ? TEXT.en : TEXT.zh;
  const bar = document.createElement('div');
  bar.className = 'hit-stepper';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', t.group);
  const where = document.createElement('span');
  where.className = 'hit-stepper-where';
  where.setAttribute('aria-live', 'polite');
  const button = (label: string, text: string, cls: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    b.setAttribute('aria-label', label);
    return b;
  };
  const prev = button(t.prev, '↑', 'hit-stepper-step');
  const next = button(t.next, '↓', 'hit-stepper-step');
  const close = button(t.close, '×', 'hit-stepper-close');
  const q = document.createElement('span');
  q.className = 'hit-stepper-query';
  q.textContent = `“${query}”`;
  bar.append(q, where, prev, next, close);
  let i = 0;
  const go = (k: number) => {
    i = (k + hits.length) % hits.length;
    where.textContent = t.where(i + 1, hits.length);
    setCurrent(hits, i);
    centre(hits[i]!, true);
  };
  prev.addEventListener('click', () => go(i - 1));
  next.addEventListener('click', () => go(i + 1));
  close.addEventListener('click', () => {
    bar.remove();
    highlights()?.delete('search-hit');
    highlights()?.delete('search-hit-current');
    for (const m of document.querySelectorAll('mark.search-hit')) m.replaceWith(...m.childNodes);
    for (const t of document.querySelectorAll('.search-hit-label'))
      t.classList.remove('search-hit-label', 'search-hit-current');
  });
  where.textContent = t.where(1, hits.length);
  document.body.append(bar);
}

/** Marks the query's words where the reader landed; returns how many places were marked. */
function highlightLanding(query: string): number {
  const scope = landingScope();
  const terms = queryTerms(query);
  if (!scope || terms.length === 0) return 0;
  addStyle('search-hit-style', MARK_CSS);
  const registry = highlights();
  let ranges = textRanges(scope, terms);
  if (registry) registry.set('search-hit', new Highlight(...ranges));
  else ranges = markElements(ranges);
  const labels = svgLabels(scope, terms);
  for (const t of labels) t.classList.add('search-hit-label');
  const hits: Hit[] = [
    ...ranges.map((range) => ({ range })),
    ...labels.map((label) => {
      const range = document.createRange();
      range.selectNode(label);
      return { range, label };
    }),
  ];
  hits.sort((a, b) => a.range.compareBoundaryPoints(globalThis.Range.START_TO_START, b.range));
  if (hits.length === 0) return 0;
  // A hit inside a closed fold (the Chinese original under an English paragraph, on a phone) is opened to view.
  for (const h of hits) {
    for (let d = h.range.startContainer.parentElement?.closest('details'); d; d = d.parentElement?.closest('details')) {
      if (!d.open && !d.matches('[data-annotation]')) d.open = true;
    }
  }
  setCurrent(hits, 0);
  centre(hits[0]!);
  if (hits.length > 1) stepper(query, hits);
  return hits.length;
}

/**
 * Marks the query named in the page's ?highlight= parameter, if there is one.
 * @public Called by the inline loader in SearchBox.astro (import(src).then((m) => m.highlightFromUrl(…))), which no tool reads.
 */
export function highlightFromUrl(): number {
  const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  return query ? highlightLanding(query) : 0;
}
