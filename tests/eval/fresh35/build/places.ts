// Reference places of tests/eval/fresh35. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`) or the oblast the text names or the episode's zone (`region`), with the reason in `coordNote`.
import { gn, wiki, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, chernihivOblast, donetskOblast, kharkivOblast, khersonOblast, kyivOblast, luhanskOblast, mykolaivOblast, russia, sumyOblast, ukraine } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries no GeoNames row of this name in its oblast, and no Wikipedia page with coordinates was looked up with the search tool)';

const bakhmut = gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const kherson = gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448);
const snihurivka = gn('Snihurivka', 'town', 'UA', 'Mykolaiv Oblast', 47.07579, 32.80516, 693379);

const nearBakhmut = (name: string, where: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${POSTAL_ONLY} (data/gazetteer's rows of this name are namesakes or postal rows); the text places it ${where}: the point of Bakhmut (geonames:713174)`);
const inChernihiv = (name: string) =>
  placedAt(name, 'Chernihiv Oblast', 'UA', chernihivOblast, 'region',
    `${POSTAL_ONLY} (data/gazetteer's rows of this name are namesakes in other oblasts or none); uk-04 names it only "На Чернігівщині": the point of Chernihiv Oblast (naturalearth:admin1:UA-74)`);
const southernZone = (name: string, file: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; ${file} names no oblast for it, only "the southern front": the village of the southern counteroffensive of summer 2023 (Volnovakha Raion, Donetsk Oblast), at the point of the oblast (naturalearth:admin1:UA-14), as earlier sets place it`);

export const PLACES = {
  russia,
  ukraine,
  // regions
  donetskOblast,
  chernihivOblast,
  kharkivOblast,
  khersonOblast,
  mykolaivOblast,
  luhanskOblast,
  kyivOblast,
  sumyOblast,
  belgorodOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  belgorod: gn('Belgorod', 'city', 'RU', 'Belgorod Oblast', 50.61074, 36.58015, 578072),
  kherson,
  snihurivka,
  bakhmut,
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  volnovakha: gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198),
  novoazovsk: gn('Novoazovsk', 'town', 'UA', 'Donetsk Oblast', 47.11389, 38.08599, 699675),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  irpin: gn('Irpin', 'town', 'UA', 'Kyiv Oblast', 50.52175, 30.25055, 707565),
  bucha: gn('Bucha', 'town', 'UA', 'Kyiv Oblast', 50.54345, 30.21201, 711350),
  hostomel: gn('Hostomel', 'town', 'UA', 'Kyiv Oblast', 50.56841, 30.2651, 708251),
  trostianets: gn('Trostianets', 'town', 'UA', 'Sumy Oblast', 50.48478, 34.96567, 691255),
  okhtyrka: gn('Okhtyrka', 'town', 'UA', 'Sumy Oblast', 50.31036, 34.89879, 713749),
  // villages
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  kozinka: wiki('Kozinka (Belgorod Oblast)', 'village', 'RU', 'Belgorod Oblast', 50.46139, 35.6025, 'en:Kozinka,_Belgorod_Oblast'),
  andriivkaBakhmut: nearBakhmut('Andriivka (Bakhmut area)', 'on "the southern flank of the Bakhmut front" (en-01)'),
  kurdiumivka: nearBakhmut('Kurdiumivka', 'on "the southern flank of the Bakhmut front" (en-01) and among the places of the fighting "під Бахмутом" (uk-01)'),
  ozarianivka: nearBakhmut('Ozarianivka', 'among the places of the fighting "під Бахмутом" (uk-01: "у районах Кліщіївки, Курдюмівки, Озарянівки")'),
  urozhaine: southernZone('Urozhaine (Donetsk Oblast)', 'en-01'),
  staromaiorske: southernZone('Staromaiorske', 'en-01'),
  pravdyne: placedAt('Pravdyne (Kherson Oblast)', 'Kherson Oblast', 'UA', kherson, 'near',
    `${POSTAL_ONLY}; en-03 places it in "Kherson Oblast (the oblast’s west, about 29 kilometers from Kherson)": the point of Kherson (geonames:706448)`),
  kalynivske: placedAt('Kalynivske (Kherson Oblast)', 'Kherson Oblast', 'UA', snihurivka, 'near',
    `${POSTAL_ONLY}; en-03 places it in "Kherson Oblast (12 km west of Snihurivka)": the point of Snihurivka (geonames:693379)`),
  lukashivka: inChernihiv('Lukashivka (Chernihiv Oblast)'),
  sloboda: inChernihiv('Sloboda (Chernihiv Oblast)'),
};
