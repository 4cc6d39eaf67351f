// Reference entities for the fresh13 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a city the text puts it next to (`near`),
// or the oblast the text or the episode names (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { belgorodOblast, chechnya, crimea, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or a GeoNames dump row without an id, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const donetsk = gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text or the episode names only its oblast: the point of the oblast (${oblast.coordSource})`);
const SEVERAL = ' (several places of that name lie in the oblast and the text does not say which)';

export const PLACES = {
  russia,
  ukraine,
  // oblasts and regions
  donetskOblast,
  luhanskOblast,
  sumyOblast,
  belgorodOblast,
  kharkivOblast,
  kurskOblast,
  zaporizhzhiaOblast,
  khersonOblast,
  dnipropetrovskOblast,
  crimea,
  chechnya,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox)' },
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  belgorod: gn('Belgorod', 'city', 'RU', 'Belgorod Oblast', 50.61074, 36.58015, 578072),
  donetsk,
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  sviatohirsk: gn('Sviatohirsk', 'town', 'UA', 'Donetsk Oblast', 49.03333, 37.56667, 692016),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  krasnoyaruzhskyDistrict: seat('Krasnoyaruzhsky District', 'RU', 'Belgorod Oblast',
    gn('Krasnaya Yaruga', 'town', 'RU', 'Belgorod Oblast', 50.80083, 35.65833, 542571), 'Krasnaya Yaruga'),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  // villages placed where the evidence puts them
  piskyNear: placedAt('Pisky (Donetsk Oblast)', 'Donetsk Oblast', 'UA', donetsk, 'near',
    `${POSTAL_ONLY}; the text puts it "on the outskirts of Donetsk": the point of Donetsk (geonames:709717)`),
  pisky: inOblast('Pisky (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  voievodivka: inOblast('Voievodivka (Luhansk Oblast)', 'Luhansk Oblast', luhanskOblast),
  bohorodychne: inOblast('Bohorodychne', 'Donetsk Oblast', donetskOblast),
  novobakhmutivka: inOblast('Novobakhmutivka', 'Donetsk Oblast', donetskOblast),
  semenivka: inOblast('Semenivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  berdychi: inOblast('Berdychi', 'Donetsk Oblast', donetskOblast),
  demidovka: inOblast('Demidovka (Krasnoyaruzhsky District)', 'Belgorod Oblast', belgorodOblast, SEVERAL),
  popovka: inOblast('Popovka (Krasnoyaruzhsky District)', 'Belgorod Oblast', belgorodOblast, SEVERAL),
  zhuravka: inOblast('Zhuravka (Sumy Raion)', 'Sumy Oblast', sumyOblast, ' (GeoNames 687009 "Zhuravka" is a namesake far to the west)'),
  hoholivka: inOblast('Hoholivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  volodymyrivka: inOblast('Volodymyrivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  vesele: inOblast('Vesele (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  basivka: inOblast('Basivka (Sumy Raion)', 'Sumy Oblast', sumyOblast, SEVERAL),
  lidice: unlocated('Lidice', 'Central Bohemian Region', 'CZ',
    'a Czech village named as a comparison (destroyed in 1942); no point for it in data/gazetteer and no Wikipedia page with coordinates was looked up with the search tool'),
};
