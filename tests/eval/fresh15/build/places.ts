// Reference entities for the fresh15 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`),
// its district centre (`district`), or the oblast the text or the report names (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, a KATOTTG hromada row or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const dvorichna = gn('Dvorichna', 'town', 'UA', 'Kharkiv Oblast', 49.85019, 37.68262, 709399);
const zaporizhzhia = gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text or the report names only its oblast: the point of the oblast (${oblast.coordSource})`);
const SEVERAL = ' (several places of that name lie in the oblast and the text does not say which)';
const MOD_LIST = ' (the excerpt names no oblast for it; the same Defence Ministry bulletin, as other stored copies give it, puts it in this oblast)';

export const PLACES = {
  russia,
  ukraine,
  // oblasts
  donetskOblast,
  kharkivOblast,
  luhanskOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  sumyOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox)' },
  // districts, at their centre's point
  kupianskDistrict: seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  dvorichnaDistrict: seat('Dvorichna Raion (former)', 'UA', 'Kharkiv Oblast', dvorichna, 'Dvorichna'),
  zaporizhzhiaDistrict: seat('Zaporizhzhia Raion', 'UA', 'Zaporizhzhia Oblast', zaporizhzhia, 'Zaporizhzhia'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  melitopol: gn('Melitopol', 'city', 'UA', 'Zaporizhzhia Oblast', 46.84891, 35.36533, 701404),
  kharkiv: gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483),
  zaporizhzhia,
  pokrovsk: gn('Pokrovsk', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  toretsk: gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  yampil: gn('Yampil (Donetsk Oblast)', 'village', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  kupiansk,
  dvorichna,
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  orikhiv: gn('Orikhiv', 'town', 'UA', 'Zaporizhzhia Oblast', 47.56731, 35.78575, 698428),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  kushuhum: gn('Kushuhum', 'town', 'UA', 'Zaporizhzhia Oblast', 47.71278, 35.20917, 703555),
  // villages and settlements at their Wikipedia page's coordinates (found with the search tool)
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  ocheretyne: wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
  stepnohirsk: wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk'),
  // villages placed where the evidence puts them
  balabyneNear: placedAt('Balabyne', 'Zaporizhzhia Oblast', 'UA', zaporizhzhia, 'near',
    `${POSTAL_ONLY}; the text calls it one of the southern suburbs of Zaporizhzhia ("які фактично є південними передмістями Запоріжжя"): the point of Zaporizhzhia (geonames:687700)`),
  vremivka: inOblast('Vremivka', 'Donetsk Oblast', donetskOblast),
  petropavlivkaDonetsk: inOblast('Petropavlivka (Pokrovsk Raion)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  dachneDonetsk: inOblast('Dachne (Pokrovsk Raion)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  slovianka: inOblast('Slovianka (Pokrovsk Raion)', 'Donetsk Oblast', donetskOblast),
  kamianskeZap: inOblast('Kamianske (Vasylivka Raion)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  plavni: inOblast('Plavni (Vasylivka Raion)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  prymorske: inOblast('Prymorske (Vasylivka Raion)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, SEVERAL),
  prydniprovske: inOblast('Prydniprovske (Zaporizhzhia Raion)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  dachneDnipro: inOblast('Dachne (Synelnykove Raion)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, SEVERAL),
  filiia: inOblast('Filiia', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  orestopil: inOblast('Orestopil', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  topoli: inOblast('Topoli (Kupiansk Raion)', 'Kharkiv Oblast', kharkivOblast),
  zapadne: inOblast('Zapadne', 'Kharkiv Oblast', kharkivOblast),
  pishchane: inOblast('Pishchane (Kupiansk Raion)', 'Kharkiv Oblast', kharkivOblast, SEVERAL),
  lozovaVillage: inOblast('Lozova (Kupiansk Raion)', 'Kharkiv Oblast', kharkivOblast, ' (not the city of Lozova, a namesake in the same oblast)'),
  kopanky: inOblast('Kopanky', 'Kharkiv Oblast', kharkivOblast),
  zelenyiHai: inOblast('Zelenyi Hai (Kupiansk Raion)', 'Kharkiv Oblast', kharkivOblast, SEVERAL),
  krasnePershe: inOblast('Krasne Pershe', 'Kharkiv Oblast', kharkivOblast),
  makiivkaLuhansk: inOblast('Makiivka (Luhansk Oblast)', 'Luhansk Oblast', luhanskOblast, `${MOD_LIST}; not the city of Makiivka in Donetsk Oblast`),
  hryhorivkaDonetsk: inOblast('Hryhorivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, `${MOD_LIST}${SEVERAL}`),
  ivanivkaDonetsk: inOblast('Ivanivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, `${MOD_LIST}${SEVERAL}`),
  dvorichanske: inOblast('Dvorichanske', 'Kharkiv Oblast', kharkivOblast),
  zhovtneve: inOblast('Zhovtneve (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast, SEVERAL),
  kolodiazne: inOblast('Kolodiazne', 'Kharkiv Oblast', kharkivOblast),
  malynivkaKharkiv: inOblast('Malynivka (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast, SEVERAL),
  oleksiivkaSumy: inOblast('Oleksiivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  katerynivkaSumy: inOblast('Katerynivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  kindrativkaSumy: inOblast('Kindrativka (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
  novaSich: inOblast('Nova Sich (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
  shevchenkoSumy: inOblast('Shevchenko (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
};
