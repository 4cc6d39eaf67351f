// Reference places of tests/eval/fresh45. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district or hromada the text names (`district`), or the oblast the text names (`region`),
// with the reason in `coordNote`; a village the text puts in no one oblast has no point (`unlocated`).
import { ne1, gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { bryanskOblast, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, an OpenStreetMap row or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const hirske = gn('Hirske', 'town', 'UA', 'Luhansk Oblast', 48.73468, 38.49541, 708273);
const siversk = gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403);
const klimovo = gn('Klimovo', 'town', 'RU', 'Bryansk Oblast', 52.38053, 32.19233, 547591);
const krasnopillia = gn('Krasnopillia', 'town', 'UA', 'Sumy Oblast', 50.77458, 35.25965, 704343);
const kharkiv = gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483);

type Oblast = typeof luhanskOblast;
const inOblast = (name: string, oblast: Oblast, code: string, why: string) =>
  placedAt(name, oblast.admin1 as string, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}; ${why}: the point of ${oblast.admin1} (naturalearth:admin1:${code})`);
const inHirskaHromada = (name: string, why: string) =>
  placedAt(name, 'Luhansk Oblast', 'UA', hirske, 'district',
    `${POSTAL_ONLY}; ${why}: the point of the hromada's centre, Hirske (geonames:708273)`);

