// Reference places of tests/eval/fresh37. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`) or the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { crimea, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, ukraine, unitedKingdom, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it, if at all, only as a GeoNames postal-code row or an OpenStreetMap point, and no Wikipedia page with coordinates was looked up with the search tool)';

const sievierodonetsk = gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999);
const vuhledar = wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar');
const bakhmut = gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);

const inDonetsk = (name: string, file: string, why: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; ${file} ${why}: the point of Donetsk Oblast (naturalearth:admin1:UA-14)`);
const inLuhansk = (name: string) =>
  placedAt(name, 'Luhansk Oblast', 'UA', luhanskOblast, 'region',
    `${POSTAL_ONLY}; ru-02 names it only among five settlements that "перешли под контроль народной милиции ЛНР": the point of Luhansk Oblast (naturalearth:admin1:UA-09)`);
const inKherson = (name: string, file: string, why: string) =>
  placedAt(name, 'Kherson Oblast', 'UA', khersonOblast, 'region',
    `${POSTAL_ONLY}; ${file} ${why}: the point of Kherson Oblast (naturalearth:admin1:UA-65)`);
const nearBakhmut = (name: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${POSTAL_ONLY}; uk-01 names it among the places of the fighting "на Бахмутському напрямі": the point of Bakhmut (geonames:713174), as earlier sets place it`);
const AVDIIVKA_LIST = 'names it only among the places of the repelled attacks "in the Donetsk Oblast" of the Avdiivka sector';

export const PLACES = {
  russia,
  ukraine,
  unitedKingdom,
  // regions
  donetskOblast,
  luhanskOblast,
  khersonOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  crimea,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  sievierodonetsk,
  rubizhne: gn('Rubizhne', 'town', 'UA', 'Luhansk Oblast', 49.01229, 38.37967, 695274),
  vuhledar,
  krynky: wiki('Krynky (Kherson Oblast)', 'village', 'UA', 'Kherson Oblast', 46.7375, 33.0925, 'en:Krynky'),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  ocheretyne: wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
  bakhmut,
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  beryslav: gn('Beryslav', 'town', 'UA', 'Kherson Oblast', 46.84152, 33.42838, 712260),
  dudchany: gn('Dudchany', 'village', 'UA', 'Kherson Oblast', 47.18557, 33.7639, 709465),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  volnovakha: gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  // districts
  beryslavRaion: seat('Beryslav Raion', 'UA', 'Kherson Oblast', gn('Beryslav', 'town', 'UA', 'Kherson Oblast', 46.84152, 33.42838, 712260), 'Beryslav'),
  // villages placed by the text
  voevodivka: placedAt('Voevodivka', 'Luhansk Oblast', 'UA', sievierodonetsk, 'near',
    `${POSTAL_ONLY}; en-02 places it "located in the northern part of Severdonetsk": the point of Sievierodonetsk (geonames:691999)`),
  pavlivka: placedAt('Pavlivka (Vuhledar)', 'Donetsk Oblast', 'UA', vuhledar, 'near',
    `${POSTAL_ONLY} (the GeoNames Pavlivka rows carried in data/gazetteer are namesakes in Luhansk, Vinnytsia and Odesa oblasts); en-03 places Vuhledar "less than 2 kilometers north of the town of Pavlivka": the point of Vuhledar (en:Vuhledar)`),
  keramik: inDonetsk('Keramik', 'en-05', AVDIIVKA_LIST),
  berdychi: inDonetsk('Berdychi', 'en-05', AVDIIVKA_LIST),
  stepove: inDonetsk('Stepove (Avdiivka)', 'en-05', AVDIIVKA_LIST),
  lastochkyne: inDonetsk('Lastochkyne', 'en-05', AVDIIVKA_LIST),
  tonenke: inDonetsk('Tonenke', 'en-05', AVDIIVKA_LIST),
  pervomaiske: inDonetsk('Pervomaiske (Pokrovsk Raion)', 'en-05', AVDIIVKA_LIST),
  andriivka: nearBakhmut('Andriivka (Bakhmut area)'),
  kurdiumivka: nearBakhmut('Kurdiumivka'),
  davydivBrid: inKherson('Davydiv Brid', 'uk-02 and uk-05', 'name it only as a settlement of Kherson Oblast (the line of de-occupation "від Давидового Броду до Дудчан"; the Kherson villages liberated)'),
  mylove: inKherson('Mylove', 'uk-02', 'names it only on the front line in the Beryslav district of Kherson Oblast'),
  liubymivka: inKherson('Liubymivka (Beryslav Raion)', 'uk-05', 'names it only among the Kherson villages liberated'),
  khreshchenivka: inKherson('Khreshchenivka', 'uk-05', 'names it only among the Kherson villages liberated'),
  zolotaBalka: inKherson('Zolota Balka', 'uk-05', 'names it only among the Kherson villages liberated'),
  biliaivka: inKherson('Biliaivka (Beryslav Raion)', 'uk-05', 'names it only among the Kherson villages liberated'),
  ukrainka: inKherson('Ukrainka (Beryslav Raion)', 'uk-05', 'names it only among the Kherson villages liberated'),
  velykaOleksandrivka: inKherson('Velyka Oleksandrivka', 'uk-05', 'names it only among the Kherson villages liberated ("Велика й Мала Олександрівки")'),
  malaOleksandrivka: inKherson('Mala Oleksandrivka', 'uk-05', 'names it only among the Kherson villages liberated ("Велика й Мала Олександрівки")'),
  urozhaine: inDonetsk('Urozhaine', 'ru-02', 'names it only as "поселок Урожайное в Донецкой области"'),
  slavne: inDonetsk('Slavne', 'ru-02', 'names it only among four settlements taken by the DPR forces'),
  trudivske: inDonetsk('Trudivske', 'ru-02', 'names it only among four settlements taken by the DPR forces'),
  shakhtaCheliuskintsiv: inDonetsk('Shakhta Cheliuskintsiv', 'ru-02', 'names it only among four settlements taken by the DPR forces'),
  kalynove: inLuhansk('Kalynove (Luhansk Oblast)'),
  novooleksandrivka: inLuhansk('Novooleksandrivka (Luhansk Oblast)'),
  stepne: inLuhansk('Stepne (Luhansk Oblast)'),
  bohuslavske: inLuhansk('Bohuslavske'),
};
