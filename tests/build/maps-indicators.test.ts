import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, listFiles, ROOT_DIST, SUB_DIST, SUB_PATH } from '../helpers/dist.ts';
import { normalizeSvg } from '../helpers/svg-snapshot.ts';
import { loadIndicators } from '../../src/indicators/load.ts';
import { loadZones } from '../../src/zones/load.ts';

const indicators = loadIndicators();
const zones = await loadZones();
const paragraphText = (href: string, dir = ROOT_DIST, base = '/') => {
  const [path, frag] = href.slice(base.length).split('#');
  return load(join(path!, 'index.html'), dir)(`#${frag}`).text();
};
const snapshot = (name: string) => readFileSync(`tests/unit/maps/__snapshots__/${name}.svg`, 'utf8');

describe('/maps/', () => {
  const $ = load('maps/index.html');

  it('shows one map per group the report names, exactly as drawn in the snapshot tests', () => {
    const figures = $('figure[data-zone-map]');
    expect(figures.map((_, f) => $(f).attr('id')).get()).toEqual(['map-four-battles', 'map-golden-triangle', 'map-culture-c']);
    figures.each((_, f) => {
      const id = $(f).attr('id')!;
      expect(normalizeSvg($.xml($(f).find('svg').first())), id).toBe(snapshot(id.replace('map-', 'map-')));
    });
  });

  it('links every zone, on the map and in the list, to the paragraph that holds its quote', () => {
    const links = $('figure[data-zone-map] a[data-zone]');
    expect(links.length).toBeGreaterThan(20);
    links.each((_, a) => {
      const z = zones.byId.get($(a).attr('data-zone')!)!;
      expect(paragraphText($(a).attr('href')!), z.id).toContain(z.quote);
    });
  });

  it('lists beside each map what the map shows, for screen readers: every zone, with its source', () => {
    $('figure[data-zone-map]').each((_, f) => {
      const onMap = $(f).find('svg a.zone-link:not(.zone-label)').map((_, a) => $(a).attr('data-zone')).get();
      const listed = $(f).find('.zone-map-list > li').map((_, li) => $(li).attr('data-zone')).get();
      expect(listed).toEqual(onMap);
      expect($(f).find('.zone-map-list a[rel="external"]').length).toBeGreaterThanOrEqual(listed.length);
    });
  });

  it('links every zone and group to its glossary entry', () => {
    $('figure[data-zone-map]').each((_, f) => {
      const group = zones.groupById.get($(f).attr('id')!.replace('map-', ''))!;
      expect($(f).find('.zone-map-quote a').last().attr('href')).toBe(`/glossary/${group.glossary}/`);
      $(f).find('.zone-map-list > li').each((_, li) => {
        expect($(li).find('a.zone-entry').attr('href')).toBe(`/glossary/${zones.byId.get($(li).attr('data-zone')!)!.glossary}/`);
      });
    });
  });

  it('has a table of the zones with the paragraphs that mention them', () => {
    const rows = $('#zones-table ~ .table-scroll tbody tr, .zones-table tbody tr');
    expect(rows.length).toBe(zones.zones.length);
    const caokaifa = $('#zone-caokaifa td').eq(1).text();
    expect(caokaifa).toBe('第16段、第17段、第21段');
  });
});

describe('the chapter that plans the zones (着力优化城区功能格局)', () => {
  it('shows the four battles map after the text, and no other chapter shows a map', () => {
    for (const f of listFiles(ROOT_DIST).filter((p) => p.startsWith('chapters/') && p.endsWith('/index.html') && p !== 'chapters/index.html')) {
      const $ = load(f);
      expect($('figure[data-zone-map]').map((_, x) => $(x).attr('id')).get(), f).toEqual(f === 'chapters/urban-layout/index.html' ? ['map-four-battles'] : []);
    }
  });
});

