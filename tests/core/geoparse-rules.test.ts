// The geoparsing rules of issue 9 one by one, on a small fixture gazetteer (real entries of the shipped layers plus a
// district at its administrative centre), so each rule is seen alone: declension, transliteration, colloquial regions,
// precision instead of silence, spelling collisions.
import { describe, expect, it } from 'vitest';
import { createGazetteer, type GazetteerData } from '../../src/core/gazetteer/gazetteer.ts';
import type { GazetteerEntry } from '../../src/core/gazetteer/entry.ts';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import { colloquialRegion } from '../../src/core/geoparse/name-forms.ts';
import { isRegionAdjectiveForm, regionAdjectives } from '../../src/core/geoparse/region-adjective.ts';
import { declineName } from '../../src/core/text/declension.ts';
import { englishRenderings, latinSpellings, reducedSpellings } from '../../src/core/text/translit.ts';

const entry = (e: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'name' | 'kind' | 'lon' | 'lat' | 'source'>): GazetteerEntry => ({
  aliases: [],
  country: 'RU',
  admin1: 'Kursk Oblast',
  population: null,
  ...e,
});

// Coordinates as in data/gazetteer (GeoNames); the district is represented by its administrative centre.
const glushkovo = entry({
  id: 'ru-glushkovo',
  name: 'Glushkovo',
  ru: 'Глушково',
  kind: 'town',
  lon: 34.63278,
  lat: 51.33917,
  source: 'geonames:560995',
});
const sudzha = entry({
  id: 'ru-sudzha',
  name: 'Sudzha',
  ru: 'Суджа',
  uk: 'Суджа',
  kind: 'town',
  lon: 35.27222,
  lat: 51.19056,
  source: 'geonames:485630',
});
const glushkovsky = entry({
  id: 'ru-glushkovsky-district',
  name: 'Glushkovsky District',
  ru: 'Глушковский район',
  uk: 'Глушковський район',
  kind: 'district',
  lon: 34.63278,
  lat: 51.33917,
  source: 'geonames:560995',
  district: 'Glushkovsky District',
});
const kursk = entry({
  id: 'ne-ru-krs',
  name: 'Kursk Oblast',
  aliases: ['Kursk region', 'Курская область', 'Курська область'],
  kind: 'region',
  lon: 36.2921,
  lat: 51.7358,
  source: 'geonames:538555',
});
const russia = entry({
  id: 'ne-ru',
  name: 'Russian Federation',
  aliases: ['Russia', 'Российская Федерация', 'Росія'],
  kind: 'country',
  admin1: null,
  lon: 99.07085,
  lat: 61.66113,
  source: 'naturalearth:admin0:RU',
});
const sumy = entry({
  id: 'ne-ua-sum',
  name: 'Sumy Oblast',
  aliases: ['Sumy region', 'Сумская область', 'Сумська область'],
  kind: 'region',
  country: 'UA',
  admin1: 'Sumy Oblast',
  lon: 33.9,
  lat: 50.9,
  source: 'naturalearth:admin1:UA-59',
});

const file = (entries: GazetteerEntry[]) => ({ description: 'fixture', licence: 'fixture', entries });
const emptyPlaces = (idPrefix: string): GazetteerData['districts'] => ({
  description: 'fixture',
  licence: 'fixture',
  idPrefix,
  columns: [],
  admin1Names: [],
  districtNames: [],
  sources: ['geonames:fixture'],
  rows: [],
});
const data: GazetteerData = {
  theatre: file([glushkovo, sudzha, glushkovsky]),
  countries: file([russia]),
  admin1: file([kursk, sumy]),
  cities: { description: 'fixture', licence: 'fixture', columns: [], admin1Names: [], rows: [] },
  unlocated: { description: 'fixture', licence: 'fixture', entries: [] },
  anchors: { description: 'fixture', licence: 'fixture', anchors: [] } as unknown as GazetteerData['anchors'],
  districts: emptyPlaces('d'),
  'ua-settlements': emptyPlaces('ua'),
  'ru-border-villages': emptyPlaces('ru'),
  imported: [],
};
const g = createGazetteer(data);
const mapped = (text: string) => geoparseArticle(text, g).mentions.filter((m) => m.status !== 'rejected');
const find = (text: string, name: string) => mapped(text).find((m) => m.text === name);

