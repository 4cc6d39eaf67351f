// Settlements known by name and municipal district but not by a coordinate of their own (issue 9 item 5, "precision
// instead of silence"): the OKTMO code of a village tells its district, so a mention of it can be mapped at the
// district's centre with precision `district`. Such an entry never carries a coordinate: its point is always the
// districts layer entry it points at. Built by scripts/build-district-settlements.ts.
import { z } from 'zod';

export const DISTRICT_SETTLEMENT_COLUMNS = ['ref', 'name', 'ru', 'type', 'district', 'source'] as const;

export type DistrictSettlementRow = [
  ref: string, // the OKTMO code (a suffix when two places share one); the entry id is `${idPrefix}-${ref}`
  name: string, // Latin name (transliterated from `ru`)
  ru: string, // Russian nominative
  type: string, // settlement type as the official status gives it (д, с, п, х, пгт, сл …), else the OSM place value
  district: number, // index into `districts`: the id of a districts layer entry
  source: string, // where the name and its code are attested: an OSM element ("node/123")
];

const isText = (v: unknown): v is string => typeof v === 'string';

function rowProblem(r: unknown, districts: number): string | null {
  if (!Array.isArray(r) || r.length !== DISTRICT_SETTLEMENT_COLUMNS.length)
    return `a row has ${DISTRICT_SETTLEMENT_COLUMNS.length} columns`;
  if (!isText(r[0]) || !/^[a-z0-9-]+$/.test(r[0])) return 'ref must be lower-case letters, digits and hyphens';
  if (!isText(r[1]) || !r[1] || !isText(r[2]) || !r[2]) return 'name and ru must be non-empty strings';
  if (!isText(r[3])) return 'type must be a string';
  if (!Number.isInteger(r[4]) || (r[4] as number) < 0 || (r[4] as number) >= districts) return 'district index out of range';
  if (!isText(r[5]) || !/^(node|way|relation)\/\d+$/.test(r[5])) return 'source must be an OSM element (node/<id>)';
  return null;
}

export const districtSettlementsSchema = z
  .strictObject({
    description: z.string(),
    licence: z.string(),
    idPrefix: z.string().regex(/^[a-z0-9]+$/),
    /** The snapshot the rows were read from: repo:<owner>/<name>@<commit>:<path>. */
    extract: z.string().regex(/^repo:/),
    columns: z.array(z.string()),
    /** Ids of the districts layer entries the rows point at. */
    districts: z.array(z.string().regex(/^[a-z0-9-]+$/)),
    rows: z.array(z.unknown()),
  })
  .superRefine((f, ctx) => {
    for (let i = 0; i < f.rows.length; i++) {
      const p = rowProblem(f.rows[i], f.districts.length);
      if (p) {
        ctx.addIssue({ code: 'custom', path: ['rows', i], message: p });
        return;
      }
    }
  })
  .transform((f) => ({ ...f, rows: f.rows as DistrictSettlementRow[] }));
export type DistrictSettlements = z.output<typeof districtSettlementsSchema>;

/** One row per line, like the compact place layers. */
export function formatDistrictSettlements(layer: DistrictSettlements): string {
  const { rows, ...head } = layer;
  return `${JSON.stringify({ ...head, rows: [] }).slice(0, -2)}\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}

/** What the gazetteer needs of a district entry the rows point at. */
export interface DistrictOfRow {
  id: string;
  name: string;
  admin1: string | null;
  country: string;
}

/** The layer's rows as gazetteer entries without coordinates, each with the id of its district entry. A row whose
 * district the districts layer does not hold is left out. */
export function districtSettlementEntries(layer: DistrictSettlements | undefined, districtById: (id: string) => DistrictOfRow | undefined) {
  if (!layer) return [];
  return layer.rows.flatMap(([ref, name, ru, type, district, source]) => {
    const d = districtById(layer.districts[district]!);
    if (!d) return [];
    return [
      {
        id: `${layer.idPrefix}-${ref}`,
        name,
        aliases: [ru],
        ru,
        kind: 'village' as const,
        country: d.country,
        admin1: d.admin1,
        district: d.name,
        note: `OKTMO ${ref.slice(0, 11)}${type ? `, ${type}` : ''}`,
        source: `osm:${source}`,
        districtId: d.id,
      },
    ];
  });
}
