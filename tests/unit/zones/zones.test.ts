import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildZones } from '../../../src/zones/load.ts';
import { ZONES_FILE } from '../../../src/config/content-files.ts';
import { checkZoneGlossary } from '../../../src/zones/glossary-check.ts';
import { loadGlossary } from '../../../src/glossary/load.ts';
import { readDistrictMap } from '../../../src/geo/load.ts';
import { GEO_FILE } from '../../../src/geo/paths.ts';
import { expectRefusal, lineOf, replaceOnce } from '../../helpers/ingest-fixture.ts';
import { paragraphs } from '../../helpers/report-data.ts';

const yaml = readFileSync(ZONES_FILE, 'utf8');
const { district } = readDistrictMap(readFileSync(GEO_FILE, 'utf8'));
const build = (text = yaml, paras = paragraphs) => buildZones(text, ZONES_FILE, paras, district);
const zones = build();

describe('the zones data (content/zones.yaml)', () => {
  it('holds the groups the report names, with the members the report lists, in its order', () => {
    const members = (id: string) => zones.groupById.get(id)!.members.map((m) => zones.byId.get(m.zone)!.name);
    expect(members('four-battles')).toEqual(['徐家汇地区', '徐汇滨江（西岸）', '漕开发', '华泾地区']);
    expect(members('golden-triangle')).toEqual(['衡复', '徐家汇地区', '徐汇滨江（西岸）']);
    expect(members('culture-c')).toEqual(['徐家汇源', '衡复', '龙华', '徐汇滨江（西岸）']);
    expect(zones.groupById.get('four-battles')!.paragraph).toBe(16);
    expect(zones.groupById.get('golden-triangle')!.paragraph).toBe(13);
    expect(zones.groupById.get('culture-c')!.paragraph).toBe(25);
  });

  it('links each of the four battles to its part of paragraph 17, where the report plans it', () => {
    for (const id of ['xujiahui', 'binjiang', 'caokaifa', 'huajing']) {
      const z = zones.byId.get(id)!;
      expect([z.chapter, z.paragraph], id).toEqual(['urban-layout', 17]);
      expect(paragraphs[16]!.text).toContain(z.quote);
    }
  });

  it('computes mentions from the text, longest name first (徐家汇源 is not 徐家汇)', () => {
    const ns = (id: string) => zones.byId.get(id)!.mentions.map((m) => m.n);
    expect(ns('xujiahuiyuan')).toEqual([25]);
    expect(ns('caokaifa')).toEqual([16, 17, 21]);
    expect(ns('hengfu')).toEqual([13, 25]);
    // Paragraph 25 names 徐家汇书院 as well as 徐家汇源; a paragraph naming only 徐家汇源 is not a mention of 徐家汇.
    const only = paragraphs.map((p) => (p.n === 25 ? { ...p, text: p.text.replace('徐家汇书院', '书院') } : p));
    expect(
      build(yaml, only)
        .byId.get('xujiahui')!
        .mentions.map((m) => m.n),
    ).not.toContain(25);
    for (const z of zones.zones)
      expect(
        z.mentions.map((m) => m.n),
        z.id,
      ).toContain(z.paragraph);
  });

  it('marks every drawn extent approximate and sources it; points placed from a description say on what', () => {
    for (const z of zones.zones) {
      if (z.extent.shape !== 'none') {
        expect(z.extent.approximate).toBe(true);
        expect(z.extent.source.url).toMatch(/^https?:/);
      }
      if (z.point.placement === 'described') expect(z.point.basis, z.id).toBeTruthy();
    }
  });

  it('places 漕开发 inside the zone its source bounds: west of 桂林路, north of 漕宝路 (fidelity audit Z1)', () => {
    const { point } = zones.byId.get('caokaifa')!;
    // Guilin Park station, where 桂林路 meets 漕宝路 (Wikipedia): 31.16917 N, 121.41528 E; Guilin Road station on 桂林路: 121.412 E.
    expect(point.placement).toBe('described');
    expect(point.lon).toBeLessThan(121.412);
    expect(point.lat).toBeGreaterThan(31.16917);
    expect(point.basis).toContain('东至桂林路，南至漕宝路');
  });

  it('states 徐家汇源’s sourced size without drawing an area nobody has located (fidelity audit Z2)', () => {
    const { extent } = zones.byId.get('xujiahuiyuan')!;
    expect(extent).toMatchObject({ shape: 'none', areaKm2: 2.4 });
    expect(extent.source?.publisher).toBe('大公报');
    expect(extent.note).toContain('2.4平方公里');
  });

  it('draws a triangle only for the group the report names as one, with its three members', () => {
    expect(zones.groups.filter((g) => g.draw).map((g) => [g.id, g.draw, g.members.length])).toEqual([
      ['golden-triangle', 'triangle', 3],
    ]);
    expect(zones.groupById.get('culture-c')!.note).toContain('不画“C”形');
  });
});

