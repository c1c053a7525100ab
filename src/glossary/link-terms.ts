import type { Element, ElementContent, Nodes, Parents, Root, Text } from 'hast';
import type { Matcher } from './matcher.ts';

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
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as JsxNode).name === 'Paragraph') ||
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
 * characters under marks: a term that would pass that share waits for its
 * next occurrence in the chapter. Only element boundaries are added: the
 * paragraph's text is unchanged, character for character.
 */
export function rehypeLinkTerms(options: LinkTermsOptions) {
  return (tree: Root) => {
    const linked = new Set<string>();
    const visit = (node: Parents | JsxNode) => {
      for (const child of node.children as (Nodes | JsxNode)[]) {
        if (isReportParagraph(child)) linkParagraph(child as Parents, options, linked);
        else if ('children' in child && !isNoGo(child)) visit(child as Parents);
      }
    };
    visit(tree);
  };
}

/** The number of characters of text under a node. */
function textLength(node: Nodes | JsxNode): number {
  if (node.type === 'text') return node.value.length;
  return 'children' in node ? (node.children as (Nodes | JsxNode)[]).reduce((n, c) => n + textLength(c), 0) : 0;
}

interface Budget {
  /** Characters that may still be marked in this paragraph. */
  left: number;
}

function linkParagraph(paragraph: Parents, options: LinkTermsOptions, linked: Set<string>) {
  const budget: Budget = { left: Math.floor(textLength(paragraph) * (options.maxShare ?? MAX_MARKED_SHARE)) };
  const walk = (parent: Parents) => {
    const out: (typeof parent.children)[number][] = [];
    for (const child of parent.children) {
      if (child.type === 'text') out.push(...linkText(child, options, linked, budget));
      else {
        if ('children' in child && !isNoGo(child)) walk(child as Parents);
        out.push(child);
      }
    }
    parent.children = out as typeof parent.children;
  };
  walk(paragraph);
}

function linkText(node: Text, { match, href, unmarked }: LinkTermsOptions, linked: Set<string>, budget: Budget): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of match(node.value)) {
    const length = m.end - m.start;
    if (linked.has(m.slug) || unmarked?.has(m.slug) || length > budget.left) continue;
    linked.add(m.slug);
    budget.left -= length;
    if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) });
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: href(m.slug), className: ['term'], dataTerm: m.slug },
      children: [{ type: 'text', value: node.value.slice(m.start, m.end) }],
    };
    out.push(link);
    at = m.end;
  }
  if (out.length === 0) return [node];
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}
