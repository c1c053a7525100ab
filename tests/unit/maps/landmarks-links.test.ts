import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadZones } from '../../../src/zones/load.ts';
import { readDistrictMap } from '../../../src/geo/load.ts';
import { GEO_FILE } from '../../../src/geo/paths.ts';
import { buildLandmarks, LANDMARKS_FILE } from '../../../src/maps/landmarks.ts';
import { compassReading, groupLayer } from '../../../src/maps/views.ts';
import { mapParagraph, zoneLinks } from '../../../src/maps/paragraph-links.ts';
import { expectRefusal, lineOf, replaceOnce } from '../../helpers/ingest-fixture.ts';

const zones = await loadZones();
const { paragraphs } = JSON.parse(readFileSync('content/report/paragraphs.json', 'utf8')) as {
  paragraphs: { n: number; text: string }[];
};
const yaml = readFileSync(LANDMARKS_FILE, 'utf8');
const { district } = readDistrictMap(readFileSync(GEO_FILE, 'utf8'));
const build = (text = yaml) => buildLandmarks(text, LANDMARKS_FILE, district);

describe('landmarks (content/landmarks.yaml)', () => {
  it('are 4 to 8 places inside the district, each with a source and the stored copy it was checked in', () => {
    const all = build();
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.length).toBeLessThanOrEqual(8);
    for (const l of all) {
      expect(l.source.url, l.id).toMatch(/^https?:\/\//);
      expect(l.checked, l.id).toMatch(/^https?:\/\/\S+: /);
    }
    expect(all.map((l) => l.name)).toEqual(['徐家汇站', '上海体育场', '龙华寺', '上海南站', '徐浦大桥']);
  });

  it('refuse a point outside the district, with the line', () => {
    const text = replaceOnce(yaml, 'lat: 31.154425', 'lat: 31.254425');
    expectRefusal(
      () => build(text),
      { file: LANDMARKS_FILE, line: lineOf(text, 'lat: 31.254425') },
      /lies outside the district outline/,
    );
  });

  it('refuse an id used twice and a landmark without its source', () => {
    expectRefusal(
      () => build(replaceOnce(yaml, '- id: xupu-bridge', '- id: shanghai-stadium')),
      { file: LANDMARKS_FILE },
      /used twice/,
    );
    expectRefusal(
      () => build(yaml.replace(/\n    source: \{ url: "https:\/\/en\.wikipedia\.org\/wiki\/Xupu_Bridge"[^\n]*/, '')),
      { file: LANDMARKS_FILE },
      /source/,
    );
  });
});

describe('the four battles’ “东西南北”', () => {
  it('is read off the map as the site’s reading: one member furthest in each direction', () => {
    const text = compassReading(groupLayer(zones, 'four-battles'))!;
    expect(text).toContain('徐汇滨江最东，漕开发最西，华泾地区最南，徐家汇地区最北');
    expect(text).toContain('不是报告的说法');
  });

  it('is not made up for groups that do not promise directions', () => {
    expect(compassReading(groupLayer(zones, 'golden-triangle'))).toBeUndefined();
    expect(compassReading(groupLayer(zones, 'culture-c'))).toBeUndefined();
  });
});

describe('paragraphs that name zones link to the map layer that shows them', () => {
  const links = (n: number, here?: { layer: string; href: string }) =>
    zoneLinks(
      zones,
      paragraphs.find((p) => p.n === n)!,
      '/maps/',
      here,
    ).map((l) => `${l.names.join('、')}→${l.href}`);

  it('a paragraph that names a group links its members to that group’s layer', () => {
    expect(links(13)).toEqual(['衡复、徐家汇地区、徐汇滨江→/maps/#layer-golden-triangle']);
    // ¶25 also names 徐家汇书院: a mention of 徐家汇, on the first layer that holds it.
    expect(links(25)).toEqual([
      '徐家汇源、衡复、龙华、徐汇滨江→/maps/#layer-culture-c',
      '徐家汇地区→/maps/#layer-four-battles',
    ]);
  });

  it('any other mention goes to the first layer holding the zone, or to the map on the same page', () => {
    expect(links(21)).toEqual(['漕开发→/maps/#layer-four-battles']);
    expect(links(27)).toEqual(['徐家汇地区、华泾地区→/maps/#layer-four-battles']);
    const here = { layer: 'four-battles', href: '#map-four-battles' };
    expect(links(16, here)).toEqual(['徐家汇地区、徐汇滨江、漕开发、华泾地区→#map-four-battles']);
    expect(links(18, here)).toEqual(['徐汇滨江→#map-four-battles']);
  });

  it('paragraphs naming no zone get no line', () => {
    expect(links(4)).toEqual([]);
  });

  it('the four battles’ map stands after the paragraph that plans all four (¶17)', () => {
    expect(mapParagraph(zones, 'four-battles')).toBe(17);
  });
});
