/**
 * Snapshot tests of every map and chart, normalised (tests/helpers/svg-snapshot.ts).
 * After an intended change, review the pictures and run `npx vitest run --project unit -u`.
 */
import { describe, expect, it } from 'vitest';
import { loadZones } from '../../../src/zones/load.ts';
import { loadDistrictMap } from '../../../src/geo/load.ts';
import { loadLandmarks } from '../../../src/maps/landmarks.ts';
import {
  describeView,
  groupView,
  layeredView,
  zoneView,
  viewForGlossarySlug,
  type MapView,
} from '../../../src/maps/views.ts';
import { renderZoneMap, TEXT } from '../../../src/maps/zone-map.ts';
import { legendFor } from '../../../src/maps/legend.ts';
import { loadIndicators } from '../../../src/indicators/load.ts';
import { indicatorCharts, renderChart } from '../../../src/indicators/charts.ts';
import { normalizeSvg } from '../../helpers/svg-snapshot.ts';

const zones = await loadZones();
const landmarks = loadLandmarks();
/** The same links as the site built at `/`. */
const hrefOf = (z: { chapter: string; paragraph: number }) => `/chapters/${z.chapter}/#p${z.paragraph}`;
const draw = (view: MapView) =>
  renderZoneMap({
    map: loadDistrictMap(),
    layers: view.layers,
    landmarks,
    title: view.title,
    description: describeView(view, landmarks),
    idPrefix: view.id,
    hrefOf,
  });

describe('map snapshots', () => {
  it('the one map of /maps/, every group a layer', async () => {
    await expect(normalizeSvg(draw(layeredView(zones)))).toMatchFileSnapshot('./__snapshots__/map-layered.svg');
  });

  it.each(zones.groups.map((g) => g.id))('one group: %s', async (id) => {
    await expect(normalizeSvg(draw(groupView(zones, id)))).toMatchFileSnapshot(`./__snapshots__/map-${id}.svg`);
  });

  it('one zone (for its glossary entry)', async () => {
    await expect(normalizeSvg(draw(zoneView(zones, 'longhua')))).toMatchFileSnapshot(
      './__snapshots__/map-zone-longhua.svg',
    );
  });
});

describe('chart snapshots', () => {
  const { charts, max } = indicatorCharts(loadIndicators());
  it.each(charts.map((c) => c.id))('%s', async (id) => {
    await expect(
      normalizeSvg(
        renderChart(
          charts.find((c) => c.id === id)!,
          max,
        ),
      ),
    ).toMatchFileSnapshot(`./__snapshots__/${id}.html`);
  });
});

