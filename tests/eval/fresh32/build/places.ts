// Reference places of tests/eval/fresh32. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), its district's centre (`district`) or the oblast the text names (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { ne0, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { bryanskOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, as an OpenStreetMap or KATOTTG row, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';
const MIRROR = 'coordinates of the Wikipedia page as shown by a mirror of it found through the search tool, as an earlier set gives them';

const lyman = gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204);
const sevsk = gn('Sevsk', 'town', 'RU', 'Bryansk Oblast', 52.1491, 34.4926, 496246);
const stepnohirsk: RefPlace = {
  ...wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk'),
  coordNote: 'the page gives the point to the minute (47° 35′ N, 35° 22′ O), as earlier sets give it',
};

const nearLyman = (name: string, why: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', lyman, 'near', `${POSTAL_ONLY}; ${why}: the point of Lyman (${lyman.coordSource})`);
const nearStepnohirsk = (name: string, why: string): RefPlace =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', stepnohirsk, 'near',
    `${POSTAL_ONLY}; ${why}: the point of Stepnohirsk (${stepnohirsk.coordSource})`);
const inDonetskOblast = (name: string, why: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; ${why}: the point of the oblast (${donetskOblast.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  usa: ne0('United States of America', 'US', 39.528, -99.14449),
  // regions
  donetskOblast,
  luhanskOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  khersonOblast,
  kharkivOblast,
  kurskOblast,
  bryanskOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  // districts
  sevskDistrict: seat('Sevsky District', 'RU', 'Bryansk Oblast', sevsk, 'Sevsk'),
  // capitals, cities and towns (GeoNames ids carried in data/gazetteer; Wikipedia pages as earlier sets give them)
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  lyman,
  svatove: gn('Svatove', 'town', 'UA', 'Luhansk Oblast', 49.41029, 38.15035, 692118),
  yampil: gn('Yampil (Lyman hromada, Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  drobysheve: gn('Drobysheve', 'village', 'UA', 'Donetsk Oblast', 49.0416, 37.72962, 709614),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  toretsk: gn('Toretsk (Dzerzhinsk)', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  myrnohrad: gn('Myrnohrad (Dimitrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  stepnohirsk,
  krynky: {
    ...wiki('Krynky (Kherson Oblast)', 'village', 'UA', 'Kherson Oblast', 46.7375, 33.0925, 'en:Krynky'),
    coordNote: `${MIRROR} (46° 44′ 15″ N, 33° 05′ 33″ E)`,
  } satisfies RefPlace,
  tyotkino: {
    ...wiki('Tyotkino', 'town', 'RU', 'Kursk Oblast', 51.2725, 34.3033, 'en:Tyotkino'),
    coordNote: `${MIRROR} (51°16′21″N 34°18′12″E)`,
  } satisfies RefPlace,
  // villages next to a town the text names (`near`), at their district's centre (`district`) or in an oblast (`region`)
  novoselivkaLyman: nearLyman('Novoselivka (Lyman area)',
    'en-01 names it among the five settlements "near the city of Lyman" (several villages of this name lie on the Lyman axis and the text does not say which)'),
  shandryholove: nearLyman('Shandryholove', 'en-01 names it among the five settlements "near the city of Lyman"'),
  stavky: nearLyman('Stavky (Lyman area)', 'en-01 names it among the five settlements "near the city of Lyman"'),
  prymorske: nearStepnohirsk('Prymorske (Vasylivka Raion)',
    'ru-04 and ru-05 name it with Stepnohirsk in the same sentence of Gerasimov\'s report on the Zaporizhzhia axis ("Окружен населенный пункт Степногорск. Ведутся боевые действия за завладение Приморским")'),
  lukianivske: nearStepnohirsk('Lukianivske', 'ru-04 names it with Prymorske right after Stepnohirsk ("взяли населенный пункт Степногорск и завершают зачистку ... в Приморском и Лукьяновском")'),
  nevelske: inDonetskOblast('Nevelske', 'en-05 names only its oblast ("the village of Nevelske in Ukraine’s eastern Donetsk region")'),
  druzhba: inDonetskOblast('Druzhba (Donetsk Oblast)', 'ru-01 names only its oblast ("населенный пункт Дружба Донецкой Народной Республики"; the GeoNames Druzhba in data/gazetteer is the Sumy Oblast namesake)'),
  podyvotye: placedAt('Podyvotye', 'Bryansk Oblast', 'RU', sevsk, 'district',
    `${POSTAL_ONLY}; ru-03 puts the attempt "в приграничном Севском районе": the point of the district centre, Sevsk (${sevsk.coordSource})`),
} satisfies Record<string, RefPlace>;
