// Reference entities for the fresh14 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`),
// its district or hromada centre (`district`), or the oblast the text or the episode names (`region`), with the reason
// in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, a KATOTTG hromada row or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const marinka = gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845);
const pokrovsk = gn('Pokrovsk', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const vuhledar = wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar');
const yasynuvata = gn('Yasynuvata', 'town', 'UA', 'Donetsk Oblast', 48.1298, 37.8594, 688373);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text or the episode names only its oblast: the point of the oblast (${oblast.coordSource})`);
const SEVERAL = ' (several places of that name lie in the oblast and the text does not say which)';

export const PLACES = {
  russia,
  ukraine,
  // oblasts and regions
  donetskOblast,
  kharkivOblast,
  luhanskOblast,
  zaporizhzhiaOblast,
  khersonOblast,
  kurskOblast,
  belgorodOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox)' },
  // districts, at their centre's point
  kupianskDistrict: seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  pokrovskDistrict: seat('Pokrovsk Raion', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk'),
  yasynuvataDistrict: seat('Yasynuvata Raion', 'UA', 'Donetsk Oblast', yasynuvata, 'Yasynuvata'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  saintPetersburg: gn('Saint Petersburg', 'city', 'RU', 'Saint Petersburg', 59.93863, 30.31413, 498817),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  rubizhne: gn('Rubizhne', 'town', 'UA', 'Luhansk Oblast', 49.01229, 38.37967, 695274),
  sievierodonetsk: gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  shchastia: gn('Shchastia', 'town', 'UA', 'Luhansk Oblast', 48.73963, 39.2323, 694725),
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  marinka,
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  pokrovsk,
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  kupiansk,
  velykyiBurluk: gn('Velykyi Burluk', 'town', 'UA', 'Kharkiv Oblast', 50.0617, 37.38373, 690193),
  // towns and villages at their Wikipedia page's coordinates (found with the search tool)
  vuhledar,
  krasnohorivka: wiki('Krasnohorivka', 'town', 'UA', 'Donetsk Oblast', 48.00667, 37.51278, 'en:Krasnohorivka'),
  synkivka: wiki('Synkivka', 'village', 'UA', 'Kharkiv Oblast', 49.76306, 37.70556, 'en:Synkivka'),
  // villages placed where the evidence puts them
  novomykhailivkaNear: placedAt('Novomykhailivka (Pokrovsk Raion)', 'Donetsk Oblast', 'UA', marinka, 'near',
    `${POSTAL_ONLY}; the text puts it "12 kilometres from Maryinka": the point of Marinka (geonames:701845)`),
  halytsynivkaDistrict: placedAt('Halytsynivka', 'Donetsk Oblast', 'UA', pokrovsk, 'district',
    `${POSTAL_ONLY}; the text puts it in Pokrovsk Raion ("расположены в Покровском районе"): the point of the raion centre, Pokrovsk (geonames:704422)`),
  halytsynivka: inOblast('Halytsynivka', 'Donetsk Oblast', donetskOblast),
  memrykDistrict: placedAt('Memryk', 'Donetsk Oblast', 'UA', pokrovsk, 'district',
    `${POSTAL_ONLY}; the text puts it in Pokrovsk Raion ("в этом районе", the Покровский район of the sentence before): the point of the raion centre, Pokrovsk (geonames:704422)`),
  vodianeNear: placedAt('Vodiane (near Vuhledar)', 'Donetsk Oblast', 'UA', vuhledar, 'near',
    `${POSTAL_ONLY}; the text puts it "недалеко от Угледара": the point of Vuhledar (wikipedia:en:Vuhledar)`),
  vodiane: inOblast('Vodiane (near Vuhledar)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  hryhorivka: inOblast('Hryhorivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  staromaiorske: inOblast('Staromaiorske', 'Donetsk Oblast', donetskOblast),
  makarivka: inOblast('Makarivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  petropavlivka: inOblast('Petropavlivka (Kupiansk Raion)', 'Kharkiv Oblast', kharkivOblast, SEVERAL),
  kyslivka: inOblast('Kyslivka (Kupiansk Raion)', 'Kharkiv Oblast', kharkivOblast),
  lymanKharkiv: inOblast('Lyman (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast, SEVERAL),
  miloveDistrict: placedAt('Milove (Kupiansk Raion)', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${POSTAL_ONLY}; the text puts it in Kupiansk Raion ("Меловое в Купянском районе Харьковской области"): the point of the raion centre, Kupiansk (geonames:703656)`),
  kupianskVuzlovyi: placedAt('Kupiansk-Vuzlovyi', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${POSTAL_ONLY}; data/gazetteer/ua-hromada-settlements.json puts it in Kupiansk hromada (KATOTTG): the point of the hromada centre, Kupiansk (geonames:703656)`),
};
