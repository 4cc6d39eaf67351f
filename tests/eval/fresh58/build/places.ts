// Reference places of tests/eval/fresh58. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text puts
// it next to (`near`), the seat of the hromada the text names (`district`), or the oblast (`region`), with the reason
// in `coordNote`.
import { gn, wiki, placedAt, seat, inRegion, NO_POINT } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const pokrovsk = gn('Pokrovsk (Krasnoarmeysk)', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const avdiivka = gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122);
const yunakivka = wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka');
const glushkovo = gn('Glushkovo', 'town', 'RU', 'Kursk Oblast', 51.33917, 34.63278, 560995);


export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  donetskOblast,
  dnipropetrovskOblast,
  zaporizhzhiaOblast,
  sumyOblast,
  kharkivOblast,
  luhanskOblast,
  kurskOblast,
  glushkovoDistrict: seat('Glushkovsky District', 'RU', 'Kursk Oblast', glushkovo, 'Glushkovo'),
  yunakivkaHromada: seat('Yunakivka hromada', 'UA', 'Sumy Oblast', yunakivka, 'Yunakivka'),
  khotinHromada: {
    ...placedAt('Khotin hromada', 'Sumy Oblast', 'UA', sumyOblast, 'region',
      `${NO_POINT} (neither for the hromada nor for its seat, Khotin); en-05 names it "in Sumy region": the point of Sumy Oblast (${sumyOblast.coordSource})`),
    kind: 'district' as const,
  },
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  paris: {
    ...gn('Paris', 'city', 'FR', 'Île-de-France', 48.85341, 2.3488, 2988507),
    admin1: null,
    coordNote: 'admin1 left empty: the set carries no Natural Earth point of Île-de-France to check it against',
  },
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  pokrovsk,
  avdiivka,
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'city', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  dobropillia: gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900),
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  sudzha: gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816),
  // villages
  torske: wiki('Torske (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.015, 37.964444, 'de:Torske_(Kramatorsk,_Lyman)'),
  dachenske: placedAt('Dachenske', 'Donetsk Oblast', 'UA', pokrovsk, 'near',
    `${NO_POINT}; en-01 puts it "about 8km south of Pokrovsk": the point of Pokrovsk (geonames:704422)`),
  lastochkyne: placedAt('Lastochkyne', 'Donetsk Oblast', 'UA', avdiivka, 'near',
    `${NO_POINT}; uk-01 puts it "поблизу Авдіївки": the point of Avdiivka (geonames:713122)`),
  orlivkaAvdiivka: placedAt('Orlivka (Pokrovsk Raion)', 'Donetsk Oblast', 'UA', avdiivka, 'near',
    `${NO_POINT}; uk-01 names it on the defence line held after leaving Lastochkyne near Avdiivka (judgement call; not the Orlivka of Odesa Oblast, geonames:698379): the point of Avdiivka (geonames:713122)`),
  tonenke: placedAt('Tonenke', 'Donetsk Oblast', 'UA', avdiivka, 'near',
    `${NO_POINT}; uk-01 names it on the defence line held after leaving Lastochkyne near Avdiivka (judgement call): the point of Avdiivka (geonames:713122)`),
  berdychi: placedAt('Berdychi', 'Donetsk Oblast', 'UA', avdiivka, 'near',
    `${NO_POINT}; uk-01 names it on the defence line held after leaving Lastochkyne near Avdiivka (judgement call; not the city of Berdychiv, geonames:712441): the point of Avdiivka (geonames:713122)`),
  kindrativka: inRegion('Kindrativka (Sumy Oblast)', sumyOblast, 'en-05 names it "in Sumy region"'),
  andriivkaSumy: inRegion('Andriivka (Sumy Oblast)', sumyOblast,
    'uk-05 names it on the "Сумському напрямку" (judgement call: the village of Sumy Oblast; one of many Andriivkas)'),
  vesele: inRegion('Vesele (Donetsk Oblast)', donetskOblast, 'ru-02 names it "в ДНР" (not the Vesele of Zaporizhzhia Oblast, geonames:689736)'),
  lobkove: inRegion('Lobkove', zaporizhzhiaOblast, 'ru-02 names it "в Запорожской области", 13 km from Shcherbaky (which has no point either)'),
  shcherbaky: inRegion('Shcherbaky', zaporizhzhiaOblast, 'ru-02 names it 13 km from Lobkove "в Запорожской области"'),
  novomykhailivka: inRegion('Novomykhailivka (Donetsk Oblast)', donetskOblast, 'ru-03 names it "в Донецкой области" (one of several Novomykhailivkas there)'),
  udachne: placedAt('Udachne', 'Donetsk Oblast', 'UA', pokrovsk, 'near',
    `${NO_POINT}; ru-04 names it among the hot spots of the "красноармейском направлении" beside Krasnoarmeysk (judgement call): the point of Pokrovsk (geonames:704422)`),
  kotlyne: placedAt('Kotlyne', 'Donetsk Oblast', 'UA', pokrovsk, 'near',
    `${NO_POINT}; ru-04 names it among the hot spots of the "красноармейском направлении" beside Krasnoarmeysk (judgement call): the point of Pokrovsk (geonames:704422)`),
  klebanByk: inRegion('Kleban-Byk', donetskOblast, 'ru-04 names it in the DNR (the Pushilin interview)'),
  novopetrivske: inRegion('Novopetrivske (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'ru-05 names it "в Днепропетровской области"'),
  sosnivkaDnipro: inRegion('Sosnivka (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'ru-05 names it ("Сосновку") "в Днепропетровской области"'),
  novomykolaivkaDnipro: inRegion('Novomykolaivka (Dnipropetrovsk Oblast)', dnipropetrovskOblast,
    'ru-05 names it ("Новониколаевку") "в Днепропетровской области" (not the Novomykolaivka of Zaporizhzhia Oblast, geonames:699413)'),
};
