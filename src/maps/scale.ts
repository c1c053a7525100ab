/** Scale bar and geometry helpers shared by the maps. */
import type { GeoProjection } from 'd3';

/** Pixels per kilometre at a point (east–west), under a projection. */
export function pxPerKm(projection: GeoProjection, lon: number, lat: number): number {
  const dLon = 1 / (111.32 * Math.cos((lat * Math.PI) / 180));
  const a = projection([lon, lat])!;
  const b = projection([lon + dLon, lat])!;
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** The longest "nice" length (1, 2 or 5 × 10^n km) whose bar fits in maxPx. */
export function niceScaleKm(pxPerKmValue: number, maxPx: number): number {
  const maxKm = maxPx / pxPerKmValue;
  const exp = 10 ** Math.floor(Math.log10(maxKm));
  for (const m of [5, 2, 1]) if (m * exp <= maxKm) return m * exp;
  return exp;
}

/** Radius in km of the circle whose area is `areaKm2`. */
export const radiusForArea = (areaKm2: number) => Math.sqrt(areaKm2 / Math.PI);
