// The gazetteer builders' reader of GeoNames cities500 alternate names (scripts/geonames-cyrillic.ts), on a small file
// in GeoNames' own tab-separated format that the test writes itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRussianOrUkrainian, readCities500 } from '../../scripts/geonames-cyrillic.ts';

const dir = mkdtempSync(join(tmpdir(), 'cities500-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One GeoNames row: id, name, ascii, alternates, lat, lon, class, code, country, cc2, admin1..4, population, … */
const row = (id: number, name: string, alternates: string[], country: string, admin1: string, population: number, featureClass = 'P') =>
  [
    id,
    name,
    name,
    alternates.join(','),
    48.3,
    37.2,
    featureClass,
    'PPL',
    country,
    '',
    admin1,
    '',
    '',
    '',
    population,
    '',
    100,
    'Europe/Kyiv',
    '2023-01-23',
  ].join('\t');

describe('GeoNames cities500 Cyrillic names', () => {
  const file = join(dir, 'cities500.txt');
  writeFileSync(
    file,
    [
      row(
        704422,
        'Pokrovsk',
        ['Grishino', 'Krasnoarmeysk', 'Красноармейск', 'Красноармійськ', 'Покровськ', 'Пакроўск', 'Пакроўскі'],
        'UA',
        '05',
        60127,
      ),
      row(485153, 'Syrskoye', ['Сурское', 'Сырский', 'Сырское'], 'RU', '43', 1200),
      row(1, 'Oktyabr’skiy', ['Октябрьский'], 'RU', '41', 900),
      row(706448, 'Kherson', ['Херсон', 'Херсонскую', 'ХЕРСОН'], 'UA', '08', 283649),
      row(2, 'Stream', ['Ручей'], 'UA', '05', 0, 'H'),
      row(3, 'Minsk', ['Мінск'], 'BY', '04', 2000000),
    ].join('\n'),
  );
  const rows = readCities500(new Set(['UA', 'RU']), file);
  const names = (id: number) => rows.find((r) => r.id === id)?.cyrillic;

  it('keeps the Russian and Ukrainian names of a place, former names included', () => {
    expect(names(704422)).toEqual(['Красноармейск', 'Красноармійськ', 'Покровськ']);
    expect(rows.find((r) => r.id === 704422)).toMatchObject({ name: 'Pokrovsk', country: 'UA', admin1Code: '05', population: 60127 });
  });

  it('leaves out Belarusian spellings, inflected forms, abbreviations and surname-shaped adjectives', () => {
    expect(isRussianOrUkrainian('Пакроўск')).toBe(false);
    expect(isRussianOrUkrainian('Гомель')).toBe(true);
    expect(isRussianOrUkrainian('Мірны')).toBe(false); // і beside ы: Belarusian
    expect(names(706448)).toEqual(['Херсон']);
    expect(names(485153)).toEqual(['Сурское', 'Сырское']);
    expect(names(1)).toEqual(['Октябрьский']); // the place's own name has that shape
  });

  it('reads populated places of the countries asked for only', () => {
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual([1, 485153, 704422, 706448]);
  });
});
