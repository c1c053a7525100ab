/**
 * From the decoded ECharts map of Shanghai (GCJ-02) to the small WGS84 file the
 * maps read (content/geo/xuhui.geojson): Xuhui, its neighbours clipped to a box
 * around it, and the Huangpu edge (Xuhui's east boundary runs mid-river).
 * Pure: scripts/geo-update.ts does the reading and writing.
 */
import gcoord from 'gcoord';
import { geoArea } from 'd3';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';

const XUHUI_ID = '310104';
/** Districts drawn around Xuhui, with English names (pinyin, as the districts use them). */
const NEIGHBOURS: Record<string, string> = {
  '310101': 'Huangpu',
  '310105': 'Changning',
  '310106': "Jing'an",
  '310112': 'Minhang',
  '310115': 'Pudong',
};
const PUDONG_ID = '310115';

type Role = 'district' | 'neighbour' | 'river-edge';
interface GeoProps {
  role: Role;
  name: string;
  nameEn: string;
}
export type DistrictFeature = Feature<Polygon | MultiPolygon, GeoProps>;
export type EdgeFeature = Feature<LineString, GeoProps>;
export interface DistrictGeo extends FeatureCollection<Polygon | MultiPolygon | LineString, GeoProps> {
  metadata: Record<string, unknown>;
}

const round = (p: Position): Position => [Number(p[0]!.toFixed(5)), Number(p[1]!.toFixed(5))];
const toWgs84 = (p: Position): Position =>
  round(gcoord.transform([p[0]!, p[1]!], gcoord.GCJ02, gcoord.WGS84) as Position);

/** d3-geo reads a ring as spherical, exterior clockwise: a ring the other way round is the globe minus the district. */
export function windForD3(ring: Position[]): Position[] {
  return geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI ? [...ring].reverse() : ring;
}

interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Sutherland–Hodgman clipping of a closed ring to a box (planar in degrees: fine at this size). */
export function clipRing(ring: Position[], box: Box): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= box.west, (a, b) => atX(a, b, box.west)],
    [(p) => p[0]! <= box.east, (a, b) => atX(a, b, box.east)],
    [(p) => p[1]! >= box.south, (a, b) => atY(a, b, box.south)],
    [(p) => p[1]! <= box.north, (a, b) => atY(a, b, box.north)],
  ];
  let out = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    });
  }
  return out.length < 3 ? [] : [...out.map(round), round(out[0]!)];
}
const atX = (a: Position, b: Position, x: number): Position => [
  x,
  a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!),
];
const atY = (a: Position, b: Position, y: number): Position => [
  a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!),
  y,
];

/** Local planar distance in metres from p to segment ab (equirectangular: fine over a few km). */
function distanceToSegment(p: Position, a: Position, b: Position): number {
  const k = Math.cos((p[1]! * Math.PI) / 180);
  const m = 111_320;
  const [px, py, ax, ay, bx, by] = [p[0]! * k * m, p[1]! * m, a[0]! * k * m, a[1]! * m, b[0]! * k * m, b[1]! * m];
  const dx = bx - ax;
  const dy = by - ay;
  const t =
    dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function distanceToRings(p: Position, rings: Position[][]): number {
  let best = Infinity;
  for (const r of rings)
    for (let i = 1; i < r.length; i++) best = Math.min(best, distanceToSegment(p, r[i - 1]!, r[i]!));
  return best;
}

/**
 * The Huangpu edge: the longest run of Xuhui's boundary vertices that lie
 * nearer Pudong (across the river) than any other neighbour, within `tolerance`
 * metres of it. The coarse data leaves gaps between neighbours, hence "nearest"
 * rather than "on".
 */
function riverEdge(
  district: Position[],
  neighbours: Map<string, Position[][]>,
  across: string,
  tolerance = 500,
): Position[] {
  const ring = district.slice(0, -1);
  const onEdge = ring.map((p) => {
    const d = distanceToRings(p, neighbours.get(across)!);
    if (d > tolerance) return false;
    return [...neighbours].every(([id, rings]) => id === across || distanceToRings(p, rings) >= d);
  });
  // Longest cyclic run of true.
  let best: [number, number] = [0, 0];
  for (let start = 0; start < ring.length; start++) {
    if (!onEdge[start] || onEdge[(start + ring.length - 1) % ring.length]) continue;
    let len = 0;
    while (len < ring.length && onEdge[(start + len) % ring.length]) len++;
    if (len > best[1]) best = [start, len];
  }
  if (best[1] < 2) throw new Error(`no boundary of the district lies along ${across}`);
  return Array.from({ length: best[1] }, (_, i) => ring[(best[0] + i) % ring.length]!);
}

interface DeriveOptions {
  /** Degrees added around Xuhui's bounding box before clipping the neighbours. */
  margin: number;
  metadata: Record<string, unknown>;
}

export function deriveDistrictGeo(
  shanghai: FeatureCollection<Polygon | MultiPolygon>,
  options: DeriveOptions,
): DistrictGeo {
  const byId = new Map(shanghai.features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
  const xuhui = byId.get(XUHUI_ID);
  if (!xuhui || xuhui.geometry.type !== 'Polygon')
    throw new Error(`the map has no single-polygon feature ${XUHUI_ID} (徐汇区)`);
  const ring = windForD3(xuhui.geometry.coordinates[0]!.map(toWgs84));
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const box: Box = {
    west: Math.min(...xs) - options.margin,
    east: Math.max(...xs) + options.margin,
    south: Math.min(...ys) - options.margin,
    north: Math.max(...ys) + options.margin,
  };

  const neighbours: DistrictFeature[] = [];
  const neighbourRings = new Map<string, Position[][]>();
  for (const [id, nameEn] of Object.entries(NEIGHBOURS)) {
    const f = byId.get(id);
    if (!f) throw new Error(`the map has no feature ${id} (${nameEn})`);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const wgs = polygons.map((poly) => windForD3(poly[0]!.map(toWgs84)));
    neighbourRings.set(id, wgs);
    const clipped = wgs.map((r) => clipRing(r, box)).filter((r) => r.length > 0);
    if (clipped.length === 0) continue;
    neighbours.push({
      type: 'Feature',
      id,
      properties: { role: 'neighbour', name: String(f.properties?.['name']), nameEn },
      geometry:
        clipped.length === 1
          ? { type: 'Polygon', coordinates: [clipped[0]!] }
          : { type: 'MultiPolygon', coordinates: clipped.map((r) => [r]) },
    });
  }

  const edge: EdgeFeature = {
    type: 'Feature',
    id: 'huangpu-edge',
    properties: { role: 'river-edge', name: '黄浦江（徐汇区东界）', nameEn: 'Huangpu River (east boundary of Xuhui)' },
    geometry: { type: 'LineString', coordinates: riverEdge(ring, neighbourRings, PUDONG_ID) },
  };
  const district: DistrictFeature = {
    type: 'Feature',
    id: XUHUI_ID,
    properties: { role: 'district', name: String(xuhui.properties?.['name']), nameEn: 'Xuhui' },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
  return { type: 'FeatureCollection', metadata: options.metadata, features: [district, ...neighbours, edge] };
}
