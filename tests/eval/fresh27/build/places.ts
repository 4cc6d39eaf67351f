// Reference places of tests/eval/fresh27. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district or hromada whose centre is sourced (`district`) or the oblast the text names
// (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const lyman = gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204);
const volnovakha = gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearTown = (name: string, admin1: string, town: RefPlace, townName: string, where: string): RefPlace =>
  placedAt(name, admin1, 'UA', town, 'near', `${POSTAL_ONLY}; ${where}: the point of ${townName} (${town.coordSource})`);
const inPokrovskRaion = (name: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', pokrovsk, 'district',
    `${POSTAL_ONLY}; uk-01 names only the Ocheretyne sector of the Pokrovsk axis, and the General Staff's report of the same day (УНН: "території Покровського району Донецької області") puts the ground retaken there in Pokrovsk Raion: the point of the district centre, Pokrovsk (geonames:704422)`);
const nearLyman = (name: string): RefPlace =>
  nearTown(name, 'Donetsk Oblast', lyman, 'Lyman', 'uk-05 names it among the villages retaken in the encirclement "в районі міста" Lyman');

export const PLACES = {
  russia,
  ukraine,
  // oblasts
  donetskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  khersonOblast,
  dnipropetrovskOblast,
  luhanskOblast,
  // districts at their centres
  volnovakhaRaion: seat('Volnovakha Raion', 'UA', 'Donetsk Oblast', volnovakha, 'Volnovakha'),
  // capitals, cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kharkiv: gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483),
  derhachi: gn('Derhachi', 'town', 'UA', 'Kharkiv Oblast', 50.10659, 36.12112, 710098),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  kupiansk,
  pokrovsk,
  lyman,
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  polohy: gn('Polohy', 'town', 'UA', 'Zaporizhzhia Oblast', 47.48444, 36.25361, 696677),
  ternuvate: gn('Ternuvate', 'village', 'UA', 'Zaporizhzhia Oblast', 47.83049, 36.12761, 691639),
  yampil: gn('Yampil (Lyman hromada, Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  drobysheve: gn('Drobysheve', 'village', 'UA', 'Donetsk Oblast', 49.0416, 37.72962, 709614),
  novoselivkaLyman: gn('Novoselivka (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.0701, 37.69517, 699185),
  // places at their Wikipedia page's coordinates (as the earlier sets give them)
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  torske: wiki('Torske (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.015, 37.964444, 'de:Torske_(Kramatorsk,_Lyman)'),
  // villages placed where the text puts them
  kozachaLopan: inOblast('Kozacha Lopan', 'Kharkiv Oblast', kharkivOblast, ' (en-01: "her village of Kozacha, in the Kharkiv region")'),
  hrianykivka: nearTown('Hrianykivka', 'Kharkiv Oblast', kupiansk, 'Kupiansk', 'en-03 puts it "near the key city of Kupiansk"'),
  kucherivYar: inPokrovskRaion('Kucheriv Yar'),
  sukhetske: inPokrovskRaion('Sukhetske'),
  kupianskVuzlovyi: placedAt('Kupiansk-Vuzlovyi', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${POSTAL_ONLY}; data/gazetteer/ua-hromada-settlements.json puts it in Kupiansk hromada (KATOTTG): the point of the hromada centre, Kupiansk (geonames:703656)`),
  novoplatonivka: inOblast('Novoplatonivka', 'Kharkiv Oblast', kharkivOblast, ' (uk-02: "села Новоплатонівка на Харківщині")'),
  biliakivka: inOblast('Biliakivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, ' (uk-02: "Біляківка, що у Дніпропетровській області")'),
  shandryholove: nearLyman('Shandryholove'),
  stavkyLyman: nearLyman('Stavky (Lyman hromada)'),
  shevchenkivkaKherson: inOblast('Shevchenkivka (Kherson Oblast)', 'Kherson Oblast', khersonOblast, ' (ru-01: "в село Шевченковка временно оккупированной Херсонской области"; several villages of this name)'),
  khreshchenivka: inOblast('Khreshchenivka', 'Kherson Oblast', khersonOblast, ' (ru-01: named with Шевченковка of Херсонская область)'),
  arkhanhelskeKherson: inOblast('Arkhanhelske (Kherson Oblast)', 'Kherson Oblast', khersonOblast, ' (ru-01: "Архангельское и село Миролюбовка, которые находятся в Херсонской области")'),
  myroliubivkaKherson: inOblast('Myroliubivka (Kherson Oblast)', 'Kherson Oblast', khersonOblast, ' (ru-01: "которые находятся в Херсонской области")'),
  novouspenivske: inOblast('Novouspenivske', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-02: the positions left "в Запорожской области")'),
  noveZp: inOblast('Nove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-02: the positions left "в Запорожской области"; several villages of this name)'),
  okhotnyche: inOblast('Okhotnyche', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-02: the positions left "в Запорожской области")'),
  uspenivkaZp: inOblast('Uspenivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-02: the positions left "в Запорожской области"; several villages of this name)'),
  novomykolaivkaZp: inOblast('Novomykolaivka (Huliaipole area)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-02: the positions left "в Запорожской области"; not the town of Novomykolaivka, a district centre, which the text does not name)'),
  kutkivka: nearTown('Kutkivka', 'Kharkiv Oblast', kupiansk, 'Kupiansk', 'ru-03 puts it "к северу от Купянска"'),
  tsvitkoveZp: inOblast('Tsvitkove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-04: "на Гуляйпольском направлении в Запорожской области"; not the Tsvitkove of Cherkasy Oblast that data/gazetteer carries)'),
  oleksandrivkaAxis: inOblast('Oleksandrivka (Oleksandrivka axis)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (en-04: "in the Zaporizhzhia region near Oleksandrivka and Huliaipole"; ru-05 names it with Гуляйполе on the Zaporizhzhia axis; many places bear this name)'),
};
