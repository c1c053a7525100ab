/**
 * ECharts 4 shipped its China maps "UTF8-encoded": each ring is a string whose
 * character pairs are zig-zag, delta-encoded x/y steps from an offset, in units
 * of 1/1024 degree. This turns such a file back into plain GeoJSON (the same
 * algorithm as ECharts' own decodePolygon in lib/coord/geo/parseGeoJson.js).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

interface EncodedFeature {
  id?: string;
  properties: Record<string, unknown>;
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

export interface EncodedCollection {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EncodedFeature[];
}

export function decodeRing(encoded: string, offset: readonly [number, number], scale = 1024): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`an encoded ring has an odd number of characters (${encoded.length})`);
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** GeoJSON rings are closed: the last position repeats the first. */
function closed(ring: Position[]): Position[] {
  const [first] = ring;
  const last = ring.at(-1);
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

export function decodeCollection(json: EncodedCollection): FeatureCollection<Polygon | MultiPolygon> {
  if (!json.UTF8Encoding) throw new Error('this map is not UTF8-encoded; it needs no decoding');
  const scale = json.UTF8Scale ?? 1024;
  const features = json.features.map((f): Feature<Polygon | MultiPolygon> => {
    const g = f.geometry;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? {
            type: 'Polygon',
            coordinates: g.coordinates.map((r, i) => closed(decodeRing(r, g.encodeOffsets[i]!, scale))),
          }
        : {
            type: 'MultiPolygon',
            coordinates: g.coordinates.map((poly, i) =>
              poly.map((r, j) => closed(decodeRing(r, g.encodeOffsets[i]![j]!, scale))),
            ),
          };
    return { type: 'Feature', ...(f.id === undefined ? {} : { id: f.id }), properties: f.properties, geometry };
  });
  return { type: 'FeatureCollection', features };
}
