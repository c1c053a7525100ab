/**
 * Landmarks for orientation (content/landmarks.yaml): a few places every
 * resident knows, drawn quietly under the zones. Validated and checked against
 * the district outline like the zones' points.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { geoContains } from 'd3';
import { sourceSchema } from '../checks/parts.ts';
import { parseYaml, validate } from '../utils/yaml-data.ts';
import { SourceError } from '../utils/source-error.ts';
import type { DistrictFeature } from '../geo/derive-district.ts';
import { loadDistrictMap } from '../geo/load.ts';
import { once } from '../utils/once.ts';
import { fromRoot } from '../utils/project.ts';

export const LANDMARKS_FILE = 'content/landmarks.yaml';

const text = z.string().trim().min(1, 'must not be empty');

const landmarkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use a lower-case ASCII slug with hyphens'),
    /** The label on the map. */
    name: text,
    nameEn: text,
    lat: z.number().min(30.6).max(31.9, 'Shanghai lies between 30.6° and 31.9° N'),
    lon: z.number().min(120.8).max(122.2, 'Shanghai lies between 120.8° and 122.2° E'),
    source: sourceSchema,
    /** The stored copy of the source the coordinate was read from, and what it says. */
    checked: text,
  })
  .strict();

const fileSchema = z.object({ landmarks: z.array(landmarkSchema).min(1, 'list at least one landmark') }).strict();

export type Landmark = z.infer<typeof landmarkSchema>;

export function buildLandmarks(yaml: string, file: string, district: DistrictFeature): Landmark[] {
  const source = parseYaml(yaml, file);
  const { landmarks } = validate(
    fileSchema,
    source,
    'correct that field; the comments at the top of content/landmarks.yaml describe every field',
  );
  const seen = new Set<string>();
  landmarks.forEach((l, i) => {
    const at = (field: string) => ({ file, line: source.lineOf(['landmarks', i, field]), anchor: l.name });
    if (seen.has(l.id)) throw new SourceError(at('id'), 'this id is used twice', 'give every landmark its own id');
    seen.add(l.id);
    if (!geoContains(district, [l.lon, l.lat])) {
      throw new SourceError(
        at('lat'),
        `the point ${l.lat}, ${l.lon} lies outside the district outline`,
        'check the coordinate (latitude first, WGS84) against its source; the maps draw landmarks inside Xuhui only',
      );
    }
  });
  return landmarks;
}

/** The site's landmarks (content/landmarks.yaml), read and checked once per build (src/utils/once.ts). */
export function loadLandmarks(): Landmark[] {
  return once('landmarks', () =>
    buildLandmarks(readFileSync(fromRoot(LANDMARKS_FILE), 'utf8'), LANDMARKS_FILE, loadDistrictMap().district),
  );
}
