/**
 * JSON-LD for search engines and link previews: the site (WebSite), the page
 * (WebPage, with its breadcrumb trail) and the report it presents (Report, a
 * CreativeWork: author, delivery and printing dates, the newspaper it was
 * printed in). Built from the ingested metadata, never retyped.
 */
import type { ReportMeta } from '../ingest/schema.ts';

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

interface PageFacts {
  site: { name: string; nameEn: string; description: string; url: string };
  report: { meta: ReportMeta; documentTitle: string; documentTitleEn: string; pageTitleEn: string; url: string };
  page: { url: string; title: string; description: string; crumbs: Crumb[]; inLanguage?: string };
}

/**
 * The home page describes the site and the report in full; other pages name
 * them (the report with its author and date) and point to the full
 * description by @id, rather than repeating it on every page.
 */
export function structuredData({ site, report, page }: PageFacts): object {
  const isHome = page.url === site.url;
  const { meta } = report;
  const websiteId = `${site.url}#website`;
  const reportId = `${site.url}#report`;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': websiteId,
        url: site.url,
        name: site.name,
        ...(isHome ? { alternateName: site.nameEn, description: site.description, inLanguage: 'zh-CN' } : {}),
      },
      {
        '@type': 'Report',
        '@id': reportId,
        name: `${report.documentTitle}：${meta.printed.pageTitle}`,
        author: { '@type': 'Person', name: meta.speaker.name, jobTitle: meta.speaker.title },
        dateCreated: meta.delivered.date,
        ...(isHome
          ? {
              alternateName: `${report.documentTitleEn}: ${report.pageTitleEn}`,
              url: report.url,
              inLanguage: 'zh-CN',
              datePublished: meta.printed.date,
              isPartOf: { '@type': 'CreativeWork', name: meta.printed.section, datePublished: meta.printed.date },
              pagination: meta.printed.pages.join('-'),
            }
          : {}),
      },
      {
        '@type': 'WebPage',
        '@id': page.url,
        url: page.url,
        name: page.title,
        inLanguage: page.inLanguage ?? 'zh-CN',
        isPartOf: { '@id': websiteId },
        about: { '@id': reportId },
        ...(page.crumbs.length > 1
          ? {
              breadcrumb: {
                '@type': 'BreadcrumbList',
                itemListElement: page.crumbs.map((c, i) => ({
                  '@type': 'ListItem',
                  position: i + 1,
                  name: c.name,
                  item: c.url,
                })),
              },
            }
          : {}),
      },
    ],
  };
}

/** JSON for a <script> element: `<` escaped so no text can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
