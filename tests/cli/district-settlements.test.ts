// The district-settlements layer build (scripts/district-settlements.ts) on a hand-made dBASE table, and the shipped
// layer's invariants: every row points at a Russian district entry and no entry has a coordinate of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtsByPrefix, readSettlementTable, settlementType, type DistrictRef } from '../../scripts/district-settlements.ts';
import { districtSettlementsSchema } from '../../src/core/gazetteer/district-settlements.ts';
import { isDistrictSettlement } from '../../src/core/gazetteer/gazetteer.ts';
import { placesEntries, placesLayerSchema } from '../../src/core/gazetteer/places-layer.ts';
import { gazetteer } from '../core/gazetteer-cache.ts';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';

const FIELDS: [string, number][] = [
  ['NAME', 40],
  ['OFFICIAL_S', 40],
  ['PLACE', 12],
  ['A_DSTRCT', 40],
  ['OSM_TYPE', 8],
  ['OSM_ID', 12],
  ['oktmo', 11],
];

/** A dBASE III table with these character fields and rows (UTF-8, as the OSM extract is written). */
function dbf(rows: string[][], deleted: ReadonlySet<number> = new Set()): Uint8Array {
  const enc = new TextEncoder();
  const headerLength = 32 + 32 * FIELDS.length + 1;
  const recordLength = 1 + FIELDS.reduce((n, [, l]) => n + l, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 3;
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  FIELDS.forEach(([name, length], i) => {
    out.set(enc.encode(name), 32 + 32 * i);
    out[32 + 32 * i + 11] = 'C'.charCodeAt(0);
    out[32 + 32 * i + 16] = length;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    const base = headerLength + r * recordLength;
    out.fill(0x20, base, base + recordLength);
    if (deleted.has(r)) out[base] = 0x2a;
    let at = base + 1;
    FIELDS.forEach(([, length], i) => {
      out.set(enc.encode(row[i] ?? '').subarray(0, length), at);
      at += length;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

const SUDZHA: DistrictRef = { id: 'dst-ru-sudzhansky', ru: 'Суджанский район', admin1: 'Kursk Oblast', lon: 35.26, lat: 51.2 };
const GRAYVORON: DistrictRef = { id: 'dst-ru-grayvoronsky', ru: 'Грайворонский район', admin1: 'Belgorod Oblast', lon: 35.67, lat: 50.48 };
const KONYSHEVKA: DistrictRef = { id: 'dst-ru-konyshevsky', ru: 'Конышевский район', admin1: 'Kursk Oblast', lon: 35.28, lat: 51.86 };

describe('district settlements: layer build', () => {
  const table = dbf(
    [
      ['Дарьино', '', 'hamlet', '', 'node', '11', '38640474106'],
      ['Гончаровка', 'ru:село', 'village', 'Суджанский район', 'node', '12', '38640421101'],
      ['Сподарюшино', 'ru:село', 'village', '', 'node', '13', '14725000276'],
      ['Грайворон', 'ru:город', 'town', '', 'node', '14', '14725000001'],
      ['Малиновка', 'ru:деревня', 'village', 'Конышёвский район', 'node', '15', '38616000101'],
      ['Москва', 'ru:город', 'city', '', 'relation', '16', '45000000001'],
      ['Удалённая', '', 'village', '', 'node', '17', '38640474111'],
    ],
    new Set([6]),
  );
  const records = readSettlementTable(table, new Set(['14', '38']));

  it('reads the rows of the requested OKTMO regions only, skipping deleted records', () => {
    expect(records.map((r) => r.name)).toEqual(['Дарьино', 'Гончаровка', 'Сподарюшино', 'Грайворон', 'Малиновка']);
    expect(records[1]).toEqual({
      name: 'Гончаровка',
      officialStatus: 'ru:село',
      place: 'village',
      district: 'Суджанский район',
      osm: 'node/12',
      oktmo: '38640421101',
    });
  });

  it("tells a code's district by its rows' addr:district (ё folded), else by the town it is named after", () => {
    const byPrefix = districtsByPrefix(records, [SUDZHA, GRAYVORON, KONYSHEVKA]);
    expect(byPrefix.get('38640')?.id).toBe('dst-ru-sudzhansky'); // one row names the district: the other follows
    expect(byPrefix.get('14725')?.id).toBe('dst-ru-grayvoronsky'); // no addr:district: Грайворон → Грайворонский
    expect(byPrefix.get('38616')?.id).toBe('dst-ru-konyshevsky');
  });

  it('leaves out a code whose rows name no district of its oblast', () => {
    // The Kursk rows name Суджанский район, which is no Belgorod district: nothing for a Belgorod prefix.
    const belgorod = records.map((r) => ({ ...r, oktmo: `14${r.oktmo.slice(2)}` })).filter((r) => r.oktmo.startsWith('14640'));
    expect(districtsByPrefix(belgorod, [SUDZHA, GRAYVORON]).size).toBe(0);
  });

  it('gives the short settlement type of the official status, else the OSM place value', () => {
    expect(records.map(settlementType)).toEqual(['hamlet', 'с', 'с', 'г', 'д']);
  });
});

describe('district settlements: the shipped layer', () => {
  const root = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
  const layer = districtSettlementsSchema.parse(JSON.parse(readFileSync(join(root, 'ru-district-settlements.json'), 'utf8')));
  const districts = new Map(
    placesEntries(placesLayerSchema.parse(JSON.parse(readFileSync(join(root, 'districts.json'), 'utf8')))).map((e) => [e.id, e]),
  );

  it('points every row at a Russian district entry and records its source snapshot', () => {
    expect(layer.extract).toMatch(/^repo:[^@]+@[0-9a-f]{40}:/);
    for (const id of layer.districts) expect(districts.get(id)?.country).toBe('RU');
    expect(new Set(layer.rows.map((r) => r[0])).size).toBe(layer.rows.length);
  });

  it('loads as entries without coordinates that know their district', () => {
    const entry = gazetteer().byId(`${layer.idPrefix}-${layer.rows[0]![0]}`);
    expect(entry && isDistrictSettlement(entry)).toBe(true);
    expect(entry?.lon).toBeNull();
    expect(entry && isDistrictSettlement(entry) && gazetteer().byId(entry.districtId)?.kind).toBe('district');
  });
});

describe('hromada settlements (KATOTTG): the shipped layer', () => {
  const root = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
  const layer = districtSettlementsSchema.parse(JSON.parse(readFileSync(join(root, 'ua-hromada-settlements.json'), 'utf8')));
  /** KATOTTG level-1 prefixes of the theatre oblasts, by the gazetteer's admin-1 name. */
  const oblastOf: Record<string, string> = {
    ua12: 'Dnipropetrovsk Oblast',
    ua14: 'Donetsk Oblast',
    ua23: 'Zaporizhzhia Oblast',
    ua44: 'Luhansk Oblast',
    ua59: 'Sumy Oblast',
    ua63: 'Kharkiv Oblast',
    ua65: 'Kherson Oblast',
    ua74: 'Chernihiv Oblast',
  };

  it('records its source snapshot and maps every row at a located container in the row’s own oblast', () => {
    expect(layer.extract).toMatch(/^repo:igskak\/KATOTTG@[0-9a-f]{40}:kodifikator-/);
    expect(new Set(layer.rows.map((r) => r[0])).size).toBe(layer.rows.length);
    for (const [ref, , , , district] of layer.rows) {
      const entry = gazetteer().byId(`${layer.idPrefix}-${ref}`);
      expect(entry && isDistrictSettlement(entry)).toBe(true);
      const container = gazetteer().byId(layer.districts[district]!);
      expect(container?.lon).not.toBeNull();
      expect(container?.admin1).toBe(oblastOf[ref.slice(0, 4)]);
    }
  });

  // Round 22's OpenStreetMap layer gave most KATOTTG-only villages a point of their own (Мідна Руда, Вовченка,
  // Нововодяне were the cases here); the villages below are among the 42 it still lacks.
  // Round 25 gave every hromada an entry of its own (at its centre settlement's point), so the village is mapped to
  // its hromada by name rather than to the centre settlement that stands for it.
  it('maps a village known only by its KATOTTG code to its hromada, at the centre’s point, saying so', () => {
    const text = 'Окупанти обстріляли Давидовське та Вугледар на Донеччині.';
    const mentions = geoparseArticle(text, gazetteer()).mentions;
    const village = mentions.find((m) => m.text === 'Давидовське');
    const centre = mentions.find((m) => m.text === 'Вугледар');
    expect(village?.precision).toBe('district');
    expect(village?.entry?.name).toBe('Vuhledarska hromada');
    expect([village?.entry?.lon, village?.entry?.lat]).toEqual([centre?.entry?.lon, centre?.entry?.lat]);
    expect(village?.reason).toContain('KATOTTG places it in Vuhledarska hromada');
    expect(village?.reason).toContain('KATOTTG UA14040050100072103, село, Вугледарська громада');
  });

  it('maps a village at its hromada centre when several places share the centre’s name (the highest-ranked: the city)', () => {
    const text = 'Бої точаться біля Алмазного на Донеччині.';
    const village = geoparseArticle(text, gazetteer()).mentions.find((m) => m.text === 'Алмазного');
    expect([village?.entry?.name, village?.precision]).toEqual(['Makiivka', 'district']);
  });

  it('maps a village at its raion when its hromada centre is not located, and says so', () => {
    const text = 'Росіяни атакували Тімірязєвку на Сумщині.';
    const village = geoparseArticle(text, gazetteer()).mentions.find((m) => m.text === 'Тімірязєвку');
    expect([village?.entry?.name, village?.precision]).toEqual(['Sumy Raion', 'district']);
    expect(village?.reason).toContain('Миколаївська громада, Сумський район');
  });
});
