// Reference places of tests/eval/fresh60. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it or as read with the search tool). Never guessed. A village no accepted source locates has the point the evidence
// supports: the town the text puts it next to (`near`) or the oblast (`region`), with the reason in `coordNote`.
import { ne1, gn, wiki, placedAt } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const NO_POINT =
  'no point of its own in a source the gold accepts (data/gazetteer carries it at most as a GeoNames postal-code row, and no Wikipedia page with coordinates was looked up with the search tool)';
const MIRROR = 'coordinates of the Wikipedia page as shown by a mirror of it found through the search tool';

const pokrovsk = gn('Pokrovsk (Krasnoarmeysk)', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const vovchansk = gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304);
const huliaipole = gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898);
const oleshky = gn('Oleshky (Tsiurupynsk)', 'town', 'UA', 'Kherson Oblast', 46.61842, 32.7189, 691037);

const inRegion = (name: string, region: ReturnType<typeof ne1>, why: string): ReturnType<typeof gn> =>
  placedAt(name, region.name, 'UA', region, 'region', `${NO_POINT}; ${why}: the point of ${region.name} (${region.coordSource})`);
const nearTo = (name: string, admin1: string, town: ReturnType<typeof gn>, why: string): ReturnType<typeof gn> =>
  placedAt(name, admin1, 'UA', town, 'near', `${NO_POINT}; ${why}: the point of ${town.name} (${town.coordSource})`);
// The villages ru-03 lists month by month as taken in 2024 "в ДНР" (and the April list that follows them).
const dnr = (name: string, why = 'ru-03 lists it among the settlements taken "в ДНР" in 2024') => inRegion(name, donetskOblast, why);
const APRIL =
  'ru-03 lists it among the settlements taken in April 2024 with no oblast named, the list following the DNR villages of February and March (judgement call: Donetsk Oblast)';

