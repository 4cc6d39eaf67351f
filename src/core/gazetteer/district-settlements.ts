// Settlements known by name and municipal district but not by a coordinate of their own (issue 9 item 5, "precision
// instead of silence"): the OKTMO code of a Russian village tells its district, the KATOTTG code of a Ukrainian one its
// hromada, so a mention of it can be mapped at the district's centre with precision `district`. Such an entry never
// carries a coordinate: its point is always the entry it points at, a districts layer entry or (a hromada that layer
// lacks) the located settlement that is the hromada's centre. Built by scripts/build-district-settlements.ts (OKTMO)
// and scripts/build-hromada-settlements.ts (KATOTTG).
import { z } from 'zod';

export const DISTRICT_SETTLEMENT_COLUMNS = ['ref', 'name', 'ru', 'type', 'district', 'source'] as const;

export type DistrictSettlementRow = [
  ref: string, // the OKTMO or KATOTTG code, lower-case (a suffix when two places share one); the id is `${idPrefix}-${ref}`
  name: string, // Latin name (transliterated from `ru`)
  ru: string, // nominative in the country's language (Russian; Ukrainian for KATOTTG rows)
  type: string, // settlement type as the official status gives it (д, с, п, х, пгт, сл …), else the OSM place value
  district: number, // index into `districts`: the id of the entry a mention is mapped at
  source: string, // where the name and its code are attested: an OSM element ("node/123") or the codifier ("katottg")
];

const isText = (v: unknown): v is string => typeof v === 'string';

function rowProblem(r: unknown, districts: number): string | null {
  if (!Array.isArray(r) || r.length !== DISTRICT_SETTLEMENT_COLUMNS.length)
    return `a row has ${DISTRICT_SETTLEMENT_COLUMNS.length} columns`;
  if (!isText(r[0]) || !/^[a-z0-9-]+$/.test(r[0])) return 'ref must be lower-case letters, digits and hyphens';
  if (!isText(r[1]) || !r[1] || !isText(r[2]) || !r[2]) return 'name and ru must be non-empty strings';
  if (!isText(r[3])) return 'type must be a string';
  if (!Number.isInteger(r[4]) || (r[4] as number) < 0 || (r[4] as number) >= districts) return 'district index out of range';
  if (!isText(r[5]) || !/^((node|way|relation)\/\d+|katottg)$/.test(r[5])) return 'source must be an OSM element (node/<id>) or "katottg"';
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
    /** Ids of the entries the rows point at: districts layer entries, or located hromada centres. */
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

/** The codifier a layer's codes belong to, by its id prefix: "OKTMO", "KATOTTG". */
const classifier = (layer: DistrictSettlements): string => layer.idPrefix.toUpperCase();

/** The layer's rows as gazetteer entries without coordinates, each with the id of its container entry. A row whose
 * container the gazetteer does not hold is left out. */
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
        // The column holds the country's own language: Ukrainian for the KATOTTG codifier.
        ...(classifier(layer) === 'KATOTTG' ? { uk: ru } : { ru }),
        kind: 'village' as const,
        country: d.country,
        admin1: d.admin1,
        district: d.name,
        note: `${classifier(layer)} ${code(layer, ref)}${type ? `, ${type}` : ''}`,
        source: source === 'katottg' ? `katottg:${layer.extract.slice('repo:'.length)}` : `osm:${source}`,
        districtId: d.id,
      },
    ];
  });
}

/** A row's code as the codifier writes it: OKTMO's 11 digits, KATOTTG's upper-case UA code (without a row suffix). */
function code(layer: DistrictSettlements, ref: string): string {
  const bare = ref.replace(/-\d+$/, '');
  return classifier(layer) === 'OKTMO' ? bare.slice(0, 11) : bare.toUpperCase();
}
