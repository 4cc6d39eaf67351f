// Reference places of tests/eval/fresh50. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it or data/gazetteer records it). Never guessed. A village no accepted source locates has the point the evidence
// supports: the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, wiki, placedAt } from '../../build/ref-places.ts';
import { belarus, belgorodOblast, bryanskOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or a hromada row with no point, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';


type Oblast = typeof donetskOblast;
const inOblast = (name: string, oblast: Oblast, code: string, file: string, why: string, extra = '') =>
  placedAt(name, oblast.admin1 as string, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; ${file} ${why}: the point of ${oblast.admin1} (naturalearth:admin1:${code})`);
const SEVERAL = ' (several villages of that name lie in the oblast)';
const KHARKIV_NORTH = 'names it among the villages of "the north of Kharkiv Oblast" where attacks were repelled or fighting goes on';

export const PLACES = {
  russia,
  ukraine,
  belarus,
  // regions
  donetskOblast,
  kharkivOblast,
  sumyOblast,
  dnipropetrovskOblast,
  zaporizhzhiaOblast,
  luhanskOblast,
  khersonOblast,
  bryanskOblast,
  belgorodOblast,
  kurskOblast,
  klimovskyDistrict: {
    ...gn('Klimovsky District', 'district', 'RU', 'Bryansk Oblast', 52.38053, 32.19233, 547591),
    precision: 'district' as const,
    coordNote: 'the point of its administrative centre, Klimovo (geonames:547591)',
  },
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  simferopol: gn('Simferopol', 'city', 'UA', 'Crimea', 44.95719, 34.11079, 693805),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  dnipro: gn('Dnipro (Russian Dnepropetrovsk)', 'city', 'UA', 'Dnipropetrovsk Oblast', 48.4593, 35.03865, 709930),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  chuhuiv: gn('Chuhuiv', 'town', 'UA', 'Kharkiv Oblast', 49.83588, 36.68803, 710374),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  dvorichna: gn('Dvorichna', 'town', 'UA', 'Kharkiv Oblast', 49.85019, 37.68262, 709399),
  toretsk: gn('Toretsk (Russian Dzerzhinsk)', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  serebrianka: gn('Serebrianka', 'village', 'UA', 'Donetsk Oblast', 48.91917, 38.13494, 694494),
  dobropillia: gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900),
  terny: gn('Terny (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.09226, 37.96081, 691608),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  // villages with a Wikipedia point as earlier sets or data/gazetteer give it
  torske: wiki('Torske (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.015, 37.964444, 'de:Torske_(Kramatorsk,_Lyman)'),
  borysivka: wiki('Borysivka', 'village', 'UA', 'Kharkiv Oblast', 50.275278, 36.561944, 'en:Borysivka, Kharkiv Oblast'),
  pylna: wiki('Pylna', 'village', 'UA', 'Kharkiv Oblast', 50.286944, 36.517778, 'en:Pylna'),
  strilecha: wiki('Strilecha', 'village', 'UA', 'Kharkiv Oblast', 50.302778, 36.401389, 'en:Strilecha'),
  zabrama: wiki('Zabrama', 'village', 'RU', 'Bryansk Oblast', 52.13667, 32.30222, 'ru:Забрама'),
  // villages placed where the evidence puts them
  dachne: inOblast('Dachne (Synelnykove Raion)', dnipropetrovskOblast, 'UA-12', 'en-02', 'names it only as "located just inside the Dnipropetrovsk region"', SEVERAL),
  hrabovske: inOblast('Hrabovske (Sumy Oblast)', sumyOblast, 'UA-59', 'uk-01 and en-04', 'name it only as a border village "на Сумщині" / "in Ukraine’s Sumy region"'),
  krasne: inOblast('Krasne (Kharkiv Oblast)', kharkivOblast, 'UA-63', 'uk-05', KHARKIV_NORTH, SEVERAL),
  rukhovets: inOblast('Rukhovets', kharkivOblast, 'UA-63', 'uk-05', KHARKIV_NORTH),
  oliinykove: inOblast('Oliinykove', kharkivOblast, 'UA-63', 'uk-05', KHARKIV_NORTH),
  hatyshche: inOblast('Hatyshche', kharkivOblast, 'UA-63', 'uk-05', KHARKIV_NORTH),
  ohirtseve: inOblast('Ohirtseve', kharkivOblast, 'UA-63', 'uk-05', KHARKIV_NORTH),
  verbove: inOblast('Verbove (Russian Verbovoye, Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'UA-12', 'ru-01', 'names it only as "Вербовое в Днепропетровской области"', SEVERAL),
  khoroshe: inOblast('Khoroshe (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'UA-12', 'ru-02', 'names it only as "Хорошее в Днепропетровской области"'),
  vorone: inOblast('Vorone (Russian Voronoye, Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'UA-12', 'ru-02', 'names it only as "Вороное в Днепропетровской области"'),
  zelenyiHai: inOblast('Zelenyi Hai (Kharkiv Oblast)', kharkivOblast, 'UA-63', 'ru-04', 'names it only as "Зеленый Гай Харьковской области"', SEVERAL),
};
