/**
 * Draws a zone map as an inline SVG string at build time with d3-geo: the
 * district and its neighbours, the Huangpu edge, the zones of one view with
 * non-colliding labels, a legend, a scale bar, a north arrow and the source
 * note. Each highlighted zone (marker and label) is a link; the browser only
 * adds hover/focus highlighting (ZoneMap.astro).
 */
import { geoMercator, geoPath } from 'd3';
import type { DistrictMap } from '../geo/load.ts';
import type { Zone } from '../zones/types.ts';
import { compactPath, tag, simplifyPath, text, textWidthEm, num } from './svg.ts';
import { placeLabels, type Box } from './labels.ts';
import { niceScaleKm, pxPerKm, radiusForArea } from './scale.ts';

interface ZoneMapOptions {
  map: DistrictMap;
  /** Every zone (those not highlighted are drawn as small grey points). */
  zones: Zone[];
  /** Zones of this view, most important first (labels are placed in this order). */
  highlight: string[];
  title: string;
  description: string;
  /** Unique per page: prefixes the ids inside the SVG. */
  idPrefix: string;
  hrefOf: (zone: Zone) => string;
}

const MAP_WIDTH = 560;
const MAP_HEIGHT = 780;
const LABEL_SIZE = 17;
const MARKER_R = 7;
const RIVER_KM = 0.4;