export const PLACES = {
  russia,
  ukraine,
  // regions
  donetskOblast,
  dnipropetrovskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  khersonOblast,
  sumyOblast,
  kurskOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const },
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  novorossiysk: gn('Novorossiysk', 'city', 'RU', 'Krasnodar Krai', 44.72439, 37.76752, 518255),
  pokrovsk,
  kupiansk,
  vovchansk,
  huliaipole,
  oleshky,
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  horlivka: gn('Horlivka', 'city', 'UA', 'Donetsk Oblast', 48.33576, 38.05325, 707753),
  yasynuvata: gn('Yasynuvata', 'town', 'UA', 'Donetsk Oblast', 48.1298, 37.8594, 688373),
  toretsk: gn('Toretsk (Dzerzhynsk)', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  myrnohrad: gn('Myrnohrad (Dimitrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  selydove: gn('Selydove', 'town', 'UA', 'Donetsk Oblast', 48.14708, 37.30032, 694677),
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646),
  hirnyk: wiki('Hirnyk', 'town', 'UA', 'Donetsk Oblast', 48.05528, 37.37083, 'lv:Hirnika'),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  newYork: wiki('New York (Niu-York, Novhorodske)', 'town', 'UA', 'Donetsk Oblast', 48.31556, 37.88389, 'en:New_York,_Ukraine'),
  pokrovskeDnipro: gn('Pokrovske (Dnipropetrovsk Oblast)', 'town', 'UA', 'Dnipropetrovsk Oblast', 47.97852, 36.2256, 696720),
  // villages
  urozhaine: {
    ...wiki('Urozhaine (Donetsk Oblast)', 'village', 'UA', 'Donetsk Oblast', 47.74861, 36.81917, 'en:Urozhaine,_Donetsk_Oblast'),
    coordNote: `${MIRROR} (a Japanese translation of the English page on jablog.org; not the Urozhaine of Crimea, geonames:690656)`,
  },
  lyptsi: wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi'),
  lukiantsi: wiki('Lukiantsi', 'village', 'UA', 'Kharkiv Oblast', 50.248333, 36.507778, 'en:Lukiantsi'),
  starytsia: nearTo('Starytsia (Vovchansk hromada)', 'Kharkiv Oblast', vovchansk,
    'uk-01 names it with Lyptsi among the villages "поблизу Вовчанська" where the enemy presses (judgement call)'),
  myroliubivka: nearTo('Myroliubivka (Pokrovsk Raion)', 'Donetsk Oblast', pokrovsk,
    'en-02 names it with Selydove on "the Pokrovsk direction" (judgement call)'),
  promin: nearTo('Promin (Pokrovsk Raion)', 'Donetsk Oblast', pokrovsk, 'en-02 names it with Selydove on "the Pokrovsk direction" (judgement call)'),
  lysivka: nearTo('Lysivka (Pokrovsk Raion)', 'Donetsk Oblast', pokrovsk, 'en-02 names it with Selydove on "the Pokrovsk direction" (judgement call)'),
  uspenivkaZp: nearTo('Uspenivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', huliaipole,
    'en-04 names it where "Russian units are pressing toward Huliaipole" (not the Uspenivka of Odesa Oblast, geonames:690625)'),
  poltavkaZp: nearTo('Poltavka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', huliaipole,
    'en-04 names it where "Russian units are pressing toward Huliaipole" (not the Poltavka of Donetsk Oblast)'),
  novomykolaivkaZp: inRegion('Novomykolaivka (Huliaipole area)', zaporizhzhiaOblast,
    'en-04 names it "in Zaporizhzhia Oblast" with Uspenivka (not the Novomykolaivka raion town, geonames:699413, nor the one of Dnipropetrovsk Oblast)'),
  yablukove: inRegion('Yablukove', zaporizhzhiaOblast, 'en-04 names it among the settlements "in Zaporizhzhia Oblast"'),
  solodke: inRegion('Solodke (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'en-04 names it "in eastern Zaporizhzhia Oblast"'),
  rivnopillia: inRegion('Rivnopillia', zaporizhzhiaOblast, 'en-04 names it "in eastern Zaporizhzhia Oblast"'),
  novouspenivske: inRegion('Novouspenivske', zaporizhzhiaOblast, 'en-04 names it among the five settlements "in Zaporizhzhia Oblast"'),
  noveZp: inRegion('Nove (Zaporizhzhia Oblast)', zaporizhzhiaOblast,
    'en-04 names it among the five settlements "in Zaporizhzhia Oblast" (several villages of that name lie in the oblast)'),
  okhotnyche: inRegion('Okhotnyche', zaporizhzhiaOblast, 'en-04 names it among the five settlements "in Zaporizhzhia Oblast"'),
  dobropilliaZp: nearTo('Dobropillia (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', huliaipole,
    'uk-05 puts it on the supply road "з Покровського Дніпропетровської області до Гуляйполя" (judgement call; not the town of Dobropillia in Donetsk Oblast, geonames:709900)'),
  prylukyZp: nearTo('Pryluky (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', huliaipole,
    'uk-05 puts it on the supply road to Huliaipole (judgement call; not the city of Pryluky in Chernihiv Oblast, geonames:696108)'),
  varvarivkaZp: nearTo('Varvarivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', huliaipole,
    'uk-05 puts it on the supply road to Huliaipole (judgement call; GeoNames 690448 is a namesake in Kharkiv Oblast)'),
  dachi: nearTo('Dachi (Kherson Oblast)', 'Kherson Oblast', oleshky,
    'uk-04 puts it "на лівому березі Дніпра", "на шляху від Олешків до Антонівського мосту"'),
  antonivkaKherson: inRegion('Antonivka (Kherson hromada)', khersonOblast,
    'uk-04 puts it on the right bank opposite Dachi in Kherson Oblast ("навпроти села Антонівка")'),
  // ru-03: the 2024 list
  veseleDnr: dnr('Vesele (Donetsk Oblast, January 2024)', 'ru-03 names it "Веселое в ДНР" (one of several Vesele in the oblast)'),
  krakhmalne: nearTo('Krakhmalne', 'Kharkiv Oblast', kupiansk, 'ru-03 names it "на купянском направлении" (judgement call)'),
  tabaivka: nearTo('Tabaivka', 'Kharkiv Oblast', kupiansk, 'ru-03 names it "на купянском направлении" (judgement call)'),
  sieverne: dnr('Sieverne (Avdiivka area)'),
  lastochkyne: dnr('Lastochkyne'),
  petrovske: dnr('Petrovske (Donetsk Oblast)', 'ru-03 names it among the five settlements taken in February "в ДНР" (several villages of that name lie in the oblast)'),
  peremoha: dnr('Peremoha (Donetsk Oblast)', 'ru-03 names it ("Победа") among the five settlements taken in February "в ДНР"'),
  nevelske: dnr('Nevelske'),
  orlivka: dnr('Orlivka (Pokrovsk Raion)'),
  tonenke: dnr('Tonenke'),
  krasne: dnr('Krasne (Donetsk Oblast)', 'ru-03 names it among the settlements taken in March "в ДНР" (several villages of that name lie in the oblast)'),
  myrneZp: inRegion('Myrne (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'ru-03 names it "Мирное в Запорожской области"'),
  vodiane: dnr('Vodiane (Donetsk Oblast, April 2024)', APRIL),
  pervomaiske: dnr('Pervomaiske (Donetsk Oblast)', APRIL),
  bohdanivka: dnr('Bohdanivka (Donetsk Oblast, April 2024)', APRIL),
  novomykhailivka: dnr('Novomykhailivka (Donetsk Oblast, April 2024)', APRIL),
  novobakhmutivka: dnr('Novobakhmutivka', APRIL),
  semenivka: dnr('Semenivka (Donetsk Oblast)', APRIL),
};
