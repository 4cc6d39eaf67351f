// Reference places of tests/eval/fresh64. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the hromada centre the
// text names (`district`) or the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, inRegion, placedAt, seat, wiki } from '../../build/ref-places.ts';
import {
  dnipropetrovskOblast,
  donetskOblast,
  kharkivOblast,
  russia,
  sumyOblast,
  ukraine,
  usa,
  zaporizhzhiaOblast,
} from '../../build/ne-points.ts';

const NO_POINT =
  'no point of its own in a source the gold accepts (data/gazetteer carries it at most as an OpenStreetMap or postal-code row, not a GeoNames id, and no Wikipedia page with coordinates was looked up with the search tool)';

const krasnopillia = gn('Krasnopillia', 'town', 'UA', 'Sumy Oblast', 50.77458, 35.25965, 704343);

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions and districts
  donetskOblast,
  dnipropetrovskOblast,
  kharkivOblast,
  sumyOblast,
  zaporizhzhiaOblast,
  krasnopilliaHromada: seat('Krasnopillia hromada', 'UA', 'Sumy Oblast', krasnopillia, 'Krasnopillia'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  berlin: gn('Berlin', 'city', 'DE', 'Berlin', 52.52437, 13.41053, 2950159),
  novorossiysk: gn('Novorossiysk', 'city', 'RU', 'Krasnodar Krai', 44.72439, 37.76752, 518255),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  kupianskVuzlovyi: wiki('Kupiansk-Vuzlovyi', 'town', 'UA', 'Kharkiv Oblast', 49.67083, 37.64306, 'de:Kupjansk-Wuslowyj'),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  stepnohirsk: wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk'),
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  druzhkivka: gn('Druzhkivka', 'town', 'UA', 'Donetsk Oblast', 48.63013, 37.55259, 616743),
  // villages
  hrabovske: placedAt('Hrabovske (Sumy Oblast)', 'Sumy Oblast', 'UA', krasnopillia, 'district',
    `${NO_POINT}; uk-03 names it "Грабовське Краснопільської громади": the point of Krasnopillia, the hromada centre (geonames:704343)`),
  riasne: inRegion('Riasne (Sumy Oblast)', sumyOblast,
    'uk-03 names it only as the village the Russians tried to advance toward from Hrabovske, in the border zone "Сумської області" (several villages of this name)'),
  novoplatonivka: inRegion('Novoplatonivka', kharkivOblast, 'en-03 names it only as "the village of Novoplatonivka in Kharkiv region"'),
  starytsia: inRegion('Starytsia (Kharkiv Oblast)', kharkivOblast, 'ru-01 names it "Старица в Харьковской области" (several villages of this name)'),
  orestopil: inRegion('Orestopil', dnipropetrovskOblast, 'uk-02 names it among five villages "у Дніпропетровській області"'),
  sosnivka: inRegion('Sosnivka (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'uk-02 names it among five villages "у Дніпропетровській області" (many villages of this name)'),
  khoroshe: inRegion('Khoroshe (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'uk-02 names it among five villages "у Дніпропетровській області"'),
  vorone: inRegion('Vorone (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'uk-02 names it among five villages "у Дніпропетровській області"'),
  novoselivka: inRegion('Novoselivka (Dnipropetrovsk Oblast)', dnipropetrovskOblast,
    'uk-02 names it among five villages "у Дніпропетровській області" (many villages of this name)'),
  novoiakovlivka: inRegion('Novoiakovlivka (Zaporizhzhia Oblast)', zaporizhzhiaOblast,
    'ru-02 names no oblast for it, only the «Днепр» grouping that took it; placed in Zaporizhzhia Oblast, where that grouping advances (judgement call)'),
  bondarne: inRegion('Bondarne (Donetsk Oblast)', donetskOblast,
    'ru-02 names it only among villages the Southern grouping took advancing "в направлении Славянска" (Donetsk Oblast; two villages of this name)'),
  zakitne: inRegion('Zakitne (Donetsk Oblast)', donetskOblast,
    'ru-02 names it only among villages the Southern grouping took advancing "в направлении Славянска" (Donetsk Oblast)'),
  pryvilne: inRegion('Pryvilne (Donetsk Oblast)', donetskOblast,
    'ru-02 names it only among villages the Southern grouping took advancing "в направлении Славянска" (Donetsk Oblast; many villages of this name)'),
  stepanivka: inRegion('Stepanivka (Donetsk Oblast)', donetskOblast,
    'ru-03 names it "на территории Донецкой Народной Республики" (many villages of this name)'),
  staroukrainka: inRegion('Staroukrainka', zaporizhzhiaOblast, 'ru-03 names it "на территории Запорожской области"'),
  prydorozhnie: inRegion('Prydorozhnie (Zaporizhzhia Oblast)', zaporizhzhiaOblast,
    'ru-03 names it "Придорожного (Запорожская область)" (several villages of this name)'),
};
