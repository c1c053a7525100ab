import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../src/search/build-index.ts';
import { landingUrl } from '../../../src/search/landing.ts';
import type { RecordSource, SearchRecord } from '../../../src/search/record.ts';
import { reportParagraphs } from '../../../src/search/sources/report-paragraphs.ts';
import { glossaryEntries } from '../../../src/search/sources/glossary-entries.ts';
import { indicatorRows } from '../../../src/search/sources/indicators.ts';
import { mapZones } from '../../../src/search/sources/zones.ts';
import { loadIndicators } from '../../../src/indicators/load.ts';
import { loadZones } from '../../../src/zones/load.ts';
import { buildGlossary } from '../../../src/glossary/load.ts';
import { entry, file, paragraphs as glossaryParagraphs } from '../glossary/fixtures.ts';
import { meta, paragraphs, record } from '../../helpers/report-data.ts';

const paragraphRecords = await reportParagraphs().records();

describe('report paragraphs as records', () => {
  const records = paragraphRecords;
  it('give one record per paragraph, landing on its anchor, holding exactly its text', () => {
    expect(records.map((r) => r.url)).toEqual(paragraphs.map((p) => `/chapters/${p.chapter}/#p${p.n}`));
    records.forEach((r, i) => {
      expect(r.text).toBe(paragraphs[i]!.text);
      expect(r).toMatchObject({
        kind: 'chapter',
        title: `第${paragraphs[i]!.n}段`,
        paragraph: paragraphs[i]!.n,
        chapters: [paragraphs[i]!.chapter],
      });
      expect(r.context).toMatch(/\p{Script=Han}/u);
    });
  });

  it('read the ingested files from the folder they are given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-records-'));
    const chapter = { slug: 'a', order: 1, title: '第一章', titleSource: 'site', titleEn: 'One', paragraphs: [1, 1] };
    writeFileSync(
      join(dir, 'paragraphs.json'),
      JSON.stringify({
        $comment: '',
        paragraphs: [{ n: 1, chapter: 'a', text: '甲', source: [{ line: 1, text: '甲' }] }],
      }),
    );
    writeFileSync(
      join(dir, 'report.json'),
      JSON.stringify({ $comment: '', meta, chapters: [chapter], ingest: record }),
    );
    expect(await reportParagraphs(dir).records()).toEqual([
      {
        kind: 'chapter',
        url: '/chapters/a/#p1',
        title: '第1段',
        text: '甲',
        chapters: ['a'],
        context: '第一章',
        paragraph: 1,
      },
    ]);
  });
});

const fixtureGlossary = buildGlossary(
  [file('wu-xing-jing-ji', entry({ explanation: '第一段\n续行。\n\n第二段。', explanationEn: 'First.\n\nSecond.' }))],
  glossaryParagraphs,
);
const [glossaryRecord] = await glossaryEntries(fixtureGlossary).records();

describe('glossary entries as records', () => {
  const r = glossaryRecord;
  it('land on the entry page, hold what it shows of the entry, and name the chapters that use the term', () => {
    expect(r).toMatchObject({
      kind: 'glossary',
      url: '/glossary/wu-xing-jing-ji/',
      title: '五型经济',
      names: ['五型经济'],
      chapters: ['one', 'two'],
      context: 'five-type economy',
      contextLang: 'en',
    });
    expect(r!.text).toBe(
      [
        '五型经济',
        'wǔ xíng jīngjì',
        'five-type economy',
        '五种经济形态的合称。',
        '第一段续行。',
        '第二段。',
        'Five kinds of economy.',
      ].join(' '),
    );
  });
});

describe('indicators and zones as records', () => {
  it('land on the indicator’s row, holding the number as printed and the report’s words', async () => {
    const rows = loadIndicators();
    const records = await indicatorRows().records();
    expect(records.map((r) => r.url)).toEqual(rows.map((r) => `/indicators/#ind-${r.id}`));
    records.forEach((r, i) => {
      expect(r.text).toContain(rows[i]!.printedValue);
      expect(r.text).toContain(`“${rows[i]!.quote}”`);
      expect(r.chapters).toEqual([rows[i]!.chapter]);
    });
  });

  it('land on each group’s map and each zone’s row of /maps/, named by the zone’s forms', async () => {
    const zones = await loadZones();
    const records = await mapZones().records();
    expect(records.map((r) => r.url)).toEqual([
      ...zones.groups.map((g) => `/maps/#layer-${g.id}`),
      ...zones.zones.map((z) => `/maps/#zone-${z.id}`),
    ]);
    for (const z of zones.zones) {
      const r = records.find((x) => x.url === `/maps/#zone-${z.id}`)!;
      expect(r.names).toEqual([z.name, ...z.forms]);
      expect(r.text.startsWith(`${z.name} ${z.nameEn}`)).toBe(true);
    }
  });
});

describe('collectRecords', () => {
  const source = (records: Partial<SearchRecord>[]): RecordSource => ({
    kind: 'chapter',
    records: () =>
      records.map((r) => ({ kind: 'chapter', url: '/a/', title: 'a', text: '甲', chapters: [], ...r }) as SearchRecord),
  });
  it('refuses records a reader could not land on or find', async () => {
    await expect(collectRecords([source([{ url: '/a/' }, { url: '/a/' }])])).rejects.toThrow(
      /two records share this URL/,
    );
    await expect(collectRecords([source([{ url: 'chapters/a/' }])])).rejects.toThrow(/site path/);
    await expect(collectRecords([source([{ text: '  ' }])])).rejects.toThrow(/text is empty/);
    await expect(collectRecords([source([{ kind: 'video' as never }])])).rejects.toThrow(/unknown kind/);
    expect((await collectRecords([source([{ url: '/a/' }, { url: '/b/' }])])).length).toBe(2);
  });
});

describe('landingUrl', () => {
  it('puts the query before the anchor, so the page marks it and the browser still lands on the paragraph', () => {
    expect(landingUrl('/chapters/economy/#p13', ' 5+4+X ')).toBe('/chapters/economy/?highlight=5%2B4%2BX#p13');
    expect(landingUrl('/glossary/liang-ji-san-qu/', '两极')).toBe(
      '/glossary/liang-ji-san-qu/?highlight=%E4%B8%A4%E6%9E%81',
    );
  });
});
