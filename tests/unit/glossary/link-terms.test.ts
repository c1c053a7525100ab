import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { createMatcher } from '../../../src/glossary/matcher.ts';
import { rehypeLinkTerms } from '../../../src/glossary/link-terms.ts';

const match = createMatcher([
  { form: '“三旧”变“三新”', slug: 'san-jiu-bian-san-xin' },
  { form: '三旧', slug: 'san-jiu' },
  { form: '五型经济', slug: 'wu-xing-jing-ji' },
  { form: '5+4+X', slug: '5-4-x' },
]);
const options = { match, href: (slug: string) => `/base/glossary/${slug}/` };

function link(html: string): string {
  return String(unified().use(rehypeParse, { fragment: true }).use(rehypeLinkTerms, options).use(rehypeStringify).processSync(html));
}
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('rehypeLinkTerms', () => {
  it('links the longest form first and leaves the text exactly as it was', () => {
    const html = '<p data-paragraph="1">加快“三旧”变“三新”步伐，三旧小区。</p>';
    const out = link(html);
    expect(out).toBe(
      '<p data-paragraph="1">加快<a href="/base/glossary/san-jiu-bian-san-xin/" class="term" data-term="san-jiu-bian-san-xin">“三旧”变“三新”</a>步伐，<a href="/base/glossary/san-jiu/" class="term" data-term="san-jiu">三旧</a>小区。</p>',
    );
    expect(textOf(out)).toBe(textOf(html));
  });

  it('links a term once per paragraph, again in the next paragraph', () => {
    const out = link('<p data-paragraph="1">五型经济和五型经济</p><p data-paragraph="2">五型经济</p>');
    expect(out.match(/data-term="wu-xing-jing-ji"/g)).toHaveLength(2);
    expect(out).toContain('</a>和五型经济</p>');
  });

  it('never links inside an existing link, a heading, or outside the report’s paragraphs', () => {
    const html = '<h2>五型经济</h2><p data-paragraph="1"><a href="/x">五型经济</a>；<strong>五型经济</strong></p><p>五型经济</p>';
    const out = link(html);
    expect(out.match(/class="term"/g)).toHaveLength(1);
    expect(out).toContain('<h2>五型经济</h2>');
    expect(out).toContain('<a href="/x">五型经济</a>');
    expect(out).toContain('<strong><a href="/base/glossary/wu-xing-jing-ji/"');
    expect(out).toContain('<p>五型经济</p>');
  });

  it('links inside the bold lead-in of an MDX <Paragraph>, as the site compiles it', async () => {
    const { compile } = await import('@mdx-js/mdx');
    const code = String(
      await compile('<Paragraph n={13}>**构建“5\\+4\\+X”产业布局。**打造“五型经济”标杆区。</Paragraph>', {
        remarkPlugins: [remarkCjkFriendly],
        rehypePlugins: [[rehypeLinkTerms, options]],
      }),
    );
    expect(code).toContain('"data-term": "5-4-x"');
    expect(code).toContain('"data-term": "wu-xing-jing-ji"');
    expect(code).toMatch(/_jsxs?\(_components\.strong, \{\s*children: \["构建“", _jsx\(_components\.a/);
  });
});
