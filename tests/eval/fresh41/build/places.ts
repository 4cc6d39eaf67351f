// Reference places of tests/eval/fresh41. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`) or the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belarus, donetskOblast, kharkivOblast, khersonOblast, kyivOblast, luhanskOblast, mykolaivOblast, russia, ukraine } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const donetsk = gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717);
const bakhmut = gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const sviatohirsk = gn('Sviatohirsk', 'town', 'UA', 'Donetsk Oblast', 49.03333, 37.56667, 692016);
const terny = gn('Terny (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.09226, 37.96081, 691608);

type Ref = typeof donetskOblast;
const inOblast = (name: string, admin1: string, oblast: Ref, code: string, file: string, why: string) =>
  placedAt(name, admin1, oblast.country, oblast, 'region', `${POSTAL_ONLY}; ${file} ${why}: the point of ${admin1} (naturalearth:admin1:${code})`);
const inKherson = (name: string, file: string, why: string) => inOblast(name, 'Kherson Oblast', khersonOblast, 'UA-65', file, why);
const inKharkiv = (name: string, file: string, why: string) => inOblast(name, 'Kharkiv Oblast', kharkivOblast, 'UA-63', file, why);
const near = (name: string, admin1: string, at: Ref, atName: string, why: string) =>
  placedAt(name, admin1, 'UA', at, 'near', `${POSTAL_ONLY}; ${why}: the point of ${atName} (${at.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  belarus,
  // regions
  donetskOblast,
  khersonOblast,
  kharkivOblast,
  luhanskOblast,
  kyivOblast,
  mykolaivOblast,
  donbas: {
    name: 'Donbas', kind: 'region' as const, country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region' as const,
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  },
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  donetsk,
  luhansk: gn('Luhansk', 'city', 'UA', 'Luhansk Oblast', 48.56705, 39.31706, 702658),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  bakhmut,
  kupiansk,
  terny,
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  bucha: gn('Bucha', 'town', 'UA', 'Kyiv Oblast', 50.54345, 30.21201, 711350),
  hostomel: gn('Hostomel', 'town', 'UA', 'Kyiv Oblast', 50.56841, 30.2651, 708251),
  irpin: gn('Irpin', 'town', 'UA', 'Kyiv Oblast', 50.52175, 30.25055, 707565),
  vysokopillia: gn('Vysokopillia', 'town', 'UA', 'Kherson Oblast', 47.49187, 33.53061, 688689),
  sviatohirsk,
  sviatohirskHromada: seat('Sviatohirsk hromada', 'UA', 'Donetsk Oblast', sviatohirsk, 'Sviatohirsk'),
  snihurivka: gn('Snihurivka', 'town', 'UA', 'Mykolaiv Oblast', 47.07579, 32.80516, 693379),
  dudchany: gn('Dudchany', 'village', 'UA', 'Kherson Oblast', 47.18557, 33.7639, 709465),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  // villages with a Wikipedia point as earlier sets give it
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  synkivka: wiki('Synkivka', 'village', 'UA', 'Kharkiv Oblast', 49.76306, 37.70556, 'en:Synkivka'),
  // villages placed where the evidence puts them
  novovoznesenske: inKherson('Novovoznesenske (Kherson Oblast)', 'en-01', 'names it only among the settlements liberated "in Kherson region"'),
  bilohirka: inKherson('Bilohirka (Kherson Oblast)', 'en-01', 'names it only among the settlements liberated "in Kherson region"'),
  sukhyiStavok: inKherson('Sukhyi Stavok', 'en-01', 'names it only among the settlements liberated "in Kherson region"'),
  myroliubivkaKherson: inKherson('Myroliubivka (Kherson Oblast)', 'en-01', 'names it only among the settlements liberated "in Kherson region"'),
  davydivBrid: inKherson('Davydiv Brid', 'uk-02', 'names it only as a place the enemy left a month before, on the occupied right bank of the Dnipro by Kherson'),
  kalynivkaKherson: inKherson('Kalynivka (right bank of the Dnipro)', 'uk-02', 'names it only with Dudchany (Kherson Oblast) in the same advance on the right bank of the Dnipro'),
  kozachaLopan: inKharkiv('Kozacha Lopan', 'uk-03', 'names it only as a settlement of the Derhachi council "(Харківська область)" by the Russian border'),
  chkalovske: inKharkiv('Chkalovske (Kharkiv Oblast)', 'uk-03', 'names it only as "смт Чкаловське Харківської області"'),
  lymanPershyi: near('Lyman Pershyi', 'Kharkiv Oblast', kupiansk, 'Kupiansk', 'uk-04 names it only among the directions of the Russian offensive aimed at blocking Kupiansk'),
  novoselivske: near('Novoselivske (Luhansk Oblast)', 'Luhansk Oblast', kupiansk, 'Kupiansk', 'uk-04 names it only among the directions of the Russian offensive aimed at blocking Kupiansk'),
  stelmakhivka: near('Stelmakhivka', 'Luhansk Oblast', kupiansk, 'Kupiansk', 'uk-04 names it only among the directions of the Russian offensive aimed at blocking Kupiansk'),
  zhytlivka: near('Zhytlivka', 'Luhansk Oblast', terny, 'Terny', 'uk-04 names it only with Terny on the Lyman axis ("на напрямку Житлівка, Терни")'),
  piskyNear: near('Pisky (Donetsk Oblast)', 'Donetsk Oblast', donetsk, 'Donetsk', 'en-05 puts it "just 10 kilometers northwest of the provincial capital Donetsk"'),
  piskyDnr: placedAt('Pisky (Donetsk Oblast)', 'Donetsk Oblast', 'UA', donetskOblast, 'region', `${POSTAL_ONLY}; ru-01 names it only as "Пески Донецкой Народной Республики": the point of Donetsk Oblast (naturalearth:admin1:UA-14)`),
  stariTerny: placedAt('Stari Terny', 'Donetsk Oblast', 'UA', donetskOblast, 'region', `${POSTAL_ONLY}; ru-01 names it only next to the fighting "в районе населенного пункта Артемовск в ДНР": the point of Donetsk Oblast (naturalearth:admin1:UA-14)`),
  andriivkaBakhmut: near('Andriivka (Bakhmut area)', 'Donetsk Oblast', bakhmut, 'Bakhmut', 'en-03, uk-05 and ru-03 name it among the successes near Bakhmut ("near Bakhmut", "в напрямку ... Андріївка, Бахмут", "под Бахмутом")'),
  kurdiumivka: near('Kurdiumivka', 'Donetsk Oblast', bakhmut, 'Bakhmut', 'uk-05 and ru-03 name it among the places of the fighting on the Bakhmut axis'),
  orikhovoVasylivka: near('Orikhovo-Vasylivka', 'Donetsk Oblast', bakhmut, 'Bakhmut', 'uk-05 puts it "на північному фланзі Бахмута"; ru-03 on the Bakhmut axis'),
  bohdanivkaBakhmut: near('Bohdanivka (Bakhmut area)', 'Donetsk Oblast', bakhmut, 'Bakhmut', 'ru-03 names it among the places of the fighting on the Bakhmut axis'),
};
