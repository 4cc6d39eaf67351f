// Reference places of tests/eval/fresh38. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`) or the oblast the text names (`region`), with the reason in `coordNote`; a village whose text
// names neither is `unlocated`.
import { gn, wiki, placedAt, unlocated } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, khersonOblast, kurskOblast, luhanskOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or an OpenStreetMap point, and no Wikipedia page with coordinates was looked up with the search tool)';

const huliaipole = gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898);
const kostiantynivka = gn('Kostiantynivka', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104);
const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);
const tetkino = wiki('Tyotkino', 'town', 'RU', 'Kursk Oblast', 51.27917, 34.27917, 'de:Tjotkino_(Kursk)');

const nearHuliaipole = (name: string, file: string, why: string, extra = '') =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', huliaipole, 'near',
    `${POSTAL_ONLY}${extra}; ${file} ${why}: the point of Huliaipole (geonames:707898)`);
const inDonetsk = (name: string, file: string, why: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; ${file} ${why}: the point of Donetsk Oblast (naturalearth:admin1:UA-14)`);
const NO_AREA = (file: string) =>
  `no sourced coordinate looked up, and ${file} names it only in a list of settlements the Russian ministry says it took, with no oblast, district or town beside it`;

export const PLACES = {
  russia,
  ukraine,
  // regions
  donetskOblast,
  dnipropetrovskOblast,
  zaporizhzhiaOblast,
  kurskOblast,
  luhanskOblast,
  khersonOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  sudzhaDistrict: { name: 'Sudzhansky District', kind: 'district' as const, country: 'RU', admin1: 'Kursk Oblast', lat: sudzha.lat, lon: sudzha.lon,
    coordSource: sudzha.coordSource, precision: 'district' as const, coordNote: 'the point of its administrative centre, Sudzha (geonames:486816)' },
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  huliaipole,
  pokrovskeDnipro: gn('Pokrovske (Dnipropetrovsk Oblast)', 'town', 'UA', 'Dnipropetrovsk Oblast', 47.97852, 36.2256, 696720),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  toretsk: gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  kostiantynivka,
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  sudzha,
  tetkino,
  ocheretyne: wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
  newYork: wiki('New York (Niu-York)', 'town', 'UA', 'Donetsk Oblast', 48.31556, 37.88389, 'en:New_York,_Ukraine'),
  zaporizke: wiki('Zaporizke (Velykomykhailivka hromada, Dnipropetrovsk Oblast)', 'village', 'UA', 'Dnipropetrovsk Oblast', 47.85333, 36.53194,
    'en:Zaporizke, Velykomykhailivka rural hromada, Synelnykove Raion, Dnipropetrovsk Oblast'),
  // villages placed where the evidence puts them
  heorhiivka: inDonetsk('Heorhiivka (Pokrovsk Raion)', 'en-05', 'names it only as a village "in Ukraine\'s eastern Donetsk region"'),
  zelenyiHai: nearHuliaipole('Zelenyi Hai (Huliaipole axis)', 'en-03', 'names it among the settlements of "the Huliaipole sector" where fighting is ongoing'),
  vesele: nearHuliaipole('Vesele (Huliaipole axis)', 'en-03', 'names it among the settlements of "the Huliaipole sector" where fighting is ongoing'),
  vysoke: nearHuliaipole('Vysoke (Huliaipole axis)', 'en-03', 'names it among the settlements of "the Huliaipole sector" where fighting is ongoing'),
  rivnopillia: nearHuliaipole('Rivnopillia (Zaporizhzhia Oblast)', 'en-03', 'names it among the settlements of "the Huliaipole sector" where fighting is ongoing'),
  solodke: nearHuliaipole('Solodke (Huliaipole axis)', 'en-03', 'names it among the settlements of "the Huliaipole sector" where fighting is ongoing'),
  varvarivka: nearHuliaipole('Varvarivka (Huliaipole axis)', 'uk-04', 'places it "поблизу" Huliaipole', ' (GeoNames 690448 is a namesake in Kharkiv Oblast)'),
  dobropilliaZp: nearHuliaipole('Dobropillia (Huliaipole axis)', 'uk-04', 'places it "поблизу" Huliaipole', ' (not the Donetsk town Dobropillia, geonames:709900)'),
  stupochky: placedAt('Stupochky', 'Donetsk Oblast', 'UA', kostiantynivka, 'near',
    `${POSTAL_ONLY}; uk-02 names it with Kostiantynivka ("довкола Костянтинівки і Ступочок"): the point of Kostiantynivka (geonames:705104)`),
  novobakhmutivka: inDonetsk('Novobakhmutivka', 'ru-01', 'names it only as a village of the DPR ("село Новобахмутовка Донецкой Народной Республики")'),
  leninske: inDonetsk('Leninske (ru-01)', 'ru-01', 'names it only among "населенных пунктов ... ДНР"'),
  keramik: inDonetsk('Keramik', 'ru-01', 'names it only among "населенных пунктов ... ДНР"'),
  semenivka: inDonetsk('Semenivka (Pokrovsk Raion)', 'ru-01', 'names it only among "населенных пунктов ... ДНР"'),
  netailove: inDonetsk('Netailove', 'ru-01', 'names it only among "населенных пунктов ... ДНР"'),
  berdychi: inDonetsk('Berdychi', 'ru-01', 'names it only among "населенных пунктов ... ДНР"'),
  kolodezi: inDonetsk('Kolodezi (Donetsk Oblast)', 'ru-02', 'names it only as "населенного пункта Колодези Донецкой Народной Республики"'),
  nelipivka: inDonetsk('Nelipivka', 'ru-03', 'names it "Нелеповку в ДНР"'),
  persheTravnia: inDonetsk('Pershe Travnia (Donetsk Oblast)', 'ru-03', 'names it "поселок Первое Мая в ДНР"'),
  boiaroLezhachi: placedAt('Boiaro-Lezhachi', 'Sumy Oblast', 'UA', tetkino, 'near',
    `${POSTAL_ONLY}; ru-02 names it as the starting point of attempts "в данном районе", the area of Tetkino across the Seym: the point of Tyotkino (wikipedia:de:Tjotkino_(Kursk))`),
  melovoy: placedAt('Melovoy', 'Kursk Oblast', 'RU', kurskOblast, 'region',
    `${POSTAL_ONLY}; ru-04 names it only with Sudzha "Курской области": the point of Kursk Oblast (naturalearth:admin1:RU-KRS)`),
  podol: placedAt('Podol (Sudzhansky District)', 'Kursk Oblast', 'RU', kurskOblast, 'region',
    `${POSTAL_ONLY}; ru-04 names it only with Sudzha "Курской области": the point of Kursk Oblast (naturalearth:admin1:RU-KRS)`),
  klebanByk: unlocated('Kleban-Byk', 'Donetsk Oblast', 'UA', NO_AREA('ru-03')),
  filiia: unlocated('Filiia', 'Dnipropetrovsk Oblast', 'UA', NO_AREA('ru-03')),
  serednie: unlocated('Serednie (ru-03)', 'Donetsk Oblast', 'UA', NO_AREA('ru-03')),
};
