import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load, ROOT_DIST } from '../helpers/dist.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { byPinyin } from '../../src/glossary/pinyin.ts';
import { VERDICT_LABELS } from '../../src/glossary/review-text.ts';
import { paragraphs } from '../helpers/report-data.ts';
import { loadUnmarked } from '../../src/glossary/unmarked.ts';
import { MAX_MARKED_SHARE } from '../../src/glossary/link-terms.ts';

const glossary = loadGlossary();
const unmarked = loadUnmarked(glossary);
const chapters = [...new Set(paragraphs.map((p) => p.chapter))];
const json = JSON.parse(readFileSync(`${ROOT_DIST}/glossary.json`, 'utf8')) as {
  entries: {
    slug: string;
    term: string;
    forms: string[];
    english: string;
    englishVariants: string[];
    avoidEn: string[];
    review: unknown;
    occurrences: { paragraph: number; url: string; form: string }[];
  }[];
};

describe('terms in the report text', () => {
  it('link a term once per chapter, at its first occurrence, with a form of the entry as the link text', () => {
    for (const c of chapters) {
      const $ = load(`chapters/${c}/index.html`);
      const seen = new Set<string>();
      for (const p of paragraphs.filter((q) => q.chapter === c)) {
        const links = $(`#p${p.n} a.term`)
          .map((_, a) => ({ slug: $(a).attr('data-term')!, text: $(a).text(), href: $(a).attr('href') }))
          .get();
        for (const l of links) {
          expect(seen.has(l.slug), `${l.slug} linked twice in ${c}`).toBe(false);
          seen.add(l.slug);
          expect(glossary.bySlug.get(l.slug)!.forms).toContain(l.text);
          expect(l.href).toBe(`/glossary/${l.slug}/`);
          expect(unmarked.has(l.slug), `${l.slug} is a formula left unmarked`).toBe(false);
        }
        // A term of the chapter not linked yet is left unlinked here only when the paragraph has no room for it.
        const marked = links.reduce((n, l) => n + l.text.length, 0);
        expect(marked / p.text.length, `paragraph ${p.n}`).toBeLessThanOrEqual(MAX_MARKED_SHARE);
        for (const m of glossary.match(p.text)) {
          if (seen.has(m.slug) || unmarked.has(m.slug)) continue;
          expect(marked + m.form.length, `${m.slug} in paragraph ${p.n}`).toBeGreaterThan(
            Math.floor(p.text.length * MAX_MARKED_SHARE),
          );
        }
      }
    }
  });

  it('leave the standard formulas of Party doctrine unmarked in running text, each keeping its entry and back-links', () => {
    expect(unmarked.size).toBeGreaterThan(5);
    for (const slug of unmarked) {
      expect(glossary.bySlug.get(slug)!.category).toBe('politics');
      const uses = glossary.occurrences.get(slug) ?? [];
      expect(uses.length, slug).toBeGreaterThan(0);
      const entry = load(`glossary/${slug}/index.html`);
      for (const o of uses)
        expect(entry(`a[href="/chapters/${o.chapter}/#p${o.n}"]`).length, `${slug} → ${o.n}`).toBeGreaterThan(0);
    }
  });

  it('never link inside headings', () => {
    for (const p of paragraphs)
      expect(load(`chapters/${p.chapter}/index.html`)('h1 a, h2 a.term, h3 a.term').length).toBe(0);
  });

  it('come with preview data (the chapter’s notes) for every term on the page', () => {
    for (const c of chapters) {
      const $ = load(`chapters/${c}/index.html`);
      const onPage = new Set(
        $('a.term')
          .map((_, a) => $(a).attr('data-term'))
          .get(),
      );
      const notes = $('[data-term-note]');
      const noted = new Set(notes.map((_, n) => $(n).attr('data-term-note')).get());
      // Every linked term has its note; the notes also cover the terms the chapter uses unmarked (for print).
      for (const slug of onPage) expect(noted.has(slug), slug).toBe(true);
      notes.each((_, n) => {
        const e = glossary.bySlug.get($(n).attr('data-term-note')!)!;
        expect($(n).find('b').text()).toBe(e.term);
        expect($(n).find('[lang="zh-Latn-pinyin"]').text()).toBe(e.pinyin);
        expect($(n).find('[lang="en"]').text()).toBe(e.english);
        expect($(n).next('dd').text()).toBe(e.gloss);
      });
    }
  });
});

describe('/glossary/', () => {
  const $ = load('glossary/index.html');
  it('lists every entry once, grouped by category, in pinyin order, with how often it occurs', () => {
    const listed = $('.entry-list a')
      .map((_, a) => $(a).text())
      .get();
    expect([...listed].sort()).toEqual(glossary.entries.map((e) => e.term).sort());
    $('section[data-category]').each((_, section) => {
      const terms = $(section)
        .find('.entry-list a')
        .map((_, a) => $(a).text())
        .get();
      const entries = terms.map((t) => glossary.entries.find((e) => e.term === t)!);
      expect(terms).toEqual([...entries].sort(byPinyin).map((e) => e.term));
      expect(new Set(entries.map((e) => e.category)).size).toBe(1);
    });
    for (const e of glossary.entries.filter((x) => !x.background)) {
      const li = $('.entry-list li').filter((_, el) => $(el).find('a').text() === e.term);
      expect(li.find('.entry-count').text()).toBe(`报告中出现${glossary.occurrences.get(e.slug)?.length ?? 0}次`);
    }
  });
  it('has a filter box that stays hidden without JavaScript', () => {
    expect($('[data-glossary-filter]').attr('hidden')).toBeDefined();
  });
});

