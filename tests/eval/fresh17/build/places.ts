// Reference places of tests/eval/fresh17. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`),
// its hromada's or district's centre (`district`), or the oblast the text names (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { ne0, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const kurakhove = gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646);
const vovchansk = gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304);
const dvorichna = gn('Dvorichna', 'town', 'UA', 'Kharkiv Oblast', 49.85019, 37.68262, 709399);
const kharkiv = gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483);
const kherson = gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448);
const grayvoron = gn('Grayvoron', 'town', 'RU', 'Belgorod Oblast', 50.4767, 35.6773, 559034);
const vuhledar = wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar');
// hromada seats at the Wikipedia page data/gazetteer/theatre.json carries for them
const yunakivka = wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka');
const khotin = wiki('Khotin', 'town', 'UA', 'Sumy Oblast', 51.07806, 34.77583, 'uk:Хотінь');

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const SEVERAL = ' (several places of that name lie in the oblast and the text does not say which)';
const inHromada = (name: string, centre: RefPlace, centreName: string, hromada: string): RefPlace =>
  placedAt(name, 'Sumy Oblast', 'UA', centre, 'district',
    `${POSTAL_ONLY}; the text names its hromada (${hromada}): the point of the hromada's centre, ${centreName} (${centre.coordSource}, as data/gazetteer/theatre.json carries it)`);
const nearVovchansk = (name: string): RefPlace =>
  placedAt(name, 'Kharkiv Oblast', 'UA', vovchansk, 'near',
    `${POSTAL_ONLY}; the text names it among "surrounding settlements" of Vovchansk: the point of Vovchansk (geonames:689304)`);
const nearDvorichna = (name: string): RefPlace =>
  placedAt(name, 'Kharkiv Oblast', 'UA', dvorichna, 'near',
    `${POSTAL_ONLY}; the text names it under "the situation near Dvorichna": the point of Dvorichna (geonames:709399)`);
const nearVuhledar = (name: string, where: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', vuhledar, 'near',
    `${POSTAL_ONLY}; the text puts it next to Vuhledar (${where}): the point of Vuhledar (wikipedia:en:Vuhledar)`);

export const PLACES = {
  russia,
  ukraine,
  unitedStates: ne0('United States', 'US', 39.528, -99.14449),
  // oblasts
  donetskOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  sumyOblast,
  belgorodOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as fresh15 and fresh16 give it' },
  // hromadas and districts at their centre's point
  yunakivkaHromada: seat('Yunakivka hromada', 'UA', 'Sumy Oblast', yunakivka, 'Yunakivka'),
  khotinHromada: seat('Khotin hromada', 'UA', 'Sumy Oblast', khotin, 'Khotin'),
  grayvoronOkrug: seat('Grayvoronsky urban okrug', 'RU', 'Belgorod Oblast', grayvoron, 'Grayvoron'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kharkiv,
  kherson,
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  pokrovsk: gn('Pokrovsk', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  kurakhove,
  vovchansk,
  dvorichna,
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  lyman: gn('Lyman', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  yampil: gn('Yampil (Donetsk Oblast)', 'village', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  novomykolaivkaZp: gn('Novomykolaivka (Zaporizhzhia Oblast)', 'village', 'UA', 'Zaporizhzhia Oblast', 47.9781, 35.9102, 699413),
  grayvoron,
  // towns and villages at their Wikipedia page's coordinates (found with the search tool, or carried by data/gazetteer)
  vuhledar,
  lyptsi: wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi'),
  torske: wiki('Torske (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.015, 37.964444, 'de:Torske_(Kramatorsk,_Lyman)'),
  kozinka: wiki('Kozinka (Belgorod Oblast)', 'village', 'RU', 'Belgorod Oblast', 50.46139, 35.6025, 'en:Kozinka,_Belgorod_Oblast'),
  // parts of cities
  saltivka: { ...placedAt('Saltivka (Kharkiv)', 'Kharkiv Oblast', 'UA', kharkiv, 'near',
    'a residential district of Kharkiv (the text: "the northern outskirts of Kharkiv, including Saltivka district"): the point of Kharkiv (geonames:706483)'), kind: 'other' as const },
  karantynnyi: { ...placedAt('Karantynnyi Island (Korabel, Kherson)', 'Kherson Oblast', 'UA', kherson, 'near',
    'an island in the Dnipro within Kherson (the text: "на острове Карантинный (Корабел) в районе города Херсон"): the point of Kherson (geonames:706448)'), kind: 'other' as const },
  // Sumy Oblast: villages placed at the hromada centre the text names
  novenke: inHromada('Novenke (Sumy Oblast)', yunakivka, 'Yunakivka', 'the Yunakivka community'),
  basivka: inHromada('Basivka (Sumy Oblast)', yunakivka, 'Yunakivka', 'the Yunakivka community'),
  loknia: inHromada('Loknia (Sumy Oblast)', yunakivka, 'Yunakivka', 'the Yunakivka community'),
  veselivkaSumy: inHromada('Veselivka (Sumy Oblast)', khotin, 'Khotin', 'the Khotin community'),
  zhuravkaSumy: inHromada('Zhuravka (Sumy Oblast)', khotin, 'Khotin', 'the Khotin community'),
  vodolahy: inHromada('Vodolahy (Sumy Oblast)', khotin, 'Khotin', 'the Khotin community, named after the list it heads'),
  volodymyrivkaSumy: inHromada('Volodymyrivka (Khotin hromada)', khotin, 'Khotin', 'the Khotin community'),
  bilovody: inHromada('Bilovody (Sumy Oblast)', khotin, 'Khotin', 'the Khotin community'),
  kostiantynivkaSumy: inHromada('Kostiantynivka (Khotin hromada)', khotin, 'Khotin', 'the Khotin community'),
  kindrativka: inHromada('Kindrativka (Sumy Oblast)', khotin, 'Khotin', 'the Khotin community'),
  // Kharkiv Oblast: villages near a located town
  vovchanskiKhutory: nearVovchansk('Vovchanski Khutory'),
  tykheKharkiv: nearVovchansk('Tykhe (Vovchansk hromada)'),
  stroivka: nearDvorichna('Stroivka'),
  topoli: nearDvorichna('Topoli'),
  // Donetsk Oblast
  vovchenko: placedAt('Vovchenko', 'Donetsk Oblast', 'UA', kurakhove, 'near',
    `${POSTAL_ONLY}; the text puts it "around five kilometres ... from the industrial city of Kurakhove": the point of Kurakhove (geonames:703646)`),
  vodianeVuhledar: nearVuhledar('Vodiane (Vuhledar hromada)', 'the mine "севернее Угледара" whose heights overlook "сам город, село Водяное"'),
  bohoiavlenka: nearVuhledar('Bohoiavlenka', '"в треугольнике Угледар — Пречистовка — Богоявленка"'),
  prechystivka: nearVuhledar('Prechystivka', '"в треугольнике Угледар — Пречистовка — Богоявленка"'),
  // Zaporizhzhia Oblast
  novouspenivske: inOblast('Novouspenivske', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  noveZp: inOblast('Nove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, SEVERAL),
  okhotnyche: inOblast('Okhotnyche', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  uspenivkaZp: inOblast('Uspenivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, SEVERAL),
  zarichneZp: inOblast('Zarichne (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, '; not the Zarichne of Donetsk Oblast (geonames:705808)'),
  kosivtseve: inOblast('Kosivtseve', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
};
