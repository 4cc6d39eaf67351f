// Reference places of tests/eval/fresh40. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`) or the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { alaska, dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or an OpenStreetMap point, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);
const korenevo = gn('Korenevo', 'town', 'RU', 'Kursk Oblast', 51.4119, 34.908, 544906);
const stepnohirsk = wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk');

const inOblast = (name: string, admin1: string, oblast: typeof donetskOblast, code: string, file: string, why: string, extra = '') =>
  placedAt(name, admin1, oblast.country, oblast, 'region', `${POSTAL_ONLY}${extra}; ${file} ${why}: the point of ${admin1} (naturalearth:admin1:${code})`);
const inDonetsk = (name: string, file: string, why: string, extra = '') => inOblast(name, 'Donetsk Oblast', donetskOblast, 'UA-14', file, why, extra);
const inKursk = (name: string, why: string) => inOblast(name, 'Kursk Oblast', kurskOblast, 'RU-KRS', 'ru-04', why);

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions
  donetskOblast,
  dnipropetrovskOblast,
  sumyOblast,
  kurskOblast,
  zaporizhzhiaOblast,
  khersonOblast,
  kharkivOblast,
  alaska,
  sudzhaDistrict: seat('Sudzhansky District', 'RU', 'Kursk Oblast', sudzha, 'Sudzha'),
  korenevskyDistrict: seat('Korenevsky District', 'RU', 'Kursk Oblast', korenevo, 'Korenevo'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  washington: { name: 'Washington, D.C.', kind: 'city' as const, country: 'US', admin1: 'District of Columbia', lat: 38.89511, lon: -77.03637, coordSource: 'geonames:4140963', precision: 'exact' as const },
  simferopol: gn('Simferopol', 'city', 'UA', 'Crimea', 44.95719, 34.11079, 693805),
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  pokrovsk: gn('Pokrovsk', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  dobropillia: gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900),
  kostiantynivka: gn('Kostiantynivka', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  sudzha,
  korenevo,
  stepnohirsk,
  // villages with a Wikipedia point as earlier sets give it
  krynky: wiki('Krynky (Kherson Oblast)', 'village', 'UA', 'Kherson Oblast', 46.7375, 33.0925, 'en:Krynky'),
  yunakivka: wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka'),
  martynovka: wiki('Martynovka (Sudzhansky District)', 'village', 'RU', 'Kursk Oblast', 51.23889, 35.36639, 'es:Martínovka (Kursk)'),
  borki: wiki('Borki (Sudzhansky District)', 'village', 'RU', 'Kursk Oblast', 51.10389, 35.40444, 'ru:Борки (Суджанский район)'),
  zaporizke: wiki('Zaporizke (Velykomykhailivka hromada, Dnipropetrovsk Oblast)', 'village', 'UA', 'Dnipropetrovsk Oblast', 47.85333, 36.53194,
    'en:Zaporizke, Velykomykhailivka rural hromada, Synelnykove Raion, Dnipropetrovsk Oblast'),
  // villages placed where the evidence puts them
  urozhaine: inDonetsk('Urozhaine (Donetsk Oblast)', 'en-02 and uk-02', 'name it only as "Urozhaine in Donetsk Oblast" and "Урожайне на Донеччині"'),
  vodiane: inDonetsk('Vodiane (Vremivka axis)', 'uk-02', 'names it only "біля Водяного, Костянтинівки та Макарівки Донецької області"', ' (several villages of that name lie in Donetsk Oblast)'),
  kostiantynivkaVremivka: inDonetsk('Kostiantynivka (Vremivka axis)', 'uk-02', 'names it only with Vodiane and Makarivka "Донецької області" on the Vremivka axis', ' (not the town Kostiantynivka, geonames:705104, far to the north)'),
  makarivka: inDonetsk('Makarivka (Donetsk Oblast)', 'uk-02', 'names it only "біля Водяного, Костянтинівки та Макарівки Донецької області"'),
  kindrativka: inOblast('Kindrativka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, 'UA-59', 'uk-05', 'names it only among the places freed in "Сумської області"'),
  andriivkaSumy: inOblast('Andriivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, 'UA-59', 'uk-05', 'names it only among the places freed in "Сумської області"'),
  novoheorhiivka: inOblast('Novoheorhiivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, 'UA-12', 'ru-05', 'names it only as a village of "Днепропетровской области" on the border with Zaporizhzhia and Donetsk oblasts'),
  kamianskeZp: placedAt('Kamianske (Vasylivka Raion)', 'Zaporizhzhia Oblast', 'UA', stepnohirsk, 'near',
    `${POSTAL_ONLY} (the GeoNames Kamianske carried in data/gazetteer, 709932, is the city of Dnipropetrovsk Oblast); ru-02 says the fighting moved to Stepnohirsk from it ("Бои сюда перекинулись после освобождения ... села Каменское"): the point of Stepnohirsk (wikipedia:de:Stepnohirsk)`),
  komarovka: inKursk('Komarovka (Kursk Oblast)', 'names it only among the villages attacked "на курском направлении" (the Kursk axis)'),
  cherkasskoyePorechnoye: inKursk('Cherkasskoye Porechnoye', 'names it only among the villages attacked "на курском направлении" (the Kursk axis)'),
  olgovka: inKursk('Olgovka (Kursk Oblast)', 'names it only among the villages attacked "на курском направлении" (the Kursk axis)'),
  kremyanoye: inKursk('Kremyanoye', 'names it only among the villages attacked "на курском направлении" (the Kursk axis)'),
};
