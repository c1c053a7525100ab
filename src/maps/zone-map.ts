/**
 * Draws a zone map as an inline SVG string at build time with d3: the district,
 * its neighbours named around it, the Huangpu named, a few landmarks drawn quietly for
 * orientation, and the zones of one or more layers (a layer is a group the
 * report names, or one zone), with non-colliding labels, a scale bar and a
 * north arrow. The legend and the notes are HTML beside the map (ZoneMap.astro),
 * at body size.
 *
 * With several layers every zone is drawn once and says in `data-in` which
 * layers show it (1-based positions); the page's CSS shows one layer at a
 * time (LayeredZoneMap.astro). Each zone (marker and label together) is one
 * link to the paragraph that plans it. Colours come from the theme variables
 * (--map-*) in src/styles/global.css, through the classes set here.
 */
import { geoContains, geoDistance, geoMercator, geoPath, type GeoProjection } from 'd3';
import type { DistrictMap } from '../geo/load.ts';
import type { Zone } from '../zones/types.ts';
import type { Landmark } from './landmarks.ts';
import { compactPath, tag, text, textWidthEm, num } from './svg.ts';
import { overlapArea, placeLabels, type Box, type LabelRequest } from './labels.ts';
import { niceScaleKm, pxPerKm, radiusForArea } from './scale.ts';

/**
 * Positions on the map in whole pixels: at 380 px wide a tenth of a pixel is
 * invisible and only costs bytes (paths are whole already). The scale bar keeps
 * its exact length.
 */
const px = Math.round;

/** SVG's default anchor is `start`: the attribute is written only when it says something else. */
const anchorAttr = (anchor: string) => (anchor === 'start' ? undefined : anchor);
export interface MapLayer {
  /** The group's id, or the zone's id for a one-zone map. */
  id: string;
  /** What the layer switch and the legend call it. */
  name: string;
  /** Zones of the layer, most important first (labels are placed in this order). */
  zones: Zone[];
  /** Join the zones' points as a triangle (a group the report names as one, with three members). */
  triangle: boolean;
}

export interface ZoneMapOptions {
  map: DistrictMap;
  layers: MapLayer[];
  landmarks: Landmark[];
  title: string;
  description: string;
  /** Unique per page: prefixes the ids inside the SVG. */
  idPrefix: string;
  hrefOf: (zone: Zone) => string;
}

/**
 * The drawing's own size. Text sizes are in these units: at 390 px a phone shows
 * the map about 356 px wide (0.94 of this), so 13.5 is the least size that stays
 * above 11 px even in a narrower column (the chapter's text column, 318 px).
 */
const MAP_WIDTH = 380;
const MAP_HEIGHT = 560;
export const TEXT = { zone: 16, quiet: 13.5 } as const;
const MARKER_R = 6.5;
const LANDMARK_R = 3.5;
const RIVER_KM = 0.35;
/** A landmark this close to a zone's marked point is the same place (the outline itself is good to about 100 m). */
const SAME_PLACE_M = 150;
const EARTH_M = 6_371_000;

/** Positions (1-based) of the layers that show a zone, or undefined on a one-layer map. */
const inLayers = (positions: number[], all: number) =>
  all > 1 && positions.length < all ? positions.join(' ') : undefined;

