// Reference places of tests/eval/fresh55. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text puts
// it next to (`near`), its district or hromada (`district`), or the oblast the text names (`region`), with the reason
// in `coordNote`.
import { gn, wiki, seat, placedAt, inRegion, NO_POINT } from '../../build/ref-places.ts';
import { belgorodOblast, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const beryslav = gn('Beryslav', 'town', 'UA', 'Kherson Oblast', 46.84152, 33.42838, 712260);
const bakhmut = gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);

type Ref = ReturnType<typeof gn>;
const inBeryslavRaion = (name: string, why: string): Ref =>
  placedAt(name, 'Kherson Oblast', 'UA', beryslav, 'district', `${NO_POINT}; ${why}: the point of Beryslav, the raion's centre (${beryslav.coordSource})`);
const nearBakhmut = (name: string, why: string): Ref =>
  placedAt(name, 'Donetsk Oblast', 'UA', bakhmut, 'near', `${NO_POINT}; ${why}: the point of Bakhmut (${bakhmut.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  // regions
  khersonOblast,
  kharkivOblast,
  luhanskOblast,
  donetskOblast,
  zaporizhzhiaOblast,
  belgorodOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const },
  beryslavRaion: seat('Beryslav Raion', 'UA', 'Kherson Oblast', beryslav, 'Beryslav'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  kharkiv: gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483),
  belgorod: gn('Belgorod', 'city', 'RU', 'Belgorod Oblast', 50.61074, 36.58015, 578072),
  shebekino: gn('Shebekino', 'town', 'RU', 'Belgorod Oblast', 50.40967, 36.9136, 495112),
  sievierodonetsk: gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  sviatohirsk: gn('Sviatohirsk', 'town', 'UA', 'Donetsk Oblast', 49.03333, 37.56667, 692016),
  lyman: gn('Lyman', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  bakhmut,
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  staryiSaltiv: gn('Staryi Saltiv', 'town', 'UA', 'Kharkiv Oblast', 50.07619, 36.78852, 692703),
  // villages
  yampil: gn('Yampil (Donetsk Oblast)', 'village', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  malaTokmachka: gn('Mala Tokmachka', 'village', 'UA', 'Zaporizhzhia Oblast', 47.53563, 35.89293, 702153),
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  synkivka: wiki('Synkivka', 'village', 'UA', 'Kharkiv Oblast', 49.76306, 37.70556, 'en:Synkivka'),
  novovasylivkaKherson: inBeryslavRaion('Novovasylivka (Beryslav Raion, Kherson Oblast)', 'en-02 names it among five settlements "in Beryslav district (of Kherson region)" (GeoNames 699061 is a namesake in Zaporizhzhia Oblast)'),
  novohryhorivkaKherson: inBeryslavRaion('Novohryhorivka (Beryslav Raion, Kherson Oblast)', 'en-02 names it ("Novogrygorivka") among five settlements "in Beryslav district"'),
  novaKamianka: inBeryslavRaion('Nova Kamianka (Beryslav Raion, Kherson Oblast)', 'en-02 names it ("Nova Kamyanka") among five settlements "in Beryslav district"'),
  tryfonivka: inBeryslavRaion('Tryfonivka (Beryslav Raion, Kherson Oblast)', 'en-02 names it among five settlements "in Beryslav district"'),
  chervoneKherson: inBeryslavRaion('Chervone (Beryslav Raion, Kherson Oblast)', 'en-02 names it among five settlements "in Beryslav district" (GeoNames 710538 is a namesake in Zhytomyr Oblast)'),
  davydivBrid: inRegion('Davydiv Brid', khersonOblast, 'en-03 names it "the village of Davidiv Brid in the Kherson region"'),
  mylove: inRegion('Mylove (Kherson Oblast)', khersonOblast, 'en-03 names it ("Mylov") on the front line of the Kherson counteroffensive'),
  borivske: inRegion('Borivske (Luhansk Oblast)', luhanskOblast, 'en-04 names it ("Borovskoye") among the settlements "in the Luhansk region"'),
  voronove: inRegion('Voronove (Luhansk Oblast)', luhanskOblast, 'en-04 names it among the settlements "in the Luhansk region" (a namesake lies in Dnipropetrovsk Oblast)'),
  syrotyne: inRegion('Syrotyne (Luhansk Oblast)', luhanskOblast, 'en-04 names it ("Sirotino") among the settlements "in the Luhansk region"'),
  makiivkaLuhansk: inRegion('Makiivka (Luhansk Oblast)', luhanskOblast, 'uk-05 names it "село Макіївка у Луганській області" (not the city of Makiivka in Donetsk Oblast)'),
  storozheve: inRegion('Storozheve (Donetsk Oblast)', donetskOblast, 'ru-01 names it only "в одном населенном пункте Донбасса" on the Tavria axis and en-05 with villages "in the Donetsk region" (the village of the Velyka Novosilka hromada)'),
  blahodatne: inRegion('Blahodatne (Velyka Novosilka hromada, Donetsk Oblast)', donetskOblast, 'en-05 names it "in the Donetsk region, close to Zaporizhzhia" (GeoNames 712091 and 712092 are namesakes elsewhere in the oblast)'),
  makarivka: inRegion('Makarivka (Donetsk Oblast)', donetskOblast, 'en-05 names it "in the Donetsk region, close to Zaporizhzhia" (namesakes in several oblasts)'),
  neskuchne: inRegion('Neskuchne (Donetsk Oblast)', donetskOblast, 'en-05 names it "in the Donetsk region, close to Zaporizhzhia"'),
  khromove: nearBakhmut('Khromove (Artemovske)', 'ru-04 puts it "на Бахмутском направлении, к северо-западу от города" (Artemovsk, i.e. Bakhmut)'),
  berkhivka: nearBakhmut('Berkhivka', 'ru-04 names it on the Bakhmut axis beside Khromove, at the Berkhivka reservoir (earlier sets place it at Bakhmut the same way)'),
};
