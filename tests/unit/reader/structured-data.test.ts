import { describe, expect, it } from 'vitest';
import { jsonForScript, structuredData } from '../../../src/seo/structured-data.ts';
import { meta } from '../../helpers/report-data.ts';

const facts = (crumbs: { name: string; url: string }[]) => ({
  site: { name: '站', nameEn: 'Site', description: 'd', url: 'https://example.org/x/' },
  report: {
    meta,
    documentTitle: '政府工作报告',
    documentTitleEn: 'Government work report',
    pageTitleEn: 'Goals',
    url: 'https://example.org/x/',
  },
  page: { url: 'https://example.org/x/chapters/economy/', title: 't', description: 'd', crumbs },
});

describe('structured data', () => {
  const graph = (f: ReturnType<typeof facts>) =>
    Object.fromEntries(
      (structuredData(f) as { '@graph': Record<string, unknown>[] })['@graph'].map((n) => [n['@type'], n]),
    );

  it('describes the site and the report in full on the home page: author, dates and newspaper', () => {
    const home = facts([]);
    home.page.url = home.site.url;
    const byType = graph(home);
    expect(byType.WebSite).toMatchObject({ alternateName: 'Site', description: 'd' });
    expect(byType.Report).toMatchObject({
      author: { '@type': 'Person', name: '钟晓咏', jobTitle: '上海市徐汇区区长' },
      dateCreated: '2022-01-05',
      datePublished: '2022-01-10',
      isPartOf: { name: '2022年徐汇区“两会”专题报道' },
      pagination: '4-5',
    });
  });

  it('on other pages names the site and the report (author, date) and points to them by @id', () => {
    const byType = graph(facts([]));
    expect(Object.keys(byType).sort()).toEqual(['Report', 'WebPage', 'WebSite']);
    expect(byType.WebSite).toEqual({
      '@type': 'WebSite',
      '@id': 'https://example.org/x/#website',
      url: 'https://example.org/x/',
      name: '站',
    });
    expect(byType.Report).toMatchObject({
      '@id': 'https://example.org/x/#report',
      author: { name: '钟晓咏' },
      dateCreated: '2022-01-05',
    });
    expect(byType.Report).not.toHaveProperty('pagination');
    expect(byType.WebPage).toMatchObject({
      isPartOf: { '@id': 'https://example.org/x/#website' },
      about: { '@id': 'https://example.org/x/#report' },
    });
    expect(byType.WebPage).not.toHaveProperty('breadcrumb');
  });

  it('gives the breadcrumb trail of pages below the home page', () => {
    const data = structuredData(
      facts([
        { name: '首页', url: 'https://example.org/x/' },
        { name: '章节', url: 'https://example.org/x/chapters/' },
      ]),
    ) as { '@graph': { breadcrumb?: { itemListElement: unknown[] } }[] };
    expect(data['@graph'][2]!.breadcrumb!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://example.org/x/' },
      { '@type': 'ListItem', position: 2, name: '章节', item: 'https://example.org/x/chapters/' },
    ]);
  });

  it('cannot close its <script> element', () => {
    const json = jsonForScript({ a: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ a: '</script><script>alert(1)</script>' });
  });
});
