// Reference places of tests/eval/fresh20. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district or hromada whose centre is sourced (`district`) or the oblast the text names
// (`region`), with the reason in `coordNote`; where the text gives no such evidence, it has no point (`unlocated`).
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const dobropillia = gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900);
const donetsk = gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717);
// as fresh18 gives it (the German page)
const stepnohirsk = wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk');

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearKupiansk = (name: string): RefPlace =>
  placedAt(name, 'Kharkiv Oblast', 'UA', kupiansk, 'near',
    `${POSTAL_ONLY}; the text puts it in Kharkiv Oblast next to Kupiansk ("находятся в Харьковской области и примыкают к Купянску"): the point of Kupiansk (geonames:703656)`);
const nearDobropillia = (name: string, extra = ''): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', dobropillia, 'near',
    `${POSTAL_ONLY}${extra}; the text names it among the settlements of the Dobropillia axis ("на Добропільському напрямку", "Ситуація під Добропіллям"): the point of Dobropillia (geonames:709900)`);
const NO_OBLAST =
  'no point of its own in a source the gold accepts, and the text names neither its oblast nor a town next to it (DeepState\'s list of advances "поблизу Шевченка, Білої Гори та в Олександро-Шультиному"; several places of the name lie in Donetsk Oblast)';

export const PLACES = {
  russia,
  ukraine,
  usa,
  // oblasts and regions
  donetskOblast,
  dnipropetrovskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  sumyOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as fresh15 to fresh19 give it' },
  petrovskyiDistrict: seat('Petrovskyi District (Donetsk)', 'UA', 'Donetsk Oblast', donetsk, 'Donetsk'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  donetsk,
  bakhmut: gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  kupiansk,
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  dobropillia,
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  myrnohrad: gn('Myrnohrad (Dymytrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  kostiantynivka: gn('Kostiantynivka', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  // towns and villages at their Wikipedia page's coordinates (as the earlier sets give them)
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  ocheretyne: wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
  newYork: wiki('New York (Niu-York)', 'town', 'UA', 'Donetsk Oblast', 48.31556, 37.88389, 'en:New_York,_Ukraine'),
  stepnohirsk,
  zaporizke: wiki('Zaporizke (Velykomykhailivka hromada, Dnipropetrovsk Oblast)', 'village', 'UA', 'Dnipropetrovsk Oblast', 47.85333, 36.53194,
    'en:Zaporizke, Velykomykhailivka rural hromada, Synelnykove Raion, Dnipropetrovsk Oblast'),
  // Avdiivka front
  stepoveAvdiivka: inOblast('Stepove (Avdiivka area)', 'Donetsk Oblast', donetskOblast, ' (the text names it with Avdiivka and Sieverne: "east of Stepove and southeast of Sieverne")'),
  sieverne: inOblast('Sieverne (Avdiivka area)', 'Donetsk Oblast', donetskOblast, ' (the text names it with Avdiivka and Stepove)'),
  stepoveMarinka: inOblast('Stepove (named with Marinka)', 'Donetsk Oblast', donetskOblast,
    ' (the text names it with Marinka in the DPR, "в Марьинке и Степном"; several places of the name lie in the oblast)'),
  // Dnipropetrovsk Oblast border and the Kostiantynivka axis
  novoheorhiivka: inOblast('Novoheorhiivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  shevchenkoDs: unlocated('Shevchenko (DeepState list of 26 August 2025)', 'Donetsk Oblast', 'UA', NO_OBLAST),
  bilaHora: unlocated('Bila Hora', 'Donetsk Oblast', 'UA', NO_OBLAST),
  oleksandroShultyne: unlocated('Oleksandro-Shultyne', 'Donetsk Oblast', 'UA', NO_OBLAST),
  // the Dobropillia axis (Aug 2025)
  zolotyiKolodiaz: nearDobropillia('Zolotyi Kolodiaz'),
  kucherivYar: nearDobropillia('Kucheriv Yar'),
  hruzke: nearDobropillia('Hruzke'),
  rubizhneDobropillia: nearDobropillia('Rubizhne (Dobropillia axis)', ' (not the Luhansk Oblast town Rubizhne, geonames:695274)'),
  novovodiane: nearDobropillia('Novovodiane'),
  petrivkaDobropillia: nearDobropillia('Petrivka (Dobropillia axis)', ' (several places of the name lie in Donetsk Oblast)'),
  veseleDobropillia: nearDobropillia('Vesele (Dobropillia axis)', ' (several places of the name lie in Donetsk Oblast)'),
  zolotaKrynytsia: nearDobropillia('Zolota Krynytsia (as the text names it)'),
  // Kupiansk
  kucherivka: nearKupiansk('Kucherivka (Kupiansk)'),
  kurylivka: nearKupiansk('Kurylivka (Kupiansk)'),
  kupianskVuzlovyi: placedAt('Kupiansk-Vuzlovyi', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${POSTAL_ONLY}; data/gazetteer/ua-hromada-settlements.json puts it in Kupiansk hromada (KATOTTG): the point of the hromada centre, Kupiansk (geonames:703656)`),
  // Zaporizhzhia Oblast
  plavni: placedAt('Plavni (Vasylivka Raion)', 'Zaporizhzhia Oblast', 'UA', stepnohirsk, 'near',
    `${POSTAL_ONLY} (the GeoNames Plavni carried in data/gazetteer, 697115, is a namesake in Odesa Oblast); the text puts it on the line of contact "от села Плавни до Степногорска": the point of Stepnohirsk (wikipedia:de:Stepnohirsk)`),
};
