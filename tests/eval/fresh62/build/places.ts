// Reference places of tests/eval/fresh62. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text puts
// it next to (`near`), the hromada centre the text names (`district`) or the oblast (`region`), with the reason.
import { gn, inRegion, placedAt, seat, wiki } from '../../build/ref-places.ts';
import {
  chernihivOblast,
  donetskOblast,
  kharkivOblast,
  kurskOblast,
  russia,
  sumyOblast,
  ukraine,
  zaporizhzhiaOblast,
} from '../../build/ne-points.ts';

const NO_POINT =
  'no point of its own in a source the gold accepts (data/gazetteer carries no GeoNames row with a point for it, and no Wikipedia page with coordinates was looked up with the search tool)';

const vuhledar = wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar');
const yunakivka = wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka');
const khotin = wiki('Khotin', 'town', 'UA', 'Sumy Oblast', 51.07806, 34.77583, 'uk:Хотінь');
const pokrovsk = gn('Pokrovsk (Krasnoarmeysk)', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);

const nearVuhledar = (name: string, why: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', vuhledar, 'near', `${NO_POINT}; ${why}: the point of Vuhledar (${vuhledar.coordSource})`);
const inHromada = (name: string, centre: typeof khotin, centreName: string, why: string) =>
  placedAt(name, 'Sumy Oblast', 'UA', centre, 'district', `${NO_POINT}; ${why}: the point of ${centreName}, the hromada centre (${centre.coordSource})`);
const dnr = (name: string, why: string) => inRegion(name, donetskOblast, why);
const kursk = (name: string) =>
  inRegion(name, kurskOblast, 'en-01 names it only as a Kursk-region settlement "just across from Ukraine\'s northeastern Sumy region"', 'RU');
const zp = (name: string, why: string) => inRegion(name, zaporizhzhiaOblast, why);

export const PLACES = {
  russia,
  ukraine,
  // regions and districts
  donetskOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  sumyOblast,
  chernihivOblast,
  kurskOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const },
  yunakivkaHromada: seat('Yunakivka hromada', 'UA', 'Sumy Oblast', yunakivka, 'Yunakivka'),
  khotinHromada: seat('Khotin hromada', 'UA', 'Sumy Oblast', khotin, 'Khotin'),
  pokrovskRaion: seat('Pokrovsk Raion', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  pokrovsk,
  kostiantynivka: gn('Kostiantynivka', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  dobropillia: gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900),
  lyman: gn('Lyman (Krasnyi Lyman)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  vuhledar,
  ocheretyne: wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
  newYork: wiki('New York (Niu-York, Novhorodske)', 'town', 'UA', 'Donetsk Oblast', 48.31556, 37.88389, 'en:New_York,_Ukraine'),
  // villages
  yampil: gn('Yampil (Donetsk Oblast)', 'village', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  nikolaevoDarino: kursk('Nikolaevo-Darino (Kursk Oblast)'),
  oleshnya: kursk('Oleshnya (Kursk Oblast)'),
  dobrovillia: nearVuhledar('Dobrovillia (Donetsk Oblast)', 'en-02 names the "Dobrovolie/Bogoyavlenka" area as where the line held after the loss of Vuhledar (judgement call)'),
  bohoiavlenka: nearVuhledar('Bohoiavlenka', 'en-02 names the "Dobrovolie/Bogoyavlenka" area as where the line held after the loss of Vuhledar (judgement call)'),
  novoukrainka: nearVuhledar('Novoukrainka (Donetsk Oblast)', 'en-02 names the "Novoukrainka" area as where the line held after the loss of Vuhledar (judgement call; several villages of this name)'),
  stepove: zp('Stepove (Zaporizhzhia Oblast)', 'en-03 names it "in Zaporizhzhia Oblast", 5 km from Pyatykhatky and Mali Shcherbaky (which have no point either); several villages of this name'),
  piatykhatky: zp('Piatykhatky (Zaporizhzhia Oblast)', 'en-03 names it among the villages "in Zaporizhzhia Oblast" (GeoNames 695965 is the namesake town of Dnipropetrovsk Oblast)'),
  maliShcherbaky: zp('Mali Shcherbaky', 'en-03 names it among the villages "in Zaporizhzhia Oblast"'),
  shcherbaky: zp('Shcherbaky', 'en-03 names it with Stepove and Mali Shcherbaky in Zaporizhzhia Oblast'),
  novenke: inHromada('Novenke (Yunakivka hromada)', yunakivka, 'Yunakivka', 'the texts name it "of the Yunakivska community" / "Юнаковской громады"'),
  basivka: inHromada('Basivka (Yunakivka hromada)', yunakivka, 'Yunakivka', 'the texts name it "of the Yunakivska community" / "Юнаковской громады"'),
  loknia: inHromada('Loknia (Yunakivka hromada)', yunakivka, 'Yunakivka', 'the texts name it "in the Yunakiv community" / "Юнаковской громады"'),
  veselivka: inHromada('Veselivka (Khotin hromada)', khotin, 'Khotin', 'the texts name it "of the Khotynska community" / "Хотинской громады"'),
  zhuravka: inHromada('Zhuravka (Khotin hromada)', khotin, 'Khotin', 'the texts name it "of the Khotynska community" / "Хотинской громады"'),
  volodymyrivka: inHromada('Volodymyrivka (Khotin hromada)', khotin, 'Khotin', 'the texts name it in the list "in the Khotyn community" / "Хотинской громады"'),
  bilovody: inHromada('Bilovody (Khotin hromada)', khotin, 'Khotin', 'the texts name it in the list "in the Khotyn community" / "Хотинской громады"'),
  kostiantynivkaSumy: inHromada('Kostiantynivka (Khotin hromada)', khotin, 'Khotin',
    'the texts name it in the list "in the Khotyn community" / "Хотинской громады" (not the Donetsk town Kostiantynivka, geonames:705104)'),
  kindrativka: inHromada('Kindrativka (Khotin hromada)', khotin, 'Khotin', 'the texts name it in the list "in the Khotyn community" / "Хотинской громады"'),
  vodolahy: inRegion('Vodolahy (Sumy Oblast)', sumyOblast,
    'en-04 and ru-02 name it before the list the Khotin hromada is named for, so only the oblast is sure (judgement call)'),
  arkhanhelske: dnr('Arkhanhelske (Donetsk Oblast)', 'ru-01 names it "ДНР" ("в районах населенных пунктов Архангельское и Новгородское ДНР"); several villages of this name'),
  novokalynove: dnr('Novokalynove', 'ru-01 names it among the villages "Донецкой Народной Республики" where counter-attacks were repelled'),
  solovyove: dnr('Solovyove (Donetsk Oblast)', 'ru-01 names it among the villages "Донецкой Народной Республики" where counter-attacks were repelled'),
  berdychi: dnr('Berdychi', 'ru-01 names it among the villages "Донецкой Народной Республики" where counter-attacks were repelled'),
  semenivka: dnr('Semenivka (Donetsk Oblast)',
    'ru-01 names it among the villages "Донецкой Народной Республики" where counter-attacks were repelled (data/gazetteer\'s GeoNames Semenivka towns are namesakes in Chernihiv and Poltava Oblasts)'),
  netailove: dnr('Netailove', 'ru-01 names it among the villages "Донецкой Народной Республики" where counter-attacks were repelled'),
};
