// Small geodesy helpers; anything bigger comes from turf.
const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number): number => (d * Math.PI) / 180;

export interface LonLat {
  lon: number;
  lat: number;
}

/** Great-circle distance (haversine). */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Rounds coordinates so output is byte-stable across platforms. */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
