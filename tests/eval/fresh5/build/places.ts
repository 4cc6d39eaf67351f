// Reference entities for the fresh5 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// district has its administrative centre's point (precision `district`); a village no accepted source locates has
// the point the evidence supports: the centre of the district or hromada the text or a carried source names
// (`district`), or the oblast the text names (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, which has no GeoNames id, or not at all, and no Wikipedia page with coordinates was found with the search tool)';
const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, 'UA', oblast, 'region', `${POSTAL_ONLY}${extra}; the text names only its oblast: the oblast's point (${oblast.coordSource})`);

const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const kramatorsk = gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508);
const lyman = gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204);
const shostka = gn('Shostka', 'town', 'UA', 'Sumy Oblast', 51.86296, 33.4698, 693942);

export const PLACES = {
  russia,
  ukraine,
  kurskOblast,
  donetskOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  sumyOblast,
  kharkivOblast,
  luhanskOblast,
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  kharkiv: gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  pokrovsk,
  kramatorsk,
  lyman,
  shostka,
  myrnohrad: gn('Myrnohrad (Dymytrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  toretsk: gn('Toretsk (Dzerzhinsk)', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  lyptsi: wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi'),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  stepnohirsk: {
    ...wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk'),
    coordNote: 'the page gives the point to the minute (47° 35′ N, 35° 22′ O)',
  },
  polohy: gn('Polohy', 'town', 'UA', 'Zaporizhzhia Oblast', 47.48444, 36.25361, 696677),
  pokrovskeDnipro: gn('Pokrovske (Dnipropetrovsk Oblast)', 'town', 'UA', 'Dnipropetrovsk Oblast', 47.97852, 36.2256, 696720),
  zaporizke: wiki('Zaporizke (Velykomykhailivka hromada, Dnipropetrovsk Oblast)', 'village', 'UA', 'Dnipropetrovsk Oblast', 47.85333, 36.53194,
    'en:Zaporizke, Velykomykhailivka rural hromada, Synelnykove Raion, Dnipropetrovsk Oblast'),
  donbas: {
    name: 'Donbas', kind: 'region', country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region',
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  } satisfies RefPlace,
  // districts
  pokrovskyiRaion: seat('Pokrovskyi Raion (Donetsk Oblast)', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk'),
  kramatorskRaion: seat('Kramatorskyi Raion', 'UA', 'Donetsk Oblast', kramatorsk, 'Kramatorsk'),
  shostkaRaion: seat('Shostka Raion', 'UA', 'Sumy Oblast', shostka, 'Shostka'),
  bolshesoldatsky: {
    name: 'Bolshesoldatsky District', kind: 'district', country: 'RU', admin1: 'Kursk Oblast', lat: 51.33333, lon: 35.50833,
    coordSource: 'wikipedia:de:Bolschoje Soldatskoje', precision: 'district',
    coordNote: 'the point of its administrative centre, Bolshoye Soldatskoye (as carried in data/gazetteer/districts.json)',
  } satisfies RefPlace,
  // villages placed at a district or hromada
  zakitne: placedAt('Zakitne', 'Donetsk Oblast', 'UA', lyman, 'district',
    `${POSTAL_ONLY}; the KATOTTG extract carried in data/gazetteer/ua-hromada-settlements.json places it in Lyman hromada (the text: "в Краматорском районе", on the Siversk–Lyman road): the point of the hromada centre, Lyman (geonames:704204)`),
  komarivkaShostka: placedAt('Komarivka (Shostka Raion)', 'Sumy Oblast', 'UA', shostka, 'district',
    `${POSTAL_ONLY} (data/gazetteer's Komarivka rows are namesakes elsewhere); the text places it "в Шосткинском районе": the point of the district centre, Shostka (geonames:693942)`),
  // villages the text places only in an oblast
  dronivka: inOblast('Dronivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  artemivkaDonetsk: inOblast('Artemivka (Donetsk Oblast, Kostiantynivka axis)', 'Donetsk Oblast', donetskOblast,
    ' (several villages of that name lie in Donetsk Oblast and the text does not say which)'),
  volneDonetsk: inOblast('Vilne (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast,
    ' (several villages of that name lie in Donetsk Oblast and the text does not say which)'),
  filiia: inOblast('Filiia', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  novoheorhiivka: inOblast('Novoheorhiivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  zhovtneveZap: inOblast('Zhovtneve (Olenokostiantynivka, Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast,
    ' (the KATOTTG name is Olenokostiantynivka, Vozdvyzhivka hromada, whose centre no accepted source locates)'),
} satisfies Record<string, RefPlace>;
