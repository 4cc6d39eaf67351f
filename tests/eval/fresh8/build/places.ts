// Reference entities for the fresh8 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`),
// the centre of the district a carried source names (`district`), or the oblast (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, mykolaivOblast, russia, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, which has no GeoNames id, or not at all, and no Wikipedia page with coordinates was found with the search tool)';
const MIRROR = 'coordinates of the Wikipedia page as shown by a mirror of it found through the search tool';

const huliaipole = gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898);
const kurakhove = gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646);
const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);

const nearHuliaipole = (name: string): RefPlace =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', huliaipole, 'near',
    `${POSTAL_ONLY} (data/gazetteer's postal rows of this name are many namesakes); uk-05 places it "поряд з Гуляйполем Запорізької області": the point of Huliaipole (geonames:707898)`);
const nearKurakhove = (name: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', kurakhove, 'near',
    `${POSTAL_ONLY} (data/gazetteer's postal rows of this name are namesakes in several oblasts); ru-02 places the Ukrainian units that left it in the pocket "южнее города Курахово": the point of Kurakhove (geonames:703646)`);
const avdiivkaFrontVillage = (name: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY} (data/gazetteer's rows of this name are namesakes in several oblasts); uk-03 names no oblast or town near it, and the reports of the same withdrawal (Syrskyi, 28 April 2024) put it west of Avdiivka/Marinka in Donetsk Oblast: the point of the oblast (naturalearth:admin1:UA-14)`);
const sudzhaPostal = (name: string): RefPlace =>
  placedAt(name, 'Kursk Oblast', 'RU', sudzha, 'district',
    'no point of its own in a source the gold accepts; its GeoNames postal-code row in data/gazetteer/ru-border-villages.json names the district of Malaya Loknya, Sudzhansky District: the point of the district centre, Sudzha (geonames:486816)');
const sudzhaOsm = (name: string): RefPlace =>
  placedAt(name, 'Kursk Oblast', 'RU', sudzha, 'district',
    'no point of its own in a source the gold accepts; the OpenStreetMap settlement-point extract (OKTMO code) carried in data/gazetteer/ru-district-settlements.json places it in Sudzhansky District: the point of the district centre, Sudzha (geonames:486816)');

export const PLACES = {
  russia,
  ukraine,
  usa,
  // oblasts and regions
  donetskOblast,
  kharkivOblast,
  luhanskOblast,
  khersonOblast,
  mykolaivOblast,
  zaporizhzhiaOblast,
  kurskOblast,
  belgorodOblast,
  donbas: {
    name: 'Donbas', kind: 'region', country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region',
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  } satisfies RefPlace,
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  kharkiv: gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  bakhmut: gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  snihurivka: gn('Snihurivka', 'town', 'UA', 'Mykolaiv Oblast', 47.07579, 32.80516, 693379),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  selydove: gn('Selydove', 'town', 'UA', 'Donetsk Oblast', 48.14708, 37.30032, 694677),
  pokrovsk: gn('Pokrovsk (Krasnoarmeysk)', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  myrnohrad: gn('Myrnohrad (Dimitrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  huliaipole,
  kurakhove,
  sudzha,
  // villages and towns located by their Wikipedia page
  ocheretyne: {
    ...wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
    coordNote: `${MIRROR} (48°14′34″N 37°36′38″E)`,
  } satisfies RefPlace,
  lyptsi: { ...wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi'), coordNote: MIRROR } satisfies RefPlace,
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  malayaLoknya: wiki('Malaya Loknya', 'village', 'RU', 'Kursk Oblast', 51.3325, 35.2275, 'en:Malaya Loknya'),
  martynovka: wiki('Martynovka (Sudzhansky District)', 'village', 'RU', 'Kursk Oblast', 51.23889, 35.36639, 'es:Martínovka (Kursk)'),
  // villages placed where the evidence puts them
  starytsia: placedAt('Starytsia (Kharkiv Oblast)', 'Kharkiv Oblast', 'UA', kharkivOblast, 'region',
    `${POSTAL_ONLY} (data/gazetteer has postal rows of this name in Kharkiv and Kherson oblasts); en-05 names only "the Kharkiv region": the point of the oblast (naturalearth:admin1:UA-63)`),
  berdychi: avdiivkaFrontVillage('Berdychi'),
  semenivka: avdiivkaFrontVillage('Semenivka (Avdiivka front)'),
  novomykhailivka: avdiivkaFrontVillage('Novomykhailivka (Marinka front)'),
  novouspenivske: nearHuliaipole('Novouspenivske'),
  nove: nearHuliaipole('Nove (Huliaipole area)'),
  okhotnyche: nearHuliaipole('Okhotnyche'),
  uspenivkaZp: nearHuliaipole('Uspenivka (Huliaipole area)'),
  novomykolaivkaZp: nearHuliaipole('Novomykolaivka (Huliaipole area)'),
  illinka: nearKurakhove('Illinka (Kurakhove axis)'),
  romanivka: nearKurakhove('Romanivka (Kurakhove axis)'),
  yelyzavetivka: nearKurakhove('Yelyzavetivka (Kurakhove axis)'),
  uspenivkaDonetsk: nearKurakhove('Uspenivka (Kurakhove axis)'),
  cherkasskoyePorechnoye: sudzhaPostal('Cherkasskoye Porechnoye'),
  lebedevka: sudzhaPostal('Lebedevka (Sudzhansky District)'),
  kositsa: sudzhaOsm('Kositsa'),
  russkoyePorechnoye: sudzhaOsm('Russkoye Porechnoye'),
  kubatkin: sudzhaOsm('Kubatkin'),
} satisfies Record<string, RefPlace>;
