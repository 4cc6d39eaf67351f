// The pure steps of scripts/build-district-settlements.ts (unit-tested in tests/cli/district-settlements.test.ts):
// read settlement rows with OKTMO codes from a dBASE table, tell which municipal district each code's first five
// digits stand for, and turn the rows into the layer's rows. No coordinates are read: the layer has none.
import { normalizeName } from '../src/core/text/normalize.ts';

/** OKTMO region codes (the first two digits) of the oblasts on the border with Ukraine this layer covers. */
export const OKTMO_OBLASTS: Record<string, string> = { '14': 'Belgorod Oblast', '15': 'Bryansk Oblast', '38': 'Kursk Oblast' };

export interface SettlementRecord {
  name: string; // Russian name as tagged
  officialStatus: string; // "ru:село", "ru:хутор" … or ''
  place: string; // OSM place value: village, hamlet, locality, town …
  district: string; // addr:district as tagged ("Суджанский район") or ''
  osm: string; // "node/123"
  oktmo: string; // 11 digits
}

/** The fields this layer reads from a dBASE III table (the OSM settlement-point extract), for rows whose OKTMO code
 * starts with one of `regions`. Plain fixed-width parsing: the table is 235 MB and only a few thousand rows are kept. */
export function readSettlementTable(dbf: Uint8Array, regions: ReadonlySet<string>): SettlementRecord[] {
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const fields = new Map<string, { offset: number; length: number }>();
  let offset = 1; // the deletion flag
  for (let at = 32; dbf[at] !== 0x0d; at += 32) {
    const name = new TextDecoder('latin1').decode(dbf.subarray(at, at + 11)).replace(/\0.*$/s, '');
    const length = dbf[at + 16]!;
    fields.set(name, { offset, length });
    offset += length;
  }
  const need = (name: string) => {
    const f = fields.get(name);
    if (!f) throw new Error(`settlement table: no field ${name}`);
    return f;
  };
  const utf8 = new TextDecoder('utf-8');
  const [fName, fStatus, fPlace, fDistrict, fType, fId, fCode] = [
    'NAME',
    'OFFICIAL_S',
    'PLACE',
    'A_DSTRCT',
    'OSM_TYPE',
    'OSM_ID',
    'oktmo',
  ].map(need);
  const out: SettlementRecord[] = [];
  for (let i = 0; i < count; i++) {
    const base = headerLength + i * recordLength;
    if (dbf[base] === 0x2a) continue; // deleted
    const read = (f: { offset: number; length: number }) =>
      utf8.decode(dbf.subarray(base + f!.offset, base + f!.offset + f!.length)).trim();
    const oktmo = read(fCode!);
    if (!/^\d{11}$/.test(oktmo) || !regions.has(oktmo.slice(0, 2))) continue;
    out.push({
      name: read(fName!),
      officialStatus: read(fStatus!),
      place: read(fPlace!),
      district: read(fDistrict!),
      osm: `${read(fType!)}/${read(fId!)}`,
      oktmo,
    });
  }
  return out;
}

/** A district of the districts layer, as the builder matches it. */
export interface DistrictRef {
  id: string;
  ru: string; // "Суджанский район"
  admin1: string;
  lon: number;
  lat: number;
}

/** "Суджанский район" → "суджанский"; "Конышёвский" → "конышевский". */
const adjective = (name: string): string => normalizeName(name.split(/\s+/)[0] ?? '');

/** Which district each five-digit OKTMO prefix (region + municipal district) stands for: the district named by most of
 * its rows' addr:district (by its adjective, "Шебекинский городской округ" ↔ "Шебекинский район"), else the district
 * named after one of its towns (Грайворон ↔ Грайворонский). A prefix matching no district, or several, is left out. */
export function districtsByPrefix<D extends DistrictRef>(records: readonly SettlementRecord[], districts: readonly D[]): Map<string, D> {
  const groups = new Map<string, SettlementRecord[]>();
  for (const r of records) {
    const k = r.oktmo.slice(0, 5);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out = new Map<string, D>();
  for (const [prefix, rows] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const oblast = OKTMO_OBLASTS[prefix.slice(0, 2)];
    const here = districts.filter((d) => d.admin1 === oblast);
    const votes = new Map<string, number>();
    for (const r of rows) {
      const d = r.district && here.find((x) => adjective(x.ru) === adjective(r.district));
      if (d) votes.set(d.id, (votes.get(d.id) ?? 0) + 1);
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    let match =
      ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? here.find((d) => d.id === ranked[0]![0]) : undefined;
    if (!match) {
      const named = new Set(
        rows
          .filter((r) => r.place === 'town' || r.place === 'city')
          .flatMap((r) => here.filter((d) => namedAfter(adjective(d.ru), normalizeName(r.name))).map((d) => d.id)),
      );
      if (named.size === 1) match = here.find((d) => named.has(d.id));
    }
    if (match) out.set(prefix, match);
  }
  return out;
}

/** Whether a district's adjective is formed from a town's name: "грайворонский" ← "грайворон", "суджанский" ← "суджа". */
function namedAfter(districtAdjective: string, town: string): boolean {
  const stem = town.replace(/[аяоеьый]$/u, '');
  return stem.length >= 4 && districtAdjective.startsWith(stem);
}

/** The short settlement type the official status gives ("ru:село" → "с"), else the OSM place value. */
export function settlementType(r: SettlementRecord): string {
  const status = r.officialStatus.replace(/^ru:/, '');
  const short: Record<string, string> = {
    село: 'с',
    деревня: 'д',
    хутор: 'х',
    посёлок: 'п',
    поселок: 'п',
    слобода: 'сл',
    'посёлок городского типа': 'пгт',
    'рабочий посёлок': 'рп',
    город: 'г',
  };
  return short[status] ?? (status || r.place);
}
