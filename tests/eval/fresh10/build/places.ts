// Reference entities for the fresh10 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`),
// the centre of the district a carried source names (`district`), or the oblast (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, bryanskOblast, donetskOblast, kharkivOblast, kurskOblast, luhanskOblast, odesaOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, which has no GeoNames id, or not at all, and no Wikipedia page with coordinates was found with the search tool)';

const toretsk = gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354);
const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const grayvoron = gn('Grayvoron', 'town', 'RU', 'Belgorod Oblast', 50.4767, 35.6773, 559034);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const SEVERAL = ' (several villages of that name lie in the oblast and the text does not say which)';

export const PLACES = {
  russia,
  ukraine,
  // oblasts and regions
  donetskOblast,
  sumyOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  bryanskOblast,
  luhanskOblast,
  odesaOblast,
  belgorodOblast,
  kurskOblast,
  donbas: {
    name: 'Donbas', kind: 'region', country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region',
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  } satisfies RefPlace,
  pokrovskDistrict: seat('Pokrovsk Raion', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk'),
  grayvoronDistrict: seat('Grayvoronsky District (urban okrug)', 'RU', 'Belgorod Oblast', grayvoron, 'Grayvoron'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kharkiv: gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483),
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  berdiansk: gn('Berdiansk', 'city', 'UA', 'Zaporizhzhia Oblast', 46.76644, 36.79872, 712451),
  horlivka: gn('Horlivka', 'city', 'UA', 'Donetsk Oblast', 48.33576, 38.05325, 707753),
  toretsk,
  pokrovsk,
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  kostiantynivka: gn('Kostiantynivka', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  lyman: gn('Lyman', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  dvorichna: gn('Dvorichna', 'town', 'UA', 'Kharkiv Oblast', 49.85019, 37.68262, 709399),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  grayvoron,
  glushkovo: gn('Glushkovo', 'town', 'RU', 'Kursk Oblast', 51.33917, 34.63278, 560995),
  // villages and towns located by their Wikipedia page
  khotin: wiki('Khotin', 'town', 'UA', 'Sumy Oblast', 51.07806, 34.77583, 'uk:Хотінь'),
  // villages placed where the evidence puts them
  niuYork: placedAt('Niu-York', 'Donetsk Oblast', 'UA', toretsk, 'near',
    `${POSTAL_ONLY}; en-02 places it "just south of Toretsk": the point of Toretsk (geonames:709354)`),
  druzhbaToretsk: placedAt('Druzhba (Toretsk area)', 'Donetsk Oblast', 'UA', toretsk, 'near',
    `${POSTAL_ONLY} (data/gazetteer's rows of this name are namesakes in other oblasts); en-02 places it "east of Toretsk": the point of Toretsk (geonames:709354)`),
  urozhaine: inOblast('Urozhaine (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  staromaiorske: inOblast('Staromaiorske', 'Donetsk Oblast', donetskOblast),
  zavitneBazhannia: inOblast('Zavitne Bazhannia', 'Donetsk Oblast', donetskOblast),
  staromlynivka: inOblast('Staromlynivka', 'Donetsk Oblast', donetskOblast),
  torske: inOblast('Torske (Lyman hromada)', 'Donetsk Oblast', donetskOblast),
  borysivka: inOblast('Borysivka (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast, SEVERAL),
  ohirtseve: inOblast('Ohirtseve', 'Kharkiv Oblast', kharkivOblast),
  pylna: inOblast('Pylna', 'Kharkiv Oblast', kharkivOblast),
  strilecha: inOblast('Strilecha', 'Kharkiv Oblast', kharkivOblast),
  pletenivka: inOblast('Pletenivka', 'Kharkiv Oblast', kharkivOblast),
  oliinykove: inOblast('Oliinykove', 'Kharkiv Oblast', kharkivOblast),
  kamianskeZp: inOblast('Kamianske (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast,
    ' (the GeoNames Kamianske carried in data/gazetteer, 709932, is the city of Dnipropetrovsk Oblast); the text names Zaporizhzhia as the goal'),
  plavni: inOblast('Plavni (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast,
    ' (the GeoNames Plavni carried in data/gazetteer, 697115, is a namesake in Odesa Oblast); the text names Zaporizhzhia as the goal'),
  prydniprovske: inOblast('Prydniprovske (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, '; the text names Zaporizhzhia as the goal'),
  stepnohirsk: inOblast('Stepnohirsk', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, '; the text names Zaporizhzhia as the goal'),
  sushany: inOblast('Sushany', 'Bryansk Oblast', bryanskOblast),
  brovnichi: inOblast('Brovnichi', 'Bryansk Oblast', bryanskOblast),
  varachyne: inOblast('Varachyne', 'Sumy Oblast', sumyOblast),
  oleksiivkaSumy: inOblast('Oleksiivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  novomykolaivkaSumy: inOblast('Novomykolaivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  malaKorchakivka: inOblast('Mala Korchakivka', 'Sumy Oblast', sumyOblast),
  khrapivshchyna: inOblast('Khrapivshchyna', 'Sumy Oblast', sumyOblast),
  kondrativka: inOblast('Kondrativka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  sadky: inOblast('Sadky (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
} satisfies Record<string, RefPlace>;
