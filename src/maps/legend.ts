/**
 * The legend of a zone map, as data for the HTML beside the drawing: each key
 * with its words and the layers (1-based positions) that show it, so the
 * legend of the one map of /maps/ changes with the layer like the map does.
 * The symbols (`swatch`) use the map's own classes, so they take the theme's
 * colours.
 */
import { tag } from './svg.ts';
import type { MapView } from './views.ts';

export interface LegendItem {
  key: 'zone' | 'described' | 'extent' | 'triangle' | 'landmark' | 'river' | 'district';
  label: string;
  /** Positions of the layers showing this key, or undefined when every layer does. */
  in?: string;
  /** A small SVG of the symbol (decorative: the label says what it is). */
  swatch: string;
}

const key = (...children: string[]) =>
  tag('svg', { viewBox: '0 0 24 16', class: 'zm-key', 'aria-hidden': 'true' }, ...children);

const SWATCH: Record<LegendItem['key'], string> = {
  zone: key(tag('circle', { class: 'marker', cx: 12, cy: 8, r: 5.5 })),
  described: key(tag('circle', { class: 'marker marker-described', cx: 12, cy: 8, r: 5.5 })),
  extent: key(tag('rect', { class: 'extent', x: 3, y: 2, width: 18, height: 12 })),
  triangle: key(tag('path', { class: 'triangle', d: 'M2,13L12,3L22,13Z' })),
  landmark: key(tag('rect', { class: 'landmark-symbol', x: 8.5, y: 4.5, width: 7, height: 7 })),
  river: key(tag('path', { class: 'river', d: 'M1,8H23', 'stroke-width': 5 })),
  district: key(tag('rect', { class: 'district district-outline', x: 3, y: 2, width: 18, height: 12 })),
};

export function legendFor(view: MapView): LegendItem[] {
  const n = view.layers.length;
  const where = (test: (i: number) => boolean): string | undefined | false => {
    const positions = view.layers.map((_, i) => i + 1).filter((p) => test(p - 1));
    if (positions.length === 0) return false;
    return positions.length === n ? undefined : positions.join(' ');
  };
  const items: LegendItem[] = [];
  const add = (k: LegendItem['key'], label: string, inLayers: string | undefined | false) => {
    if (inLayers !== false)
      items.push({ key: k, label, swatch: SWATCH[k], ...(inLayers === undefined ? {} : { in: inLayers }) });
  };
  const layer = (i: number) => view.layers[i]!;
  add(
    'zone',
    '区域的位置：资料给出的地点',
    where((i) => layer(i).zones.some((z) => z.point.placement === 'source')),
  );
  add(
    'described',
    '示意位置：本站按资料的描述标出',
    where((i) => layer(i).zones.some((z) => z.point.placement === 'described')),
  );
  add(
    'extent',
    '大致范围：按资料给出的面积画出，只是示意',
    where((i) => layer(i).zones.some((z) => z.extent.shape !== 'none')),
  );
  view.layers.forEach((l, i) => {
    if (l.triangle)
      add(
        'triangle',
        `${l.name}：连接${'零一二三四五六七八九'[l.zones.length] ?? l.zones.length}处标注位置的线，不是范围`,
        where((j) => j === i),
      );
  });
  add('landmark', '地标：供辨认方位，不是报告所说的区域', undefined);
  add('district', '徐汇区（区界约100米精度）', undefined);
  return items;
}
