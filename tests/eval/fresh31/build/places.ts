// Reference places of tests/eval/fresh31. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), its district's or hromada's centre (`district`) or the oblast the text names (`region`), with the
// reason in `coordNote`; where the text gives none of these it has no point (`unlocated`).
import type { RefPlace } from './types.ts';
import { ne1, gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { belgorodOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, luhanskOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, as an OpenStreetMap or KATOTTG row, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const moscowOblast = ne1('Moscow Oblast', 'RU', 'RU-MOW', 55.1508, 38.671);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const chuhuiv = gn('Chuhuiv', 'town', 'UA', 'Kharkiv Oblast', 49.83588, 36.68803, 710374);
const krasnopillia = gn('Krasnopillia', 'town', 'UA', 'Sumy Oblast', 50.77458, 35.25965, 704343);
const zaliznychne = gn('Zaliznychne (Zaporizhzhia Oblast)', 'village', 'UA', 'Zaporizhzhia Oblast', 47.65238, 36.16524, 687796);

const inOblast = (name: string, admin1: string, oblast: RefPlace, country: string, why: string): RefPlace =>
  placedAt(name, admin1, country, oblast, 'region',
    `${POSTAL_ONLY}; ${why}: the point of the oblast (${oblast.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  kharkivOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  sumyOblast,
  belgorodOblast,
  moscowOblast,
  donetskOblast,
  luhanskOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  // districts and hromadas
  chuhuivRaion: seat('Chuhuiv Raion', 'UA', 'Kharkiv Oblast', chuhuiv, 'Chuhuiv'),
  kupianskDistrict: seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  krasnopilliaHromada: seat('Krasnopillia hromada', 'UA', 'Sumy Oblast', krasnopillia, 'Krasnopillia'),
  // capitals, cities and towns (GeoNames ids carried in data/gazetteer; Wikipedia pages as earlier sets give them)
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  washington: { name: 'Washington, D.C.', kind: 'city' as const, country: 'US', admin1: 'District of Columbia', lat: 38.89511, lon: -77.03637, coordSource: 'geonames:4140963', precision: 'exact' as const },
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  kupiansk,
  kupianskVuzlovyi: wiki('Kupiansk-Vuzlovyi', 'town', 'UA', 'Kharkiv Oblast', 49.67083, 37.64306, 'de:Kupjansk-Wuslowyj'),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  orikhiv: gn('Orikhiv', 'town', 'UA', 'Zaporizhzhia Oblast', 47.56731, 35.78575, 698428),
  zaliznychne,
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  druzhkivka: gn('Druzhkivka', 'town', 'UA', 'Donetsk Oblast', 48.63013, 37.55259, 616743),
  // villages next to a town the text names (`near`), at their district's or hromada's centre (`district`), in an oblast
  // (`region`), or with no point (`unlocated`)
  zvyozdnyGorodok: { ...inOblast('Zvyozdny Gorodok', 'Moscow Oblast', moscowOblast, 'RU', 'ru-03\'s dateline names it with its oblast ("ЗВЕЗДНЫЙ ГОРОДОК (Московская обл.)")'), kind: 'town' as const },
  ruskaLozova: inOblast('Ruska Lozova', 'Kharkiv Oblast', kharkivOblast, 'UA', 'en-01 names only its oblast ("the village of Ruska Lozova in the Kharkiv region")'),
  chuhunivka: placedAt('Chuhunivka', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${POSTAL_ONLY}; en-04 puts it "in Kharkiv's northeastern Kupiansk district": the point of the district centre, Kupiansk (${kupiansk.coordSource})`),
  butyrki: inOblast('Butyrki (Belgorod Oblast)', 'Belgorod Oblast', belgorodOblast, 'RU', 'en-04 names only its oblast ("the village of Butyrki in Russia\'s Belgorod region")'),
  hirke: placedAt('Hirke (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', 'UA', zaliznychne, 'near',
    `${POSTAL_ONLY}; en-05 calls it "the next settlement after Zaliznychne": the point of Zaliznychne (${zaliznychne.coordSource})`),
  verkhniaTersa: unlocated('Verkhnia Tersa', 'Zaporizhzhia Oblast'),
  radkivka: placedAt('Radkivka (Kupiansk area)', 'Kharkiv Oblast', 'UA', kupiansk, 'near',
    `${POSTAL_ONLY}; uk-01: the Russians infiltrated the north of Kupiansk "з районів населених пунктів Радьківка та Голубівка": the point of Kupiansk (${kupiansk.coordSource})`),
  holubivka: placedAt('Holubivka (Kupiansk area)', 'Kharkiv Oblast', 'UA', kupiansk, 'near',
    `${POSTAL_ONLY}; uk-01: the Russians infiltrated the north of Kupiansk "з районів населених пунктів Радьківка та Голубівка": the point of Kupiansk (${kupiansk.coordSource})`),
  verbove: inOblast('Verbove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, 'UA', 'uk-03 names it beside Huliaipole "(Запорізька область)" only'),
  zatyshshia: inOblast('Zatyshshia (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, 'UA', 'uk-03 names it beside Huliaipole "(Запорізька область)" only (the GeoNames Zatyshshya in data/gazetteer is the Odesa Oblast namesake)'),
  hrabovske: placedAt('Hrabovske (Sumy Oblast)', 'Sumy Oblast', 'UA', krasnopillia, 'district',
    `${POSTAL_ONLY}; ru-02 puts it in "Краснопольской общины, к которой относится Грабовское": the point of the hromada centre, Krasnopillia (${krasnopillia.coordSource})`),
  vysoke: inOblast('Vysoke (Sumy Oblast)', 'Sumy Oblast', sumyOblast, 'UA', 'ru-02: "населенный пункт Высокое в Сумской области, который расположен чуть южнее Грабовского" (Hrabovske has no point of its own either)'),
  pishchane: inOblast('Pishchane (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, 'UA', 'ru-01: "Песчаное в Днепропетровской области"'),
  varvarivka: unlocated('Varvarivka (ru-01)', 'Zaporizhzhia Oblast'),
  kharkivka: inOblast('Kharkivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, 'UA', 'ru-04: "у Харьковки Сумской области"'),
  kucherivka: inOblast('Kucherivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, 'UA', 'ru-04 names it on the sector by Kharkivka in Sumy Oblast (the Kucherivka of the Kupiansk area is a namesake)'),
  studenok: inOblast('Studenok (Sumy Oblast)', 'Sumy Oblast', sumyOblast, 'UA', 'ru-04 names it on the sector by Kharkivka in Sumy Oblast (the GeoNames Studenok in data/gazetteer is the Kharkiv Oblast namesake)'),
  novomykolaivka: inOblast('Novomykolaivka (Zaporizhzhia Oblast, ru-05)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, 'UA', 'ru-05: "Новониколаевку и Привольное в Запорожской области" (not the town of Novomykolaivka, a district centre, which the text does not tell apart)'),
  pryvilne: inOblast('Pryvilne (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, 'UA', 'ru-05: "Новониколаевку и Привольное в Запорожской области"'),
  yehorivka: inOblast('Yehorivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, 'UA', 'ru-05: "Егоровку в Днепропетровской области"'),
} satisfies Record<string, RefPlace>;
