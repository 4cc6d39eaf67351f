// Reference places of tests/eval/fresh51. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it or data/gazetteer records it). Never guessed. A village no accepted source locates has the point the evidence
// supports: a town the text puts it beside (`near`), the district the text names (`district`) or the oblast the text
// names (`region`), with the reason in `coordNote`.
import { ne0, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, mykolaivOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or a hromada row with no point, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const bakhmut = gn('Bakhmut (Russian Artemovsk)', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const kramatorsk = gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508);
const volnovakha = gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198);
const volnovakhaRaion = seat('Volnovakha Raion', 'UA', 'Donetsk Oblast', volnovakha, 'Volnovakha');

/** A village the text places on Bakhmut's flanks or in its district, at Bakhmut's point. */
const nearBakhmut = (name: string, why: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', bakhmut, 'near', `${POSTAL_ONLY}; ${why}: the point of Bakhmut (geonames:713174)`);

export const PLACES = {
  russia,
  ukraine,
  unitedStates: ne0('United States', 'US', 39.528, -99.14449),
  // regions
  donetskOblast,
  kharkivOblast,
  luhanskOblast,
  khersonOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  mykolaivOblast,
  belgorodOblast,
  donbas: {
    name: 'Donbas', kind: 'region' as const, country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region' as const,
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  },
  // districts
  bakhmutRaion: seat('Bakhmut Raion', 'UA', 'Donetsk Oblast', bakhmut, 'Bakhmut'),
  kramatorskRaion: seat('Kramatorskyi Raion', 'UA', 'Donetsk Oblast', kramatorsk, 'Kramatorsk'),
  volnovakhaRaion,
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  luhansk: gn('Luhansk', 'city', 'UA', 'Luhansk Oblast', 48.56705, 39.31706, 702658),
  sievierodonetsk: gn('Sievierodonetsk (Severodonetsk)', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  bakhmut,
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  lyman: gn('Lyman (Russian Krasny Liman)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  orikhiv: gn('Orikhiv', 'town', 'UA', 'Zaporizhzhia Oblast', 47.56731, 35.78575, 698428),
  shebekino: gn('Shebekino', 'town', 'RU', 'Belgorod Oblast', 50.40967, 36.9136, 495112),
  novayaTavolzhanka: gn('Novaya Tavolzhanka', 'village', 'RU', 'Belgorod Oblast', 50.35123, 36.8298, 519473),
  // villages with a Wikipedia point as earlier sets give it
  krynky: wiki('Krynky (Kherson Oblast)', 'village', 'UA', 'Kherson Oblast', 46.7375, 33.0925, 'en:Krynky'),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  // villages placed where the evidence puts them
  pavlivka: placedAt('Pavlivka (Russian Pavlovka, Volnovakha Raion)', 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY} (several villages of that name lie in the oblast); en-02 and en-03 name it only as a town or village "in the Donetsk People's Republic": the point of Donetsk Oblast (naturalearth:admin1:UA-14)`),
  rohan: placedAt('Rohan (Kharkiv Raion)', 'Kharkiv Oblast', 'UA', kharkivOblast, 'region',
    `${POSTAL_ONLY}; uk-02 names it only as "селище Рогань у Харківській області": the point of Kharkiv Oblast (naturalearth:admin1:UA-63)`),
  urozhaine: placedAt('Urozhaine (Volnovakha Raion)', 'Donetsk Oblast', 'UA', volnovakhaRaion, 'district',
    `${POSTAL_ONLY}; uk-03 names it "селище Урожайне у Волноваському районі Донецької області": the point of Volnovakha Raion's centre, Volnovakha (geonames:689198)`),
  andriivka: nearBakhmut('Andriivka (Bakhmut Raion)', 'uk-01 puts it "південніше Бахмута та Кліщіївки" in "Бахмутського району" (namesakes in the Kramatorsk and Volnovakha raions, as the text says)'),
  kurdiumivka: nearBakhmut('Kurdiumivka', 'uk-01 names it among the places of the fighting on Bakhmut\'s southern flank'),
  vasiukivka: nearBakhmut('Vasiukivka (Bakhmut Raion)', 'uk-05 names it among the villages "навколо Бахмута"'),
  dubovoVasylivka: nearBakhmut('Dubovo-Vasylivka', 'uk-05 names it among the villages "навколо Бахмута"'),
  ivanivske: nearBakhmut('Ivanivske (Bakhmut Raion)', 'uk-05 names it among the villages "навколо Бахмута"'),
  bohdanivka: nearBakhmut('Bohdanivka (Bakhmut Raion)', 'uk-05 names it among the villages "навколо Бахмута"'),
  dvorichchia: nearBakhmut('Dvorichchia (Russian Dvurechye, Bakhmut Raion)', 'ru-01 puts it "в районе Артемовска"'),
  krasnopolivka: nearBakhmut('Krasnopolivka (Russian Krasnopolyevka, Bakhmut Raion)', 'ru-01 puts it "в районе Артемовска"'),
  bakhmutske: nearBakhmut('Bakhmutske', 'ru-01 puts it "к северо-востоку от Артемовска"'),
};