export const PLACES = {
  russia,
  ukraine,
  // regions
  luhanskOblast,
  kharkivOblast,
  khersonOblast,
  bryanskOblast,
  donetskOblast,
  zaporizhzhiaOblast,
  sumyOblast,
  poltavaOblast: ne1('Poltava Oblast', 'UA', 'UA-53', 49.6978, 33.7723),
  donbas: {
    ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'),
    admin1: null,
    precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it',
  },
  // districts and hromadas
  hirskaHromada: seat('Hirske hromada', 'UA', 'Luhansk Oblast', hirske, 'Hirske'),
  siverskHromada: seat('Siversk hromada', 'UA', 'Donetsk Oblast', siversk, 'Siversk'),
  klimovskyDistrict: seat('Klimovsky District', 'RU', 'Bryansk Oblast', klimovo, 'Klimovo'),
  krasnopilliaHromada: seat('Krasnopillia hromada', 'UA', 'Sumy Oblast', krasnopillia, 'Krasnopillia'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  kharkiv,
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  hirske,
  siversk,
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  sievierodonetsk: gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  toshkivka: gn('Toshkivka', 'town', 'UA', 'Luhansk Oblast', 48.77914, 38.57903, 691355),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71003, 37.61581, 703656),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  volnovakha: gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198),
  sviatohirsk: gn('Sviatohirsk', 'town', 'UA', 'Donetsk Oblast', 49.03333, 37.56667, 692016),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  dudchany: gn('Dudchany', 'village', 'UA', 'Kherson Oblast', 47.18557, 33.7639, 709465),
  // villages with a Wikipedia point as earlier sets give it
  synkivka: wiki('Synkivka', 'village', 'UA', 'Kharkiv Oblast', 49.76306, 37.70556, 'en:Synkivka'),
  // villages placed where the evidence puts them
  zolote: inHirskaHromada('Zolote (Luhansk Oblast)', 'en-01 names it in the account of the Hirska community\'s occupation ("a strong fortified area near Zolote", "in the direction of Hirske and Zolote")'),
  orikhove: inHirskaHromada('Orikhove (Luhansk Oblast)', 'en-01 names it ("Orekhove - Toshkivka") in the account of the breakthrough into the Hirska community'),
  myrnaDolyna: inHirskaHromada('Myrna Dolyna', 'en-01 names it among "the settlements" the invaders went to on entering the Hirska community, ru-01 "между Мирной Долиной и Горным"'),
  pidlisne: inHirskaHromada('Pidlisne (Luhansk Oblast)', 'en-01 names it among "the settlements" the invaders went to on entering the Hirska community (data/gazetteer\'s other Pidlisne is a namesake in the north)'),
  loskutivka: inHirskaHromada('Loskutivka', 'en-01 names it among "the settlements" the invaders went to on entering the Hirska community'),
  sukhanove: inOblast('Sukhanove', khersonOblast, 'UA-65', 'en-03 names it only among the places on "this southern front" of "the Kherson region"'),
  sadok: inOblast('Sadok (Kherson Oblast)', khersonOblast, 'UA-65', 'en-03 names it only among the places on "this southern front" of "the Kherson region"'),
  bruskynske: inOblast('Bruskynske', khersonOblast, 'UA-65', 'en-03 names it ("Bruskinskoe") only among the places on "this southern front" of "the Kherson region"'),
  novovoskresenske: inOblast('Novovoskresenske', khersonOblast, 'UA-65', 'en-03 names it only "in the same region around Kherson"'),
  novohryhorivkaKherson: inOblast('Novohryhorivka (Kherson Oblast)', khersonOblast, 'UA-65', 'en-03 names it ("Novogrygorivka") only "in the same region around Kherson" (several villages of that name lie in other oblasts)'),
  petropavlivkaKherson: inOblast('Petropavlivka (Kherson Oblast)', khersonOblast, 'UA-65', 'en-03 names it only "in the same region around Kherson" (several villages of that name lie in other oblasts)'),
  novoselivskeLuhansk: inOblast('Novoselivske (Luhansk Oblast)', luhanskOblast, 'UA-09', 'en-05 names it ("Novoselovskoye") "of the Lugansk People\'s Republic", uk-04 in the Luhansk axes ("Куземівки-Новоселівського")'),
  stelmakhivka: inOblast('Stelmakhivka', luhanskOblast, 'UA-09', 'uk-04 "Стельмахівку Луганської області", en-05 "Stelmakhovka of the Lugansk People\'s Republic"'),
  olshana: inOblast('Olshana (Kharkiv Oblast)', kharkivOblast, 'UA-63', 'en-05 names it only "of the Kharkiv region" (data/gazetteer\'s other Olshana is a namesake in Sumy Oblast)'),
  ruskaLozova: placedAt('Ruska Lozova', 'Kharkiv Oblast', 'UA', kharkiv, 'near',
    `${POSTAL_ONLY}; uk-01 calls it a suburb of Kharkiv ("з цього передмістя ... по ... житловим масивам Харкова"): the point of Kharkiv (geonames:706483)`),
  vysoke: placedAt('Vysoke (Krasnopillia hromada)', 'Sumy Oblast', 'UA', krasnopillia, 'district',
    `${POSTAL_ONLY}; uk-03 "На території Краснопільської громади, поблизу села Високе" (several villages of that name lie in Ukraine): the point of the hromada's centre, Krasnopillia (geonames:704343)`),
  makiivkaLuhansk: inOblast('Makiivka (Luhansk Oblast)', luhanskOblast, 'UA-09', 'ru-05 "села Макеевка Луганской области", uk-04 among the Luhansk axes; not the city of Makiivka in Donetsk Oblast'),
  nevske: inOblast('Nevske', luhanskOblast, 'UA-09', 'uk-04 names it among the axes of "Луганщини", ru-05 beside Makeevka "Луганской области"'),
  kuzemivka: inOblast('Kuzemivka', luhanskOblast, 'UA-09', 'uk-04 names it among the axes of "Луганщини", ru-05 beside Makeevka "Луганской области"'),
  lyubechane: inOblast('Lyubechane', bryanskOblast, 'RU-BRY', 'ru-03 names it only in "Брянскую область"'),
  sushany: inOblast('Sushany', bryanskOblast, 'RU-BRY', 'ru-04 "села Сушаны Брянской области"'),
  andriivkaLuhansk: unlocated('Andriivka (Kupiansk–Lyman axes)', 'Luhansk Oblast', 'UA',
    `${POSTAL_ONLY}; ru-05 names it only "на Купянском и Лиманском направлениях", which run through Kharkiv, Luhansk and Donetsk oblasts, each with villages of that name: no point`),
  hrekivka: unlocated('Hrekivka', 'Luhansk Oblast', 'UA',
    `${POSTAL_ONLY}; ru-05 names it only "на Купянском и Лиманском направлениях", which run through more than one oblast: no point`),
};
