/**
 * Snapshot tests of every map and chart, normalised (tests/helpers/svg-snapshot.ts).
 * After an intended change, review the pictures and run `npx vitest run --project unit -u`.
 */
import { describe, expect, it } from 'vitest';
import { loadZones } from '../../../src/zones/load.ts';
import { loadDistrictMap } from '../../../src/geo/load.ts';
import { groupView, zoneView, viewForGlossarySlug, type MapView } from '../../../src/maps/views.ts';
import { renderZoneMap } from '../../../src/maps/zone-map.ts';
import { loadIndicators } from '../../../src/indicators/load.ts';
import { renderComparisonChart, renderGrowthChart } from '../../../src/indicators/charts.ts';
import { normalizeSvg } from '../../helpers/svg-snapshot.ts';

const zones = await loadZones();
/** The same links as the site built at `/`. */
const hrefOf = (z: { chapter: string; paragraph: number }) => `/chapters/${z.chapter}/#p${z.paragraph}`;
const draw = (view: MapView) =>
  renderZoneMap({ map: loadDistrictMap(), zones: zones.zones, highlight: view.zones.map((z) => z.id), title: view.title, description: view.description, idPrefix: view.id, hrefOf });

describe('map snapshots', () => {
  it.each(zones.groups.map((g) => g.id))('%s', async (id) => {
    await expect(normalizeSvg(draw(groupView(zones, id)))).toMatchFileSnapshot(`./__snapshots__/map-${id}.svg`);
  });

  it('one zone highlighted (for its glossary entry)', async () => {
    await expect(normalizeSvg(draw(zoneView(zones, 'longhua')))).toMatchFileSnapshot('./__snapshots__/map-zone-longhua.svg');
  });
});

describe('chart snapshots', () => {
  it('growth targets', async () => {
    await expect(normalizeSvg(renderGrowthChart(loadIndicators()))).toMatchFileSnapshot('./__snapshots__/chart-growth.svg');
  });
  it('five-year vs 2022', async () => {
    await expect(normalizeSvg(renderComparisonChart(loadIndicators()))).toMatchFileSnapshot('./__snapshots__/chart-compare.svg');
  });
});

describe('maps, drawn', () => {
  const svg = draw(groupView(zones, 'four-battles'));
  it('have a title and a description that name every zone shown', () => {
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!;
    for (const name of ['徐家汇地区', '徐汇滨江（西岸）', '漕开发', '华泾地区']) expect(desc).toContain(name);
    expect(desc).toContain('示意');
    expect(svg).toMatch(/<title id="map-four-battles-title">“东西南北”四大战役示意图<\/title>/);
  });
  it('link each highlighted zone, marker and label, to its paragraph; other zones are not links', () => {
    const links = [...svg.matchAll(/<a href="([^"]+)" class="zone-link[^"]*" data-zone="([^"]+)"/g)].map((m) => `${m[2]}→${m[1]}`);
    expect(links.sort()).toEqual(['binjiang', 'binjiang', 'caokaifa', 'caokaifa', 'huajing', 'huajing', 'xujiahui', 'xujiahui'].map((z) => `${z}→/chapters/urban-layout/#p17`).sort());
  });
  it('have a legend, a scale bar, a north arrow and the source note', () => {
    for (const cls of ['legend', 'scale-bar', 'north-arrow', 'map-note']) expect(svg).toContain(`class="${cls}"`);
    expect(svg).toContain('示意位置（本站标注）'); // 华泾 is placed from a description
    expect(svg).toContain('ECharts 4.9.0');
  });
  it('map a glossary slug to its zone or group, and nothing else', () => {
    expect(viewForGlossarySlug(zones, 'jin-san-jiao')?.zones.map((z) => z.id)).toEqual(['hengfu', 'xujiahui', 'binjiang']);
    expect(viewForGlossarySlug(zones, 'long-hua')?.zones.map((z) => z.id)).toEqual(['longhua']);
    expect(viewForGlossarySlug(zones, 'liang-ji-san-qu')).toBeUndefined();
  });
});
