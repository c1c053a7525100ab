import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { createMatcher } from '../../../src/glossary/matcher.ts';
import { MAX_MARKED_SHARE, rehypeLinkTerms } from '../../../src/glossary/link-terms.ts';

const match = createMatcher([
  { form: '“三旧”变“三新”', slug: 'san-jiu-bian-san-xin' },
  { form: '三旧', slug: 'san-jiu' },
  { form: '五型经济', slug: 'wu-xing-jing-ji' },
  { form: '5+4+X', slug: '5-4-x' },
]);
// The share limit is tested on its own (below); here every term has room.
const options = { match, href: (slug: string) => `/base/glossary/${slug}/`, maxShare: 1 };

function link(html: string, opts: Parameters<typeof rehypeLinkTerms>[0] = options): string {
  return String(
    unified().use(rehypeParse, { fragment: true }).use(rehypeLinkTerms, opts).use(rehypeStringify).processSync(html),
  );
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

  it('links a term once per chapter (one document), at its first occurrence', () => {
    const out = link(
      '<p data-paragraph="1">五型经济和五型经济，加快“三旧”变“三新”步伐</p><p data-paragraph="2">五型经济</p>',
    );
    expect(out.match(/data-term="wu-xing-jing-ji"/g)).toHaveLength(1);
    expect(out).toContain('</a>和五型经济，');
    expect(out).toContain('<p data-paragraph="2">五型经济</p>');
  });

  it('leaves the unmarked entries (the standard formulas) as plain text', () => {
    const out = String(
      unified()
        .use(rehypeParse, { fragment: true })
        .use(rehypeLinkTerms, { ...options, unmarked: new Set(['wu-xing-jing-ji']) })
        .use(rehypeStringify)
        .processSync('<p data-paragraph="1">打造“五型经济”标杆区，构建“5+4+X”产业布局，加快“三旧”变“三新”</p>'),
    );
    expect(out).not.toContain('wu-xing-jing-ji');
    expect(out).toContain('data-term="5-4-x"');
  });

  it('keeps marks to at most 30 % of a paragraph: a term without room waits for its next occurrence', () => {
    // 12 characters, room for 3: 五型经济 (4) does not fit here, 5+4+X (5) neither; in the longer paragraph both do.
    const out = link(
      '<p data-paragraph="1">五型经济和5+4+X。</p><p data-paragraph="2">这一段足够长，可以同时标出五型经济和5+4+X这两个术语，不会超过三成。</p>',
      { ...options, maxShare: undefined },
    );
    const [first, second] = out.split('</p>');
    expect(first).not.toContain('class="term"');
    expect(second!.match(/class="term"/g)).toHaveLength(2);
    for (const p of out.split('</p>').filter(Boolean)) {
      const marked = [...p.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].reduce((n, m) => n + m[1]!.length, 0);
      expect(marked / textOf(p).length).toBeLessThanOrEqual(MAX_MARKED_SHARE);
    }
  });

  it('never links inside an existing link, a heading, or outside the report’s paragraphs', () => {
    const html =
      '<h2>五型经济</h2><p data-paragraph="1"><a href="/x">五型经济</a>；<strong>五型经济</strong></p><p>五型经济</p>';
    const out = link(html);
    expect(out.match(/class="term"/g)).toHaveLength(1);
    expect(out).toContain('<h2>五型经济</h2>');
    expect(out).toContain('<a href="/x">五型经济</a>');
    expect(out).toContain('<strong><a href="/base/glossary/wu-xing-jing-ji/"');
    expect(out).toContain('<p>五型经济</p>');
  });

  it('gives a paragraph’s little room to the terms that do not occur again in the chapter', () => {
    // 21 characters, room for 6: only one of 五型经济 (4, again below) and 5+4+X (5, its last chance) fits.
    const out = link(
      '<p data-paragraph="1">五型经济和5+4+X，再说一遍吧，长一点。</p><p data-paragraph="2">这一段足够长，可以再标出五型经济这个术语。</p>',
      { ...options, maxShare: undefined },
    );
    const [first, second] = out.split('</p>');
    expect(first).toContain('data-term="5-4-x"');
    expect(first).not.toContain('data-term="wu-xing-jing-ji"');
    expect(second).toContain('data-term="wu-xing-jing-ji"');
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
