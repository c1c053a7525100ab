/** Reads the committed district geodata (content/geo/xuhui.geojson) for the maps. */
import { readFileSync } from 'node:fs';
import { geoArea } from 'd3';
import { GEO_FILE } from './paths.ts';
import type { DistrictFeature, DistrictGeo, EdgeFeature } from './derive-district.ts';
import { SourceError } from '../utils/source-error.ts';
import { fromRoot } from '../utils/project.ts';
import { once } from '../utils/once.ts';

export interface DistrictMap {
  geo: DistrictGeo;
  district: DistrictFeature;
  neighbours: DistrictFeature[];
  riverEdge: EdgeFeature;
}

export function readDistrictMap(text: string, file = GEO_FILE): DistrictMap {
  const fix = 'regenerate the file with `npm run geo:update` (content/geo/README.md)';
  let geo: DistrictGeo;
  try {
    geo = JSON.parse(text) as DistrictGeo;
  } catch (e) {
    throw new SourceError({ file }, `not valid JSON: ${(e as Error).message}`, fix);
  }
  const byRole = (role: string) => (geo.features ?? []).filter((f) => f.properties?.role === role);
  const [district, ...more] = byRole('district') as DistrictFeature[];
  const [riverEdge] = byRole('river-edge') as EdgeFeature[];
  if (!district || more.length > 0)
    throw new SourceError({ file }, 'the file must hold exactly one feature with role "district"', fix);
  if (!riverEdge || riverEdge.geometry.type !== 'LineString')
    throw new SourceError({ file }, 'the file has no "river-edge" line', fix);
  const neighbours = byRole('neighbour') as DistrictFeature[];
  for (const f of [district, ...neighbours]) {
    if (geoArea(f) >= 2 * Math.PI) {
      throw new SourceError(
        { file, anchor: f.properties.name },
        'a ring is wound the wrong way for d3-geo (it would draw the whole globe minus the district)',
        fix,
      );
    }
  }
  return { geo, district, neighbours, riverEdge };
}

/** The committed district geodata; once per build (src/utils/once.ts). */
export function loadDistrictMap(): DistrictMap {
  return once('district-map', () => readDistrictMap(readFileSync(fromRoot(GEO_FILE), 'utf8')));
}
