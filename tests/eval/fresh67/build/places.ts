// Reference places of tests/eval/fresh67. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text
// places it by (`near`), the district the text names (`district`) or the oblast the text names (`region`), with the
// reason in `coordNote`.
import { gn, inRegion, ne0, placedAt, seat, wiki } from '../../build/ref-places.ts';
import type { RefPlace } from './types.ts';
import {
  donetskOblast,
  kharkivOblast,
  kyivOblast,
  luhanskOblast,
  russia,
  ukraine,
  zaporizhzhiaOblast,
} from '../../build/ne-points.ts';

const bakhmut = gn('Bakhmut (Artemovsk)', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const irpin = gn('Irpin', 'town', 'UA', 'Kyiv Oblast', 50.52175, 30.25055, 707565);
const bucha = gn('Bucha', 'town', 'UA', 'Kyiv Oblast', 50.54345, 30.21201, 711350);
const vyshhorod = gn('Vyshhorod', 'town', 'UA', 'Kyiv Oblast', 50.58476, 30.4898, 688723);
const brovary = gn('Brovary', 'city', 'UA', 'Kyiv Oblast', 50.51809, 30.80671, 711390);
const makariv = gn('Makariv', 'town', 'UA', 'Kyiv Oblast', 50.46408, 29.81128, 702337);

export const PLACES = {
  russia,
  ukraine,
  japan: ne0('Japan', 'JP', 36.6505, 137.97247),
  // regions, districts and hromadas
  donetskOblast,
  kharkivOblast,
  kyivOblast,
  luhanskOblast,
  zaporizhzhiaOblast,
  donbas: {
    ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'),
    admin1: null,
    precision: 'region' as const,
    coordNote:
      'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it',
  } satisfies RefPlace,
  vyshhorodDistrict: seat('Vyshhorod Raion', 'UA', 'Kyiv Oblast', vyshhorod, 'Vyshhorod'),
  buchaDistrict: seat('Bucha Raion', 'UA', 'Kyiv Oblast', bucha, 'Bucha'),
  brovaryDistrict: seat('Brovary Raion', 'UA', 'Kyiv Oblast', brovary, 'Brovary'),
  makarivHromada: seat('Makariv hromada', 'UA', 'Kyiv Oblast', makariv, 'Makariv'),
  buchaHromada: seat('Bucha hromada', 'UA', 'Kyiv Oblast', bucha, 'Bucha'),
  irpinHromada: seat('Irpin hromada', 'UA', 'Kyiv Oblast', irpin, 'Irpin'),
  dmytrivkaHromada: {
    ...inRegion('Dmytrivka hromada (Kyiv Oblast)', kyivOblast,
      'uk-01 names it ("Дмирівську", sic) only among the hromadas shelled after the Irpin–Bucha–Hostomel fighting "на Київщині"; its centre, Dmytrivka of Bucha Raion, has no GeoNames row in data/gazetteer (the Dmytrivkas there lie in other oblasts)'),
    kind: 'district' as const,
  } satisfies RefPlace,
  // capitals, cities and towns
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  minsk: gn('Minsk', 'city', 'BY', 'Minsk', 53.9, 27.56667, 625144),
  sievierodonetsk: gn('Sievierodonetsk (Severodonetsk)', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  bakhmut,
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  irpin,
  bucha,
  hostomel: gn('Hostomel', 'town', 'UA', 'Kyiv Oblast', 50.56841, 30.2651, 708251),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  lyman: gn('Lyman', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  svatove: gn('Svatove', 'town', 'UA', 'Luhansk Oblast', 49.41029, 38.15035, 692118),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  shevchenkove: gn('Shevchenkove (Kharkiv Oblast)', 'town', 'UA', 'Kharkiv Oblast', 49.69585, 37.17348, 694137),
  berdiansk: gn('Berdiansk', 'city', 'UA', 'Zaporizhzhia Oblast', 46.76644, 36.79872, 712451),
  // villages
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  andriivka: placedAt('Andriivka (Bakhmut area)', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    'several villages of this name in Donetsk Oblast and no GeoNames row for the one by Bakhmut in data/gazetteer; en-04 places it "on the Bakhmut front": the point of Bakhmut (geonames:713174)'),
  kurdiumivka: placedAt('Kurdiumivka', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    'no GeoNames row in data/gazetteer; en-04 names it among the settlements of the fighting "on the Bakhmut front": the point of Bakhmut (geonames:713174)'),
  nemishaieve: inRegion('Nemishaieve', kyivOblast,
    'uk-01 names it only as a settlement "на Київщині" (no GeoNames row in data/gazetteer)'),
};