describe('/indicators/', () => {
  const $ = load('indicators/index.html');
  const rows = $('table.indicators-table tbody tr');

  it('has a body row per indicator, each linking to its paragraph, whose text holds the number and the wording', () => {
    expect(rows.length).toBe(indicators.length);
    rows.each((i, tr) => {
      const r = indicators[i]!;
      expect($(tr).attr('data-indicator')).toBe(r.id);
      const href = $(tr).find('a').last().attr('href')!;
      expect(href).toBe(`/chapters/${r.chapter}/#p${r.paragraph}`);
      const text = paragraphText(href);
      expect(text, r.id).toContain(r.quote);
      expect($(tr).find('td.num').text()).toBe(r.printedValue);
    });
  });

  it('links the downloads, which hold the same rows as the table', () => {
    expect($('a[href="/indicators.csv"]').length).toBe(1);
    expect($('a[href="/indicators.json"]').length).toBe(1);
    const csv = readFileSync(join(ROOT_DIST, 'indicators.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const ids = csv.slice(1).trim().split('\r\n').slice(1).map((l) => l.split(',')[0]);
    expect(ids).toEqual(rows.map((_, tr) => $(tr).attr('data-indicator')).get());
    const json = JSON.parse(readFileSync(join(ROOT_DIST, 'indicators.json'), 'utf8'));
    expect(json.indicators.map((r: { id: string }) => r.id)).toEqual(ids);
    // No SITE_URL in this build: the data holds site paths, never a made-up host.
    expect(json.indicators[0].url).toBe('/chapters/five-year-goals/#p4');
  });

  it('draws both charts as inline SVG, as in the snapshot tests', () => {
    const svgs = $('figure.chart svg');
    expect(svgs.length).toBe(2);
    expect(normalizeSvg($.xml(svgs.eq(0)))).toBe(snapshot('chart-growth'));
    expect(normalizeSvg($.xml(svgs.eq(1)))).toBe(snapshot('chart-compare'));
  });
});

describe('under a sub-path', () => {
  it('zone and indicator links and the downloads carry the base', () => {
    const $m = load('maps/index.html', SUB_DIST);
    $m('figure[data-zone-map] a[data-zone]').each((_, a) => expect($m(a).attr('href')!.startsWith(`${SUB_PATH}chapters/`)).toBe(true));
    const $i = load('indicators/index.html', SUB_DIST);
    expect($i(`a[href="${SUB_PATH}indicators.csv"]`).length).toBe(1);
    const json = JSON.parse(readFileSync(join(SUB_DIST, 'indicators.json'), 'utf8'));
    expect(json.indicators[0].url).toBe(`https://example.org${SUB_PATH}chapters/five-year-goals/#p4`);
    const first = $i('table.indicators-table tbody tr a').first().attr('href')!;
    expect(paragraphText(first, SUB_DIST, SUB_PATH)).toContain(indicators[0]!.quote);
  });
});

describe('the home page', () => {
  it('shows the key figures, each linking to its paragraph', () => {
    const $ = load('index.html');
    const key = indicators.filter((r) => r.key);
    const items = $('.key-figures li a');
    expect(items.length).toBe(key.length);
    items.each((i, a) => {
      expect($(a).attr('href')).toBe(`/chapters/${key[i]!.chapter}/#p${key[i]!.paragraph}`);
      expect($(a).find('.kf-value').text()).toContain(key[i]!.printedValue);
    });
  });
});

describe('nothing of D3 reaches the browser', () => {
  it('no script in dist/ contains d3 code; the maps’ script is a few hundred bytes', () => {
    // Scripts small enough are inlined, and stylesheets always are: dist/ may have no _astro/ at all.
    const assets = join(ROOT_DIST, '_astro');
    const scripts = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.js')) : [];
    for (const f of scripts) {
      const js = readFileSync(join(ROOT_DIST, '_astro', f), 'utf8');
      expect(js, f).not.toMatch(/geoMercator|geoPath|scaleLinear|d3-geo/);
    }
    const $ = load('maps/index.html');
    const inline = $('script').map((_, s) => $(s).html() ?? '').get().join('');
    expect(inline).not.toMatch(/geoMercator|geoPath/);
  });
});
