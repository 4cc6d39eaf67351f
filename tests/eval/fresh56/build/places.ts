// Reference places of tests/eval/fresh56. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text puts
// it next to (`near`), or the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, wiki, placedAt, inRegion, NO_POINT } from '../../build/ref-places.ts';
import { alaska, belgorodOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, kurskOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const lyman = gn('Lyman', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71003, 37.61581, 703656);
const myrnohrad = gn('Myrnohrad (Dymytrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035);


export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  donetskOblast,
  dnipropetrovskOblast,
  zaporizhzhiaOblast,
  sumyOblast,
  belgorodOblast,
  kharkivOblast,
  kurskOblast,
  alaska,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const },
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  geneva: gn('Geneva', 'city', 'CH', 'Geneva', 46.20222, 6.14569, 2660646),
  anchorage: {
    ...gn('Anchorage', 'city', 'US', 'Alaska', 61.21806, -149.90028, 5879400),
    admin1: null,
    coordNote: 'admin1 left empty: the Natural Earth point of Alaska lies some 470 km from Anchorage (the set checks a place against its admin1 point within 300 km)',
  },
  lyman,
  kupiansk,
  myrnohrad,
  pokrovsk: gn('Pokrovsk (Krasnoarmeysk)', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'city', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  toretsk: gn('Toretsk (Dzerzhynsk)', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  krasnohorivka: wiki('Krasnohorivka', 'town', 'UA', 'Donetsk Oblast', 48.00667, 37.51278, 'en:Krasnohorivka'),
  hrodivka: wiki('Hrodivka', 'town', 'UA', 'Donetsk Oblast', 48.25, 37.38333, 'de:Hrodiwka'),
  // villages
  shcherbynivka: gn('Shcherbynivka', 'village', 'UA', 'Donetsk Oblast', 48.39489, 37.79102, 694290),
  lyptsi: wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi'),
  plekhovo: wiki('Plekhovo', 'village', 'RU', 'Kursk Oblast', 51.1, 35.33333, 'en:Plyokhovo, Kursk Oblast'),
  zhuravlevka: wiki('Zhuravlyovka (Belgorodsky District)', 'village', 'RU', 'Belgorod Oblast', 50.31333, 36.32222, 'ru:Журавлёвка (Белгородская область)'),
  kolodiazi: placedAt('Kolodiazi', 'Donetsk Oblast', 'UA', lyman, 'near',
    `${NO_POINT}; en-01 puts it "approximately 12 kilometers (7.4 miles) northeast of the city of Lyman": the point of Lyman (geonames:704204)`),
  kupianskVuzlovyi: placedAt('Kupiansk-Vuzlovyi', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${NO_POINT}; the town of Kupiansk's raion, as earlier sets place it: the point of Kupiansk (geonames:703656)`),
  voroneDnipro: inRegion('Vorone (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'en-01 names it "in the Dnipropetrovsk region", uk-01 among five villages "у Дніпропетровській області"'),
  khoroshe: inRegion('Khoroshe (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'uk-01 names it among five villages "у Дніпропетровській області"'),
  novoselivkaDnipro: inRegion('Novoselivka (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'uk-01 names it among five villages "у Дніпропетровській області" (not the Novoselivka of Donetsk Oblast, geonames:699185)'),
  orestopil: inRegion('Orestopil', dnipropetrovskOblast, 'uk-01 names it among five villages "у Дніпропетровській області"'),
  sosnivkaDnipro: inRegion('Sosnivka (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'uk-01 names it among five villages "у Дніпропетровській області"'),
  stepoveZp: inRegion('Stepove (Vasylivka area, Zaporizhzhia Oblast)', zaporizhzhiaOblast,
    'uk-02 names it with Zherebianky and Piatykhatky and the Southern Defence Forces\' spokesman, not its oblast (judgement call: Zaporizhzhia Oblast; not the Stepove of Odesa Oblast, geonames:7303923)'),
  zherebianky: inRegion('Zherebianky', zaporizhzhiaOblast, 'uk-02 names it with Stepove and Piatykhatky on the road from the south (judgement call: Zaporizhzhia Oblast)'),
  piatykhatkyZp: inRegion('Piatykhatky (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'uk-02 names it with Stepove and Zherebianky on the road from the south (judgement call: Zaporizhzhia Oblast)'),
  krasnyiLymanPokrovsk: placedAt('Krasnyi Lyman (Pokrovsk Raion)', 'Donetsk Oblast', 'UA', myrnohrad, 'near',
    `${NO_POINT}; uk-04 names it where the corps defending Myrnohrad holds the enemy back (not the town of Lyman, formerly Krasnyi Lyman, geonames:704204): the point of Myrnohrad (geonames:710035)`),
  rivnePokrovsk: placedAt('Rivne (Pokrovsk Raion)', 'Donetsk Oblast', 'UA', myrnohrad, 'near',
    `${NO_POINT}; uk-04 names it where the Russians move to encircle Myrnohrad (not the city of Rivne, geonames:695594): the point of Myrnohrad (geonames:710035)`),
  svitle: placedAt('Svitle (Pokrovsk Raion)', 'Donetsk Oblast', 'UA', myrnohrad, 'near',
    `${NO_POINT}; uk-04 names it where the Russians move to encircle Myrnohrad: the point of Myrnohrad (geonames:710035)`),
  novohrodivka: inRegion('Novohrodivka', donetskOblast, 'ru-01 names it "в Донецкой Народной Республике"'),
  klebanByk: inRegion('Kleban-Byk', donetskOblast, 'ru-01 names it among the settlements "ДНР"'),
  mykhailivkaDonetsk: inRegion('Mykhailivka (Donetsk Oblast)', donetskOblast, 'ru-01 names it among the settlements "ДНР" (one of several Mykhailivkas there)'),
  halytsynivka: inRegion('Halytsynivka', donetskOblast, 'ru-01 names it among the settlements "ДНР"'),
  maksymilianivka: inRegion('Maksymilianivka', donetskOblast, 'ru-04 names it on the "марьинском направлении" beside Krasnohorivka of the DNR'),
  demidovka: inRegion('Demidovka (Belgorod Oblast)', belgorodOblast, 'ru-02 names it as the main point of the fighting "на границе в Белгородской области"', 'RU'),
  volodymyrivkaSumy: inRegion('Volodymyrivka (Sumy Oblast)', sumyOblast, 'ru-02 names it ("Владимировка") where the Russians entered "на территорию Сумской области" (not the Vladimirovka of Crimea, geonames:7035124)'),
};
