// Reference places of tests/eval/fresh57. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or a point an earlier set gives from one of those). Never guessed. A
// village no accepted source locates has the point the evidence supports: the town the text puts it next to (`near`),
// the raion or hromada the text names (`district`), or the oblast the text names (`region`), with the reason in
// `coordNote`; one the text places nowhere has no point (`unlocated`).
import { gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { bryanskOblast, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, sumyOblast, ukraine } from '../../build/ne-points.ts';

const NO_POINT =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as an OpenStreetMap or postal-code row, not a GeoNames id, or not at all)';

const bakhmut = gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const lysychansk = gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972);
const svatove = gn('Svatove', 'town', 'UA', 'Luhansk Oblast', 49.41029, 38.15035, 692118);
const hirske = gn('Hirske', 'town', 'UA', 'Luhansk Oblast', 48.73468, 38.49541, 708273);
const marinka = gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845);
const klimovo = gn('Klimovo', 'town', 'RU', 'Bryansk Oblast', 52.38053, 32.19233, 547591);

const inSvatoveRaion = (name: string, hromada: string): ReturnType<typeof gn> =>
  placedAt(name, 'Luhansk Oblast', 'UA', svatove, 'district',
    `${NO_POINT}; uk-04 names it in the ${hromada} hromada "Сватівського району": the point of the raion's centre, Svatove (geonames:692118)`);
const nearLysychansk = (name: string): ReturnType<typeof gn> =>
  placedAt(name, 'Luhansk Oblast', 'UA', lysychansk, 'near',
    `${NO_POINT}; ru-04 names it among the 11 settlements taken as Lysychansk was blocked "с юга": the point of Lysychansk (geonames:702972)`);

export const PLACES = {
  russia,
  ukraine,
  // regions and districts
  donetskOblast,
  luhanskOblast,
  bryanskOblast,
  kharkivOblast,
  khersonOblast,
  sumyOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const },
  klimovskyDistrict: seat('Klimovsky District', 'RU', 'Bryansk Oblast', klimovo, 'Klimovo'),
  svatoveRaion: seat('Svatove Raion', 'UA', 'Luhansk Oblast', svatove, 'Svatove'),
  krasnorichenskeHromada: { ...placedAt('Krasnorichenske hromada', 'Luhansk Oblast', 'UA', svatove, 'district', `${NO_POINT}; uk-04 names it "Сватівського району": the point of the raion's centre, Svatove (geonames:692118)`), kind: 'district' as const },
  kolomyichykhaHromada: { ...placedAt('Kolomyichykha hromada', 'Luhansk Oblast', 'UA', svatove, 'district', `${NO_POINT}; uk-04 names it "Сватівського району": the point of the raion's centre, Svatove (geonames:692118)`), kind: 'district' as const },
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  bakhmut,
  lysychansk,
  svatove,
  sievierodonetsk: gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  svitlodarsk: gn('Svitlodarsk', 'town', 'UA', 'Donetsk Oblast', 48.43374, 38.22331, 692093),
  lyman: gn('Lyman', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  sviatohirsk: gn('Sviatohirsk', 'town', 'UA', 'Donetsk Oblast', 49.03333, 37.56667, 692016),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  beryslav: gn('Beryslav', 'town', 'UA', 'Kherson Oblast', 46.84152, 33.42838, 712260),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  trostianets: gn('Trostianets', 'town', 'UA', 'Sumy Oblast', 50.48478, 34.96567, 691255),
  okhtyrka: gn('Okhtyrka', 'town', 'UA', 'Sumy Oblast', 50.31036, 34.89879, 713749),
  boromlia: gn('Boromlia', 'town', 'UA', 'Sumy Oblast', 50.61839, 34.97042, 711629),
  hirske,
  marinka,
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  krasnohorivka: wiki('Krasnohorivka', 'town', 'UA', 'Donetsk Oblast', 48.00667, 37.51278, 'en:Krasnohorivka'),
  // villages
  toshkivka: gn('Toshkivka', 'town', 'UA', 'Luhansk Oblast', 48.77914, 38.57903, 691355),
  kozachiLaheri: gn('Kozachi Laheri', 'village', 'UA', 'Kherson Oblast', 46.70372, 32.9776, 706596),
  dudchany: gn('Dudchany', 'village', 'UA', 'Kherson Oblast', 47.18557, 33.7639, 709465),
  krasnaHora: placedAt('Krasna Hora (Bakhmut Raion)', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${NO_POINT}; en-01 puts it "on the northern edge of embattled Bakhmut": the point of Bakhmut (geonames:713174)`),
  paraskoviivka: placedAt('Paraskoviivka (Bakhmut Raion)', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${NO_POINT}; ru-01 puts it "севернее Артемовска": the point of Bakhmut (geonames:713174)`),
  pokrovskeBakhmut: placedAt('Pokrovske (Bakhmut Raion)', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${NO_POINT}; ru-05 names its capture with the road "на Артемовск с восточного направления" opened (not the city of Pokrovsk, geonames:704422; judgement call): the point of Bakhmut (geonames:713174)`),
  zolote: placedAt('Zolote (Luhansk Oblast)', 'Luhansk Oblast', 'UA', hirske, 'near',
    `${NO_POINT}; ru-04 names it with Hirske in one pocket ("котел Горское - Золотое"): the point of Hirske (geonames:708273)`),
  loskutivka: nearLysychansk('Loskutivka'),
  myrnaDolyna: nearLysychansk('Myrna Dolyna (Luhansk Oblast)'),
  ustynivkaLuhansk: nearLysychansk('Ustynivka (Luhansk Oblast)'),
  novomykhailivka: placedAt('Novomykhailivka (Marinka area)', 'Donetsk Oblast', 'UA', marinka, 'near',
    `${NO_POINT}; uk-03 names it with Krasnohorivka where the enemy is held back in the defence of Marinka ("оборона Мар’їнки триває ... в районах Новомихайлівки та Красногорівки"): the point of Marinka (geonames:701845)`),
  liubechane: placedAt('Liubechane', 'Bryansk Oblast', 'RU', klimovo, 'district',
    `${NO_POINT}; en-02 names it "a village in the region’s Klimovsky District": the point of the district's centre, Klimovo (geonames:547591)`),
  sushany: placedAt('Sushany', 'Bryansk Oblast', 'RU', bryanskOblast, 'region',
    `${NO_POINT}; en-02 names it as the second village of the raid into "the Bryansk region": the point of Bryansk Oblast (naturalearth:admin1:RU-BRY)`),
  novoliubivka: inSvatoveRaion('Novoliubivka (Svatove Raion)', 'Krasnorichenske'),
  nevske: inSvatoveRaion('Nevske', 'Krasnorichenske'),
  hrekivka: inSvatoveRaion('Hrekivka', 'Krasnorichenske'),
  novoiehorivka: inSvatoveRaion('Novoiehorivka (Svatove Raion)', 'Kolomyichykha'),
  nadiia: inSvatoveRaion('Nadiia (Svatove Raion)', 'Kolomyichykha'),
  andriivkaSvatove: inSvatoveRaion('Andriivka (Svatove Raion)', 'Kolomyichykha'),
  stelmakhivka: inSvatoveRaion('Stelmakhivka', 'Kolomyichykha'),
  velykaKostromka: unlocated('Velyka Kostromka', 'Dnipropetrovsk Oblast', 'UA',
    `${NO_POINT}; uk-05 names it only as a village where a mine went off, with no oblast, raion or neighbouring town (its oblast from its name's only known bearer in the south, Apostolove Raion; no point given: judgement call)`),
};
