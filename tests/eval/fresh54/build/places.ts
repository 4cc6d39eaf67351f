// Reference places of tests/eval/fresh54. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text puts
// it next to (`near`), or the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, wiki, seat, placedAt, inRegion, NO_POINT } from '../../build/ref-places.ts';
import { crimea, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const kramatorsk = gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508);
const huliaipole = gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898);
const vuhledar = wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar');
const volnovakha = gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198);
const vovchansk = gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304);


export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  luhanskOblast,
  donetskOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  sumyOblast,
  khersonOblast,
  crimea,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const },
  kramatorskDistrict: seat('Kramatorsk Raion', 'UA', 'Donetsk Oblast', kramatorsk, 'Kramatorsk'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71003, 37.61581, 703656),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'city', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  pokrovsk: gn('Pokrovsk (Krasnoarmeysk)', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  selydove: gn('Selydove', 'town', 'UA', 'Donetsk Oblast', 48.14708, 37.30032, 694677),
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.9844, 37.2791, 703646),
  huliaipole,
  vovchansk,
  vuhledar,
  volnovakhaDistrict: seat('Volnovakha Raion', 'UA', 'Donetsk Oblast', volnovakha, 'Volnovakha'),
  // villages
  zarichne: gn('Zarichne (Lyman hromada, Kramatorsk Raion)', 'village', 'UA', 'Donetsk Oblast', 49.0234, 37.93161, 705808),
  novomykolaivkaZp: gn('Novomykolaivka (Zaporizhzhia Oblast)', 'village', 'UA', 'Zaporizhzhia Oblast', 47.9781, 35.9102, 699413),
  kamianskeZp: inRegion('Kamianske (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'en-01 names it "in the Zaporizhzhia region" (not the city of Kamianske in Dnipropetrovsk Oblast, geonames:709932)'),
  dehtiarne: inRegion('Dehtiarne (Kharkiv Oblast)', kharkivOblast, 'en-01 names it "in the Kharkiv region"'),
  popivYar: inRegion('Popiv Yar (Donetsk Oblast)', donetskOblast, 'en-01 names it "in the Donetsk region"'),
  filiia: inRegion('Filiia', donetskOblast, 'en-03 puts it "on the administrative border of Dnipropetrovsk and Donetsk regions" (judgement call: the Donetsk side)'),
  dachne: inRegion('Dachne (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'en-05 puts it "just inside Dnipropetrovsk" (not the Crimean Dachne, geonames:710334)'),
  oleksiivkaSumy: inRegion('Oleksiivka (Sumy Oblast)', sumyOblast, 'uk-02 names it "Сумської області"'),
  yunakivka: inRegion('Yunakivka', sumyOblast, 'uk-02 names it "Сумської області"'),
  hruzke: inRegion('Hruzke (Donetsk Oblast)', donetskOblast, 'uk-02 names it among the six villages "у Донецькій області, розташованих між Костянтинівкою та Покровськом"'),
  rubizhneDonetsk: inRegion('Rubizhne (Donetsk Oblast)', donetskOblast, 'uk-02 names it among the six villages of Donetsk Oblast between Kostiantynivka and Pokrovsk (not the town of Rubizhne in Luhansk Oblast, geonames:695274)'),
  novovodiane: inRegion('Novovodiane (Donetsk Oblast)', donetskOblast, 'uk-02 names it among the six villages of Donetsk Oblast between Kostiantynivka and Pokrovsk'),
  petrivkaDonetsk: inRegion('Petrivka (Donetsk Oblast)', donetskOblast, 'uk-02 names it among the six villages of Donetsk Oblast between Kostiantynivka and Pokrovsk (not the Petrivka of Odesa Oblast, geonames:697392)'),
  veseleDonetsk: inRegion('Vesele (Donetsk Oblast)', donetskOblast, 'uk-02 names it among the six villages of Donetsk Oblast between Kostiantynivka and Pokrovsk'),
  zolotyiKolodiaz: inRegion('Zolotyi Kolodiaz', donetskOblast, 'uk-02 names it among the six villages of Donetsk Oblast between Kostiantynivka and Pokrovsk'),
  veseleZp: placedAt('Vesele (Huliaipole area)', 'Zaporizhzhia Oblast', 'UA', huliaipole, 'near',
    `${NO_POINT}; uk-04 puts it "на північний схід від Гуляйполя" (not the town of Vesele in the south of the oblast, geonames:689736): the point of Huliaipole (geonames:707898)`),
  zelenyiHaiZp: inRegion('Zelenyi Hai (Huliaipole area)', zaporizhzhiaOblast, 'uk-04 names it where DeepState reports fighting after Vesele, in Zaporizhzhia Oblast'),
  novouspenivske: inRegion('Novouspenivske', zaporizhzhiaOblast, 'uk-05 names it among the villages of the Oleksandrivka and Huliaipole axes in Zaporizhzhia Oblast'),
  noveZp: inRegion('Nove (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'uk-05 names it among the villages of the Oleksandrivka and Huliaipole axes in Zaporizhzhia Oblast'),
  okhotnyche: inRegion('Okhotnyche', zaporizhzhiaOblast, 'uk-05 names it among the villages of the Oleksandrivka and Huliaipole axes in Zaporizhzhia Oblast'),
  uspenivkaZp: inRegion('Uspenivka (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'uk-05 names it among the villages of the Oleksandrivka and Huliaipole axes in Zaporizhzhia Oblast (not the Uspenivka of Odesa Oblast, geonames:690625)'),
  zarichneZp: inRegion('Zarichne (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'ru-02 names it "в Запорожской области" (not the Zarichne of Donetsk Oblast, geonames:705808)'),
  vilcha: placedAt('Vilcha (Kharkiv Oblast)', 'Kharkiv Oblast', 'UA', vovchansk, 'near',
    `${NO_POINT}; ru-05 names it on the Kharkiv axis where reinforcements for Vovchansk are sent, as fresh52 places it: the point of Vovchansk (geonames:689304)`),
};
