import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { geoArea, geoBounds, geoContains, geoLength } from 'd3';
import type { Position } from 'geojson';
import { decodeCollection, decodeRing, type EncodedCollection } from '../../../src/geo/echarts-decode.ts';
import { clipRing, deriveDistrictGeo, windForD3 } from '../../../src/geo/derive-district.ts';
import { readDistrictMap } from '../../../src/geo/load.ts';
import { GEO_FILE, SOURCE_FILE, SOURCE_SHA256 } from '../../../src/geo/paths.ts';
import { SourceError } from '../../../src/utils/source-error.ts';

const EARTH_KM = 6371.0088;
const committed = readFileSync(GEO_FILE, 'utf8');
const map = readDistrictMap(committed);

/** ECharts' encoding, written out independently of the decoder, for round trips. */
function encodeRing(points: [number, number][], offset: [number, number]): string {
  let [px, py] = offset;
  let out = '';
  for (const [x, y] of points) {
    for (const d of [x - px, y - py]) {
      const zz = (d << 1) ^ (d >> 31);
      out += String.fromCharCode(zz + 64);
    }
    [px, py] = [x, y];
  }
  return out;
}

describe('ECharts map decoding', () => {
  it('decodes zig-zag delta-encoded pairs from the offset, in units of 1/1024 degree', () => {
    // '@@' is a zero step; 'B' is +1, 'A' is -1.
    expect(decodeRing('@@BA', [1024, 2048])).toEqual([
      [1, 2],
      [1025 / 1024, 2047 / 1024],
    ]);
  });

  it('round-trips any ring of quantised coordinates', () => {
    const coord = fc.integer({ min: 123_000, max: 126_000 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 40 }),
        fc.tuple(coord, coord),
        (points, offset) => {
          const decoded = decodeRing(encodeRing(points, offset), offset);
          expect(decoded).toEqual(points.map(([x, y]) => [x / 1024, y / 1024]));
        },
      ),
    );
  });

  it('refuses a ring with an odd number of characters and a file that is not encoded', () => {
    expect(() => decodeRing('@@A', [0, 0])).toThrow(/odd number/);
    expect(() => decodeCollection({ type: 'FeatureCollection', features: [] })).toThrow(/not UTF8-encoded/);
  });
});

describe('the derived district file (content/geo/xuhui.geojson)', () => {
  it('is what `npm run geo:update` makes from echarts@4.9.0 (regenerate it if this fails)', () => {
    const source = JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as EncodedCollection;
    const derived = deriveDistrictGeo(decodeCollection(source), { margin: 0.03, metadata: map.geo.metadata });
    expect(JSON.parse(committed)).toEqual(JSON.parse(JSON.stringify(derived)));
  });

  it('winds every ring the way d3-geo expects (area < 2π: not the whole globe minus the district)', () => {
    for (const f of [map.district, ...map.neighbours]) expect(geoArea(f), f.properties.name).toBeLessThan(2 * Math.PI);
  });

  it('has a plausible outline: bounding box, size and area of Xuhui', () => {
    const [[west, south], [east, north]] = geoBounds(map.district);
    expect(west).toBeGreaterThan(121.37);
    expect(east).toBeLessThan(121.49);
    expect(south).toBeGreaterThan(31.09);
    expect(north).toBeLessThan(31.24);
    // Xuhui is about 7 km east–west and 13 km north–south, 54.8 km² (land and water).
    const areaKm2 = geoArea(map.district) * EARTH_KM ** 2;
    expect(areaKm2).toBeGreaterThan(50);
    expect(areaKm2).toBeLessThan(60);
  });

  it('keeps the Huangpu edge along the east, about 11 km long', () => {
    const km = geoLength(map.riverEdge) * EARTH_KM;
    expect(km).toBeGreaterThan(9.5);
    expect(km).toBeLessThan(13);
    const [[west]] = geoBounds(map.riverEdge);
    expect(west).toBeGreaterThan(121.44);
  });

  it('contains every WGS84 reference point of the research notes', () => {
    const points: [string, number, number][] = [
      ['徐家汇地铁站', 31.19454, 121.4379],
      ['徐家汇天主堂', 31.19306, 121.43139],
      ['上海体育场', 31.1835, 121.4373],
      ['漕河泾开发区', 31.1677, 121.42515],
      ['龙华地铁站', 31.1724, 121.4524],
      ['龙华寺', 31.174, 121.4518],
      ['龙美术馆西岸馆', 31.18592, 121.46019],
      ['徐汇区（百科信息框）', 31.183, 121.433],
    ];
    for (const [name, lat, lon] of points) expect(geoContains(map.district, [lon, lat]), name).toBe(true);
    // and not a point well outside: People's Square, in Huangpu District
    expect(geoContains(map.district, [121.4737, 31.2304])).toBe(false);
  });

  it('names its source and licence in the file', () => {
    expect(map.geo.metadata['source']).toMatch(/echarts@4\.9\.0.*Apache-2\.0/);
    expect(map.geo.metadata['sourceSha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('comes from the kept copy of the source, which is the file echarts@4.9.0 ships', () => {
    const sha = createHash('sha256').update(readFileSync(SOURCE_FILE)).digest('hex');
    expect(sha).toBe(SOURCE_SHA256);
    expect(map.geo.metadata['sourceSha256']).toBe(SOURCE_SHA256);
    expect(readFileSync(SOURCE_FILE.replace(/[^/]+$/, 'LICENSE'), 'utf8')).toContain('Apache License');
  });
});

describe('geometry helpers', () => {
  const square: Position[] = [
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 0],
  ];
  it('windForD3 reverses a ring wound the other way, and only that', () => {
    const small: Position[] = square.map(([x, y]) => [121 + x! / 100, 31 + y! / 100]);
    const good = windForD3(small);
    expect(geoArea({ type: 'Polygon', coordinates: [good] })).toBeLessThan(1e-3);
    expect(windForD3([...good].reverse())).toEqual(good);
  });

  it('clipRing keeps what is inside the box and closes the ring', () => {
    const clipped = clipRing(square, { west: 0.5, east: 2, south: -1, north: 2 });
    expect(clipped[0]).toEqual(clipped.at(-1));
    expect(Math.min(...clipped.map((p) => p[0]!))).toBe(0.5);
    expect(clipRing(square, { west: 5, east: 6, south: 5, north: 6 })).toEqual([]);
  });

  it('readDistrictMap refuses a file whose ring is wound the wrong way, naming the file and the fix', () => {
    const bad = JSON.parse(committed);
    bad.features[0].geometry.coordinates[0].reverse();
    expect(() => readDistrictMap(JSON.stringify(bad), 'x.geojson')).toThrow(SourceError);
    expect(() => readDistrictMap(JSON.stringify(bad), 'x.geojson')).toThrow(
      /x\.geojson: .*wound the wrong way[\s\S]*npm run geo:update/,
    );
    expect(() => readDistrictMap('{', 'x.geojson')).toThrow(/not valid JSON/);
  });
});