export function renderZoneMap(o: ZoneMapOptions): string {
  const { map, idPrefix: id, layers } = o;
  const W = MAP_WIDTH;
  const H = MAP_HEIGHT;
  const projection = geoMercator().fitExtent(
    [
      [22, 14],
      [W - 40, H - 14],
    ],
    map.district,
  );
  projection.clipExtent([
    [0, 0],
    [W, H],
  ]);
  // Whole pixels: the outline is accurate to about 100 m, some 4 px at this scale.
  const geo = geoPath(projection).digits(0);
  const path = (f: Parameters<typeof geo>[0]) => compactPath(geo(f) ?? '');
  const [cx, cy] = projection.invert!([W / 2, H / 2])!;
  const kmPx = pxPerKm(projection, cx, cy);
  const xy = (lon: number, lat: number) => projection([lon, lat])!;
  const zoneXY = (z: Zone) => xy(z.point.lon, z.point.lat);

  // Every zone once, in the order of first appearance, with the layers that show it.
  const zones: { zone: Zone; in: number[] }[] = [];
  layers.forEach((layer, i) => {
    for (const z of layer.zones) {
      const known = zones.find((x) => x.zone.id === z.id);
      if (known) known.in.push(i + 1);
      else zones.push({ zone: z, in: [i + 1] });
    }
  });
  const dataIn = (positions: number[]) => inLayers(positions, layers.length);

  // A landmark where a shown zone is marked would say the same place twice: it is drawn only on the other layers.
  const samePlace = (l: Landmark, z: Zone) =>
    geoDistance([l.lon, l.lat], [z.point.lon, z.point.lat]) * EARTH_M < SAME_PLACE_M;
  const landmarks = o.landmarks
    .map((l) => ({
      landmark: l,
      in: layers.flatMap((layer, i) => (layer.zones.some((z) => samePlace(l, z)) ? [] : [i + 1])),
    }))
    .filter((l) => l.in.length > 0);

  // Fixed furniture, which labels keep clear of: north arrow (top left), scale bar (bottom left).
  const northBox: Box = { x: 6, y: 6, width: 34, height: 52 };
  const scaleBox: Box = { x: 6, y: H - 44, width: 120, height: 40 };
  const quietHeight = TEXT.quiet * 1.25;
  const fixedBoxes: Box[] = [northBox, scaleBox];

  const neighbourLabels = neighbourNames(map, projection, fixedBoxes);
  for (const { box } of neighbourLabels) fixedBoxes.push(box);
  // The neighbouring districts are named, not drawn: the outline of Xuhui is what matters, and every path costs a phone bytes.
  const neighbours = neighbourLabels
    .map(({ f, x, y }) => tag('text', { x: px(x), y: px(y), class: 'quiet-label' }, text(f.properties.name)))
    .join('');

  // The river's name beside its line, on the Pudong side, where nothing else is written.
  const riverLine = map.riverEdge.geometry.coordinates.map(([lon, lat]) => xy(lon!, lat!));
  const riverName = '黄浦江';
  const riverW = textWidthEm(riverName) * TEXT.quiet;
  const riverAt =
    [0.45, 0.6, 0.3, 0.75]
      .map((t) => riverLine[Math.round(t * (riverLine.length - 1))]!)
      .map(([x, y]) => ({
        x: x + 9,
        y: y + TEXT.quiet / 2,
        box: { x: x + 9, y: y - TEXT.quiet / 2, width: riverW, height: quietHeight },
      }))
      .find((c) => c.box.x + c.box.width < W && fixedBoxes.every((b) => overlapArea(b, c.box) === 0)) ??
    ((): never => {
      throw new Error('renderZoneMap: no free place for the river’s name');
    })();
  fixedBoxes.push(riverAt.box);

  const requests: LabelRequest[] = [
    ...zones.map(({ zone }) => {
      const [x, y] = zoneXY(zone);
      return {
        id: `z:${zone.id}`,
        x,
        y,
        r: MARKER_R + 1,
        width: textWidthEm(zone.name) * TEXT.zone + 4,
        height: TEXT.zone * 1.25,
      };
    }),
    ...landmarks.map(({ landmark: l }) => {
      const [x, y] = xy(l.lon, l.lat);
      return {
        id: `l:${l.id}`,
        x,
        y,
        r: LANDMARK_R + 1,
        width: textWidthEm(l.name) * TEXT.quiet + 2,
        height: quietHeight,
      };
    }),
  ];
  const placed = new Map(
    placeLabels(requests, { x: 2, y: 2, width: W - 4, height: H - 4 }, fixedBoxes).map((l) => [l.id, l]),
  );

  const clip = `${id}-clip`;
  const extents = zones
    .map(({ zone: z, in: positions }) => {
      const e = z.extent;
      if (e.shape === 'circle') {
        const [x, y] = zoneXY(z);
        return tag('circle', {
          class: 'extent',
          'data-zone': z.id,
          'data-in': dataIn(positions),
          cx: px(x),
          cy: px(y),
          r: px(radiusForArea(e.areaKm2) * kmPx),
        });
      }
      if (e.shape === 'river-band') {
        // A band along the river edge, as wide as area ÷ shoreline, kept inside the district by the clip.
        const width = (e.areaKm2 / e.shorelineKm) * kmPx * 2;
        return tag('path', {
          class: 'extent extent-band',
          'data-zone': z.id,
          'data-in': dataIn(positions),
          d: path(map.riverEdge),
          'stroke-width': px(width),
        });
      }
      return '';
    })
    .join('');

  const triangles = layers
    .map((layer, i) => {
      if (!layer.triangle) return '';
      const [a, b, c] = layer.zones.map(zoneXY);
      return tag('path', {
        class: 'triangle',
        'data-in': dataIn([i + 1]),
        d: `M${num(a![0])},${num(a![1])}L${num(b![0])},${num(b![1])}L${num(c![0])},${num(c![1])}Z`,
      });
    })
    .join('');

  const landmarkLayer = landmarks
    .map(({ landmark: l, in: positions }) => {
      const [x, y] = xy(l.lon, l.lat);
      const label = placed.get(`l:${l.id}`)!;
      return tag(
        'g',
        { class: 'landmark', 'data-in': dataIn(positions) },
        tag('path', {
          class: 'landmark-symbol',
          d: `M${px(x - LANDMARK_R)},${px(y - LANDMARK_R)}h${2 * LANDMARK_R}v${2 * LANDMARK_R}h-${2 * LANDMARK_R}z`,
        }),
        tag(
          'text',
          { x: px(label.tx), y: px(label.ty), 'text-anchor': anchorAttr(label.anchor), class: 'quiet-label' },
          text(l.name),
        ),
      );
    })
    .join('');

  const zoneLayer = zones
    .map(({ zone: z, in: positions }) => {
      const [x, y] = zoneXY(z);
      const label = placed.get(`z:${z.id}`)!;
      return tag(
        'a',
        { href: o.hrefOf(z), class: 'zone', 'data-zone': z.id, 'data-in': dataIn(positions) },
        tag('circle', {
          class: z.point.placement === 'described' ? 'marker marker-described' : 'marker',
          cx: px(x),
          cy: px(y),
          r: MARKER_R,
        }),
        tag(
          'text',
          { x: px(label.tx), y: px(label.ty), 'text-anchor': anchorAttr(label.anchor), class: 'zone-label' },
          text(z.name),
        ),
      );
    })
    .join('');

  const km = niceScaleKm(kmPx, 100);
  const barPx = km * kmPx;
  const scale = tag(
    'g',
    { class: 'scale-bar', transform: `translate(${num(scaleBox.x + 10)},${num(H - 14)})`, 'text-anchor': 'middle' },
    tag('rect', { width: barPx / 2, height: 5, class: 'scale-dark' }),
    tag('rect', { x: barPx / 2, width: barPx / 2, height: 5, class: 'scale-light' }),
    tag('text', { x: 0, y: -6, class: 'quiet-label' }, '0'),
    tag('text', { x: barPx, y: -6, class: 'quiet-label' }, text(`${km}公里`)),
  );
  const north = tag(
    'g',
    {
      class: 'north-arrow',
      transform: `translate(${num(northBox.x + 17)},${num(northBox.y + 4)})`,
      'text-anchor': 'middle',
    },
    tag('path', { d: 'M0,0L9,24L0,19L-9,24Z' }),
    tag('text', { x: 0, y: 42, class: 'quiet-label' }, '北'),
  );

  return tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${W} ${H}`,
      class: 'zm-svg',
      role: 'group',
      'aria-labelledby': `${id}-title ${id}-desc`,
    },
    tag('title', { id: `${id}-title` }, text(o.title)),
    tag('desc', { id: `${id}-desc` }, text(o.description)),
    tag('defs', {}, tag('clipPath', { id: clip }, tag('path', { d: path(map.district) }))),
    tag('rect', { class: 'map-bg', width: W, height: H }),
    // The neighbours' names are centred on their points: the anchor is said once, for the group.
    tag('g', { 'aria-hidden': 'true', 'text-anchor': 'middle' }, neighbours),
    tag('path', { class: 'river', d: path(map.riverEdge), 'stroke-width': px(RIVER_KM * kmPx) }),
    tag('path', { class: 'district', d: path(map.district) }),
    tag('g', { 'clip-path': `url(#${clip})` }, extents),
    tag('path', { class: 'district-outline', d: path(map.district) }),
    tag('text', { x: px(riverAt.x), y: px(riverAt.y), class: 'river-label', 'aria-hidden': 'true' }, riverName),
    tag('g', { 'aria-hidden': 'true' }, triangles, landmarkLayer),
    zoneLayer,
    tag('g', { 'aria-hidden': 'true' }, scale, north),
  );
}

