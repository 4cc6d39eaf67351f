// Reference places of tests/eval/fresh23. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district whose centre is sourced (`district`) or the oblast the text names (`region`), with
// the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { ne0, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const kharkiv = gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483);
const bohodukhiv = gn('Bohodukhiv', 'town', 'UA', 'Kharkiv Oblast', 50.16466, 35.52765, 711894);
const chuhuiv = gn('Chuhuiv', 'town', 'UA', 'Kharkiv Oblast', 49.83588, 36.68803, 710374);
const vovchansk = gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const kurakhove = gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearVovchansk = (name: string): RefPlace =>
  placedAt(name, 'Kharkiv Oblast', 'UA', vovchansk, 'near',
    `${POSTAL_ONLY}; en-03 puts it "east of Vovchansk": the point of Vovchansk (geonames:689304)`);

export const PLACES = {
  russia,
  ukraine,
  unitedStates: ne0('United States', 'US', 39.528, -99.14449),
  // oblasts and regions
  donetskOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  khersonOblast,
  dnipropetrovskOblast,
  kurskOblast,
  belgorodOblast,
  sumyOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox)' },
  // districts at their centres
  bohodukhivRaion: seat('Bohodukhiv Raion', 'UA', 'Kharkiv Oblast', bohodukhiv, 'Bohodukhiv'),
  kharkivRaion: seat('Kharkiv Raion', 'UA', 'Kharkiv Oblast', kharkiv, 'Kharkiv'),
  chuhuivRaion: seat('Chuhuiv Raion', 'UA', 'Kharkiv Oblast', chuhuiv, 'Chuhuiv'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kharkiv,
  vovchansk,
  kupiansk,
  kurakhove,
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  bakhmut: gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  sviatohirsk: gn('Sviatohirsk', 'town', 'UA', 'Donetsk Oblast', 49.03333, 37.56667, 692016),
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  kozachiLaheri: gn('Kozachi Laheri', 'village', 'UA', 'Kherson Oblast', 46.70372, 32.9776, 706596),
  belgorod: gn('Belgorod', 'city', 'RU', 'Belgorod Oblast', 50.61074, 36.58015, 578072),
  valuyki: gn('Valuyki', 'town', 'RU', 'Belgorod Oblast', 50.2035, 38.1067, 477192),
  // villages at their Wikipedia page's coordinates (as the earlier sets give them)
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  lyptsi: wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi'),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  krynky: wiki('Krynky (Kherson Oblast)', 'village', 'UA', 'Kherson Oblast', 46.7375, 33.0925, 'en:Krynky'),
  gornal: {
    ...wiki('Gornal', 'village', 'RU', 'Kursk Oblast', 51.06611, 35.2325, 'ru:Горнальский Свято-Николаевский Белогорский монастырь'),
    coordNote: 'the coordinates of the monastery in Gornal (as in data/gazetteer/theatre.json and the earlier sets), not of the village centre',
  },
  // villages placed where the text puts them
  tykhe: nearVovchansk('Tykhe (Vovchansk hromada)'),
  vovchanskiKhutory: nearVovchansk('Vovchanski Khutory'),
  hlyboke: inOblast('Hlyboke (Kharkiv Raion)', 'Kharkiv Oblast', kharkivOblast,
    ' (en-03: "southeast of Hlyboki" on the Lyptsi-Kharkiv road, "in the north of the Kharkiv region"; data/gazetteer\'s GeoNames Hlyboke is a namesake in Odesa Oblast)'),
  stanytsia: inOblast('Stanytsia (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast,
    ' (en-02: "near Vovchansk, Stanytsia, and Lyptsi", in the section on the Kharkiv region)'),
  kupianskVuzlovyi: placedAt('Kupiansk-Vuzlovyi', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${POSTAL_ONLY}; data/gazetteer/ua-hromada-settlements.json puts it in Kupiansk hromada (KATOTTG): the point of the hromada centre, Kupiansk (geonames:703656)`),
  verboveZap: inOblast('Verbove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast,
    ' (uk-02: "села Вербове Запорізької області")'),
  dachneKurakhove: placedAt('Dachne (Kurakhove area)', 'Donetsk Oblast', 'UA', kurakhove, 'near',
    `${POSTAL_ONLY}; ru-03 puts it "к западу от Курахово": the point of Kurakhove (geonames:703646)`),
  andriivkaDonetsk: inOblast('Andriivka (Donetsk Oblast, west of Kurakhove)', 'Donetsk Oblast', donetskOblast,
    ' (ru-03: "в районе Андреевки", the advance after Дачное in the DPR; many villages of this name)'),
  sofiivkaDonetsk: inOblast('Sofiivka (Artemovka)', 'Donetsk Oblast', donetskOblast,
    ' (ru-04: "Артемовка" among "четыре населенных пункта в ДНР"; many villages of this name)'),
  vilneDonetsk: inOblast('Vilne (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast,
    ' (ru-04: "Вольное" among "четыре населенных пункта в ДНР"; several villages of this name lie in Donetsk Oblast)'),
};
