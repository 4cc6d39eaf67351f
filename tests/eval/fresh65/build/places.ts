// Reference places of tests/eval/fresh65. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text
// measures it from (`near`), with the reason in `coordNote`; a region with no single sourced point has none.
import { gn, placedAt, wiki } from '../../build/ref-places.ts';
import type { RefPlace } from './types.ts';
import {
  donetskOblast,
  kharkivOblast,
  khersonOblast,
  luhanskOblast,
  russia,
  ukraine,
  usa,
  zaporizhzhiaOblast,
} from '../../build/ne-points.ts';

const bakhmut = gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const lysychansk = gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972);
const NEAR_LYSYCHANSK =
  'no point of its own in a source the gold accepts (data/gazetteer carries no GeoNames row with a point for it, and no Wikipedia page with coordinates was looked up with the search tool); ru-03 names it among the settlements "близлежащими" Lysychansk: the point of Lysychansk (geonames:702972)';

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  donetskOblast,
  kharkivOblast,
  khersonOblast,
  luhanskOblast,
  zaporizhzhiaOblast,
  donbas: {
    name: 'Donbas', kind: 'region', country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region',
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  } satisfies RefPlace,
  crete: {
    name: 'Crete', kind: 'region', country: 'GR', admin1: 'Crete', lat: null, lon: null, coordSource: null, precision: 'region',
    coordNote: 'a Greek island and region: data/gazetteer carries it only as an admin-1 name (no point), Natural Earth points of this repository cover no Greek region, and no Wikipedia page was looked up',
  } satisfies RefPlace,
  // capitals, cities and towns
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  bakhmut,
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  lyman: gn('Lyman', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  svatove: gn('Svatove', 'town', 'UA', 'Luhansk Oblast', 49.41029, 38.15035, 692118),
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  sievierodonetsk: gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  lysychansk,
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  // villages
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  bilaHora: placedAt('Bila Hora (Luhansk Oblast)', 'Luhansk Oblast', 'UA', lysychansk, 'near', NEAR_LYSYCHANSK),
  novodruzhesk: placedAt('Novodruzhesk', 'Luhansk Oblast', 'UA', lysychansk, 'near', NEAR_LYSYCHANSK),
  maloriazantseve: placedAt('Maloriazantseve', 'Luhansk Oblast', 'UA', lysychansk, 'near', NEAR_LYSYCHANSK),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  andriivkaBakhmut: placedAt('Andriivka (Bakhmut area)', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    'no point of its own in a source the gold accepts (many villages of this name; none of data/gazetteer\'s rows is told apart as this one); en-01 places it "about 13 kilometers south of Bakhmut": the point of Bakhmut (geonames:713174)'),
};
