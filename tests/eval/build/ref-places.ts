// Constructors of reference places shared by the hand-annotated sets' build/places.ts: each point names its source
// (Natural Earth code, GeoNames id as carried in data/gazetteer, or the Wikipedia page whose coordinates were used).
import type { PlaceKind, Precision, RefPlace } from './types.ts';

/** A country at its Natural Earth admin-0 point. */
export const ne0 = (name: string, country: string, lat: number, lon: number): RefPlace => ({
  name, kind: 'country', country, admin1: null, lat, lon, coordSource: `naturalearth:admin0:${country}`, precision: 'exact',
});
/** An oblast or other first-level region at its Natural Earth admin-1 point. */
export const ne1 = (name: string, country: string, iso: string, lat: number, lon: number): RefPlace => ({
  name, kind: 'region', country, admin1: name, lat, lon, coordSource: `naturalearth:admin1:${iso}`, precision: 'exact',
});
/** A place at its GeoNames point (the id as carried in data/gazetteer). */
export const gn = (name: string, kind: PlaceKind, country: string, admin1: string, lat: number, lon: number, id: number): RefPlace => ({
  name, kind, country, admin1, lat, lon, coordSource: `geonames:${id}`, precision: 'exact',
});
/** A place at the coordinates of its Wikipedia page (`lang:Title`). */
export const wiki = (name: string, kind: PlaceKind, country: string, admin1: string, lat: number, lon: number, page: string): RefPlace => ({
  name, kind, country, admin1, lat, lon, coordSource: `wikipedia:${page}`, precision: 'exact',
});
/** A district or hromada at its administrative centre's sourced point. */
export const seat = (name: string, country: string, admin1: string, centre: RefPlace, centreName: string): RefPlace => ({
  name, kind: 'district', country, admin1, lat: centre.lat, lon: centre.lon, coordSource: centre.coordSource, precision: 'district',
  coordNote: `the point of its administrative centre, ${centreName} (${centre.coordSource})`,
});
/** A village with no sourced point of its own, placed where the evidence puts it (a town near it, its district, or the oblast the text names). */
export const placedAt = (name: string, admin1: string, country: string, at: RefPlace, precision: Exclude<Precision, 'exact'>, note: string): RefPlace => ({
  name, kind: 'village', country, admin1, lat: at.lat, lon: at.lon, coordSource: at.coordSource, precision, coordNote: note,
});
export const NOT_FOUND =
  'no sourced coordinate found: data/gazetteer carries it only as a GeoNames postal-code row (no GeoNames id, a source the gold schema does not accept) or not at all, and no Wikipedia page with coordinates was found through the search tool';
/** A village no accepted source locates (the older sets; later sets place it with placedAt). */
export const unlocated = (name: string, admin1: string, country = 'UA', note = NOT_FOUND): RefPlace => ({
  name, kind: 'village', country, admin1, lat: null, lon: null, coordSource: null, precision: 'exact', coordNote: note,
});
export const NO_POINT =
  'no point of its own in a source the gold accepts (data/gazetteer carries no GeoNames row with a point for it, and no Wikipedia page with coordinates was looked up with the search tool)';
/** A village with no sourced point of its own, placed at the point of the region the text names (`region` precision). */
export const inRegion = (name: string, region: RefPlace, why: string, country = 'UA'): RefPlace =>
  placedAt(name, region.name, country, region, 'region', `${NO_POINT}; ${why}: the point of ${region.name} (${region.coordSource})`);
