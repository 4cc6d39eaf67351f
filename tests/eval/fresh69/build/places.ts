// Reference places of tests/eval/fresh69. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text
// places it by (`near`) or the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, inRegion, placedAt, wiki } from '../../build/ref-places.ts';
import type { RefPlace } from './types.ts';
import {
  crimea,
  donetskOblast,
  kharkivOblast,
  khersonOblast,
  luhanskOblast,
  mykolaivOblast,
  russia,
  ukraine,
  zaporizhzhiaOblast,
} from '../../build/ne-points.ts';

const bakhmut = gn('Bakhmut (Artemovsk)', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const kharkiv = gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483);
const sviatohirsk = gn('Sviatohirsk', 'town', 'UA', 'Donetsk Oblast', 49.03333, 37.56667, 692016);
const lysychansk = gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972);

export const PLACES = {
  russia,
  ukraine,
  // regions
  crimea,
  donetskOblast,
  kharkivOblast,
  khersonOblast,
  luhanskOblast,
  mykolaivOblast,
  zaporizhzhiaOblast,
  donbas: {
    ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'),
    admin1: null,
    precision: 'region' as const,
    coordNote:
      'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it',
  } satisfies RefPlace,
  // capitals, cities and towns
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  belgorod: gn('Belgorod', 'city', 'RU', 'Belgorod Oblast', 50.61074, 36.58015, 578072),
  kharkiv,
  bakhmut,
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  sviatohirsk,
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  lysychansk,
  vysokopillia: gn('Vysokopillia', 'town', 'UA', 'Kherson Oblast', 47.49187, 33.53061, 688689),
  // villages
  neskuchne: wiki('Neskuchne (Donetsk Oblast)', 'village', 'UA', 'Donetsk Oblast', 47.82, 36.80889, 'en:Neskuchne,_Donetsk_Oblast'),
  blahodatne: inRegion('Blahodatne (Velyka Novosilka area)', donetskOblast,
    'several villages of this name; data/gazetteer\'s GeoNames rows for Donetsk Oblast (712091, 712092) lie by Vuhledar and in the east, not by Neskuchne; en-01 names it "in the Donetsk region"'),
  makarivka: inRegion('Makarivka (Velyka Novosilka area)', donetskOblast,
    'no GeoNames row for the Makarivka by Neskuchne in data/gazetteer; en-01 names it with Blahodatne and Neskuchne "in the Donetsk region"'),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  andriivkaBakhmut: placedAt('Andriivka (Bakhmut area)', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    'several villages of this name in Donetsk Oblast and no GeoNames row for the one by Bakhmut in data/gazetteer; uk-04 names it ("Андрівки", sic) among the advances "біля Бахмута": the point of Bakhmut (geonames:713174)'),
  ruskaLozova: placedAt('Ruska Lozova', 'Kharkiv Oblast', 'UA', kharkiv, 'near',
    'no GeoNames row in data/gazetteer; en-04 places it on the Kharkiv-Belgorod highway, firing "on the civilian infrastructure in Kharkiv from this settlement": the point of Kharkiv (geonames:706483)'),
  masiutivka: inRegion('Masiutivka (Kharkiv Oblast)', kharkivOblast,
    'no GeoNames row in data/gazetteer; en-03 names it "in the Kupiansk direction in Kharkiv Oblast"'),
  novoselivske: inRegion('Novoselivske (Kharkiv Oblast)', kharkivOblast,
    'no GeoNames row for the Kharkiv-oblast village in data/gazetteer (geonames:699179 is a Crimean village); en-03 names it "in the Kupiansk direction in Kharkiv Oblast"'),
  bohorodychne: placedAt('Bohorodychne', 'Donetsk Oblast', 'UA', sviatohirsk, 'near',
    'no GeoNames row in data/gazetteer; uk-03 names it among the villages around Sviatohirsk ("місто та навколишні села"): the point of Sviatohirsk (geonames:692016)'),
  mazanivka: placedAt('Mazanivka', 'Donetsk Oblast', 'UA', sviatohirsk, 'near',
    'no GeoNames row in data/gazetteer; uk-03 names it among the villages around Sviatohirsk: the point of Sviatohirsk (geonames:692016)'),
  krasnopilliaDn: placedAt('Krasnopillia (Sviatohirsk area)', 'Donetsk Oblast', 'UA', sviatohirsk, 'near',
    'several villages of this name and no GeoNames row for the one by Sviatohirsk in data/gazetteer (geonames:704343 is the Sumy-oblast town); uk-03 names it among the villages around Sviatohirsk: the point of Sviatohirsk (geonames:692016)'),
  dolynaDn: placedAt('Dolyna (Sviatohirsk area)', 'Donetsk Oblast', 'UA', sviatohirsk, 'near',
    'several places of this name and no GeoNames row for the village by Sviatohirsk in data/gazetteer (geonames:709755 is the Ivano-Frankivsk-oblast town); uk-03 names it among the villages around Sviatohirsk: the point of Sviatohirsk (geonames:692016)'),
  topolivka: placedAt('Topolivka (Lysychansk area)', 'Luhansk Oblast', 'UA', lysychansk, 'near',
    'no GeoNames row in data/gazetteer; ru-04 names it ("Тополевка") among the objects taken "в районе Лисичанска": the point of Lysychansk (geonames:702972)'),
} satisfies Record<string, RefPlace>;
