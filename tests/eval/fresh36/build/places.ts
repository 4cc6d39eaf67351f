// Reference places of tests/eval/fresh36. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), its district's centre (`district`) or the oblast the text names (`region`), with the reason in
// `coordNote`.
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { crimea, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, mykolaivOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or an OpenStreetMap point, and no Wikipedia page with coordinates was looked up with the search tool)';

const avdiivka = gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122);
const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);
const sudzhaDistrict = seat('Sudzhansky District', 'RU', 'Kursk Oblast', sudzha, 'Sudzha');

const nearAvdiivka = (name: string, why: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', avdiivka, 'near', `${POSTAL_ONLY}; en-05 places it ${why}: the point of Avdiivka (geonames:713122)`);
const inDonetsk = (name: string, file: string, why: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; ${file} ${why}: the point of Donetsk Oblast (naturalearth:admin1:UA-14)`);
const inDnipropetrovsk = (name: string, file: string) =>
  placedAt(name, 'Dnipropetrovsk Oblast', 'UA', dnipropetrovskOblast, 'region',
    `${POSTAL_ONLY}; ${file} names it only as a village of Dnipropetrovsk Oblast: the point of Dnipropetrovsk Oblast (naturalearth:admin1:UA-12)`);
const inZaporizhzhia = (name: string, note: string) =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', zaporizhzhiaOblast, 'region',
    `${POSTAL_ONLY}${note}; uk-05 names it only on the Zaporizhzhia axis, with the city of Zaporizhzhia as the goal: the point of Zaporizhzhia Oblast (naturalearth:admin1:UA-23)`);
const inKursk = (name: string) =>
  placedAt(name, 'Kursk Oblast', 'RU', kurskOblast, 'region',
    `${POSTAL_ONLY}; en-01 names it only among four settlements of "the Kursk region": the point of Kursk Oblast (naturalearth:admin1:RU-KRS)`);
const inSudzhaDistrict = (name: string, why: string) =>
  placedAt(name, 'Kursk Oblast', 'RU', sudzha, 'district',
    `${POSTAL_ONLY}; ru-03 ${why}: the point of the district centre, Sudzha (geonames:486816)`);

export const PLACES = {
  russia,
  ukraine,
  // regions
  donetskOblast,
  dnipropetrovskOblast,
  zaporizhzhiaOblast,
  kurskOblast,
  luhanskOblast,
  khersonOblast,
  kharkivOblast,
  sumyOblast,
  mykolaivOblast,
  crimea,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  // districts
  sudzhaDistrict,
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  sudzha,
  avdiivka,
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  dobropillia: gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  krasnohorivka: wiki('Krasnohorivka', 'town', 'UA', 'Donetsk Oblast', 48.00667, 37.51278, 'en:Krasnohorivka'),
  yunakivka: wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka'),
  zaporizke: wiki('Zaporizke (Velykomykhailivka hromada, Dnipropetrovsk Oblast)', 'village', 'UA', 'Dnipropetrovsk Oblast', 47.85333, 36.53194,
    'en:Zaporizke, Velykomykhailivka rural hromada, Synelnykove Raion, Dnipropetrovsk Oblast'),
  plekhovo: wiki('Plekhovo', 'village', 'RU', 'Kursk Oblast', 51.1, 35.33333, 'en:Plyokhovo, Kursk Oblast'),
  // Avdiivka front (en-05)
  stepove: nearAvdiivka('Stepove (Avdiivka)', 'among "two more villages west of Avdiivka, Stepove and Severne" ("located to the west and northwest of Avdiivka")'),
  sieverne: nearAvdiivka('Sieverne (Avdiivka)', 'among "two more villages west of Avdiivka, Stepove and Severne" ("located to the west and northwest of Avdiivka")'),
  lastochkyne: inDonetsk('Lastochkyne', 'en-05', 'names it only after the villages taken in the Donetsk region ("their earlier occupation of Lastochkin")'),
  orlivka: inDonetsk('Orlivka (Pokrovsk Raion)', 'en-05', 'names it only in DeepState\'s account of the push west of Avdiivka in the Donetsk region'),
  berdychi: inDonetsk('Berdychi', 'en-05', 'names it only in DeepState\'s account of the push west of Avdiivka in the Donetsk region'),
  tonenke: inDonetsk('Tonenke', 'en-05', 'names it only in DeepState\'s account of the push west of Avdiivka in the Donetsk region'),
  heorhiivka: inDonetsk('Heorhiivka (Pokrovsk Raion)', 'en-05', 'names it only among assaults in the Donetsk region after Krasnohorivka'),
  novomykhailivka: inDonetsk('Novomykhailivka (Pokrovsk Raion)', 'en-05', 'names it only among assaults in the Donetsk region after Krasnohorivka'),
  pobieda: inDonetsk('Pobieda (Pokrovsk Raion)', 'en-05', 'names it only among assaults in the Donetsk region after Krasnohorivka'),
  // Siversk axis (ru-02)
  zvanivka: inDonetsk('Zvanivka', 'ru-02', 'names it only as a village of the DPR ("Звановке ДНР")'),
  sviatoPokrovske: inDonetsk('Sviato-Pokrovske', 'ru-02', 'names it only as the village reinforcements arrived in on the way to Zvanivka, in the DPR'),
  // Dnipropetrovsk Oblast (uk-02, ru-05)
  novoheorhiivka: inDnipropetrovsk('Novoheorhiivka (Dnipropetrovsk Oblast)', 'uk-02'),
  sichneve: inDnipropetrovsk('Sichneve', 'uk-02'),
  maliivka: inDnipropetrovsk('Maliivka (Dnipropetrovsk Oblast)', 'uk-02'),
  voronove: inDnipropetrovsk('Voronove (Dnipropetrovsk Oblast)', 'uk-02'),
  kalynivske: inDnipropetrovsk('Kalynivske (Dnipropetrovsk Oblast)', 'uk-02'),
  dachne: inDnipropetrovsk('Dachne (Synelnykove Raion)', 'ru-05'),
  // Zaporizhzhia Oblast (uk-05)
  kamianske: inZaporizhzhia('Kamianske (Vasylivka Raion)', ' (the GeoNames Kamianske carried in data/gazetteer, 709932, is the city of Dnipropetrovsk Oblast)'),
  plavni: inZaporizhzhia('Plavni (Vasylivka Raion)', ' (the GeoNames Plavni carried in data/gazetteer, 697115, is a namesake in Odesa Oblast)'),
  // Kursk Oblast
  aleksandriyaRegion: inKursk('Aleksandriya (Kursk Oblast)'),
  leonidovoRegion: inKursk('Leonidovo'),
  russkoyePorechnoyeRegion: inKursk('Russkoye Porechnoye'),
  kruglenkoyeRegion: inKursk('Kruglenkoye'),
  sverdlikovo: inSudzhaDistrict('Sverdlikovo', 'says "Село расположено в Суджанском районе региона"'),
  daryino: inSudzhaDistrict('Daryino', 'names it with Plekhovo "в этом же районе", the Sudzha district'),
  aleksandriyaDistrict: inSudzhaDistrict('Aleksandriya (Kursk Oblast)', 'names it among "4 поселка в Суджанском районе"'),
  leonidovoDistrict: inSudzhaDistrict('Leonidovo', 'names it among "4 поселка в Суджанском районе"'),
  russkoyePorechnoyeDistrict: inSudzhaDistrict('Russkoye Porechnoye', 'names it among "4 поселка в Суджанском районе"'),
  kruglenkoyeDistrict: inSudzhaDistrict('Kruglenkoye', 'names it among "4 поселка в Суджанском районе"'),
  nikolayevoDaryino: placedAt('Nikolayevo-Daryino', 'Kursk Oblast', 'RU', kurskOblast, 'region',
    `${POSTAL_ONLY}; ru-03 names it only "в Курской области": the point of Kursk Oblast (naturalearth:admin1:RU-KRS)`),
};
