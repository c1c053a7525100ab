/**
 * The zones and groups as the site uses them: the hand-written data
 * (schema.ts) with what load.ts computes from the report text.
 */
import type { GroupData, ZoneData } from './schema.ts';
import type { DataPath } from '../utils/yaml-data.ts';

export interface Zone extends ZoneData {
  /** The paragraph holding `quote`: where the map links. */
  paragraph: number;
  chapter: string;
  /** Every paragraph that names the zone, in reading order. */
  mentions: { n: number; chapter: string }[];
  /** Ids of the groups the report puts the zone in. */
  groups: string[];
}

export interface Group extends GroupData {
  paragraph: number;
  chapter: string;
}

export interface Zones {
  zones: Zone[];
  groups: Group[];
  byId: Map<string, Zone>;
  groupById: Map<string, Group>;
  /** Line of a value in the file, for later checks (glossary slugs). */
  lineOf(path: DataPath): number | undefined;
  file: string;
}
