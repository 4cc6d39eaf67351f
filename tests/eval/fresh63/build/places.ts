// Reference places of tests/eval/fresh63. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the district centre the
// text names (`district`) or the oblast (`region`), with the reason; one the text places in no oblast is unlocated.
import { gn, inRegion, placedAt, seat, unlocated, wiki, NO_POINT } from '../../build/ref-places.ts';
import {
  crimea,
  donetskOblast,
  kharkivOblast,
  khersonOblast,
  luhanskOblast,
  mykolaivOblast,
  russia,
  ukraine,
  usa,
} from '../../build/ne-points.ts';

const marinka = gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845);
const snihurivka = gn('Snihurivka', 'town', 'UA', 'Mykolaiv Oblast', 47.07579, 32.80516, 693379);
const dn = (name: string, why: string) => inRegion(name, donetskOblast, why);

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions and districts
  crimea,
  donetskOblast,
  kharkivOblast,
  khersonOblast,
  luhanskOblast,
  mykolaivOblast,
  marinkaRaion: seat('Marinka Raion', 'UA', 'Donetsk Oblast', marinka, 'Marinka'),
  snihurivkaHromada: seat('Snihurivka hromada', 'UA', 'Mykolaiv Oblast', snihurivka, 'Snihurivka'),
  // capitals, cities and towns
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  makariv: gn('Makariv', 'town', 'UA', 'Kyiv Oblast', 50.46408, 29.81128, 702337),
  chornobaivka: gn('Chornobaivka', 'town', 'UA', 'Kherson Oblast', 46.69411, 32.55371, 710715),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  snihurivka,
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  berdiansk: gn('Berdiansk', 'city', 'UA', 'Zaporizhzhia Oblast', 46.76644, 36.79872, 712451),
  melitopol: gn('Melitopol', 'city', 'UA', 'Zaporizhzhia Oblast', 46.84891, 35.36533, 701404),
  svatove: gn('Svatove', 'town', 'UA', 'Luhansk Oblast', 49.41029, 38.15035, 692118),
  rubizhne: gn('Rubizhne', 'town', 'UA', 'Luhansk Oblast', 49.01229, 38.37967, 695274),
  sievierodonetsk: gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  // villages without a point of their own in an accepted source
  storozheve: dn('Storozheve (Donetsk Oblast)', 'en-03 names it "in the Donetsk region" ("Storozheve is located east of Blahodatne", itself placed only in the oblast)'),
  blahodatne: dn('Blahodatne (Donetsk Oblast, Velyka Novosilka area)', 'en-03 names it among "three villages … in the Donetsk region" (data/gazetteer\'s Blahodatne of Volnovakha Raion, geonames:712092, may be another of the several namesakes, so not taken)'),
  neskuchne: dn('Neskuchne (Donetsk Oblast)', 'en-03 names it among "three villages … in the Donetsk region"'),
  makarivka: dn('Makarivka (Donetsk Oblast)', 'en-03 names it among "three villages … in the Donetsk region"'),
  staromaiorske: unlocated('Staromaiorske', 'Donetsk Oblast', 'UA', 'no sourced coordinate: data/gazetteer carries it only as a GeoNames postal-code row (no GeoNames id), no Wikipedia page was looked up, and en-04 names no oblast for it ("the southeast town of Staromaiorske")'),
  pavlivka: placedAt('Pavlivka (Marinka Raion)', 'Donetsk Oblast', 'UA', marinka, 'district', `${NO_POINT}; ru-02 names its district ("в Марьинском районе … в селе Павловка"): the point of Marinka, the district centre (${marinka.coordSource})`),
  novomykhailivka: dn('Novomykhailivka (Marinka Raion)', 'ru-02 names it with Pavlivka "в ДНР" only'),
};
