import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load, ROOT_DIST } from '../helpers/dist.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { byPinyin } from '../../src/glossary/pinyin.ts';

const glossary = loadGlossary();
const json = JSON.parse(readFileSync(`${ROOT_DIST}/glossary.json`, 'utf8')) as {
  entries: { slug: string; term: string; forms: string[]; occurrences: { paragraph: number; url: string; form: string }[] }[];
};
const { paragraphs } = JSON.parse(readFileSync('content/report/paragraphs.json', 'utf8')) as { paragraphs: { n: number; chapter: string; text: string }[] };

describe('terms in the report text', () => {
  it('link every term once per paragraph where it occurs, with a form of the entry as the link text', () => {
    for (const p of paragraphs) {
      const $ = load(`chapters/${p.chapter}/index.html`);
      const links = $(`#p${p.n} a.term`).map((_, a) => ({ slug: $(a).attr('data-term')!, text: $(a).text(), href: $(a).attr('href') })).get();
      const expected = [...new Set(glossary.match(p.text).map((m) => m.slug))];
      expect(links.map((l) => l.slug), `paragraph ${p.n}`).toEqual(expected);
      for (const l of links) {
        expect(glossary.bySlug.get(l.slug)!.forms).toContain(l.text);
        expect(l.href).toBe(`/glossary/${l.slug}/`);
      }
    }
  });

  it('never link inside headings', () => {
    for (const p of paragraphs) expect(load(`chapters/${p.chapter}/index.html`)('h1 a, h2 a.term, h3 a.term').length).toBe(0);
  });

  it('come with preview data (the chapter’s notes) for exactly the terms on the page', () => {
    const chapters = [...new Set(paragraphs.map((p) => p.chapter))];
    for (const c of chapters) {
      const $ = load(`chapters/${c}/index.html`);
      const onPage = new Set($('a.term').map((_, a) => $(a).attr('data-term')).get());
      const notes = $('[data-term-note]');
      expect(new Set(notes.map((_, n) => $(n).attr('data-term-note')).get())).toEqual(onPage);
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
    const listed = $('.entry-list a').map((_, a) => $(a).text()).get();
    expect([...listed].sort()).toEqual(glossary.entries.map((e) => e.term).sort());
    $('section[data-category]').each((_, section) => {
      const terms = $(section).find('.entry-list a').map((_, a) => $(a).text()).get();
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
    for (const slug of slugs) expect(load(`glossary/${slug}/index.html`)('figure[data-zone-map] svg.zm-svg').length, slug).toBe(1);
    expect(load('glossary/wu-xing-jing-ji/index.html')('figure[data-zone-map]').length).toBe(0);
  });
});
