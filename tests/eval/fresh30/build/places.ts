// Reference places of tests/eval/fresh30. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), its hromada's centre (`district`) or the oblast the text names (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { chechnya, dnipropetrovskOblast, donetskOblast, kharkivOblast, kurskOblast, luhanskOblast, russia, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71003, 37.61581, 703656);
const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);
const zolochiv = gn('Zolochiv', 'town', 'UA', 'Kharkiv Oblast', 50.27985, 35.98179, 686895);

const SUDZHANSKY_OSM =
  'no point of its own in a source the gold accepts; the OpenStreetMap settlement-point extract (OKTMO code) carried in data/gazetteer/ru-district-settlements.json places it in Sudzhansky District: the point of the district centre, Sudzha (geonames:486816)';

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearTown = (name: string, admin1: string, town: RefPlace, townName: string, where: string): RefPlace =>
  placedAt(name, admin1, 'UA', town, 'near', `${POSTAL_ONLY}; ${where}: the point of ${townName} (${town.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  donetskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  luhanskOblast,
  kurskOblast,
  dnipropetrovskOblast,
  chechnya,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  // districts and hromadas
  zolochivHromada: seat('Zolochiv hromada', 'UA', 'Kharkiv Oblast', zolochiv, 'Zolochiv'),
  // capitals, cities and towns (GeoNames ids carried in data/gazetteer; Wikipedia pages as earlier sets give them)
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  mykolaiv: gn('Mykolaiv', 'city', 'UA', 'Mykolaiv Oblast', 46.96591, 31.9974, 700569),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  sievierodonetsk: gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  myrnohrad: gn('Myrnohrad (Dimitrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'city', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  kupiansk,
  kupianskVuzlovyi: wiki('Kupiansk-Vuzlovyi', 'town', 'UA', 'Kharkiv Oblast', 49.67083, 37.64306, 'de:Kupjansk-Wuslowyj'),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  ternuvate: gn('Ternuvate', 'village', 'UA', 'Zaporizhzhia Oblast', 47.83049, 36.12761, 691639),
  sudzha,
  gornal: {
    ...wiki('Gornal', 'village', 'RU', 'Kursk Oblast', 51.06611, 35.2325, 'ru:Горнальский Свято-Николаевский Белогорский монастырь'),
    coordNote: 'the coordinates of the monastery in Gornal (as in data/gazetteer/theatre.json), not of the village centre, as earlier sets give it',
  },
  zaliznychne: gn('Zaliznychne (Zaporizhzhia Oblast)', 'village', 'UA', 'Zaporizhzhia Oblast', 47.65238, 36.16524, 687796),
  // villages next to a town the text names (`near`), at their hromada's centre (`district`) or in an oblast (`region`)
  blahodativka: nearTown('Blahodativka (Kupiansk Raion)', 'Kharkiv Oblast', kupiansk, 'Kupiansk',
    'ru-03: the clash "в непосредственной близости от города Купянска и Благодатовки"'),
  sotnytskyiKozachok: placedAt('Sotnytskyi Kozachok', 'Kharkiv Oblast', 'UA', zolochiv, 'district',
    `${POSTAL_ONLY}; uk-03 puts it "на Золочівщині": the point of the hromada centre, Zolochiv (${zolochiv.coordSource})`),
  melovoy: placedAt('Melovoy', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  podol: placedAt('Podol (Sudzhansky District)', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  gogolevka: inOblast('Gogolevka (Kursk Oblast)', 'Kursk Oblast', kurskOblast,
    ' (data/gazetteer/ru-border-villages.json carries it only as a GeoNames postal-code row)'),
  oleshnya: inOblast('Oleshnya (Sudzhansky District)', 'Kursk Oblast', kurskOblast),
  tykhe: inOblast('Tykhe (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast),
  hlyboke: inOblast('Hlyboke (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast, ' (the GeoNames Hlyboke in data/gazetteer is the Odesa Oblast namesake)'),
  starytsia: inOblast('Starytsia (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast),
  ivanopillia: inOblast('Ivanopillia (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  kosivtseve: inOblast('Kosivtseve (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
} satisfies Record<string, RefPlace>;
