/**
 * The maps the site shows: one per group the report names (the four battles,
 * the 金三角, the 文化C圈) and one per zone (for its glossary entry). Titles and
 * text descriptions are built from the data, so the map, its <desc> and the
 * list beside it say the same thing.
 */
import type { Group, Zone, Zones } from '../zones/types.ts';

export interface MapView {
  /** Unique on a page; prefixes ids inside the SVG. */
  id: string;
  title: string;
  titleEn: string;
  /** Zones shown as links, most important first. */
  zones: Zone[];
  group?: Group;
  description: string;
}

function describe(intro: string, zones: Zone[]): string {
  const places = zones.map((z) => `${z.name}（标在${z.point.what}）`).join('、');
  const extents = zones
    .filter((z) => z.extent.shape !== 'none')
    .map((z) => `${z.name}的大致范围`)
    .join('、');
  return `${intro}${places}。${extents ? `图上还画出${extents}。` : ''}区界约为100米精度，区域的位置和范围都是示意，不是边界。`;
}

export function groupView(zones: Zones, groupId: string): MapView {
  const group = zones.groupById.get(groupId);
  if (!group) throw new Error(`no zone group "${groupId}" in content/zones.yaml`);
  const members = group.members.map((m) => zones.byId.get(m.zone)!);
  return {
    id: `map-${group.id}`,
    title: `${group.name}示意图`,
    titleEn: `${group.nameEn}: map`,
    zones: members,
    group,
    description: describe(`徐汇区地图，标出报告所说${group.name}的${members.length}处：`, members),
  };
}

export function zoneView(zones: Zones, zoneId: string): MapView {
  const zone = zones.byId.get(zoneId);
  if (!zone) throw new Error(`no zone "${zoneId}" in content/zones.yaml`);
  return {
    id: `map-zone-${zone.id}`,
    title: `${zone.name}的位置（示意）`,
    titleEn: `${zone.nameEn}: location`,
    zones: [zone],
    description: describe('徐汇区地图，标出', [zone]),
  };
}

/** The map for a glossary entry: its zone, or its group; undefined when the entry is neither. */
export function viewForGlossarySlug(zones: Zones, slug: string): MapView | undefined {
  const group = zones.groups.find((g) => g.glossary === slug);
  if (group) return groupView(zones, group.id);
  const zone = zones.zones.find((z) => z.glossary === slug);
  return zone && zoneView(zones, zone.id);
}
