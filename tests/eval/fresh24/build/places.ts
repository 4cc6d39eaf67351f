// Reference places of tests/eval/fresh24. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district whose centre is sourced (`district`) or the oblast the text names (`region`), with
// the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { bryanskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const sievierodonetsk = gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999);
const robotyne = wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne');
const dobropillia = gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const pogar = gn('Pogar', 'town', 'RU', 'Bryansk Oblast', 52.55399, 33.25907, 507875);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearDobropillia = (name: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', dobropillia, 'near',
    `${POSTAL_ONLY}; uk-02 puts it on the line of villages retaken after the breakthrough "під Добропіллям" ("Ситуація біля Добропілля"): the point of Dobropillia (geonames:709900)`);
const nearKupiansk = (name: string): RefPlace =>
  placedAt(name, 'Kharkiv Oblast', 'UA', kupiansk, 'near',
    `${POSTAL_ONLY}; uk-03 names it where the occupiers gathered before infiltrating "до північних околиць Куп’янська": the point of Kupiansk (geonames:703656)`);

export const PLACES = {
  russia,
  ukraine,
  // oblasts and regions
  donetskOblast,
  bryanskOblast,
  luhanskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  khersonOblast,
  kurskOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox)' },
  // districts at their centres
  sievierodonetskRaion: seat('Sievierodonetsk Raion', 'UA', 'Luhansk Oblast', sievierodonetsk, 'Sievierodonetsk'),
  pogarskyDistrict: seat('Pogarsky District', 'RU', 'Bryansk Oblast', pogar, 'Pogar'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  sievierodonetsk,
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  toshkivka: gn('Toshkivka', 'town', 'UA', 'Luhansk Oblast', 48.77914, 38.57903, 691355),
  toretsk: gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  dobropillia,
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  horlivka: gn('Horlivka', 'city', 'UA', 'Donetsk Oblast', 48.33576, 38.05325, 707753),
  kupiansk,
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  // places at their Wikipedia page's coordinates (as the earlier sets give them)
  robotyne,
  newYork: wiki('New York (Niu-York)', 'town', 'UA', 'Donetsk Oblast', 48.31556, 37.88389, 'en:New_York,_Ukraine'),
  ocheretyne: wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
  krynky: wiki('Krynky (Kherson Oblast)', 'village', 'UA', 'Kherson Oblast', 46.7375, 33.0925, 'en:Krynky'),
  // villages placed where the text puts them
  verbove: placedAt('Verbove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', 'UA', robotyne, 'near',
    `${POSTAL_ONLY}; en-02 puts it "southeast of Robotyne": the point of Robotyne (wikipedia:en:Robotyne)`),
  rozdolivka: inOblast('Rozdolivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (en-03: "the town of Rozdolivka in the Donetsk region")'),
  rubizhneDobropillia: nearDobropillia('Rubizhne (Dobropillia area)'),
  zolotyiKolodiaz: nearDobropillia('Zolotyi Kolodiaz'),
  veseleDobropillia: nearDobropillia('Vesele (Dobropillia area)'),
  radkivka: nearKupiansk('Radkivka (Kupiansk area)'),
  holubivka: nearKupiansk('Holubivka (Kupiansk area)'),
  sluchovsk: placedAt('Sluchovsk', 'Bryansk Oblast', 'RU', pogar, 'district',
    `${POSTAL_ONLY}; ru-01 puts it in "Погарского района": the point of the district centre, Pogar (geonames:507875)`),
  lomakovka: inOblast('Lomakovka (Bryansk Oblast)', 'Bryansk Oblast', bryanskOblast, ' (ru-01: "на Брянщину ... в районе населенного пункта Ломаковка")'),
  arkhanhelske: inOblast('Arkhanhelske (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (ru-02: "в районах Архангельского и Новгородского ДНР"; several villages of this name)'),
  novokalynove: inOblast('Novokalynove', 'Donetsk Oblast', donetskOblast, ' (ru-02: among the villages "ДНР" where counter-attacks were repelled)'),
  soloviove: inOblast('Soloviove (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (ru-02: among the villages "ДНР" where counter-attacks were repelled)'),
  berdychi: inOblast('Berdychi (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (ru-02: among the villages "ДНР"; data/gazetteer\'s GeoNames Berdychiv is a town in Zhytomyr Oblast)'),
  semenivka: inOblast('Semenivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (ru-02: among the villages "ДНР"; data/gazetteer\'s GeoNames Semenivka towns are namesakes in Chernihiv and Poltava Oblasts)'),
  netailove: inOblast('Netailove', 'Donetsk Oblast', donetskOblast, ' (ru-02: among the villages "ДНР" where counter-attacks were repelled)'),
  nelepivka: inOblast('Nelepivka', 'Donetsk Oblast', donetskOblast, ' (ru-03: the brigade withdrew "в сторону села Нелеповка" from Нью-Йорк "в ДНР")'),
};