describe('/glossary/<slug>/', () => {
  it('shows the term as <h1>, pinyin, English, and every paragraph that uses it, with the term marked', () => {
    for (const e of glossary.entries) {
      const $ = load(`glossary/${e.slug}/index.html`);
      expect($('h1').text()).toBe(e.term);
      expect($('[lang="zh-Latn-pinyin"]').first().text()).toBe(e.pinyin);
      expect($('.entry-english [lang="en"]').text()).toBe(e.english);
      const occ = glossary.occurrences.get(e.slug) ?? [];
      const items = $('ol.uses > li');
      expect(items.length).toBe(occ.length);
      items.each((i, li) => {
        expect($(li).find('a').first().attr('href')).toBe(`/chapters/${occ[i]!.chapter}/#p${occ[i]!.n}`);
        expect($(li).find('mark').text()).toBe(occ[i]!.form);
      });
    }
  });

  it('has breadcrumbs 首页 › 术语表 › its category › the entry, on the page and in its JSON-LD', () => {
    for (const e of glossary.entries) {
      const $ = load(`glossary/${e.slug}/index.html`);
      const hrefs = ['/', '/glossary/', `/glossary/#${e.category}`, `/glossary/${e.slug}/`];
      const crumbs = $('main > nav.breadcrumbs a');
      expect(crumbs.map((_, a) => $(a).attr('href')).get(), e.slug).toEqual(hrefs);
      expect(crumbs.last().text()).toBe(e.term);
      expect(crumbs.last().attr('aria-current')).toBe('page');
      const page = JSON.parse($('script[type="application/ld+json"]').html()!)['@graph'][2];
      // This build has no SITE_URL: JSON-LD holds site paths, which resolve against the page.
      expect(
        page.breadcrumb.itemListElement.map((i: { item: string }) => i.item),
        e.slug,
      ).toEqual(hrefs);
      expect(page.breadcrumb.itemListElement.at(-1).name).toBe(e.term);
    }
  });
});

describe('/glossary.json', () => {
  it('has every entry with its forms and occurrences', () => {
    expect(json.entries.map((e) => e.slug).sort()).toEqual(glossary.entries.map((e) => e.slug).sort());
    for (const e of json.entries) {
      expect(e.occurrences.map((o) => o.paragraph)).toEqual((glossary.occurrences.get(e.slug) ?? []).map((o) => o.n));
      // This build has no SITE_URL: the data holds site paths.
      for (const o of e.occurrences) expect(o.url).toMatch(/^\/chapters\/[a-z0-9-]+\/#p\d+$/);
    }
  });
});

describe('the review record (content/glossary/README.md, "Review")', () => {
  const reviewed = glossary.entries.filter((e) => e.review);
  it('is on at least the 27 entries of the audit sample', () => {
    expect(reviewed.length).toBeGreaterThanOrEqual(27);
  });

  it('shows its date beside each reviewed entry on /glossary/, and nothing beside the others', () => {
    const $ = load('glossary/index.html');
    for (const e of glossary.entries) {
      const li = $('.entry-list li').filter((_, el) => $(el).find('a').first().text() === e.term);
      const shown = li.find('.entry-review');
      if (!e.review) {
        expect(shown.length, e.slug).toBe(0);
        continue;
      }
      expect(shown.text(), e.slug).toBe(`核实于${e.review.date}`);
      expect(shown.find('time').attr('datetime')).toBe(e.review.date);
    }
  });

  it('shows the date, the method and the number of statements on the entry page, and each source’s verdict beside it', () => {
    for (const e of reviewed) {
      const $ = load(`glossary/${e.slug}/index.html`);
      const section = $('section.review');
      expect(section.find('time').attr('datetime'), e.slug).toBe(e.review!.date);
      expect(section.text()).toContain(`核实于${e.review!.date}`);
      expect(section.text()).toContain(`共${e.review!.statements}条`);
      expect(section.text()).toMatch(e.sources.length ? /对照所引来源或报告原文逐一核对/ : /对照报告原文逐一核对/);
      expect(
        section
          .find('.corrections li')
          .map((_, li) => $(li).text())
          .get(),
      ).toEqual(e.review!.corrections.map((c) => c.note));
      const items = $('ol.sources > li');
      expect(items.length).toBe(e.sources.length);
      items.each((i, li) => {
        const verdict = e.review!.sources.find((r) => r.url === e.sources[i]!.url)!;
        const shown = $(li).find('.source-verdict');
        expect(shown.attr('data-verdict'), `${e.slug} ${verdict.url}`).toBe(verdict.verdict);
        expect(shown.text()).toContain(VERDICT_LABELS[verdict.verdict]);
      });
    }
  });

  it('is in /glossary.json with the English names', () => {
    for (const e of json.entries) {
      const entry = glossary.bySlug.get(e.slug)!;
      expect(e.review).toEqual(entry.review ?? null);
      expect([e.english, e.englishVariants, e.avoidEn]).toEqual([entry.english, entry.englishVariants, entry.avoidEn]);
    }
  });
});

describe('the glossary', () => {
  it('explains at least 120 terms of the report', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(120);
  });
});

describe('zone entries', () => {
  it('show the zone (or the group) on a map', async () => {
    const { loadZones } = await import('../../src/zones/load.ts');
    const zones = await loadZones();
    const slugs = [...zones.zones.map((z) => z.glossary), ...zones.groups.map((g) => g.glossary)];
    expect(slugs.length).toBeGreaterThanOrEqual(10);
    for (const slug of slugs)
      expect(load(`glossary/${slug}/index.html`)('figure[data-zone-map] svg.zm-svg').length, slug).toBe(1);
    expect(load('glossary/wu-xing-jing-ji/index.html')('figure[data-zone-map]').length).toBe(0);
  });
});
