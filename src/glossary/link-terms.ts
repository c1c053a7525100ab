import type { Element, ElementContent, Nodes, Parents, Root, Text } from 'hast';
import type { Matcher } from './matcher.ts';

interface LinkTermsOptions {
  match: Matcher;
  /** The entry page of a slug, base path included. */
  href: (slug: string) => string;
}

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
 * entry. Leftmost-longest matching (the shared matcher), the first occurrence of
 * each term per paragraph only, never inside a heading, an existing link or
 * another term. Only element boundaries are added: the paragraph's text is
 * unchanged, character for character.
 */
export function rehypeLinkTerms(options: LinkTermsOptions) {
  return (tree: Root) => {
    const visit = (node: Parents | JsxNode) => {
      for (const child of node.children as (Nodes | JsxNode)[]) {
        if (isReportParagraph(child)) linkParagraph(child as Parents, options);
        else if ('children' in child && !isNoGo(child)) visit(child as Parents);
      }
    };
    visit(tree);
  };
}

function linkParagraph(paragraph: Parents, { match, href }: LinkTermsOptions) {
  const linked = new Set<string>();
  const walk = (parent: Parents) => {
    const out: (typeof parent.children)[number][] = [];
    for (const child of parent.children) {
      if (child.type === 'text') out.push(...linkText(child, match, href, linked));
      else {
        if ('children' in child && !isNoGo(child)) walk(child as Parents);
        out.push(child);
      }
    }
    parent.children = out as typeof parent.children;
  };
  walk(paragraph);
}

function linkText(node: Text, match: Matcher, href: LinkTermsOptions['href'], linked: Set<string>): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of match(node.value)) {
    if (linked.has(m.slug)) continue;
    linked.add(m.slug);
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
