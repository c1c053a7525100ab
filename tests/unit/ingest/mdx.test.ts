import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { paragraphMdx } from '../../../src/ingest/mdx.ts';
import type { Paragraph } from '../../../src/ingest/schema.ts';
import { runIngest } from '../../helpers/ingest-fixture.ts';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype from 'remark-rehype';
import type { Root as HastRoot } from 'hast';
import { MARKDOWN_OPTIONS } from '../../../src/ingest/markdown-options.ts';

// The same Markdown pipeline as the site: MDX with remark-cjk-friendly.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkCjkFriendly);

/** Parses one generated paragraph line and returns its text and the text of its first <strong>. */
function readBack(mdx: string): { text: string; strong?: string } {
  const tree = parser.runSync(parser.parse(mdx)) as Root;
  expect(tree.children).toHaveLength(1);
  // A one-line element parses as a text element alone in a paragraph (Astro's
  // MDX unwraps such paragraphs; the build tests check the HTML).
  let el = tree.children[0]!;
  if (el.type === 'paragraph' && el.children.length === 1) el = el.children[0] as RootContent;
  expect(el.type === 'mdxJsxTextElement' && el.name === 'Paragraph', `one <Paragraph>, got ${el.type}`).toBe(true);
  const find = (nodes: RootContent[]): RootContent | undefined => {
    for (const n of nodes) {
      if (n.type === 'strong') return n;
      if ('children' in n) {
        const hit = find(n.children as RootContent[]);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  const strong = find((el as { children: RootContent[] }).children);
  return { text: toString(el), strong: strong && toString(strong) };
}

// And on to HTML with the options the site gives Astro's MDX processor
// (src/ingest/markdown-options.ts), the plugins added as Astro adds them
// (@astrojs/markdown-remark, mdx/create-processor.js): what a reader sees.
const renderer = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(MARKDOWN_OPTIONS.gfm ? [remarkGfm] : [])
  .use(MARKDOWN_OPTIONS.smartypants ? [remarkSmartypants] : [])
  .use(remarkCjkFriendly)
  .use(remarkRehype, {
    passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'],
  });

/** The text of one generated paragraph as rendered (HTML text nodes inside <Paragraph>). */
function rendered(mdx: string): string {
  const tree = renderer.runSync(renderer.parse(mdx)) as HastRoot;
  const text = (n: unknown): string => {
    const node = n as { type: string; value?: string; children?: unknown[] };
    if (node.type === 'text') return node.value ?? '';
    return (node.children ?? []).map(text).join('');
  };
  return text(tree);
}

const para = (text: string, lead?: string): Paragraph => ({ n: 1, chapter: 'x', text, lead, source: [] });

describe('paragraphMdx', () => {
  it('reads back every real paragraph exactly, with its lead-in bold', () => {
    for (const p of runIngest().paragraphs) {
      const back = readBack(paragraphMdx(p));
      expect(back.text).toBe(p.text);
      expect(back.strong).toBe(p.lead);
    }
  });

  it('renders quotes, dashes, ellipses and addresses as printed (no SmartyPants, no GFM)', () => {
    for (const t of ['"甲" \'乙\' 丙--丁 戊...', 'www.example.org 与 https://example.org', '~~删~~ | a | b |'])
      expect(rendered(paragraphMdx(para(t)))).toBe(t);
  });

  it('survives text that MDX would read as code', () => {
    const nasty = '{x} <b>&amp; *em* _u_ `c` [l](u) # h \\ | ~ 1. - + !<!-- -->';
    expect(readBack(paragraphMdx(para(nasty))).text).toBe(nasty);
  });

  it('keeps any text exactly: property test over MDX-special and CJK characters', () => {
    const alphabet = [...'{}<>\\*_[]()#`~|!&;:-+.=/"\'abc12 。，、：；！？“”‘’（）《》——…·徐汇区ITC'];
    const text = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 60 }).map((cs) => cs.join(''));
    const clean = text.filter((t) => t.trim() === t && !/\s{2}/.test(t) && t.trim() !== '');
    fc.assert(
      fc.property(clean, clean, (body, leadCore) => {
        expect(readBack(paragraphMdx(para(body))).text).toBe(body);
        expect(rendered(paragraphMdx(para(body)))).toBe(body);
        const lead = `${leadCore}。`;
        const back = readBack(paragraphMdx(para(lead + body, lead)));
        expect(back.text).toBe(lead + body);
        expect(back.strong).toBe(lead);
        expect(rendered(paragraphMdx(para(lead + body, lead)))).toBe(lead + body);
      }),
      { numRuns: 300 },
    );
  });
});
