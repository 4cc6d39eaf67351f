// Reference places of tests/eval/fresh34. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), its district's centre (`district`) or the oblast the text names (`region`), with the reason in
// `coordNote`.
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries no GeoNames row of this name in its oblast, and no Wikipedia page with coordinates was looked up with the search tool)';

const kurakhove = gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646);
const toretsk = gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354);
const vovchansk = gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304);
const polohy = gn('Polohy', 'town', 'UA', 'Zaporizhzhia Oblast', 47.48444, 36.25361, 696677);
const tokmak = gn('Tokmak', 'town', 'UA', 'Zaporizhzhia Oblast', 47.25522, 35.71238, 691469);

const inKherson = (name: string, file: string) =>
  placedAt(name, 'Kherson Oblast', 'UA', khersonOblast, 'region',
    `${POSTAL_ONLY}; ${file} names it only in a list of villages "На Херсонщині": the point of Kherson Oblast (naturalearth:admin1:UA-65)`);
const inZaporizhzhia = (name: string) =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', zaporizhzhiaOblast, 'region',
    `${POSTAL_ONLY}; uk-04 names it only as the end of an axis of the advance "на Запоріжжі": the point of Zaporizhzhia Oblast (naturalearth:admin1:UA-23)`);

export const PLACES = {
  russia,
  ukraine,
  // regions
  donetskOblast,
  kharkivOblast,
  khersonOblast,
  zaporizhzhiaOblast,
  luhanskOblast,
  kurskOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  // districts and hromadas
  polohyRaion: seat('Polohy Raion', 'UA', 'Zaporizhzhia Oblast', polohy, 'Polohy'),
  tokmakHromada: seat('Tokmak urban hromada', 'UA', 'Zaporizhzhia Oblast', tokmak, 'Tokmak'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  beryslav: gn('Beryslav', 'town', 'UA', 'Kherson Oblast', 46.84152, 33.42838, 712260),
  kurakhove,
  toretsk,
  vovchansk,
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  bilohorivka: gn('Bilohorivka', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  sudzha: gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  kostiantynivka: gn('Kostiantynivka', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  ocheretyne: wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  malaTokmachka: gn('Mala Tokmachka', 'village', 'UA', 'Zaporizhzhia Oblast', 47.53563, 35.89293, 702153),
  lyptsi: wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi'),
  // villages placed by the text
  kurakhivka: placedAt('Kurakhivka', 'Donetsk Oblast', 'UA', kurakhove, 'near',
    `${POSTAL_ONLY}; en-01 places it "near the industrial city of Kurakhove": the point of Kurakhove (geonames:703646)`),
  pershotravneveKharkiv: placedAt('Pershotravneve (Kharkiv Oblast)', 'Kharkiv Oblast', 'UA', kharkivOblast, 'region',
    `data/gazetteer's rows of this name are namesakes in other oblasts; en-01 places it only "in the adjacent Kharkiv region": the point of Kharkiv Oblast (naturalearth:admin1:UA-63)`),
  niuYork: placedAt('Niu-York', 'Donetsk Oblast', 'UA', toretsk, 'near',
    `${POSTAL_ONLY}; en-02 calls it one of "the largest settlements in the Toretsk agglomeration": the point of Toretsk (geonames:709354), as earlier sets place it`),
  zalizne: placedAt('Zalizne (Toretsk area)', 'Donetsk Oblast', 'UA', toretsk, 'near',
    `${POSTAL_ONLY}; en-02 places it "southeast of Toretsk": the point of Toretsk (geonames:709354)`),
  buhruvatka: placedAt('Buhruvatka', 'Kharkiv Oblast', 'UA', vovchansk, 'near',
    `${POSTAL_ONLY}; en-05 places it "west-south-west of Vovchansk": the point of Vovchansk (geonames:689304)`),
  novodmytrivka: inKherson('Novodmytrivka', 'uk-03'),
  kostyrka: inKherson('Kostyrka', 'uk-03'),
  chereshneve: inKherson('Chereshneve', 'uk-03'),
  novomykolaivkaKherson: inKherson('Novomykolaivka (Kherson Oblast)', 'uk-03'),
  novopetrivkaKherson: inKherson('Novopetrivka (Kherson Oblast)', 'uk-03'),
  blakytne: inKherson('Blakytne', 'uk-03'),
  novodanylivka: inZaporizhzhia('Novodanylivka'),
  novoprokopivka: inZaporizhzhia('Novoprokopivka'),
  ocheretuvate: inZaporizhzhia('Ocheretuvate'),
};
