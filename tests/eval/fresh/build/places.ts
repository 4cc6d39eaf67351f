// Reference entities for the fresh gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, found with the search
// tool). Settlements no source available to us locates have lat/lon null and say why in `coordNote`; never guessed.
import type { PlaceKind, RefPlace } from './types.ts';

const ne0 = (name: string, country: string, lat: number, lon: number): RefPlace => ({
  name, kind: 'country', country, admin1: null, lat, lon, coordSource: `naturalearth:admin0:${country}`, precision: 'exact',
});
const ne1 = (name: string, country: string, iso: string, lat: number, lon: number): RefPlace => ({
  name, kind: 'region', country, admin1: name, lat, lon, coordSource: `naturalearth:admin1:${iso}`, precision: 'exact',
});
const gn = (name: string, kind: PlaceKind, country: string, admin1: string, lat: number, lon: number, id: number): RefPlace => ({
  name, kind, country, admin1, lat, lon, coordSource: `geonames:${id}`, precision: 'exact',
});
const wiki = (name: string, kind: PlaceKind, country: string, admin1: string, lat: number, lon: number, page: string, coordNote?: string): RefPlace => ({
  name, kind, country, admin1, lat, lon, coordSource: `wikipedia:${page}`, precision: 'exact', ...(coordNote ? { coordNote } : {}),
});
const unlocated = (name: string, kind: PlaceKind, note: string, country = 'RU', admin1 = 'Kursk Oblast'): RefPlace => ({
  name, kind, country, admin1, lat: null, lon: null, coordSource: null, precision: kind === 'district' ? 'district' : 'exact',
  coordNote: note,
});
const NOT_FOUND =
  'no sourced coordinate found: not in data/gazetteer with a GeoNames id (its postal-code rows carry no id) and no Wikipedia page with coordinates found through the search tool';
const MIRROR = 'coordinates of the Wikipedia page as shown by a mirror of it found through the search tool';
const district = (name: string, seat: string, country: string, admin1: string): RefPlace =>
  unlocated(name, 'district', `no sourced point for the district: Natural Earth and GeoNames cities1000 in data/gazetteer have no districts; its seat is ${seat}`, country, admin1);