const namesCache = new WeakMap<
  DistrictMap,
  { f: DistrictMap['neighbours'][number]; x: number; y: number; box: Box }[]
>();

/**
 * Where each neighbouring district's name goes: the point nearest the visible
 * part's centre where the whole name lies inside that district, outside Xuhui
 * and clear of the scale bar and north arrow (searched on a 6 px grid; the
 * same for every map, so computed once).
 */
function neighbourNames(map: DistrictMap, projection: GeoProjection, avoid: Box[]) {
  const known = namesCache.get(map);
  if (known) return known;
  const geo = geoPath(projection);
  const h = TEXT.quiet * 1.25;
  const names = map.neighbours.map((f) => {
    const w = textWidthEm(f.properties.name) * TEXT.quiet;
    const [cx, cy] = geo.centroid(f);
    const fits = (x: number, y: number) => {
      const box = { x: x - w / 2, y: y - TEXT.quiet, width: w, height: h };
      const corners: [number, number][] = [
        [box.x, box.y],
        [box.x + w, box.y],
        [box.x, box.y + h],
        [box.x + w, box.y + h],
        [x, y - TEXT.quiet / 2],
      ];
      return (
        avoid.every((b) => overlapArea(b, box) === 0) &&
        corners.every((p) => {
          const ll = projection.invert!(p)!;
          return geoContains(f, ll) && !geoContains(map.district, ll);
        })
      );
    };
    let best: { x: number; y: number; d: number } | undefined;
    for (let y = h + 2; y <= MAP_HEIGHT - 4; y += 6) {
      for (let x = w / 2 + 4; x <= MAP_WIDTH - w / 2 - 4; x += 6) {
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        if ((!best || d < best.d) && fits(x, y)) best = { x, y, d };
      }
    }
    if (!best) throw new Error(`renderZoneMap: no room for the name of ${f.properties.name}`);
    return {
      f,
      x: Math.round(best.x),
      y: Math.round(best.y),
      box: { x: best.x - w / 2, y: best.y - TEXT.quiet, width: w, height: h },
    };
  });
  namesCache.set(map, names);
  return names;
}
