/**
 * /glossary.json: every entry, machine-readable, for journalists and other
 * tools. Documented in README ("Data").
 */
import type { APIRoute } from 'astro';
import { getEntries } from '../data/glossary.ts';
import { chapterOfParagraph } from '../data/report.ts';
import { CATEGORIES } from '../glossary/categories.ts';
import { chapterUrl, publicUrl, url } from '../utils/url.ts';
import { site } from '../config/site.ts';

export const GET: APIRoute = async () => {
  const entries = (await getEntries()).map((e) => ({
    slug: e.slug,
    url: publicUrl(url(`/glossary/${e.slug}/`)),
    term: e.term,
    forms: e.forms,
    pinyin: e.pinyin,
    english: e.english,
    englishVariants: e.englishVariants,
    avoidEn: e.avoidEn,
    englishStatus: e.englishStatus,
    englishSource: e.englishSource ?? null,
    category: { key: e.category, ...CATEGORIES[e.category] },
    gloss: e.gloss,
    glossEn: e.glossEn,
    explanation: e.explanation,
    reportDefines:
      e.reportDefines && e.definedIn !== undefined
        ? {
            ...e.reportDefines,
            paragraph: e.definedIn,
            url: publicUrl(chapterUrl(chapterOfParagraph(e.definedIn).slug, e.definedIn)),
          }
        : null,
    basis: e.basis,
    sources: e.sources,
    related: e.related,
    background: e.background,
    review: e.review ?? null,
    occurrences: e.occurrences.map((o) => ({
      paragraph: o.n,
      chapter: o.chapter,
      url: publicUrl(chapterUrl(o.chapter, o.n)),
      form: o.form,
      sentence: o.sentence,
    })),
  }));
  const body = {
    about: `${site.nameEn}: glossary of the 2022 Xuhui District government work report (five-year goals and 2022 tasks). Explanations are the site's own words; sources are listed per entry.`,
    entries,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