describe('declension', () => {
  it('declines adjective + noun names in agreement', () => {
    expect(declineName('Белгородская область', 'ru')).toContain('белгородской области');
    expect(declineName('Большое Солдатское', 'ru')).toContain('большого солдатского');
    expect(declineName('Велика Писарівка', 'uk')).toContain('великій писарівці');
    expect(declineName('Беловский район', 'ru')).toContain('беловском районе');
    expect(declineName('Великі Вільми', 'uk')).toEqual(expect.arrayContaining(['великих вільм', 'великими вільмами']));
  });
  it('declines the noun classes', () => {
    expect(declineName('Льгов', 'ru')).toContain('льговом');
    expect(declineName('Рыльск', 'ru')).toContain('рыльска');
    expect(declineName('Курщина', 'uk')).toContain('курщиною');
    expect(declineName('Харків', 'uk')).toContain('харкова');
    expect(declineName('Глухів', 'uk')).toContain('глухові');
    expect(declineName('Кременець', 'uk')).toContain('кременця');
    // The fleeting е of -ець/-ец leaves a soft sign after л, in both languages.
    expect(declineName('Інгулець', 'uk')).toEqual(expect.arrayContaining(['інгульця', 'інгульцю', 'інгульцем']));
    expect(declineName('Елец', 'ru')).toEqual(expect.arrayContaining(['ельца', 'ельце']));
    expect(declineName('Кременець', 'uk')).not.toContain('кременьця');
    expect(declineName('Россия', 'ru')).toContain('россией');
    expect(declineName('Глушково', 'ru')).toEqual(expect.arrayContaining(['глушково', 'глушкове']));
  });
  it('spots case forms in running text', () => {
    expect(find('Бои шли у Глушкова и под Суджей.', 'Глушкова')?.entry?.id).toBe('ru-glushkovo');
    expect(find('Бои шли у Глушкова и под Суджей.', 'Суджей')?.entry?.id).toBe('ru-sudzha');
    expect(find('Ситуація в Курській області складна.', 'Курській області')?.entry?.id).toBe('ne-ru-krs');
  });
});

describe('transliteration', () => {
  it('gives the Russian and Ukrainian systems and the press habits', () => {
    expect(latinSpellings('Глухів', 'uk')).toContain('hlukhiv');
    expect(latinSpellings('Глухов', 'ru')).toContain('glukhov');
    expect(latinSpellings('Тёткино', 'ru')).toEqual(expect.arrayContaining(['tyotkino', 'tetkino']));
    expect(latinSpellings('Краснопілля', 'uk')).toEqual(expect.arrayContaining(['krasnopillia', 'krasnopillya']));
    expect(latinSpellings('Краснополье', 'ru')).toContain('krasnopolye');
    expect(latinSpellings('Большое Солдатское', 'ru')).toEqual(expect.arrayContaining(['bolshoye soldatskoye', 'bolshoe soldatskoe']));
    expect(englishRenderings('Велика Писарівка', 'uk')).toContain('great pysarivka');
  });
  it('writes Ukrainian и, -ія and a final -нє as much of the English-language press does', () => {
    expect(latinSpellings('Никанорівка', 'uk')).toContain('nikanorivka');
    expect(latinSpellings('Філія', 'uk')).toContain('filia');
    expect(latinSpellings('Дорожнє', 'uk')).toContain('dorozhne');
    expect(latinSpellings('Київ', 'uk')).not.toContain('kiiv');
  });
  it('writes Ukrainian ї inside a name as yi too (BGN/PCGN and much of the press)', () => {
    expect(latinSpellings('Андріївка', 'uk')).toEqual(expect.arrayContaining(['andriivka', 'andriyivka']));
    expect(latinSpellings('Миколаївка', 'uk')).toEqual(expect.arrayContaining(['mykolaivka', 'mykolayivka']));
    expect(latinSpellings('Їжівка', 'uk')).toEqual(['yizhivka']); // at the start both systems agree
  });
  it('reduces ії to one i before a consonant and щ to sch, apart from the systems (weaker readings)', () => {
    expect(reducedSpellings('Авдіївка', 'uk')).toContain('avdivka');
    expect(reducedSpellings('Піщане', 'uk')).toContain('pischane');
    expect(reducedSpellings('Кліщіївка', 'uk')).toEqual(expect.arrayContaining(['klishchivka', 'klischivka']));
    expect(reducedSpellings('Гатище', 'ru')).toContain('gatische');
    expect(reducedSpellings('Дмитрівка', 'uk')).toEqual([]);
    expect(latinSpellings('Авдіївка', 'uk')).not.toContain('avdivka');
  });
  it('spots generated spellings', () => {
    expect(find('Shelling hit Hlushkovo overnight.', 'Hlushkovo')?.entry?.id).toBe('ru-glushkovo');
    expect(find('Shelling hit Sudzhi overnight.', 'Sudzhi')).toBeUndefined();
  });
});