export function renderZoneMap(o: ZoneMapOptions): string {
  const { map, idPrefix: id } = o;
  const W = MAP_WIDTH;
  const H = MAP_HEIGHT;
  const projection = geoMercator().fitExtent(
    [
      [60, 36],
      [W - 60, H - 80],
    ],
    map.district,
  );
  projection.clipExtent([
    [0, 0],
    [W, H],
  ]);
  // Whole pixels: the outline is accurate to about 100 m, some 5 px at this scale.
  const geo = geoPath(projection).digits(0);
  const path = (f: Parameters<typeof geo>[0]) => compactPath(geo(f) ?? '');
  const [cx, cy] = projection.invert!([W / 2, H / 2])!;
  const kmPx = pxPerKm(projection, cx, cy);

  const shown = o.highlight.map((zid) => {
    const z = o.zones.find((x) => x.id === zid);
    if (!z) throw new Error(`renderZoneMap: no zone "${zid}"`);
    return z;
  });
  const others = o.zones.filter((z) => !o.highlight.includes(z.id));
  const xy = (z: Zone) => projection([z.point.lon, z.point.lat])!;

  const neighbours = map.neighbours
    .map((f) => {
      const [lx, ly] = geo.centroid(f);
      const x = Math.min(W - 40, Math.max(40, lx));
      const y = Math.min(H - 90, Math.max(24, ly));
      return tag(
        'g',
        { class: 'neighbour' },
        // Neighbours are context: drawn to within 5 px (the data's own accuracy) (their shared edge is covered by the district's own outline).
        tag('path', { d: compactPath(simplifyPath(geo(f) ?? '', 5)) }),
        tag('text', { x, y, 'text-anchor': 'middle', class: 'neighbour-name' }, text(f.properties.name)),
      );
    })
    .join('');

  const clip = `${id}-clip`;
  const extents = shown
    .map((z) => {
      const e = z.extent;
      if (e.shape === 'circle') {
        const [x, y] = xy(z);
        return tag('circle', { class: 'extent', 'data-zone': z.id, cx: x, cy: y, r: radiusForArea(e.areaKm2) * kmPx });
      }
      if (e.shape === 'river-band') {
        // A band along the river edge, as wide as area ÷ shoreline, kept inside the district by the clip.
        const width = (e.areaKm2 / e.shorelineKm) * kmPx * 2;
        return tag('path', { class: 'extent extent-band', 'data-zone': z.id, d: path(map.riverEdge) ?? '', 'stroke-width': width });
      }
      return '';
    })
    .join('');

  const markerFor = (z: Zone, cls: string) => {
    const [x, y] = xy(z);
    return z.point.placement === 'described'
      ? tag('circle', { class: `${cls} marker-described`, cx: x, cy: y, r: MARKER_R })
      : tag('circle', { class: cls, cx: x, cy: y, r: MARKER_R });
  };
  const muted = others.map((z) => tag('circle', { class: 'marker-muted', cx: xy(z)[0], cy: xy(z)[1], r: 4 })).join('');
  const markers = shown
    .map((z) =>
      tag(
        'a',
        { href: o.hrefOf(z), class: 'zone-link', 'data-zone': z.id },
        tag('title', {}, text(`${z.name}（${z.point.what}）`)),
        markerFor(z, 'marker'),
      ),
    )
    .join('');

  // Legend (bottom left), scale bar and note (bottom), north arrow (top right): labels avoid them.
  const legendItems = legendFor(shown);
  const legendBox: Box = { x: 8, y: H - 70 - legendItems.length * 22, width: 200, height: legendItems.length * 22 + 10 };
  const scaleBox: Box = { x: W - 190, y: H - 74, width: 182, height: 40 };
  const northBox: Box = { x: W - 52, y: 8, width: 44, height: 56 };
  const labels = placeLabels(
    shown.map((z) => {
      const [x, y] = xy(z);
      return { id: z.id, x, y, r: MARKER_R + 1, width: textWidthEm(z.name) * LABEL_SIZE + 4, height: LABEL_SIZE * 1.25 };
    }),
    { x: 4, y: 4, width: W - 8, height: H - 40 },
    [legendBox, scaleBox, northBox, ...others.map((z) => ({ x: xy(z)[0] - MARKER_R, y: xy(z)[1] - MARKER_R, width: 2 * MARKER_R, height: 2 * MARKER_R }))],
  );
  const labelLayer = labels
    .map((l) => {
      const z = shown.find((s) => s.id === l.id)!;
      return tag(
        'a',
        { href: o.hrefOf(z), class: 'zone-link zone-label', 'data-zone': z.id, tabindex: '-1', 'aria-hidden': 'true' },
        tag('text', { x: l.tx, y: l.ty, 'text-anchor': l.anchor }, text(z.name)),
      );
    })
    .join('');

  const legend = tag(
    'g',
    { class: 'legend', transform: `translate(${num(legendBox.x)},${num(legendBox.y)})` },
    tag('rect', { class: 'legend-bg', width: legendBox.width, height: legendBox.height, rx: 4 }),
    ...legendItems.map((item, i) => tag('g', { transform: `translate(12,${20 + i * 22})` }, item.symbol, tag('text', { x: 22, y: 5 }, text(item.label)))),
  );

  const km = niceScaleKm(kmPx, 120);
  const barPx = km * kmPx;
  const scale = tag(
    'g',
    { class: 'scale-bar', transform: `translate(${num(W - 24 - barPx)},${num(H - 54)})` },
    tag('rect', { width: barPx / 2, height: 6, class: 'scale-dark' }),
    tag('rect', { x: barPx / 2, width: barPx / 2, height: 6, class: 'scale-light' }),
    tag('text', { x: 0, y: -6, 'text-anchor': 'middle' }, '0'),
    tag('text', { x: barPx, y: -6, 'text-anchor': 'middle' }, text(`${km}公里`)),
  );
  const north = tag(
    'g',
    { class: 'north-arrow', transform: `translate(${W - 30},18)` },
    tag('path', { d: 'M0,0L10,28L0,22L-10,28Z' }),
    tag('text', { x: 0, y: 46, 'text-anchor': 'middle' }, '北'),
  );
  const note = tag(
    'text',
    { class: 'map-note', x: 8, y: H - 10 },
    text('底图：ECharts 4.9.0上海地图（约100米精度），已转换为WGS84坐标。区域位置和范围均为示意。'),
  );

  return tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${W} ${H}`,
      class: 'zone-map-svg',
      role: 'group',
      'aria-labelledby': `${id}-title ${id}-desc`,
    },
    tag('title', { id: `${id}-title` }, text(o.title)),
    tag('desc', { id: `${id}-desc` }, text(o.description)),
    tag('defs', {}, tag('clipPath', { id: clip }, tag('path', { d: path(map.district) ?? '' }))),
    tag('rect', { class: 'map-bg', width: W, height: H }),
    neighbours,
    tag('path', { class: 'river', d: path(map.riverEdge) ?? '', 'stroke-width': RIVER_KM * kmPx }),
    tag('path', { class: 'district', d: path(map.district) ?? '' }),
    tag('g', { 'clip-path': `url(#${clip})` }, extents),
    tag('path', { class: 'district-outline', d: path(map.district) ?? '' }),
    tag('g', { 'aria-hidden': 'true' }, muted),
    markers,
    labelLayer,
    tag('g', { 'aria-hidden': 'true' }, legend, scale, north, note),
  );
}

function legendFor(shown: Zone[]): { symbol: string; label: string }[] {
  const items = [
    { symbol: tag('circle', { class: 'marker', r: MARKER_R }), label: '区域位置（据资料）' },
  ];
  if (shown.some((z) => z.point.placement === 'described')) {
    items.push({ symbol: tag('circle', { class: 'marker marker-described', r: MARKER_R }), label: '示意位置（本站标注）' });
  }
  if (shown.some((z) => z.extent.shape !== 'none')) {
    items.push({ symbol: tag('rect', { class: 'extent', x: -8, y: -6, width: 16, height: 12 }), label: '大致范围（示意）' });
  }
  items.push({ symbol: tag('path', { class: 'river', d: 'M-9,0H9', 'stroke-width': 6 }), label: '黄浦江' });
  items.push({ symbol: tag('rect', { class: 'district district-outline', x: -8, y: -6, width: 16, height: 12 }), label: '徐汇区' });
  return items;
}
