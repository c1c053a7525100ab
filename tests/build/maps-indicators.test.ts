import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, listFiles, ROOT_DIST, SUB_DIST, SUB_PATH } from '../helpers/dist.ts';
import { normalizeSvg } from '../helpers/svg-snapshot.ts';
import { loadIndicators } from '../../src/indicators/load.ts';
import { loadZones } from '../../src/zones/load.ts';
import { loadLandmarks } from '../../src/maps/landmarks.ts';

const indicators = loadIndicators();
const zones = await loadZones();
const paragraphText = (href: string, dir = ROOT_DIST, base = '/') => {
  const [path, frag] = href.slice(base.length).split('#');
  return load(join(path!, 'index.html'), dir)(`#${frag}`).text();
};
const snapshot = (name: string) => readFileSync(`tests/unit/maps/__snapshots__/${name}.svg`, 'utf8');
const landmarks = loadLandmarks();

describe('/maps/', () => {
  const $ = load('maps/index.html');
  const figure = $('figure[data-zone-map]');

  it('shows one map, with a layer per group the report names, exactly as drawn in the snapshot tests', () => {
    expect(figure.map((_, f) => $(f).attr('id')).get()).toEqual(['zone-map']);
    expect(normalizeSvg($.xml(figure.find('svg.zm-svg').first()))).toBe(snapshot('map-layered'));
    expect(
      figure
        .find('.zm-switch input[type="radio"]')
        .map((_, r) => $(r).attr('value'))
        .get(),
    ).toEqual(zones.groups.map((g) => g.id));
    // Links from the chapters land on a layer: #layer-<group>, one anchor each, in the order of the buttons.
    expect(
      figure
        .find('.zm-anchors > span')
        .map((_, a) => $(a).attr('id'))
        .get(),
    ).toEqual(zones.groups.map((g) => `layer-${g.id}`));
    expect(
      figure
        .find('.zm-panel')
        .map((_, p) => $(p).attr('data-in'))
        .get(),
    ).toEqual(zones.groups.map((_, i) => String(i + 1)));
  });

  it('gives each layer the report’s words and what the report leaves open, once', () => {
    zones.groups.forEach((g, i) => {
      const panel = figure.find(`.zm-panel[data-in="${i + 1}"]`);
      expect(panel.find('h2').text()).toContain(g.name);
      expect(panel.text()).toContain(g.quote);
      expect(panel.find('a').first().attr('href')).toBe(`/chapters/${g.chapter}/#p${g.paragraph}`);
      expect(panel.find('a').last().attr('href')).toBe(`/glossary/${g.glossary}/`);
      if (g.note) expect(panel.text()).toContain(g.note);
    });
  });

  it('links every zone on the map to the paragraph that holds its quote', () => {
    const links = figure.find('svg a[data-zone]');
    expect(links.length).toBe(zones.zones.length);
    links.each((_, a) => {
      const z = zones.byId.get($(a).attr('data-zone')!)!;
      expect(paragraphText($(a).attr('href')!), z.id).toContain(z.quote);
    });
  });

  it('says each zone’s notes once, in the list below the map: quote, groups, mentions, where it is marked and on what source, extent, entry', () => {
    const cards = $('.zone-card');
    expect(cards.map((_, c) => $(c).attr('id')).get()).toEqual(zones.zones.map((z) => `zone-${z.id}`));
    for (const z of zones.zones) {
      const card = $(`#zone-${z.id}`);
      expect(card.text(), z.id).toContain(z.quote);
      expect(card.find(`a[href="${z.point.source.url}"]`).length, z.id).toBeGreaterThanOrEqual(1);
      expect(card.find(`a[href="/glossary/${z.glossary}/"]`).length, z.id).toBe(1);
      expect(
        card
          .find('a[href^="#layer-"]')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(z.groups.map((g) => `#layer-${g}`));
      expect($('main').text().split(z.extent.note).length - 1, `${z.id}: its extent note once`).toBe(1);
    }
    const mentions = $('#zone-caokaifa dt:contains("提到它的段落") + dd').text();
    expect(mentions).toBe('第16段、第17段、第21段');
  });

  it('names every landmark’s source', () => {
    for (const l of landmarks) expect($(`.landmark-list a[href="${l.source.url}"]`).length, l.id).toBe(1);
  });
});

describe('the chapter that plans the zones (着力优化城区功能格局)', () => {
  const $ = load('chapters/urban-layout/index.html');

  it('shows the four battles map right after ¶17, the paragraph it illustrates, and no other chapter shows a map', () => {
    for (const f of listFiles(ROOT_DIST).filter(
      (p) => p.startsWith('chapters/') && p.endsWith('/index.html') && p !== 'chapters/index.html',
    )) {
      const $f = load(f);
      expect(
        $f('figure[data-zone-map]')
          .map((_, x) => $f(x).attr('id'))
          .get(),
        f,
      ).toEqual(f === 'chapters/urban-layout/index.html' ? ['map-four-battles'] : []);
    }
    const order = $('p[data-paragraph], figure[data-zone-map]')
      .map((_, e) => $(e).attr('data-paragraph') ?? 'map')
      .get();
    expect(order).toEqual(['16', '17', 'map', '18']);
    expect(normalizeSvg($.xml($('#map-four-battles svg').first()))).toBe(snapshot('map-four-battles'));
    expect($('#map-four-battles').closest('[data-annotation]').length).toBe(1);
  });
});

describe('a zone named in any paragraph', () => {
  it('links, after the paragraph and outside it, to the map layer that shows it', () => {
    const lines: string[] = [];
    for (const f of listFiles(ROOT_DIST).filter((p) => /^chapters\/[^/]+\/index\.html$/.test(p))) {
      const $ = load(f);
      $('p.zone-links').each((_, p) => {
        expect($(p).attr('data-annotation'), f).toBeDefined();
        const n = $(p).prev('.para').find('p[data-paragraph]').attr('data-paragraph');
        lines.push(
          `${n}: ${$(p)
            .find('a')
            .map((_, a) => $(a).attr('href'))
            .get()
            .join(' ')}`,
        );
      });
    }
    expect(lines.sort((a, b) => parseInt(a) - parseInt(b))).toEqual([
      '13: /maps/#layer-golden-triangle',
      '16: #map-four-battles',
      '18: #map-four-battles',
      '21: /maps/#layer-four-battles',
      '25: /maps/#layer-culture-c /maps/#layer-four-battles',
      '26: /maps/#layer-four-battles',
      '27: /maps/#layer-four-battles',
    ]);
    // Every paragraph that names a zone has its line, except ¶17, which the map itself follows.
    const named = new Set(zones.zones.flatMap((z) => z.mentions.map((m) => m.n)));
    expect([...named].sort((a, b) => a - b)).toEqual([13, 16, 17, 18, 21, 25, 26, 27]);
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
    const ids = csv
      .slice(1)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(ids).toEqual(rows.map((_, tr) => $(tr).attr('data-indicator')).get());
    const json = JSON.parse(readFileSync(join(ROOT_DIST, 'indicators.json'), 'utf8'));
    expect(json.indicators.map((r: { id: string }) => r.id)).toEqual(ids);
    // No SITE_URL in this build: the data holds site paths, never a made-up host.
    expect(json.indicators[0].url).toBe('/chapters/five-year-goals/#p4');
  });

  it('draws the charts as HTML, each headed by its finding, as in the snapshot tests', () => {
    const charts = $('figure.chart');
    expect(charts.map((_, c) => $(c).attr('id')).get()).toEqual(['chart-periods', 'chart-industries']);
    charts.each((_, c) => {
      expect(normalizeSvg($.xml($(c))), $(c).attr('id')).toBe(
        readFileSync(`tests/unit/maps/__snapshots__/${$(c).attr('id')}.html`, 'utf8'),
      );
    });
  });
});

describe('under a sub-path', () => {
  it('zone and indicator links and the downloads carry the base', () => {
    const $m = load('maps/index.html', SUB_DIST);
    $m('figure[data-zone-map] a[data-zone]').each((_, a) =>
      expect($m(a).attr('href')!.startsWith(`${SUB_PATH}chapters/`)).toBe(true),
    );
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
    const inline = $('script')
      .map((_, s) => $(s).html() ?? '')
      .get()
      .join('');
    expect(inline).not.toMatch(/geoMercator|geoPath/);
  });
});
