// Reference places of tests/eval/fresh16. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`),
// its district centre (`district`), or the oblast the text names (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const izium = gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292);
const avdiivka = gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.1399, 37.7425, 713122);
const kurakhove = gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const SEVERAL = ' (several places of that name lie in the oblast and the text does not say which)';
const nearIzium = (name: string): RefPlace =>
  placedAt(name, 'Kharkiv Oblast', 'UA', izium, 'near',
    `${POSTAL_ONLY}; the text says "Усі ці населені пункти розміщені під Ізюмом" (all these settlements lie near Izium): the point of Izium (geonames:707292)`);

export const PLACES = {
  russia,
  ukraine,
  // oblasts
  donetskOblast,
  kharkivOblast,
  luhanskOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  sumyOblast,
  khersonOblast,
  kurskOblast,
  belgorodOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as fresh15 gives it' },
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  izium,
  belgorod: gn('Belgorod', 'city', 'RU', 'Belgorod Oblast', 50.61074, 36.58015, 578072),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  avdiivka,
  kurakhove,
  pokrovsk: gn('Pokrovsk', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  selydove: gn('Selydove', 'town', 'UA', 'Donetsk Oblast', 48.14708, 37.30032, 694677),
  toretsk: gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  serebrianka: gn('Serebrianka', 'village', 'UA', 'Donetsk Oblast', 48.91917, 38.13494, 694494),
  // towns and villages at their Wikipedia page's coordinates (found with the search tool)
  newYork: wiki('New York (Niu-York)', 'town', 'UA', 'Donetsk Oblast', 48.31556, 37.88389, 'en:New_York,_Ukraine'),
  krasnohorivka: wiki('Krasnohorivka', 'town', 'UA', 'Donetsk Oblast', 48.00667, 37.51278, 'en:Krasnohorivka'),
  hrodivka: wiki('Hrodivka', 'town', 'UA', 'Donetsk Oblast', 48.25, 37.38333, 'de:Hrodiwka'),
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  // villages placed where the evidence puts them
  stepoveNear: placedAt('Stepove (Avdiivka)', 'Donetsk Oblast', 'UA', avdiivka, 'near',
    `${POSTAL_ONLY}; the text puts it "merely 3 kilometers north of Avdiivka": the point of Avdiivka (geonames:713122)`),
  novodmytrivkaNear: placedAt('Novodmytrivka (Kurakhove)', 'Donetsk Oblast', 'UA', kurakhove, 'near',
    `${POSTAL_ONLY}${SEVERAL}; the text puts it "north of the key town of Kurakhove": the point of Kurakhove (geonames:703646)`),
  bairak: nearIzium('Bairak (Izium)'),
  novaHusarivka: nearIzium('Nova Husarivka'),
  shchurivka: nearIzium('Shchurivka'),
  vilkhuvatka: nearIzium('Vilkhuvatka (Izium)'),
  // Kherson Oblast
  liubymivka: inOblast('Liubymivka (Beryslav Raion)', 'Kherson Oblast', khersonOblast, SEVERAL),
  khreshchenivka: inOblast('Khreshchenivka', 'Kherson Oblast', khersonOblast),
  zolotaBalka: inOblast('Zolota Balka', 'Kherson Oblast', khersonOblast),
  biliaivkaKherson: inOblast('Biliaivka (Kherson Oblast)', 'Kherson Oblast', khersonOblast),
  ukrainkaKherson: inOblast('Ukrainka (Kherson Oblast)', 'Kherson Oblast', khersonOblast),
  malaOleksandrivka: inOblast('Mala Oleksandrivka', 'Kherson Oblast', khersonOblast),
  davydivBrid: inOblast('Davydiv Brid', 'Kherson Oblast', khersonOblast),
  novovasylivkaKherson: inOblast('Novovasylivka (Kherson Oblast)', 'Kherson Oblast', khersonOblast, SEVERAL),
  novohryhorivkaKherson: inOblast('Novohryhorivka (Kherson Oblast)', 'Kherson Oblast', khersonOblast, SEVERAL),
  novaKamianka: inOblast('Nova Kamianka (Kherson Oblast)', 'Kherson Oblast', khersonOblast),
  tryfonivka: inOblast('Tryfonivka', 'Kherson Oblast', khersonOblast),
  chervoneKherson: inOblast('Chervone (Kherson Oblast)', 'Kherson Oblast', khersonOblast, SEVERAL),
  krynky: inOblast('Krynky', 'Kherson Oblast', khersonOblast),
  petropavlivkaKherson: inOblast('Petropavlivka (Kherson Oblast)', 'Kherson Oblast', khersonOblast, SEVERAL),
  novoraisk: inOblast('Novoraisk', 'Kherson Oblast', khersonOblast),
  // Donetsk Oblast
  novokalynove: inOblast('Novokalynove', 'Donetsk Oblast', donetskOblast),
  pervomaiskeDonetsk: inOblast('Pervomaiske (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  novobakhmutivka: inOblast('Novobakhmutivka', 'Donetsk Oblast', donetskOblast),
  sieverne: inOblast('Sieverne (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  stupochky: inOblast('Stupochky', 'Donetsk Oblast', donetskOblast),
  otradneDonetsk: inOblast('Otradne (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  novohrodivka: inOblast('Novohrodivka', 'Donetsk Oblast', donetskOblast),
  lysivka: inOblast('Lysivka (Pokrovsk Raion)', 'Donetsk Oblast', donetskOblast),
  vozdvyzhenka: inOblast('Vozdvyzhenka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  zelenePole: inOblast('Zelene Pole (Pokrovsk Raion)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  novotroitskeDonetsk: inOblast('Novotroitske (Pokrovsk Raion)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  mykhailivkaDonetsk: inOblast('Mykhailivka (Pokrovsk Raion)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  nevelske: inOblast('Nevelske', 'Donetsk Oblast', donetskOblast),
  dronivka: inOblast('Dronivka', 'Donetsk Oblast', donetskOblast),
  zakitne: inOblast('Zakitne', 'Donetsk Oblast', donetskOblast),
  platonivka: inOblast('Platonivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  novomykhailivkaDonetsk: inOblast('Novomykhailivka (Donetsk Oblast, 2025)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  marynivkaDonetsk: inOblast('Marynivka (Pokrovsk Raion)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  memryk: inOblast('Memryk', 'Donetsk Oblast', donetskOblast),
  kalynoveDonetsk: inOblast('Kalynove (Pokrovsk Raion)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  karlivkaDonetsk: inOblast('Karlivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, `${SEVERAL}; not the town of Karlivka in Poltava Oblast`),
  // Belgorod and Kursk oblasts (Russia)
  nekhoteevka: placedAt('Nekhoteevka', 'Belgorod Oblast', 'RU', belgorodOblast, 'region',
    `${POSTAL_ONLY}; the text names no oblast for it, only "старую границу" and a strike "на Белгород": the point of Belgorod Oblast (naturalearth:admin1:RU-BEL)`),
  zhuravlevka: placedAt('Zhuravlevka (Belgorod Oblast)', 'Belgorod Oblast', 'RU', belgorodOblast, 'region',
    `${POSTAL_ONLY}; the text names no oblast for it, only "старую границу" and a strike "на Белгород": the point of Belgorod Oblast (naturalearth:admin1:RU-BEL)`),
  kremyanoe: inOblast('Kremyanoe', 'Kursk Oblast', kurskOblast),
  olgovka: inOblast('Olgovka', 'Kursk Oblast', kurskOblast),
  // Sumy, Zaporizhzhia and Dnipropetrovsk oblasts
  loknia: inOblast('Loknia (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  verboveZap: inOblast('Verbove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  andriivkaDnipro: inOblast('Andriivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, SEVERAL),
};
