import type { Element, ElementContent, Nodes, Parents, Root, Text } from 'hast';
import type { Match, Matcher } from './matcher.ts';

interface LinkTermsOptions {
  match: Matcher;
  /** The entry page of a slug, base path included. */
  href: (slug: string) => string;
  /** Entries never marked in running text (content/unmarked-terms.yaml: the standard formulas of Party doctrine). */
  unmarked?: ReadonlySet<string>;
  /** The largest share of a paragraph's characters that may be under marks (default 0.3). */
  maxShare?: number;
}

/** At most this share of a paragraph's characters under term marks (issue #12). */
export const MAX_MARKED_SHARE = 0.3;

/** MDX compiles `<Paragraph n={…}>` to a JSX node; plain HTML has `<p data-paragraph>`. */
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  children: ElementContent[];
}

const isReportParagraph = (node: Nodes | JsxNode): boolean =>
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (node as JsxNode).name === 'Paragraph') ||
  (node.type === 'element' && node.tagName === 'p' && node.properties?.dataParagraph !== undefined);

/** Inside these, text is never linked: links cannot nest, headings stay plain, a term is not re-linked. */
const isNoGo = (node: Nodes | JsxNode): boolean =>
  node.type === 'element' && (node.tagName === 'a' || /^h[1-6]$/.test(node.tagName) || node.tagName === 'code');

/**
 * Rehype plugin: in the report's paragraphs, links each glossary term to its
 * entry, as Wikipedia links a term: once per chapter (one MDX file), at its
 * first occurrence, leftmost-longest (the shared matcher), never inside a
 * heading, an existing link or another term. Entries in `unmarked` are not
 * linked at all, and a paragraph never has more than `maxShare` of its
 * characters under marks (chooseTermLinks). Only element boundaries are
 * added: the paragraph's text is unchanged, character for character.
 */
export function rehypeLinkTerms(options: LinkTermsOptions) {
  return (tree: Root) => {
    const paragraphs: Parents[] = [];
    const visit = (node: Parents | JsxNode) => {
      for (const child of node.children as (Nodes | JsxNode)[]) {
        if (isReportParagraph(child)) paragraphs.push(child as Parents);
        else if ('children' in child && !isNoGo(child)) visit(child as Parents);
      }
    };
    visit(tree);
    const found = paragraphs.map((p) => termsIn(p, options));
    chooseTermLinks(found, paragraphs.map(textLength), options).forEach((chosen) => link(chosen, options));
  };
}

/**
 * Which of the terms found in a chapter's paragraphs are linked, paragraph by
 * paragraph: each term at its first occurrence in the chapter, never a formula
 * of `unmarked`, and no paragraph with more than `maxShare` of its `lengths`
 * under marks. When a paragraph has no room for all its new terms, those that
 * do not occur again in the chapter go first (it is their last chance),
 * shorter before longer; the others wait for their next occurrence. The one
 * rule of the report's pages (rehypeLinkTerms) and of the English edition's
 * (src/translation/terms.ts). `found` holds each paragraph's terms in reading order.
 */
export function chooseTermLinks<H extends { m: Match; order: number }>(
  found: readonly (readonly H[])[],
  lengths: readonly number[],
  options: { unmarked?: ReadonlySet<string> | undefined; maxShare?: number | undefined },
): H[][] {
  const lastIn = new Map<string, number>();
  found.forEach((hits, i) => hits.forEach((h) => lastIn.set(h.m.slug, i)));
  const linked = new Set<string>();
  return found.map((hits, i) => {
    let room = Math.floor(lengths[i]! * (options.maxShare ?? MAX_MARKED_SHARE));
    const firsts = hits.filter(
      (h, k) =>
        !linked.has(h.m.slug) && !options.unmarked?.has(h.m.slug) && hits.findIndex((x) => x.m.slug === h.m.slug) === k,
    );
    const byPriority = [...firsts].sort(
      (a, b) =>
        Number(lastIn.get(b.m.slug) === i) - Number(lastIn.get(a.m.slug) === i) ||
        a.m.end - a.m.start - (b.m.end - b.m.start) ||
        a.order - b.order,
    );
    const chosen = new Set<H>();
    for (const h of byPriority) {
      const length = h.m.end - h.m.start;
      if (length > room) continue;
      room -= length;
      chosen.add(h);
      linked.add(h.m.slug);
    }
    return hits.filter((h) => chosen.has(h));
  });
}

/** The number of characters of text under a node. */
function textLength(node: Nodes | JsxNode): number {
  if (node.type === 'text') return node.value.length;
  return 'children' in node ? (node.children as (Nodes | JsxNode)[]).reduce((n, c) => n + textLength(c), 0) : 0;
}

/** A term found in a paragraph: the text node it is in, its place there, its order in the paragraph. */
interface Hit {
  node: Text;
  parent: Parents;
  m: Match;
  order: number;
}

/** Every term in a paragraph's text nodes (not inside links, headings or code), in reading order. */
function termsIn(paragraph: Parents, { match }: LinkTermsOptions): Hit[] {
  const hits: Hit[] = [];
  const walk = (parent: Parents) => {
    for (const child of parent.children) {
      if (child.type === 'text')
        for (const m of match(child.value)) hits.push({ node: child, parent, m, order: hits.length });
      else if ('children' in child && !isNoGo(child)) walk(child as Parents);
    }
  };
  walk(paragraph);
  return hits;
}

/** Replaces each text node that holds chosen terms with the text and the term links. */
function link(chosen: Hit[], { href }: LinkTermsOptions) {
  const byNode = new Map<Text, { parent: Parents; matches: Match[] }>();
  for (const h of chosen)
    byNode.set(h.node, { parent: h.parent, matches: [...(byNode.get(h.node)?.matches ?? []), h.m] });
  for (const [node, { parent, matches }] of byNode) {
    const out: ElementContent[] = [];
    let at = 0;
    for (const m of matches.sort((a, b) => a.start - b.start)) {
      if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) });
      const element: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: href(m.slug), className: ['term'], dataTerm: m.slug },
        children: [{ type: 'text', value: node.value.slice(m.start, m.end) }],
      };
      out.push(element);
      at = m.end;
    }
    if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
    const children = parent.children as (Nodes | JsxNode)[];
    children.splice(children.indexOf(node), 1, ...out);
  }
}
