// Reference places of tests/eval/fresh70. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence
// supports: the town the text places it by (`near`) or the oblast the text names (`region`), with the reason in
// `coordNote`.
import { gn, inRegion, ne1, NO_POINT, placedAt, wiki } from '../../build/ref-places.ts';
import {
  belgorodOblast,
  dnipropetrovskOblast,
  donetskOblast,
  kharkivOblast,
  kurskOblast,
  russia,
  sumyOblast,
  ukraine,
  usa,
  zaporizhzhiaOblast,
} from '../../build/ne-points.ts';

const pokrovsk = gn('Pokrovsk (Krasnoarmeysk)', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const stepnohirsk = {
  ...wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk'),
  coordNote: 'the page gives the point to the minute (47° 35′ N, 35° 22′ O), as fresh15 and fresh18 give it',
};
const nearStepnohirsk = (name: string, why: string) =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', stepnohirsk, 'near',
    `${NO_POINT}; uk-02 names it as a place the Russian groups approach Stepnohirsk from (${why}): the point of Stepnohirsk (${stepnohirsk.coordSource})`);
const nearPokrovsk = (name: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', pokrovsk, 'near',
    `${NO_POINT}; uk-01 names it among the villages "на південний схід від міста" Pokrovsk: the point of Pokrovsk (${pokrovsk.coordSource})`);
const RU03_WEEK = 'ru-03 names it among the settlements taken in the week';

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  belgorodOblast,
  dnipropetrovskOblast,
  donetskOblast,
  kharkivOblast,
  kurskOblast,
  sumyOblast,
  zaporizhzhiaOblast,
  // Florida at its Natural Earth admin-1 point, as data/gazetteer/admin1.json carries it (ne-us-fl)
  florida: ne1('Florida', 'US', 'US-FL', 28.1568, -81.6228),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  pokrovsk,
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  orikhiv: gn('Orikhiv', 'town', 'UA', 'Zaporizhzhia Oblast', 47.56731, 35.78575, 698428),
  stepnohirsk,
  gornal: {
    ...wiki('Gornal', 'village', 'RU', 'Kursk Oblast', 51.06611, 35.2325, 'ru:Горнальский Свято-Николаевский Белогорский монастырь'),
    coordNote: 'the coordinates of the monastery in Gornal (as data/gazetteer/theatre.json, control, fresh and fresh19 give them), not of the village centre',
  },
  // villages
  petropavlivka: placedAt('Petropavlivka (Pokrovsk–Kurakhove area)', 'Donetsk Oblast', 'UA', pokrovsk, 'near',
    `${NO_POINT}; en-03 names it "a village between the towns of Pokrovsk and Kurakhove" (GeoNames 697423 is the town of Dnipropetrovsk Oblast): the point of Pokrovsk (geonames:704422)`),
  vremivka: inRegion('Vremivka (Donetsk Oblast)', donetskOblast, 'en-03 names it "one of a cluster of small towns further south in the Donetsk region"'),
  vysoke: inRegion('Vysoke (Sumy Oblast)', sumyOblast, 'en-04 names it, translated as "High", "in the Sumy region" (several villages of this name in Sumy Oblast)'),
  svitle: inRegion('Svitle (Donetsk Oblast)', donetskOblast, 'en-04 names it, translated as "Light", "in the Donetsk People’s Republic" (several villages of this name in Donetsk Oblast)'),
  sukhyiYar: nearPokrovsk('Sukhyi Yar (Pokrovsk area)'),
  lysivka: nearPokrovsk('Lysivka (Pokrovsk area)'),
  novopavlivka: nearPokrovsk('Novopavlivka (Pokrovsk area)'),
  stepoveZp: nearStepnohirsk('Stepove (Vasylivka area, Zaporizhzhia Oblast)', '"зі сходу (зі сторони Степового)"'),
  kamianskeZp: nearStepnohirsk('Kamianske (Vasylivka Raion)', '"з заходу (з боку Кам\'янського ...)"; the GeoNames Kamianske carried in data/gazetteer, 709932, is the city of Dnipropetrovsk Oblast'),
  plavni: nearStepnohirsk('Plavni (Vasylivka Raion)', '"з заходу (з боку ... Плавнів ...)"; the GeoNames Plavni carried in data/gazetteer, 697115, is a namesake in Odesa Oblast'),
  prymorske: nearStepnohirsk('Prymorske (Vasylivka Raion)', '"з заходу (з боку ... Приморського)"; the GeoNames Prymorske carried in data/gazetteer, 696282, is a namesake in Odesa Oblast'),
  hlyboke: inRegion('Hlyboke (Kharkiv Oblast)', kharkivOblast,
    'uk-03 names it "село Глибоке, що у північній частині Харківської області" (the GeoNames Hlyboke carried in data/gazetteer, 708725, is a namesake in Odesa Oblast)'),
  filiia: inRegion('Filiia', donetskOblast,
    'uk-04 puts it "на адміністративному кордоні між Дніпропетровською та Донецькою областями" (judgement call, as an earlier set places it: the Donetsk side)'),
  orestopil: inRegion('Orestopil', dnipropetrovskOblast, 'ru-03 names it "в Днепропетровской области"'),
  novoselivkaDnipro: inRegion('Novoselivka (Dnipropetrovsk Oblast)', dnipropetrovskOblast,
    'ru-03 puts it "В 5 км от" Orestopil in Dnipropetrovsk Oblast (not the Novoselivka of Donetsk Oblast, geonames:699185)'),
  danylivka: inRegion('Danylivka (Dnipropetrovsk Oblast)', dnipropetrovskOblast, `${RU03_WEEK} "в Днепропетровской области"`),
  vovche: inRegion('Vovche (Dnipropetrovsk Oblast)', dnipropetrovskOblast, `${RU03_WEEK} "в Днепропетровской области"`),
  novouspenivske: inRegion('Novouspenivske', zaporizhzhiaOblast, `${RU03_WEEK} "в Запорожской области"`),
  noveZp: inRegion('Nove (Zaporizhzhia Oblast)', zaporizhzhiaOblast, `${RU03_WEEK} "в Запорожской области" (several villages of this name)`),
  solodke: inRegion('Solodke (Zaporizhzhia Oblast)', zaporizhzhiaOblast, `${RU03_WEEK} "в Запорожской области"`),
  rybne: inRegion('Rybne (Zaporizhzhia Oblast)', zaporizhzhiaOblast, `${RU03_WEEK} "в Запорожской области"`),
  kucherivka: inRegion('Kucherivka (Kharkiv Oblast)', kharkivOblast, 'ru-04 names it "в Харьковской области"'),
  kurylivka: inRegion('Kurylivka (Kharkiv Oblast)', kharkivOblast, 'ru-04 names it "в Харьковской области"'),
};
