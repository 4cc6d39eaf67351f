// Reference entities for the fresh7 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// district or hromada has its administrative centre's point (precision `district`); a village no accepted source
// locates has the point the evidence supports: a town the text puts it next to (`near`), the centre of the district
// the text or a carried source names (`district`), or the oblast the text names (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { ne1, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, chernihivOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, kyivOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, which has no GeoNames id, or not at all, and no Wikipedia page with coordinates was found with the search tool)';
const MIRROR = 'coordinates of the Wikipedia page as shown by a mirror of it found through the search tool';

const bakhmut = gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71003, 37.61581, 703656);
const grayvoron = gn('Grayvoron', 'town', 'RU', 'Belgorod Oblast', 50.4767, 35.6773, 559034);
const robotyne = {
  ...wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  coordNote: `${MIRROR} (47°26′35″N 35°49′34″E)`,
} satisfies RefPlace;

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, 'UA', oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearBakhmut = (name: string, where: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${POSTAL_ONLY} (data/gazetteer's rows of this name are namesakes or postal rows); the text places it ${where}: the point of Bakhmut (geonames:713174)`);
const nearRobotyne = (name: string): RefPlace =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', robotyne, 'near',
    `${POSTAL_ONLY}; the text names it as a direction of the advance south-east of Robotyne and south of Mala Tokmachka (Novodanylivka - Novoprokopivka, Mala Tokmachka - Ocheretuvate), and en:Robotyne puts Novoprokopivka a few kilometres south of Robotyne: the point of Robotyne (wikipedia:en:Robotyne)`);

export const PLACES = {
  russia,
  ukraine,
  // oblasts
  donetskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  luhanskOblast,
  dnipropetrovskOblast,
  khersonOblast,
  sumyOblast,
  kyivOblast,
  chernihivOblast,
  belgorodOblast,
  kurskOblast,
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  bakhmut,
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  kupiansk,
  kupianskHromada: seat('Kupiansk hromada', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  tokmak: gn('Tokmak', 'town', 'UA', 'Zaporizhzhia Oblast', 47.25522, 35.71238, 691469),
  melitopol: gn('Melitopol', 'city', 'UA', 'Zaporizhzhia Oblast', 46.84891, 35.36533, 701404),
  berdiansk: gn('Berdiansk', 'city', 'UA', 'Zaporizhzhia Oblast', 46.7664, 36.7987, 712451),
  malaTokmachka: gn('Mala Tokmachka', 'village', 'UA', 'Zaporizhzhia Oblast', 47.53563, 35.89293, 702153),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  bilohorivkaLuhansk: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  sievierodonetsk: gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  hirske: gn('Hirske', 'town', 'UA', 'Luhansk Oblast', 48.73468, 38.49541, 708273),
  pavlohrad: gn('Pavlohrad', 'city', 'UA', 'Dnipropetrovsk Oblast', 48.53426, 35.87098, 697889),
  irpin: gn('Irpin', 'town', 'UA', 'Kyiv Oblast', 50.52175, 30.25055, 707565),
  bucha: gn('Bucha', 'town', 'UA', 'Kyiv Oblast', 50.54345, 30.21201, 711350),
  hostomel: gn('Hostomel', 'town', 'UA', 'Kyiv Oblast', 50.56841, 30.2651, 708251),
  grayvoron,
  // villages and towns located through Wikipedia pages found with the search tool
  robotyne,
  klishchiivka: {
    ...wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
    coordNote: `${MIRROR} (48°31′41″N 37°57′30″E)`,
  } satisfies RefPlace,
  chornobyl: {
    ...wiki('Chornobyl', 'town', 'UA', 'Kyiv Oblast', 51.27, 30.22, 'tl:Chernobyl'),
    coordNote: 'coordinates of the Tagalog Wikipedia page (51°16′N 30°13′E), found through the search tool; the Turkish page gives the same',
  } satisfies RefPlace,
  tyotkino: {
    ...wiki('Tyotkino', 'town', 'RU', 'Kursk Oblast', 51.2725, 34.3033, 'en:Tyotkino'),
    coordNote: `${MIRROR} (51°16′21″N 34°18′12″E)`,
  } satisfies RefPlace,
  gorkovsky: {
    ...wiki('Gorkovsky (Belgorod Oblast)', 'village', 'RU', 'Belgorod Oblast', 50.44722, 35.85139, 'ru:Горьковский_(Белгородская_область)'),
    coordNote: `${MIRROR} (50°26′50″N 35°51′05″E; a machine-translated mirror of the Russian page)`,
  } satisfies RefPlace,
  // villages with no point of their own
  staromaiorske: inOblast('Staromaiorske', 'Donetsk Oblast', donetskOblast),
  urozhaineDonetsk: inOblast('Urozhaine (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  pershotravneveKharkiv: inOblast('Pershotravneve (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast),
  synkivka: inOblast('Synkivka', 'Kharkiv Oblast', kharkivOblast),
  petropavlivkaKharkiv: inOblast('Petropavlivka (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast, ' (GeoNames 697423 is a namesake in Dnipropetrovsk Oblast)'),
  zaliznianske: nearBakhmut('Zaliznianske', '"north of the city" (Bakhmut)'),
  vasylivkaBakhmut: nearBakhmut('Vasylivka (Bakhmut area)', '"north of the city" (Bakhmut); GeoNames 686729 is a namesake in Zaporizhzhia Oblast'),
  bohdanivkaBakhmut: nearBakhmut('Bohdanivka (Bakhmut area)', '"north of the city" (Bakhmut)'),
  andriivkaBakhmut: nearBakhmut('Andriivka (Bakhmut area)', 'on "Bakhmut’s southern flank"'),
  kurdiumivka: nearBakhmut('Kurdiumivka', 'on "Bakhmut’s southern flank"'),
  novodanylivka: nearRobotyne('Novodanylivka (Orikhiv area)'),
  novoprokopivka: nearRobotyne('Novoprokopivka'),
  ocheretuvate: nearRobotyne('Ocheretuvate (Tokmak area)'),
  yablunivkaSumy: inOblast('Yablunivka (Sumy Oblast)', 'Sumy Oblast', ne1('Sumy Oblast', 'UA', 'UA-59', 50.8153, 34.3159),
    ' (the KATOTTG extract in data/gazetteer/ua-hromada-settlements.json has the Sumy Oblast village in Yunakivka hromada, whose centre data/gazetteer carries only as a postal-code row)'),
  chervonaZirka: placedAt('Chervona Zirka (Donetsk Oblast)', 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; the text puts it "near the administrative border of the Dnipropetrovsk region", south-west of Kostiantynivka and Pokrovsk, without naming its oblast; the report is on the Russian offensive in the Donetsk region, so it is taken to be in Donetsk Oblast: the point of Donetsk Oblast (naturalearth:admin1:UA-14)`),
  loskutivka: inOblast('Loskutivka', 'Luhansk Oblast', luhanskOblast),
  raiOleksandrivka: inOblast('Rai-Oleksandrivka', 'Luhansk Oblast', luhanskOblast),
  syrotyne: inOblast('Syrotyne', 'Luhansk Oblast', luhanskOblast),
  zoloteLuhansk: inOblast('Zolote (Luhansk Oblast)', 'Luhansk Oblast', luhanskOblast),
  vovchoiarivka: inOblast('Vovchoiarivka', 'Luhansk Oblast', luhanskOblast),
  novoivanivkaLuhansk: inOblast('Novoivanivka (Luhansk Oblast)', 'Luhansk Oblast', luhanskOblast),
  voronove: inOblast('Voronove (Luhansk Oblast)', 'Luhansk Oblast', luhanskOblast),
  borivske: inOblast('Borivske (Luhansk Oblast)', 'Luhansk Oblast', luhanskOblast),
  pishchaneDnipro: inOblast('Pishchane (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  novodanylivkaZap: inOblast('Novodanylivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  chervoneDonetsk: inOblast('Chervone (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  varvarivkaZap: inOblast('Varvarivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  novoiakovlivka: inOblast('Novoiakovlivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  syminivka: inOblast('Syminivka (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast),
  glotovo: placedAt('Glotovo', 'Belgorod Oblast', 'RU', grayvoron, 'district',
    `${POSTAL_ONLY}; the text names only Belgorod Oblast and the Grayvoron checkpoint the raid came through; data/gazetteer/ru-border-villages.json carries Glotovo (a postal-code row) in Grayvoronsky District: the point of the district centre, Grayvoron (geonames:559034)`),
} satisfies Record<string, RefPlace>;