describe('maps, drawn', () => {
  const layered = draw(layeredView(zones));
  const battles = draw(groupView(zones, 'four-battles'));
  const elements = (svg: string, cls: string) =>
    [...svg.matchAll(new RegExp(`<[a-z]+ [^>]*class="${cls}"[^>]*>`, 'g'))].map((m) => m[0]);
  const inOf = (tag: string) => /data-in="([^"]*)"/.exec(tag)?.[1];

  it('have a title and a description that name every zone shown and every landmark', () => {
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(battles)![1]!;
    for (const name of [
      '徐家汇地区',
      '徐汇滨江（西岸）',
      '漕开发',
      '华泾地区',
      ...landmarks.map((l) => l.name),
      '黄浦江',
    ])
      expect(desc).toContain(name);
    expect(desc).toContain('示意');
    expect(battles).toMatch(/<title id="map-four-battles-title">“东西南北”四大战役示意图<\/title>/);
  });

  it('draw each zone once, marker and label in one link to the paragraph that plans it', () => {
    const links = [...battles.matchAll(/<a href="([^"]+)" class="zone" data-zone="([^"]+)"/g)].map(
      (m) => `${m[2]}→${m[1]}`,
    );
    expect(links).toEqual(
      ['xujiahui', 'binjiang', 'caokaifa', 'huajing'].map((z) => `${z}→/chapters/urban-layout/#p17`),
    );
    const all = [...layered.matchAll(/<a [^>]*data-zone="([^"]+)"/g)].map((m) => m[1]);
    expect(all.sort()).toEqual(zones.zones.map((z) => z.id).sort());
  });

  it('say on the layered map which layers show each zone; a one-layer map needs no such marks', () => {
    const layerOf = Object.fromEntries(
      [...layered.matchAll(/<a [^>]*data-zone="([^"]+)"[^>]*>/g)].map((m) => [m[1], inOf(m[0]) ?? 'all']),
    );
    // four-battles = 1, golden-triangle = 2, culture-c = 3 (the order of content/zones.yaml).
    expect(layerOf).toEqual({
      xujiahui: '1 2',
      binjiang: 'all',
      caokaifa: '1',
      huajing: '1',
      hengfu: '2 3',
      xujiahuiyuan: '3',
      longhua: '3',
    });
    expect(battles).not.toContain('data-in=');
  });

  it('draw the 金三角’s triangle on its layer only, and no “C” anywhere', () => {
    expect(elements(layered, 'triangle').map(inOf)).toEqual(['2']);
    expect(elements(draw(groupView(zones, 'culture-c')), 'triangle')).toEqual([]);
    expect(elements(battles, 'triangle')).toEqual([]);
  });

  it('draw the landmarks quietly, except where a shown zone is marked at the same place', () => {
    const shown = (svg: string) =>
      [...svg.matchAll(/<g class="landmark"([^>]*)>[\s\S]*?class="quiet-label">([^<]+)<\/text>/g)].map(
        (m) => `${m[2]}${inOf(m[1]!) ? `@${inOf(m[1]!)}` : ''}`,
      );
    // 徐家汇站 is where 徐家汇地区 is marked (layers 1 and 2), 龙华寺 where 龙华 is (layer 3).
    expect(shown(layered)).toEqual(['徐家汇站@3', '上海体育场', '龙华寺@1 2', '上海南站', '徐浦大桥']);
    expect(shown(battles)).toEqual(['上海体育场', '龙华寺', '上海南站', '徐浦大桥']);
    expect(shown(draw(zoneView(zones, 'longhua')))).toEqual(['徐家汇站', '上海体育场', '上海南站', '徐浦大桥']);
  });

  it('name the river and the neighbouring districts, and keep a scale bar and a north arrow', () => {
    expect(battles).toMatch(/class="river-label"[^>]*>黄浦江</);
    for (const name of ['黄浦区', '长宁区', '静安区', '闵行区', '浦东新区']) expect(battles).toContain(`>${name}<`);
    for (const cls of ['scale-bar', 'north-arrow']) expect(battles).toContain(`class="${cls}"`);
  });

  it('write no text smaller than 13.5 units: about 12.6 px on a 390 px phone, 11 px even in a text column', () => {
    expect(Math.min(...Object.values(TEXT))).toBeGreaterThanOrEqual(13.5);
    // Sizes come from the stylesheet only (ZoneMapDrawing.astro), never from the drawing.
    expect(layered).not.toMatch(/font-size|style=/);
  });

  it('map a glossary slug to its zone or group, and nothing else', () => {
    expect(viewForGlossarySlug(zones, 'jin-san-jiao')?.layers[0]!.zones.map((z) => z.id)).toEqual([
      'hengfu',
      'xujiahui',
      'binjiang',
    ]);
    expect(viewForGlossarySlug(zones, 'long-hua')?.layers[0]!.zones.map((z) => z.id)).toEqual(['longhua']);
    expect(viewForGlossarySlug(zones, 'liang-ji-san-qu')).toBeUndefined();
  });
});

describe('the legend (HTML beside the map)', () => {
  it('follows the layers: the triangle’s key only on the 金三角’s, described places only where a layer has some', () => {
    const items = legendFor(layeredView(zones)).map((i) => `${i.key}${i.in ? `@${i.in}` : ''}`);
    expect(items).toEqual(['zone', 'described', 'extent', 'triangle@2', 'landmark', 'district']);
    expect(legendFor(zoneView(zones, 'longhua')).map((i) => i.key)).toEqual(['zone', 'landmark', 'district']);
  });

  it('says the triangle is no boundary and the landmarks are not the report’s', () => {
    const labels = legendFor(layeredView(zones))
      .map((i) => i.label)
      .join('\n');
    expect(labels).toContain('不是范围');
    expect(labels).toContain('不是报告所说的区域');
  });
});