describe('regions and countries', () => {
  it('derives colloquial region names', () => {
    expect(colloquialRegion('Сумська область')).toBe('Сумщина');
    expect(colloquialRegion('Белгородская область')).toBe('Белгородчина');
    expect(colloquialRegion('Курская область')).toBe('Курщина');
    expect(colloquialRegion('Донецька область')).toBe('Донеччина');
  });
  it('spots them in every case, and the formal names of Russia', () => {
    expect(find('Обстріли на Сумщині тривають.', 'Сумщині')?.entry?.id).toBe('ne-ua-sum');
    expect(find('Ворог атакував Курщину.', 'Курщину')?.entry?.id).toBe('ne-ru-krs');
    expect(find('Shelling across Kurshchyna continued.', 'Kurshchyna')?.entry?.id).toBe('ne-ru-krs');
    expect(find('Удари по території РФ тривають.', 'РФ')?.entry?.id).toBe('ne-ru');
    expect(find('Армія Російської Федерації наступає.', 'Російської Федерації')?.entry?.id).toBe('ne-ru');
  });
});

describe('precision instead of silence', () => {
  it('maps a settlement missing from the gazetteer to the district the text names', () => {
    const m = find('Вчера обстреляли село Волфино Глушковского района.', 'Волфино');
    expect(m?.entry?.id).toBe('ru-glushkovsky-district');
    expect(m?.precision).toBe('district');
  });
  it('to the oblast', () => {
    const m = find('Drones struck the village of Zhuravli in the Kursk region.', 'Zhuravli');
    expect(m?.entry?.id).toBe('ne-ru-krs');
    expect(m?.precision).toBe('region');
  });
  it('to a named neighbour', () => {
    const m = find('Drones struck the village of Zhuravli near Sudzha.', 'Zhuravli');
    expect(m?.entry?.id).toBe('ru-sudzha');
    expect(m?.precision).toBe('near');
  });
  it('and leaves it unresolved without a clue', () => {
    const m = find('Drones struck the village of Zhuravli overnight.', 'Zhuravli');
    expect(m?.status).toBe('unresolved');
    expect(m?.entry).toBeNull();
  });
});

describe('spelling collisions', () => {
  it('keeps both readings and records the collision', () => {
    const other = entry({
      id: 'xx-hlushkovo',
      name: 'Hlushkovo',
      kind: 'village',
      country: 'UA',
      admin1: 'Sumy Oblast',
      lon: 34.0,
      lat: 50.0,
      source: 'geonames:1',
    });
    const g2 = createGazetteer({ ...data, theatre: file([glushkovo, other]) });
    expect(
      g2
        .lookup('hlushkovo')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['ru-glushkovo', 'xx-hlushkovo']);
    expect(g2.collisions).toContainEqual({ name: 'hlushkovo', entry: 'ru-glushkovo', others: ['xx-hlushkovo'] });
    expect(g2.isVariantReading('hlushkovo', 'ru-glushkovo')).toBe(true);
  });
});

describe('oblast adjectives (region-adjective.ts, the one owner of their shape)', () => {
  it('recognises the adjective in every case, gender and both languages, and nothing else', () => {
    for (const w of ['Сумской', 'сумські', 'Курское', 'белгородский', 'Білопільській', 'Запорізької', 'донецкими'])
      expect(isRegionAdjectiveForm(w), w).toBe(true);
    for (const w of ['Суджа', 'Курск', 'Сумы', 'область', 'Київ', 'ск']) expect(isRegionAdjectiveForm(w), w).toBe(false);
    // A Russian -ск-/-цк- with a Ukrainian short ending is a noun's case form: Курска, Курску, Дзержинска, Донецке.
    for (const w of ['Курска', 'Курску', 'Дзержинска', 'Донецке']) expect(isRegionAdjectiveForm(w), w).toBe(false);
  });
  it('derives the nominatives of every gender and number from "<adjective> область"', () => {
    expect(regionAdjectives('Белгородская область')).toEqual(['белгородская', 'белгородский', 'белгородское', 'белгородские']);
    expect(regionAdjectives('Сумська область')).toEqual(['сумська', 'сумський', 'сумське', 'сумські']);
    expect(regionAdjectives('Київ')).toEqual([]);
  });
});
