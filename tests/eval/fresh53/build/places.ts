// Reference places of tests/eval/fresh53. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it or data/gazetteer records it). Never guessed. A village no accepted source locates has the point the evidence
// supports: the town the text puts it next to (`near`), or the oblast the text names (`region`), with the reason in
// `coordNote`; a place the text does not locate at all has no point (`unlocated`).
import { gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { bryanskOblast, chechnya, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, mykolaivOblast, odesaOblast, russia, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code or KATOTTG row with no point of its own, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const donetsk = gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717);
const volnovakha = gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198);
const ochakiv = gn('Ochakiv', 'town', 'UA', 'Mykolaiv Oblast', 46.61283, 31.54982, 698770);
const kutsurub = gn('Kutsurub', 'village', 'UA', 'Mykolaiv Oblast', 46.65299, 31.61886, 703520);
const ocheretyne = wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne');

const inDonetskOblast = (name: string, article: string, why: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; ${article} ${why}: the point of Donetsk Oblast (naturalearth:admin1:UA-14)`);
const nearVolnovakha = (name: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', volnovakha, 'near',
    `${POSTAL_ONLY}; ru-01 names it among the settlements "взяты под контроль" by the same DPR grouping in the sentence after Volnovakha's capture, an advance "до 6 км" in depth: the point of Volnovakha (geonames:689198)`);
const unnamedOblast = (name: string) =>
  unlocated(name, '', 'UA',
    `${POSTAL_ONLY}; ru-01 names it only on the line "Петровское — Евгеновка — Октябрьское" the Russian forces reached, with no oblast, district or town near it, and the name has namesakes in several oblasts: no point the evidence supports`);

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  donetskOblast,
  luhanskOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  khersonOblast,
  mykolaivOblast,
  odesaOblast,
  bryanskOblast,
  chechnya,
  ochakivHromada: seat('Ochakiv hromada', 'UA', 'Mykolaiv Oblast', ochakiv, 'Ochakiv'),
  kutsurubHromada: seat('Kutsurub hromada', 'UA', 'Mykolaiv Oblast', kutsurub, 'Kutsurub'),
  ocheretyneHromada: seat('Ocheretyne hromada', 'UA', 'Donetsk Oblast', ocheretyne, 'Ocheretyne'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  saintPetersburg: gn('Saint Petersburg', 'city', 'RU', 'Saint Petersburg', 59.93863, 30.31413, 498817),
  kharkiv: gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483),
  donetsk,
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  lutsk: gn('Lutsk', 'city', 'UA', 'Volyn Oblast', 50.75932, 25.34244, 702569),
  ivanoFrankivsk: gn('Ivano-Frankivsk', 'city', 'UA', 'Ivano-Frankivsk Oblast', 48.9215, 24.70972, 707471),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  volnovakha,
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  snihurivka: gn('Snihurivka', 'town', 'UA', 'Mykolaiv Oblast', 47.07579, 32.80516, 693379),
  // villages
  staromaiorske: inDonetskOblast('Staromaiorske (Donetsk Oblast)', 'en-01', 'names it only as "Staromaiorske in the Donetsk region", on the southern front'),
  storozheve: inDonetskOblast('Storozheve (Donetsk Oblast)', 'uk-01', 'names it only among villages "Донецької області"'),
  makarivka: inDonetskOblast('Makarivka (Donetsk Oblast)', 'uk-01', 'names it only among villages "Донецької області" (namesakes in several oblasts)'),
  blahodatne: inDonetskOblast('Blahodatne (Donetsk Oblast)', 'uk-01', 'names it only among villages "Донецької області" (GeoNames 712091 and 712092 are namesakes elsewhere in the oblast, and the text does not say which)'),
  neskuchne: inDonetskOblast('Neskuchne (Donetsk Oblast)', 'uk-01', 'names it only after the villages "Донецької області"'),
  novodarivka: placedAt('Novodarivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', 'UA', zaporizhzhiaOblast, 'region',
    `${POSTAL_ONLY}; uk-01 names it only as "село Новодарівка Запорізької області": the point of Zaporizhzhia Oblast (naturalearth:admin1:UA-23)`),
  pisky: placedAt('Pisky (Donetsk Oblast)', 'Donetsk Oblast', 'UA', donetsk, 'near',
    `${POSTAL_ONLY}; ru-03 puts it "в районе Донецка": the point of Donetsk (geonames:709717)`),
  olhynka: nearVolnovakha('Olhynka (Volnovakha area)'),
  velykyiAnadol: nearVolnovakha('Velykyi Anadol (Volnovakha area)'),
  zelenyiHai: nearVolnovakha('Zelenyi Hai (Volnovakha area)'),
  petrivske: unnamedOblast('Petrovskoe (Petrivske, unidentified)'),
  yevhenivka: unnamedOblast('Evgenovka (Yevhenivka, unidentified)'),
  oktiabrske: unnamedOblast('Oktyabrskoe (Oktiabrske, unidentified)'),
  kurkovichi: placedAt('Kurkovichi (Bryansk Oblast)', 'Bryansk Oblast', 'RU', bryanskOblast, 'region',
    `${POSTAL_ONLY}; ru-05 names it only as "на территорию Брянской области в районе села Курковичи": the point of Bryansk Oblast (naturalearth:admin1:RU-BRY)`),
};