describe('bad zone data is refused with file, line and fix', () => {
  it('a quote that is not in the report', () => {
    const text = replaceOnce(yaml, 'quote: 漕开发，要塑造更新范例', 'quote: 漕开发，要打造更新范例');
    expectRefusal(
      () => build(text),
      { file: ZONES_FILE, line: lineOf(text, '漕开发，要打造更新范例') },
      /this quote is not in the report/,
    );
  });

  it('a quote found in more than one paragraph', () => {
    const text = replaceOnce(yaml, 'quote: 建设龙华风貌区开放式街区', 'quote: 提升');
    expectRefusal(
      () => build(text),
      { file: ZONES_FILE, line: lineOf(text, 'quote: 提升') },
      /this quote is in \d+ paragraphs/,
    );
  });

  it('a form the report never prints', () => {
    const text = replaceOnce(yaml, 'forms: [漕开发]', 'forms: [漕开发, 漕河泾开发区]');
    expectRefusal(
      () => build(text),
      { file: ZONES_FILE, line: lineOf(text, '漕河泾开发区]') },
      /occurs nowhere in the report/,
    );
  });

  it('a point outside the district (latitude and longitude swapped or mistyped)', () => {
    const text = replaceOnce(yaml, 'lat: 31.174\n', 'lat: 31.274\n');
    expectRefusal(
      () => build(text),
      { file: ZONES_FILE, line: lineOf(text, 'lat: 31.274') },
      /lies outside the district outline/,
    );
  });

  it('a group member named differently from the group’s quote', () => {
    const text = replaceOnce(yaml, '{ zone: longhua, as: 古韵龙华 }', '{ zone: longhua, as: 龙华寺 }');
    expectRefusal(() => build(text), { file: ZONES_FILE, line: lineOf(text, 'as: 龙华寺') }, /does not use this name/);
  });

  it('a group member that is no zone', () => {
    const text = replaceOnce(yaml, '{ zone: caokaifa, as: 漕开发 }', '{ zone: caohejing, as: 漕开发 }');
    expectRefusal(
      () => build(text),
      { file: ZONES_FILE, line: lineOf(text, 'zone: caohejing') },
      /no zone has this id/,
    );
  });

  it('a drawn extent not marked approximate', () => {
    const text = replaceOnce(yaml, '      shape: circle\n      approximate: true\n', '      shape: circle\n');
    expectRefusal(() => build(text), { file: ZONES_FILE }, /approximate: true/);
  });

  it('a described placement without its basis', () => {
    const text = yaml.replace(/\n      basis: 人民日报[^\n]*/, '');
    expectRefusal(() => build(text), { file: ZONES_FILE }, /basis/);
  });

  it('a triangle for a group that does not have three members', () => {
    const text = replaceOnce(
      yaml,
      '    note: 报告列出四处，但没有说明哪一处对应“东”“西”“南”“北”。\n',
      '    note: 报告列出四处，但没有说明哪一处对应“东”“西”“南”“北”。\n    draw: triangle\n',
    );
    expectRefusal(
      () => build(text),
      { file: ZONES_FILE, line: lineOf(text, '    draw: triangle') },
      /a triangle joins exactly three members/,
    );
  });

  it('a stated size without its source', () => {
    const text = yaml.replace(/\n      source: \{ url: "http:\/\/www\.takungpao[^\n]*/, '');
    expectRefusal(() => build(text), { file: ZONES_FILE }, /a stated size needs its `source:`/);
  });

  it('an id used twice', () => {
    const text = replaceOnce(yaml, '  - id: longhua\n', '  - id: hengfu\n');
    expectRefusal(
      () => build(text),
      { file: ZONES_FILE, line: text.split('\n').lastIndexOf('  - id: hengfu') + 1 },
      /used twice/,
    );
  });
});

describe('zone glossary slugs', () => {
  const all = new Set([...zones.zones.map((z) => z.glossary), ...zones.groups.map((g) => g.glossary)]);

  it('are the slugs the glossary uses for these entries', () => {
    expect([...all].sort()).toEqual(
      [
        'cao-kai-fa',
        'dong-xi-nan-bei-si-da-zhan-yi',
        'heng-fu',
        'hua-jing-di-qu',
        'jin-san-jiao',
        'long-hua',
        'xu-hui-bin-jiang',
        'xu-hui-wen-hua-c-quan',
        'xu-jia-hui-di-qu',
        'xu-jia-hui-yuan',
      ].sort(),
    );
  });

  it('are all entries of the glossary in content/glossary/ (the build runs this check)', () => {
    expect(() => checkZoneGlossary(zones, new Set(loadGlossary().entries.map((e) => e.slug)))).not.toThrow();
  });

  it('pass when the glossary has every entry', () => {
    expect(() => checkZoneGlossary(zones, all)).not.toThrow();
  });

  it('name the line of a slug the glossary lacks', () => {
    const without = new Set([...all].filter((s) => s !== 'long-hua'));
    expectRefusal(
      () => checkZoneGlossary(zones, without),
      { file: ZONES_FILE, line: lineOf(yaml, 'glossary: long-hua') },
      /no glossary entry has this slug/,
    );
  });
});
