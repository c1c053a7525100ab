/**
 * The maps the site shows: the one map of /maps/ with a layer per group the
 * report names (the four battles, the 金三角, the 文化C圈), one group alone
 * (the chapter, the home page, a group's glossary entry) and one zone alone (a
 * zone's glossary entry). Titles and text descriptions are built from the
 * data, so the map, its <desc> and the HTML beside it say the same thing.
 */
import type { Group, Zone, Zones } from '../zones/types.ts';
import type { Landmark } from './landmarks.ts';
import type { MapLayer } from './zone-map.ts';

export interface ViewLayer extends MapLayer {
  /** The group the layer shows (absent for a one-zone map). */
  group?: Group;
}

export interface MapView {
  /** Unique on a page; the figure's id and the prefix of ids inside the SVG. */
  id: string;
  title: string;
  titleEn: string;
  layers: ViewLayer[];
}

/** A zone's name without the bracketed alternative: 徐汇滨江（西岸） → 徐汇滨江. */
export const shortName = (z: Zone) => z.name.replace(/（[^）]*）$/, '');

export function groupLayer(zones: Zones, groupId: string): ViewLayer {
  const group = zones.groupById.get(groupId);
  if (!group) throw new Error(`no zone group "${groupId}" in content/zones.yaml`);
  return {
    id: group.id,
    name: group.name,
    zones: group.members.map((m) => zones.byId.get(m.zone)!),
    triangle: group.draw === 'triangle',
    group,
  };
}

/** The map of /maps/: every group as a layer, in the file's order (the first is shown first). */
export function layeredView(zones: Zones): MapView {
  return {
    id: 'zone-map',
    title: '报告里的重点区域示意图',
    titleEn: 'The zones the report names: map',
    layers: zones.groups.map((g) => groupLayer(zones, g.id)),
  };
}

export function groupView(zones: Zones, groupId: string): MapView {
  const layer = groupLayer(zones, groupId);
  return {
    id: `map-${groupId}`,
    title: `${layer.name}示意图`,
    titleEn: `${layer.group!.nameEn}: map`,
    layers: [layer],
  };
}

export function zoneView(zones: Zones, zoneId: string): MapView {
  const zone = zones.byId.get(zoneId);
  if (!zone) throw new Error(`no zone "${zoneId}" in content/zones.yaml`);
  return {
    id: `map-zone-${zone.id}`,
    title: `${zone.name}的位置（示意）`,
    titleEn: `${zone.nameEn}: location`,
    layers: [{ id: zone.id, name: zone.name, zones: [zone], triangle: false }],
  };
}

/** The map for a glossary entry: its zone, or its group; undefined when the entry is neither. */
export function viewForGlossarySlug(zones: Zones, slug: string): MapView | undefined {
  const group = zones.groups.find((g) => g.glossary === slug);
  if (group) return groupView(zones, group.id);
  const zone = zones.zones.find((z) => z.glossary === slug);
  return zone && zoneView(zones, zone.id);
}

/**
 * Where /maps/ shows what a one-layer view shows, as a site path with its
 * anchor: the group's layer (#layer-<id>, which LayeredZoneMap opens) or the
 * zone's row (#zone-<id>).
 */
export function placeOnMapsPage(view: MapView): string {
  const [layer] = view.layers;
  return layer!.group ? `/maps/#layer-${layer!.group.id}` : `/maps/#zone-${layer!.zones[0]!.id}`;
}

/** The text alternative of a view's drawing: every layer, every zone with where it is marked, the landmarks. */
export function describeView(view: MapView, landmarks: Landmark[]): string {
  const layerText = (l: ViewLayer) => {
    const places = l.zones.map((z) => `${z.name}（标在${z.point.what}）`).join('、');
    const extents = l.zones.filter((z) => z.extent.shape !== 'none').map((z) => `${z.name}的大致范围`);
    const shape = l.triangle ? `，并用三角形连接这${l.zones.length}处的标注位置` : '';
    return `${places}${extents.length ? `，画出${extents.join('、')}` : ''}${shape}`;
  };
  const body =
    view.layers.length === 1
      ? `徐汇区地图，标出${view.layers[0]!.group ? `报告所说${view.layers[0]!.name}的${view.layers[0]!.zones.length}处：` : ''}${layerText(view.layers[0]!)}。`
      : `徐汇区地图，分${view.layers.length}个图层。${view.layers.map((l) => `${l.name}：${layerText(l)}。`).join('')}`;
  return `${body}另有地标${landmarks.map((l) => l.name).join('、')}和黄浦江，供辨认方位。区界约为100米精度，区域的位置和范围都是示意，不是边界。`;
}

/**
 * For a group the report calls “东西南北”: which member lies furthest east, west,
 * south and north on the map, when each direction has a different one. The
 * report does not say which is which; the page says this is the site's reading.
 */
export function compassReading(layer: ViewLayer): string | undefined {
  if (!layer.group?.name.includes('东西南北') || layer.zones.length !== 4) return undefined;
  const by = (key: (z: Zone) => number) => [...layer.zones].sort((a, b) => key(b) - key(a))[0]!;
  const east = by((z) => z.point.lon);
  const west = by((z) => -z.point.lon);
  const south = by((z) => -z.point.lat);
  const north = by((z) => z.point.lat);
  if (new Set([east, west, south, north]).size !== 4) return undefined;
  return `按地图上的标注位置，${shortName(east)}最东，${shortName(west)}最西，${shortName(south)}最南，${shortName(north)}最北，四处正好各占一方。这是本站按位置作的对应，不是报告的说法。`;
}
