// Reference places of tests/eval/fresh52. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it or data/gazetteer records it). Never guessed. A village no accepted source locates has the point the evidence
// supports: the town the text puts it next to (`near`), with the reason in `coordNote`.
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { alaska, donetskOblast, kharkivOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only from OpenStreetMap or as a list row with no point, and no Wikipedia page with coordinates was looked up with the search tool)';

const dobropillia = gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900);
const vovchansk = gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304);
const lyman = gn('Lyman (Krasnyi Lyman)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204);
const myropillia = wiki('Myropillia (Sumy Oblast)', 'village', 'UA', 'Sumy Oblast', 51.0225, 35.26028, 'ru:Мирополье_(Сумская_область)');
const glushkovo = gn('Glushkovo', 'town', 'RU', 'Kursk Oblast', 51.33917, 34.63278, 560995);

const nearDobropillia = (name: string): ReturnType<typeof gn> =>
  placedAt(name, 'Donetsk Oblast', 'UA', dobropillia, 'near',
    `${POSTAL_ONLY}; uk-02 names it among the settlements the Russian army approached "в районі Добропілля": the point of Dobropillia (geonames:709900)`);

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  alaska,
  luhanskOblast,
  donetskOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  sumyOblast,
  kurskOblast,
  glushkovskyDistrict: seat('Glushkovsky District', 'RU', 'Kursk Oblast', glushkovo, 'Glushkovo'),
  myropilskaHromada: seat('Myropillia hromada', 'UA', 'Sumy Oblast', myropillia, 'Myropillia'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  kursk: gn('Kursk', 'city', 'RU', 'Kursk Oblast', 51.73733, 36.18735, 538560),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  makiivka: gn('Makiivka (Donetsk Oblast)', 'city', 'UA', 'Donetsk Oblast', 48.04782, 37.92576, 702320),
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  druzhkivka: gn('Druzhkivka', 'town', 'UA', 'Donetsk Oblast', 48.63013, 37.55259, 616743),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'city', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  pokrovsk: gn('Pokrovsk (Krasnoarmeysk)', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  dobropillia,
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  lyman,
  vovchansk,
  orikhiv: gn('Orikhiv', 'town', 'UA', 'Zaporizhzhia Oblast', 47.56731, 35.78575, 698428),
  tetkino: wiki('Tyotkino', 'town', 'RU', 'Kursk Oblast', 51.27917, 34.27917, 'de:Tjotkino_(Kursk)'),
  // villages
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  malaTokmachka: gn('Mala Tokmachka', 'village', 'UA', 'Zaporizhzhia Oblast', 47.53563, 35.89293, 702153),
  kucherivYar: nearDobropillia('Kucheriv Yar'),
  zolotyiKolodiaz: nearDobropillia('Zolotyi Kolodiaz'),
  veseleDobropillia: nearDobropillia('Vesele (Dobropillia area)'),
  oleksandriiaSumy: placedAt('Oleksandriia (Myropillia hromada, Sumy Oblast)', 'Sumy Oblast', 'UA', myropillia, 'near',
    `${POSTAL_ONLY}; uk-03 names it as a village "в Миропільській громаді" of Sumy Oblast (not the city of Oleksandriia in Kirovohrad Oblast, geonames:698625): the point of Myropillia, the seat of its community (wikipedia:ru:Мирополье_(Сумская_область))`),
  vilcha: placedAt('Vilcha (Kharkiv Oblast)', 'Kharkiv Oblast', 'UA', vovchansk, 'near',
    `${POSTAL_ONLY}; uk-05 names it where the Russians try to bypass Vovchansk and widen their zone ("намагаються обходити ... наприклад у тій самій Вільчій"): the point of Vovchansk (geonames:689304)`),
  masliakivka: placedAt('Masliakivka (Lyman area)', 'Donetsk Oblast', 'UA', lyman, 'near',
    `${POSTAL_ONLY}; ru-05 puts it "на юго-востоке Красного Лимана": the point of Lyman (geonames:704204)`),
};
