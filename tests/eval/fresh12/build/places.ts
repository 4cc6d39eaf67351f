// Reference entities for the fresh12 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`),
// or the oblast the text or the episode names (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, placedAt } from '../../build/ref-places.ts';
import { donetskOblast, kharkivOblast, kurskOblast, northKorea, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or a GeoNames dump row without an id, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const avdiivka = gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text or the episode names only its oblast: the point of the oblast (${oblast.coordSource})`);
const SEVERAL = ' (several places of that name lie in the oblast and the text does not say which)';

export const PLACES = {
  russia,
  ukraine,
  northKorea,
  // oblasts and regions
  donetskOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  kurskOblast,
  sumyOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox)' },
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  avdiivka,
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  toretsk: gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.9844, 37.2791, 703646),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  // towns and villages located by their Wikipedia page (found with the search tool, or as data/gazetteer carries it)
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  malayaLoknya: wiki('Malaya Loknya', 'village', 'RU', 'Kursk Oblast', 51.3325, 35.2275, 'en:Malaya_Loknya'),
  starayaSorochina: wiki('Staraya Sorochina', 'village', 'RU', 'Kursk Oblast', 51.34278, 35.22111, 'ru:Старая_Сорочина'),
  goncharovka: wiki('Goncharovka (Sudzhansky District)', 'village', 'RU', 'Kursk Oblast', 51.19111, 35.25194, 'es:Gonchárovka_(Kursk)'),
  // villages placed where the evidence puts them
  lastochkyneNear: placedAt('Lastochkyne', 'Donetsk Oblast', 'UA', avdiivka, 'near',
    `${POSTAL_ONLY}; the text puts it 6 km from Avdiivka: the point of Avdiivka (geonames:713122)`),
  lastochkyne: inOblast('Lastochkyne', 'Donetsk Oblast', donetskOblast),
  stepove: inOblast('Stepove (Avdiivka area)', 'Donetsk Oblast', donetskOblast),
  sieverne: inOblast('Sieverne (Avdiivka area)', 'Donetsk Oblast', donetskOblast),
  orlivka: inOblast('Orlivka (Avdiivka area)', 'Donetsk Oblast', donetskOblast),
  tonenke: inOblast('Tonenke', 'Donetsk Oblast', donetskOblast),
  berdychi: inOblast('Berdychi', 'Donetsk Oblast', donetskOblast),
  zolotaNyva: inOblast('Zolota Nyva', 'Donetsk Oblast', donetskOblast),
  zorianePershe: inOblast('Zoriane Pershe', 'Donetsk Oblast', donetskOblast),
  illinka: inOblast('Illinka (Kurakhove area)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  novoselydivka: inOblast('Novoselydivka', 'Donetsk Oblast', donetskOblast),
  sontsivka: inOblast('Sontsivka', 'Donetsk Oblast', donetskOblast),
  berestky: inOblast('Berestky (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  stariTerny: inOblast('Stari Terny', 'Donetsk Oblast', donetskOblast),
  rizdvianka: inOblast('Rizdvianka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast,
    ' (the text names only "the south of Ukraine"; the episode, the Russian claim on the Huliaipole front of February 2026, puts it in Zaporizhzhia Oblast)'),
  basivka: inOblast('Basivka (Sumy Raion)', 'Sumy Oblast', sumyOblast, SEVERAL),
  veselivka: inOblast('Veselivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  fyholivka: inOblast('Fyholivka', 'Kharkiv Oblast', kharkivOblast),
  nikolayevoDarino: inOblast('Nikolayevo-Darino', 'Kursk Oblast', kurskOblast),
  sverdlikovo: inOblast('Sverdlikovo', 'Kursk Oblast', kurskOblast),
  aleksandriya: inOblast('Aleksandriya (Sudzhansky District)', 'Kursk Oblast', kurskOblast, SEVERAL),
  leonidovo: inOblast('Leonidovo', 'Kursk Oblast', kurskOblast),
  russkoyePorechnoye: inOblast('Russkoye Porechnoye', 'Kursk Oblast', kurskOblast),
  kruglenkoye: inOblast('Kruglenkoye', 'Kursk Oblast', kurskOblast),
  guyevo: inOblast('Guyevo', 'Kursk Oblast', kurskOblast),
  zamostye: inOblast('Zamostye (Sudzhansky District)', 'Kursk Oblast', kurskOblast, SEVERAL),
  zaoleshenka: inOblast('Zaoleshenka', 'Kursk Oblast', kurskOblast),
  kazachyaLoknya: inOblast('Kazachya Loknya', 'Kursk Oblast', kurskOblast),
  kolmakov: inOblast('Kolmakov', 'Kursk Oblast', kurskOblast),
  kurilovka: inOblast('Kurilovka', 'Kursk Oblast', kurskOblast, SEVERAL),
  lebedevka: inOblast('Lebedevka (Sudzhansky District)', 'Kursk Oblast', kurskOblast, SEVERAL),
  loknya: inOblast('Loknya', 'Kursk Oblast', kurskOblast),
  nikolsky: inOblast('Nikolsky (Sudzhansky District)', 'Kursk Oblast', kurskOblast, SEVERAL),
  rubanshchina: inOblast('Rubanshchina', 'Kursk Oblast', kurskOblast),
  yuzhny: inOblast('Yuzhny (Sudzhansky District)', 'Kursk Oblast', kurskOblast, SEVERAL),
  cherkasskoyePorechnoye: inOblast('Cherkasskoye Porechnoye', 'Kursk Oblast', kurskOblast),
  kositsa: inOblast('Kositsa', 'Kursk Oblast', kurskOblast),
  viktorovka: inOblast('Viktorovka (Sudzhansky District)', 'Kursk Oblast', kurskOblast, SEVERAL),
  nikolayevka: inOblast('Nikolayevka (Sudzhansky District)', 'Kursk Oblast', kurskOblast, SEVERAL),
  pogrebki: inOblast('Pogrebki', 'Kursk Oblast', kurskOblast),
  orlovka: inOblast('Orlovka (Sudzhansky District)', 'Kursk Oblast', kurskOblast, SEVERAL),
  novayaSorochina: inOblast('Novaya Sorochina', 'Kursk Oblast', kurskOblast),
} satisfies Record<string, RefPlace>;
