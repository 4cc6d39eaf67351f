// Reference places of tests/eval/fresh25. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district whose centre is sourced (`district`) or the oblast the text names (`region`), with
// the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, mykolaivOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const velykaNovosilka = gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237);
const bakhmut = gn('Bakhmut (Artemivsk)', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const synelnykove = gn('Synelnykove', 'town', 'UA', 'Dnipropetrovsk Oblast', 48.32044, 35.51792, 693796);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearVelykaNovosilka = (name: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', velykaNovosilka, 'near',
    `${POSTAL_ONLY}; en-03 puts it "south of the town of Velyka Novosilka": the point of Velyka Novosilka (geonames:690237)`);
const nearKupiansk = (name: string): RefPlace =>
  placedAt(name, 'Kharkiv Oblast', 'UA', kupiansk, 'near',
    `${POSTAL_ONLY}; en-04 names it among the areas "north of Kupiansk" where the Russians storm Ukrainian positions: the point of Kupiansk (geonames:703656)`);
const nearBakhmut = (name: string, where: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${POSTAL_ONLY}; the text names it ${where}: the point of Bakhmut (geonames:713174)`);
const inSynelnykoveRaion = (name: string): RefPlace =>
  placedAt(name, 'Dnipropetrovsk Oblast', 'UA', synelnykove, 'district',
    `${POSTAL_ONLY}; uk-04 puts it in "Синельниківського району Дніпропетровщини": the point of the district centre, Synelnykove (geonames:693796)`);

export const PLACES = {
  russia,
  ukraine,
  // oblasts and regions
  donetskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  dnipropetrovskOblast,
  mykolaivOblast,
  khersonOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox)' },
  // districts at their centres
  kupianskRaion: seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  synelnykoveRaion: seat('Synelnykove Raion', 'UA', 'Dnipropetrovsk Oblast', synelnykove, 'Synelnykove'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  snihurivka: gn('Snihurivka', 'town', 'UA', 'Mykolaiv Oblast', 47.07579, 32.80516, 693379),
  velykyiBurluk: gn('Velykyi Burluk', 'town', 'UA', 'Kharkiv Oblast', 50.0617, 37.38373, 690193),
  dvorichna: gn('Dvorichna', 'town', 'UA', 'Kharkiv Oblast', 49.85019, 37.68262, 709399),
  kupiansk,
  velykaNovosilka,
  yampil: gn('Yampil (Lyman hromada, Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  bakhmut,
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  pokrovskeDnipro: gn('Pokrovske (Dnipropetrovsk Oblast)', 'town', 'UA', 'Dnipropetrovsk Oblast', 47.97852, 36.2256, 696720),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  pokrovsk: gn('Pokrovsk (Krasnoarmeisk)', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  myrnohrad: gn('Myrnohrad (Dimitrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  // places at their Wikipedia page's coordinates (as the earlier sets give them)
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  stepnohirsk: wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk'),
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  // villages placed where the text puts them
  storozheve: inOblast('Storozheve (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (en-03: "the village of Storozhov, in the eastern Donetsk province")'),
  blahodatne: nearVelykaNovosilka('Blahodatne (Velyka Novosilka hromada)'),
  makarivka: nearVelykaNovosilka('Makarivka (Donetsk Oblast)'),
  neskuchne: nearVelykaNovosilka('Neskuchne (Donetsk Oblast)'),
  lobkove: inOblast('Lobkove', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (en-03: "the Zaporizhzhia province settlements of Lobkove, Levadne and Novodrivka")'),
  levadne: inOblast('Levadne (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (en-03: "the Zaporizhzhia province settlements")'),
  novodarivka: inOblast('Novodarivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (en-03 spells it "Novodrivka", among "the Zaporizhzhia province settlements")'),
  kamiankaKupiansk: nearKupiansk('Kamianka (Kupiansk Raion)'),
  stroivka: nearKupiansk('Stroivka (Kharkiv Oblast)'),
  krasnePershe: nearKupiansk('Krasne Pershe'),
  fyholivka: nearKupiansk('Fyholivka'),
  kindrashivka: nearKupiansk('Kindrashivka'),
  andriivkaBakhmut: nearBakhmut('Andriivka (Bakhmut area)', 'on the Bakhmut axis ("На Бахмутському напрямку росіяни втратили Кліщіївку та Андріївку")'),
  orikhovoVasylivka: nearBakhmut('Orikhovo-Vasylivka', 'on the Bakhmut axis, where the Russians try to break through "в районах Оріхово-Василівки, Богданівки, Кліщіївки, Курдюмівки"'),
  bohdanivkaBakhmut: nearBakhmut('Bohdanivka (Bakhmut area)', 'on the Bakhmut axis, where the Russians try to break through "в районах Оріхово-Василівки, Богданівки, Кліщіївки, Курдюмівки"'),
  kurdiumivka: nearBakhmut('Kurdiumivka', 'among the places of the fighting on Bakhmut\'s flanks (uk-02: "в районах ... Курдюмівки"; ru-04: "на южном и северном флангах Бахмута ... в районах Клещеевки, Курдюмовки и Озаряновки")'),
  ozarianivka: nearBakhmut('Ozarianivka', 'among the places of the fighting on Bakhmut\'s flanks (ru-04: "в районах Клещеевки, Курдюмовки и Озаряновки")'),
  kamianskeZp: placedAt('Kamianske (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', 'UA', zaporizhzhiaOblast, 'region',
    `${POSTAL_ONLY} (the GeoNames Kamianske carried in data/gazetteer, 709932, is the city of Dnipropetrovsk Oblast); uk-03 names it on the way "на околиці Запоріжжя" and "на березі колишнього Каховського водосховища" but names no oblast: the point of Zaporizhzhia Oblast (naturalearth:admin1:UA-23)`),
  plavni: placedAt('Plavni (Vasylivka Raion)', 'Zaporizhzhia Oblast', 'UA', zaporizhzhiaOblast, 'region',
    `${POSTAL_ONLY} (the GeoNames Plavni carried in data/gazetteer, 697115, is a namesake in Odesa Oblast); uk-03 names it with Kamianske on the way to Zaporizhzhia's outskirts: the point of Zaporizhzhia Oblast (naturalearth:admin1:UA-23)`),
  prydniprovske: placedAt('Prydniprovske (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', 'UA', zaporizhzhiaOblast, 'region',
    `${POSTAL_ONLY}; uk-03 names it as the next goal on the way to Zaporizhzhia's outskirts: the point of Zaporizhzhia Oblast (naturalearth:admin1:UA-23)`),
  stepoveSynelnykove: inSynelnykoveRaion('Stepove (Synelnykove Raion)'),
  berezoveSynelnykove: inSynelnykoveRaion('Berezove (Synelnykove Raion)'),
  novoivanivkaZp: inOblast('Novoivanivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (uk-04: "поблизу села Новоіванівка у Запорізькій області")'),
  ivanivkaDnipro: inOblast('Ivanivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, ' (uk-04: "біля села Іванівка у Дніпропетровській області"; several villages of this name)'),
  ternoveDnipro: inOblast('Ternove (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, ' (uk-05: "біля сіл Тернове і Степове" in "Дніпропетровській області")'),
  stepoveDnipro: inOblast('Stepove (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, ' (uk-05: "біля сіл Тернове і Степове" in "Дніпропетровській області")'),
  rizdvianka: inOblast('Rizdvianka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-02: "села Рождественка в Запорожской области", the Russian name)'),
  novodanylivkaZp: inOblast('Novodanylivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-04 names it on the Melitopol axis, "на Юге", and no oblast: Zaporizhzhia Oblast, where that axis runs)'),
  novoprokopivka: inOblast('Novoprokopivka', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-04 names it on the Melitopol axis, "на Юге", and no oblast: Zaporizhzhia Oblast, where that axis runs)'),
};