export const PLACES = {
  russia: ne0('Russia', 'RU', 61.66113, 99.07085),
  ukraine: ne0('Ukraine', 'UA', 49.16098, 31.25518),
  kurskOblast: ne1('Kursk Oblast', 'RU', 'RU-KRS', 51.7358, 36.2921),
  belgorodOblast: ne1('Belgorod Oblast', 'RU', 'RU-BEL', 50.8757, 37.277),
  sumyOblast: ne1('Sumy Oblast', 'UA', 'UA-59', 50.8153, 34.3159),
  kharkivOblast: ne1('Kharkiv Oblast', 'UA', 'UA-63', 49.4655, 36.4612),
  donetskOblast: ne1('Donetsk Oblast', 'UA', 'UA-14', 48.145, 37.7933),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kharkiv: gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  sudzha: gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816),
  strilecha: wiki('Strilecha', 'village', 'UA', 'Kharkiv Oblast', 50.302778, 36.401389, 'en:Strilecha'),
  pylna: wiki('Pylna', 'village', 'UA', 'Kharkiv Oblast', 50.286944, 36.517778, 'en:Pylna', MIRROR),
  borysivka: wiki('Borysivka', 'village', 'UA', 'Kharkiv Oblast', 50.275278, 36.561944, 'en:Borysivka, Kharkiv Oblast'),
  lukiantsi: wiki('Lukiantsi', 'village', 'UA', 'Kharkiv Oblast', 50.248333, 36.507778, 'en:Lukiantsi', MIRROR),
  lyptsi: wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi', MIRROR),
  krasne: unlocated('Krasne (Kharkiv Raion)', 'village', `${NOT_FOUND}; the border village near Strilecha (many villages of this name in Ukraine)`, 'UA', 'Kharkiv Oblast'),
  pletenivka: unlocated('Pletenivka', 'village', NOT_FOUND, 'UA', 'Kharkiv Oblast'),
  ohirtseve: unlocated('Ohirtseve', 'village', NOT_FOUND, 'UA', 'Kharkiv Oblast'),
  keramik: unlocated('Keramik', 'village', NOT_FOUND, 'UA', 'Donetsk Oblast'),
  kupianskDistrict: district('Kupiansk Raion', 'Kupiansk (geonames:703656)', 'UA', 'Kharkiv Oblast'),
  kharkivDistrict: district('Kharkiv Raion', 'Kharkiv (geonames:706483)', 'UA', 'Kharkiv Oblast'),
  vovchanskDistrict: district('Vovchansk Raion (former)', 'Vovchansk (geonames:689304)', 'UA', 'Kharkiv Oblast'),
  novenke: unlocated('Novenke', 'village', NOT_FOUND, 'UA', 'Sumy Oblast'),
  basivka: unlocated('Basivka (Yunakivka hromada)', 'village', NOT_FOUND, 'UA', 'Sumy Oblast'),
  veselivka: unlocated('Veselivka (Khotin hromada)', 'village', NOT_FOUND, 'UA', 'Sumy Oblast'),
  zhuravka: unlocated('Zhuravka (Khotin hromada)', 'village', NOT_FOUND, 'UA', 'Sumy Oblast'),
  volodymyrivka: unlocated('Volodymyrivka (Khotin hromada)', 'village', NOT_FOUND, 'UA', 'Sumy Oblast'),
  bilovody: unlocated('Bilovody', 'village', NOT_FOUND, 'UA', 'Sumy Oblast'),
  yunakivka: wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka'),
  zhuravlyovka: wiki('Zhuravlyovka (Belgorodsky District)', 'village', 'RU', 'Belgorod Oblast', 50.31333, 36.32222, 'ru:Журавлёвка (Белгородская область)', MIRROR),
  uspenovka: unlocated('Uspenovka', 'village', NOT_FOUND),
  borki: wiki('Borki (Sudzhansky District)', 'village', 'RU', 'Kursk Oblast', 51.10389, 35.40444, 'ru:Борки (Суджанский район)'),
  berdin: unlocated('Berdin', 'village', NOT_FOUND),
  lebedevka: unlocated('Lebedevka', 'village', NOT_FOUND),
  darino: unlocated('Darino', 'village', NOT_FOUND),
  plekhovo: wiki('Plekhovo', 'village', 'RU', 'Kursk Oblast', 51.1, 35.33333, 'en:Plyokhovo, Kursk Oblast'),
  novayaSorochina: unlocated('Novaya Sorochina', 'village', NOT_FOUND),
  pokrovsky: unlocated('Pokrovsky', 'village', NOT_FOUND),
  aleksandriya: unlocated('Aleksandriya', 'village', NOT_FOUND),
  leonidovo: unlocated('Leonidovo', 'village', NOT_FOUND),
  russkoyePorechnoye: unlocated('Russkoye Porechnoye', 'village', NOT_FOUND),
  kruglenkoye: unlocated('Kruglenkoye', 'village', NOT_FOUND),
  malayaLoknya: wiki('Malaya Loknya', 'village', 'RU', 'Kursk Oblast', 51.3325, 35.2275, 'en:Malaya Loknya'),
  nikolaevka: unlocated('Nikolaevka (Sudzhansky District)', 'village', NOT_FOUND),
  starayaSorochina: wiki('Staraya Sorochina', 'village', 'RU', 'Kursk Oblast', 51.34278, 35.22111, 'ru:Старая Сорочина'),
  gornal: {
    ...wiki('Gornal', 'village', 'RU', 'Kursk Oblast', 51.06611, 35.2325, 'ru:Горнальский Свято-Николаевский Белогорский монастырь'),
    coordNote: 'the coordinates of the monastery in Gornal (as in data/gazetteer/theatre.json), not of the village centre',
  },
  sudzhanskyDistrict: district('Sudzhansky District', 'Sudzha (geonames:486816)', 'RU', 'Kursk Oblast'),
} satisfies Record<string, RefPlace>;
