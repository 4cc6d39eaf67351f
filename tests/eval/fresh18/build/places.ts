// Reference places of tests/eval/fresh18. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`)
// or the oblast the text names (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, placedAt } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';
const MIRROR = 'coordinates of the Wikipedia page as shown by a mirror of it found through the search tool';

const zaporizhzhia = gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700);
const kostiantynivka = gn('Kostiantynivka (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104);
const pokrovsk = gn('Pokrovsk (Krasnoarmeysk)', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
// the German Wikipedia page's point, as fresh15 gives it (the page gives it to the minute)
const stepnohirsk = {
  ...wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk'),
  coordNote: 'the page gives the point to the minute (47° 35′ N, 35° 22′ O), as fresh15 gives it',
};

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const SEVERAL = ' (several places of that name lie in the oblast and the text does not say which)';
const nearStepnohirsk = (name: string, where: string): RefPlace =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', stepnohirsk, 'near',
    `${POSTAL_ONLY}; the text puts it by Stepnohirsk (${where}): the point of Stepnohirsk (wikipedia:de:Stepnohirsk)`);
const nearKostiantynivka = (name: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', kostiantynivka, 'near',
    `${POSTAL_ONLY}; the text names it among the settlements attacked on the Kostiantynivka axis ("на цьому напрямку ... поблизу населених пунктів ... а також у бік Костянтинівки"): the point of Kostiantynivka (geonames:705104)`);
const nearPokrovsk = (name: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', pokrovsk, 'near',
    `${POSTAL_ONLY}; the text puts it west of Pokrovsk ("в районах населених пунктів Гришине, Котлине, Удачне західніше Покровська"): the point of Pokrovsk (geonames:704422)`);

export const PLACES = {
  russia,
  ukraine,
  // oblasts
  donetskOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  khersonOblast,
  kharkivOblast,
  sumyOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as fresh15, fresh16 and fresh17 give it' },
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  kostiantynivka,
  pokrovsk,
  myrnohrad: gn('Myrnohrad (Dymytrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  zaporizhzhia,
  kushuhum: gn('Kushuhum', 'town', 'UA', 'Zaporizhzhia Oblast', 47.71278, 35.20917, 703555),
  orikhiv: gn('Orikhiv', 'town', 'UA', 'Zaporizhzhia Oblast', 47.56731, 35.78575, 698428),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  komyshuvakha: { ...gn('Komyshuvakha (Zaporizhzhia Raion)', 'town', 'UA', 'Zaporizhzhia Oblast', 47.71598, 35.52981, 706941),
    coordNote: 'the only Komyshuvakha of Zaporizhzhia Oblast data/gazetteer carries with a GeoNames id (the hromada centre north-east of Stepnohirsk)' },
  preobrazhenka: { ...gn('Preobrazhenka (Zaporizhzhia Oblast)', 'village', 'UA', 'Zaporizhzhia Oblast', 47.57194, 35.81667, 696348),
    coordNote: 'the only Preobrazhenka of Zaporizhzhia Oblast data/gazetteer carries with a GeoNames id (by Orikhiv, which the text names with it)' },
  mezhova: gn('Mezhova', 'town', 'UA', 'Dnipropetrovsk Oblast', 48.25318, 36.73468, 701305),
  // towns and villages at their Wikipedia page's coordinates (as the earlier sets give them)
  stepnohirsk,
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  krynky: {
    ...wiki('Krynky (Kherson Oblast)', 'village', 'UA', 'Kherson Oblast', 46.7375, 33.0925, 'en:Krynky'),
    coordNote: `${MIRROR} (46° 44′ 15″ N, 33° 05′ 33″ E), as fresh6 gives it`,
  },
  zaporizke: wiki('Zaporizke (Velykomykhailivka hromada, Dnipropetrovsk Oblast)', 'village', 'UA', 'Dnipropetrovsk Oblast', 47.85333, 36.53194,
    'en:Zaporizke, Velykomykhailivka rural hromada, Synelnykove Raion, Dnipropetrovsk Oblast'),
  // Zaporizhzhia Oblast: villages by Stepnohirsk or Zaporizhzhia
  prymorske: nearStepnohirsk('Prymorske (Vasylivka Raion)', 'on the route to it "along the shore of the former Kakhovka Reservoir, where it would take control of the settlements of Prymorske and Plavni"'),
  plavni: nearStepnohirsk('Plavni (Vasylivka Raion)', 'on the route to it "along the shore of the former Kakhovka Reservoir, where it would take control of the settlements of Prymorske and Plavni"; the GeoNames Plavni carried in data/gazetteer, 697115, is a namesake in Odesa Oblast'),
  kamianskeZp: nearStepnohirsk('Kamianske (Vasylivka Raion)', '"gain a foothold in Kamianske, and then continue to infiltrate these assault groups into Stepnohirsk"; the GeoNames Kamianske carried in data/gazetteer, 709932, is the city of Dnipropetrovsk Oblast'),
  pavlivkaZp: nearStepnohirsk('Pavlivka (Zaporizhzhia Raion)', '"approach Stepnohirsk from the east, storming toward the village of Pavlivka"'),
  lukianivske: nearStepnohirsk('Lukianivske', 'one of the settlements Stepnohirsk "can be used to launch strikes on"'),
  balabyne: placedAt('Balabyne', 'Zaporizhzhia Oblast', 'UA', zaporizhzhia, 'near',
    `${POSTAL_ONLY}; the text names it with Kushuhum as a goal of the advance "along the same shore toward Zaporizhzhia": the point of Zaporizhzhia (geonames:687700)`),
  chervonaKrynytsia: inOblast('Chervona Krynytsia (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  // Donetsk Oblast
  oleksandroShultyne: nearKostiantynivka('Oleksandro-Shultyne'),
  ivanopillia: nearKostiantynivka('Ivanopillia'),
  klebanByk: nearKostiantynivka('Kleban-Byk'),
  yablunivka: nearKostiantynivka('Yablunivka (Kostiantynivka axis)'),
  pleshchiivka: nearKostiantynivka('Pleshchiivka'),
  poltavka: nearKostiantynivka('Poltavka (Donetsk Oblast)'),
  stepanivka: nearKostiantynivka('Stepanivka (Kostiantynivka axis)'),
  sofiivka: nearKostiantynivka('Sofiivka (Kostiantynivka axis)'),
  hryshyne: nearPokrovsk('Hryshyne'),
  kotlyne: nearPokrovsk('Kotlyne'),
  udachne: nearPokrovsk('Udachne'),
  staromaiorske: placedAt('Staromaiorske', 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; the text names no oblast: the Staromaiorske of the Southern Defence Forces' zone (Volnovakha Raion, Donetsk Oblast), at the point of the oblast (naturalearth:admin1:UA-14)`),
  // Dnipropetrovsk Oblast
  dachne: inOblast('Dachne (Synelnykove Raion)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, SEVERAL),
  novomykolaivkaDp: inOblast('Novomykolaivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, SEVERAL),
  novoheorhiivka: inOblast('Novoheorhiivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  khoroshe: inOblast('Khoroshe (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  sosnivka: inOblast('Sosnivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, SEVERAL),
  vorone: inOblast('Vorone (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  // Kherson Oblast
  sadoveKherson: inOblast('Sadove (Kherson Oblast)', 'Kherson Oblast', khersonOblast, SEVERAL),
};
