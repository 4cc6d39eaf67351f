// Reference places of tests/eval/fresh42. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`) or the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or a hromada row with no point, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const avdiivka = gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122);
const krasnayaYaruga = gn('Krasnaya Yaruga', 'town', 'RU', 'Belgorod Oblast', 50.80083, 35.65833, 542571);

const inOblast = (name: string, admin1: string, oblast: typeof donetskOblast, code: string, file: string, why: string, extra = '') =>
  placedAt(name, admin1, oblast.country, oblast, 'region', `${POSTAL_ONLY}${extra}; ${file} ${why}: the point of ${admin1} (naturalearth:admin1:${code})`);
const inDonetsk = (name: string, file: string, why: string, extra = '') => inOblast(name, 'Donetsk Oblast', donetskOblast, 'UA-14', file, why, extra);
const SEVERAL = ' (several villages of that name lie in the oblast)';

export const PLACES = {
  russia,
  ukraine,
  // regions
  donetskOblast,
  kharkivOblast,
  kurskOblast,
  belgorodOblast,
  luhanskOblast,
  sumyOblast,
  khersonOblast,
  zaporizhzhiaOblast,
  donbas: {
    ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'),
    admin1: null,
    precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it',
  },
  krasnoyaruzhskyDistrict: seat('Krasnoyaruzhsky District', 'RU', 'Belgorod Oblast', krasnayaYaruga, 'Krasnaya Yaruga'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  kursk: gn('Kursk', 'city', 'RU', 'Kursk Oblast', 51.73733, 36.18735, 538560),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  avdiivka,
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  pokrovsk: gn('Pokrovsk', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  selydove: gn('Selydove', 'town', 'UA', 'Donetsk Oblast', 48.14708, 37.30032, 694677),
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  yampil: gn('Yampil (Donetsk Oblast)', 'village', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  dobropillia: gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  sudzha: gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816),
  // towns and villages with a Wikipedia point as earlier sets give it
  krasnohorivka: wiki('Krasnohorivka', 'town', 'UA', 'Donetsk Oblast', 48.00667, 37.51278, 'en:Krasnohorivka'),
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  // villages placed where the evidence puts them
  lastochkyne: placedAt('Lastochkyne', 'Donetsk Oblast', 'UA', avdiivka, 'near',
    `${POSTAL_ONLY}; en-01 puts it "west of Avdiivka" ("Russians occupy Lastochkyne near Avdiivka"): the point of Avdiivka (geonames:713122)`),
  sieverne: inDonetsk('Sieverne (Avdiivka area)', 'en-01', 'names it only in DeepState\'s account of the push west of Avdiivka, on the Avdiivka front "in Donetsk Oblast"'),
  orlivka: inDonetsk('Orlivka (Pokrovsk Raion)', 'en-01', 'names it only in DeepState\'s account of the push west of Avdiivka, on the Avdiivka front "in Donetsk Oblast"', ' (the GeoNames Orlivka carried in data/gazetteer, 698379, lies in another oblast)'),
  hryhorivka: inDonetsk('Hryhorivka (Donetsk Oblast)', 'en-02', 'names it only among three villages "in different parts of the Donetsk region"', SEVERAL),
  halytsynivka: inDonetsk('Halytsynivka', 'en-02', 'names it only among three villages "in different parts of the Donetsk region"'),
  vodiane: inDonetsk('Vodiane (Donetsk Oblast)', 'en-02', 'names it only among three villages "in different parts of the Donetsk region"', SEVERAL),
  kupianskVuzlovyi: inOblast('Kupiansk-Vuzlovyi', 'Kharkiv Oblast', kharkivOblast, 'UA-63', 'ru-05 and uk-05', 'name it only as a settlement "в Харьковской области" and among Gerasimov\'s claims on the Kharkiv front'),
  novyiPut: inOblast('Novyi Put (Glushkovsky District)', 'Kursk Oblast', kurskOblast, 'RU-KRS', 'ru-01', 'names it only as a settlement on the border "в Курской области" ("под Курском")'),
  popovka: inOblast('Popovka (Krasnoyaruzhsky District)', 'Belgorod Oblast', belgorodOblast, 'RU-BEL', 'ru-03', 'names it only on the border of Krasnoyaruzhsky District "в Белгородской области"', SEVERAL),
  verkhnokamianske: inDonetsk('Verkhnokamianske', 'ru-04', 'names it only in a list of settlements "Донецкой Народной Республики"'),
  vyimka: inDonetsk('Vyimka', 'ru-04', 'names it only in a list of settlements "Донецкой Народной Республики"'),
  kurakhivka: inDonetsk('Kurakhivka', 'ru-04', 'names it only in a list of settlements "Донецкой Народной Республики"'),
  maksymilianivka: inDonetsk('Maksymilianivka', 'ru-04', 'names it only in a list of settlements "Донецкой Народной Республики"'),
  katerynivka: inDonetsk('Katerynivka (Donetsk Oblast)', 'ru-04', 'names it only in a list of settlements "Донецкой Народной Республики"', SEVERAL),
  demidovka: inOblast('Demidovka (Krasnoyaruzhsky District)', 'Belgorod Oblast', belgorodOblast, 'RU-BEL', 'ru-03', 'names it only on the border of Krasnoyaruzhsky District "в Белгородской области"', SEVERAL),
};
