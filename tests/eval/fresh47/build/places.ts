// Reference places of tests/eval/fresh47. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district or the oblast the text names (`district`, `region`), with the reason in
// `coordNote`; a village the text puts in no one oblast has no point (`unlocated`).
import { gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { belgorodOblast, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, ukraine, unitedKingdom, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const NO_GN =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as an OpenStreetMap or postal-code row with no GeoNames id, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const soledar = gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757);
const kharkiv = gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483);
const grayvoron = gn('Grayvoron', 'town', 'RU', 'Belgorod Oblast', 50.4767, 35.6773, 559034);
const dvorichna = gn('Dvorichna', 'town', 'UA', 'Kharkiv Oblast', 49.85019, 37.68262, 709399);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71003, 37.61581, 703656);
const izium = gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292);
const avdiivka = gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122);
const donetsk = gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717);
const sievierodonetsk = gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999);
const robotyne = wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne');
const kupianskDistrict = seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk');
const dvorichnaHromada = seat('Dvorichna hromada', 'UA', 'Kharkiv Oblast', dvorichna, 'Dvorichna');
const iziumRaion = seat('Izium Raion', 'UA', 'Kharkiv Oblast', izium, 'Izium');

type Place = typeof donetskOblast;
const near = (name: string, admin1: string, country: string, town: Place, townName: string, file: string, why: string) =>
  placedAt(name, admin1, country, town, 'near', `${NO_GN}; ${file} ${why}: the point of ${townName} (${town.coordSource})`);
const inOblast = (name: string, oblast: Place, file: string, why: string) =>
  placedAt(name, oblast.admin1 as string, oblast.country, oblast, 'region', `${NO_GN}; ${file} ${why}: the point of ${oblast.admin1} (${oblast.coordSource})`);
