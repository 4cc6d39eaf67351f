// Reference places of tests/eval/fresh43. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`) or the oblast the text names (`region`), with the reason in `coordNote`.
import { ne0, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { chernihivOblast, crimea, donetskOblast, kharkivOblast, khersonOblast, kyivOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';
import type { RefPlace } from './types.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const chernihiv = gn('Chernihiv', 'city', 'UA', 'Chernihiv Oblast', 51.50551, 31.28487, 710735);
const bakhmut = gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const velykaNovosilka = gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);

const inOblast = (name: string, admin1: string, oblast: RefPlace, code: string, file: string, why: string, extra = '') =>
  placedAt(name, admin1, oblast.country, oblast, 'region', `${POSTAL_ONLY}${extra}; ${file} ${why}: the point of ${admin1} (naturalearth:admin1:${code})`);
const inDonetsk = (name: string, file: string, why: string, extra = '') => inOblast(name, 'Donetsk Oblast', donetskOblast, 'UA-14', file, why, extra);
const inKherson = (name: string, why: string, extra = '') => inOblast(name, 'Kherson Oblast', khersonOblast, 'UA-65', 'en-02 and ru-03', why, extra);
const near = (name: string, admin1: string, at: RefPlace, atName: string, why: string) =>
  placedAt(name, admin1, 'UA', at, 'near', `${POSTAL_ONLY}; ${why}: the point of ${atName} (${at.coordSource})`);
const SEVERAL = ' (several villages of that name lie in the oblast)';
const KHERSON_LIST = 'names it only among the villages liberated "in Kherson Oblast"';

export const PLACES = {
  russia,
  ukraine,
  syria: ne0('Syria', 'SY', 35.023, 38.50456),
  sudan: ne0('Sudan', 'SD', 15.98679, 29.93948),
  centralAfricanRepublic: ne0('Central African Republic', 'CF', 6.56632, 20.46481),
  // regions
  donetskOblast,
  khersonOblast,
  kharkivOblast,
  luhanskOblast,
  sumyOblast,
  chernihivOblast,
  kyivOblast,
  zaporizhzhiaOblast,
  crimea,
  donbas: {
    ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'),
    admin1: null,
    precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it',
  },
  kupianskDistrict: seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  saintPetersburg: gn('Saint Petersburg', 'city', 'RU', 'Saint Petersburg', 59.93863, 30.31413, 498817),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  chernihiv,
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  konotop: gn('Konotop', 'town', 'UA', 'Sumy Oblast', 51.24032, 33.20263, 705135),
  okhtyrka: gn('Okhtyrka', 'town', 'UA', 'Sumy Oblast', 50.31036, 34.89879, 713749),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  bakhmut,
  horlivka: gn('Horlivka', 'city', 'UA', 'Donetsk Oblast', 48.33576, 38.05325, 707753),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  velykyiBurluk: gn('Velykyi Burluk', 'town', 'UA', 'Kharkiv Oblast', 50.0617, 37.38373, 690193),
  dvorichna: gn('Dvorichna', 'town', 'UA', 'Kharkiv Oblast', 49.85019, 37.68262, 709399),
  velykaNovosilka,
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  velykaOleksandrivka: gn('Velyka Oleksandrivka', 'town', 'UA', 'Kherson Oblast', 47.31969, 33.30373, 690288),
  // towns and villages placed where the evidence puts them
  svitlodarsk: {
    ...inDonetsk('Svitlodarsk', 'en-01 and uk-01', 'name it only as a city "in eastern Ukraine’s ... Donetsk region" / "Донецької області"'),
    kind: 'town' as const,
  },
  semyhiria: inDonetsk('Semyhiria', 'en-01', 'names it only as a village near the power plant "in eastern Ukraine’s ... Donetsk region"'),
  novoluhanske: inDonetsk('Novoluhanske', 'en-01', 'names it only as a village near the power plant "in eastern Ukraine’s ... Donetsk region"'),
  liubymivka: inKherson('Liubymivka (Beryslav Raion)', KHERSON_LIST, SEVERAL),
  khreshchenivka: inKherson('Khreshchenivka', KHERSON_LIST),
  zolotaBalka: inKherson('Zolota Balka', 'name it only among the villages liberated "in Kherson Oblast" and "на севере Херсонской области"'),
  biliaivka: inKherson('Biliaivka (Beryslav Raion)', KHERSON_LIST, SEVERAL),
  ukrainka: inKherson('Ukrainka (Beryslav Raion)', KHERSON_LIST, SEVERAL),
  malaOleksandrivka: inKherson('Mala Oleksandrivka', KHERSON_LIST),
  davydivBrid: inKherson('Davydiv Brid', KHERSON_LIST),
  oleksandrivka: inKherson('Oleksandrivka (Kherson Oblast)', 'ru-03 names it only with Zolota Balka "на севере Херсонской области"', SEVERAL),
  yahidne: near('Yahidne (Chernihiv Oblast)', 'Chernihiv Oblast', chernihiv, 'Chernihiv', 'en-04 names it only as "the village of Yahidne on the Chernihiv-Kyiv route", in its account of Chernihiv'),
  makarivka: near('Makarivka (Donetsk Oblast)', 'Donetsk Oblast', velykaNovosilka, 'Velyka Novosilka', 'uk-02 names it on the advance "на напрямку від Великої Новосілки"'),
  blahodatne: near('Blahodatne (Velyka Novosilka hromada)', 'Donetsk Oblast', velykaNovosilka, 'Velyka Novosilka', 'uk-02 names it on the advance "на напрямку від Великої Новосілки"'),
  neskuchne: near('Neskuchne (Donetsk Oblast)', 'Donetsk Oblast', velykaNovosilka, 'Velyka Novosilka', 'uk-02 names it on the advance "на напрямку від Великої Новосілки"'),
  urozhaine: inDonetsk('Urozhaine (Donetsk Oblast)', 'uk-02', 'names it only beyond Makarivka on the advance "у Донецькій області"', SEVERAL),
  staromaiorske: inDonetsk('Staromaiorske', 'uk-02', 'names it only as the next aim of the advance "у Донецькій області"'),
  opytne: near('Opytne (Bakhmut Raion)', 'Donetsk Oblast', bakhmut, 'Bakhmut', 'ru-02 puts it "на подступах к городу Бахмут"'),
  ivanhrad: near('Ivanhrad', 'Donetsk Oblast', bakhmut, 'Bakhmut', 'ru-02 puts it "на подступах к городу Бахмут"'),
  zaitseve: near('Zaitseve (Bakhmut Raion)', 'Donetsk Oblast', bakhmut, 'Bakhmut', 'ru-02 puts it "в 20 км от Бахмута"'),
  berkhivka: near('Berkhivka', 'Donetsk Oblast', bakhmut, 'Bakhmut', 'ru-04 puts it "в 7 км к северу от Артемовска (украинское название — Бахмут)"'),
  paraskoviivka: near('Paraskoviivka (Bakhmut Raion)', 'Donetsk Oblast', bakhmut, 'Bakhmut', 'ru-04 puts it near Berkhivka, "к северо-западу от Артемовска"'),
};