const inDistrict = (name: string, district: Place, file: string, why: string) =>
  placedAt(name, district.admin1 as string, district.country, district, 'district', `${NO_GN}; ${file} ${why}: the point of ${district.name} at its centre (${district.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  unitedKingdom,
  // regions
  donetskOblast,
  luhanskOblast,
  kharkivOblast,
  khersonOblast,
  zaporizhzhiaOblast,
  belgorodOblast,
  donbas: {
    ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'),
    admin1: null,
    precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it',
  },
  // districts and hromadas
  kupianskDistrict,
  dvorichnaHromada,
  iziumRaion,
  grayvoronskyDistrict: seat('Grayvoronsky District', 'RU', 'Belgorod Oblast', grayvoron, 'Grayvoron'),
  petropavlivkaHromada: placedAt('Petropavlivka hromada (Kupiansk Raion)', 'Kharkiv Oblast', 'UA', kupianskDistrict, 'district',
    `${NO_GN} for its centre; uk-02 names it only as a hromada of Kupiansk Raion ("Куп’янський район Харківської області"): the point of Kupiansk Raion at its centre (${kupianskDistrict.coordSource})`),
  // cities and towns
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  london: gn('London', 'city', 'GB', 'England', 51.50853, -0.12574, 2643743),
  soledar,
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  kharkiv,
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  grayvoron,
  dvorichna,
  kupiansk,
  izium,
  avdiivka,
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  donetsk,
  sievierodonetsk,
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  sviatohirsk: gn('Sviatohirsk', 'town', 'UA', 'Donetsk Oblast', 49.03333, 37.56667, 692016),
  yampil: gn('Yampil (Donetsk Oblast)', 'village', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  drobysheve: gn('Drobysheve', 'village', 'UA', 'Donetsk Oblast', 49.0416, 37.72962, 709614),
  studenok: gn('Studenok', 'village', 'UA', 'Donetsk Oblast', 49.09107, 37.48697, 692352),
  zarichneKirovsk: gn('Zarichne (Lyman hromada; Russian name Kirovsk)', 'village', 'UA', 'Donetsk Oblast', 49.0234, 37.93161, 705808),
  slatyne: gn('Slatyne', 'town', 'UA', 'Kharkiv Oblast', 50.21041, 36.15376, 693598),
  prudianka: gn('Prudianka', 'village', 'UA', 'Kharkiv Oblast', 50.2361, 36.1684, 696127),
  // villages with a Wikipedia point as earlier sets give it
  kozinka: wiki('Kozinka (Belgorod Oblast)', 'village', 'RU', 'Belgorod Oblast', 50.46139, 35.6025, 'en:Kozinka,_Belgorod_Oblast'),
  synkivka: wiki('Synkivka', 'village', 'UA', 'Kharkiv Oblast', 49.76306, 37.70556, 'en:Synkivka'),
  robotyne,
  // villages placed where the evidence puts them
  yakovlivka: near('Yakovlivka (Bakhmut Raion)', 'Donetsk Oblast', 'UA', soledar, 'Soledar', 'en-01', 'puts "the village of Yakovlevka" "northeast of Soledar"'),
  minkivka: near('Minkivka (Bakhmut Raion)', 'Donetsk Oblast', 'UA', soledar, 'Soledar', 'en-01', 'names "the village of Minkovka" in "the Soledar area"'),
  cherkaskiTyshky: near('Cherkaski Tyshky', 'Kharkiv Oblast', 'UA', kharkiv, 'Kharkiv', 'en-02', 'puts it "in a pocket north of Kharkiv"'),
  ruskiTyshky: near('Ruski Tyshky', 'Kharkiv Oblast', 'UA', kharkiv, 'Kharkiv', 'en-02', 'puts it "in a pocket north of Kharkiv"'),
  borshchova: near('Borshchova (Kharkiv Raion)', 'Kharkiv Oblast', 'UA', kharkiv, 'Kharkiv', 'en-02', 'puts it "in a pocket north of Kharkiv" (another Borshchova lies in Kupiansk Raion)'),
  slobozhanskeKharkiv: near('Slobozhanske (north of Kharkiv)', 'Kharkiv Oblast', 'UA', kharkiv, 'Kharkiv', 'en-02', 'puts it "in a pocket north of Kharkiv" (several Slobozhanske lie in the oblast; the GeoNames towns of that name are not north of Kharkiv)'),
  masiutivka: inDistrict('Masiutivka', dvorichnaHromada, 'uk-01 and uk-02', 'name it in Kupiansk Raion and "Дворічанської громади"'),
  vodianeAvdiivka: near('Vodiane (Avdiivka area)', 'Donetsk Oblast', 'UA', avdiivka, 'Avdiivka', 'uk-05', 'puts it south of Avdiivka ("південніше від міста"; several Vodiane lie in the oblast)'),
  opytne: near('Opytne (Avdiivka area)', 'Donetsk Oblast', 'UA', avdiivka, 'Avdiivka', 'uk-05', 'puts it south of Avdiivka'),
  nevelske: near('Nevelske', 'Donetsk Oblast', 'UA', avdiivka, 'Avdiivka', 'uk-05', 'puts it south of Avdiivka'),
  tsyrkuny: inOblast('Tsyrkuny', kharkivOblast, 'ru-01', 'names it only as a village "Харьковской области"'),
  vernopillia: inDistrict('Vernopillia (Izium Raion)', iziumRaion, 'ru-01', 'names it only as a village "на Изюмщине"'),
  metolkine: near('Metolkine', 'Luhansk Oblast', 'UA', sievierodonetsk, 'Sievierodonetsk', 'ru-02', 'puts it "под Северодонецком"'),
  verkhnieVodiane: near('Vodiane (north of Pisky; "Верхнее Водяное")', 'Donetsk Oblast', 'UA', donetsk, 'Donetsk', 'ru-03', 'puts it "под Донецком", "севернее Песок"'),
  pisky: near('Pisky (Donetsk Oblast)', 'Donetsk Oblast', 'UA', donetsk, 'Donetsk', 'ru-03', 'names it as the place north of which the village lies "под Донецком"'),
  yarova: unlocated('Yarova', 'Donetsk Oblast', 'UA',
    `${NO_GN}; ru-04 names it only among the settlements "Донецкой и Луганской народных республик по левому берегу Северского Донца", so the text gives no one oblast to place it in: no point`),
  verbove: near('Verbove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', 'UA', robotyne, 'Robotyne', 'ru-05', 'names it with Robotyne "Запорожской области" ("в районах населенного пункта Работино и Вербовое")'),
};
