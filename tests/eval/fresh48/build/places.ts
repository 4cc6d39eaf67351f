// Reference places of tests/eval/fresh48. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the district the text
// names (`district`) or the oblast the text names (`region`), with the reason in `coordNote`; a village the text puts
// in no one oblast has no point (`unlocated`).
import { ne0, gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or a hromada row with no point, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const korenevo = gn('Korenevo', 'town', 'RU', 'Kursk Oblast', 51.4119, 34.908, 544906);

type Oblast = typeof donetskOblast;
const inOblast = (name: string, oblast: Oblast, code: string, file: string, why: string, extra = '', country = oblast.country) =>
  placedAt(name, oblast.admin1 as string, country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; ${file} ${why}: the point of ${oblast.admin1} (naturalearth:admin1:${code})`);
const SEVERAL = ' (several villages of that name lie in the oblast)';
const NO_OBLAST = (file: string, why: string) => `${POSTAL_ONLY}; ${file} ${why}: no point`;

export const PLACES = {
  russia,
  ukraine,
  poland: ne0('Poland', 'PL', 52.12477, 19.39432),
  // regions
  donetskOblast,
  kharkivOblast,
  sumyOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  kurskOblast,
  luhanskOblast,
  korenevskyDistrict: seat('Korenevsky District', 'RU', 'Kursk Oblast', korenevo, 'Korenevo'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  istanbul: gn('Istanbul', 'city', 'TR', 'Istanbul', 41.01384, 28.94966, 745044),
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  belgorod: gn('Belgorod', 'city', 'RU', 'Belgorod Oblast', 50.61074, 36.58015, 578072),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  pokrovsk: gn('Pokrovsk', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  dobropillia: gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900),
  alchevsk: gn('Alchevsk', 'city', 'UA', 'Luhansk Oblast', 48.46893, 38.81669, 713716),
  dovzhansk: gn('Dovzhansk', 'town', 'UA', 'Luhansk Oblast', 48.08964, 39.65243, 692105),
  kadiivka: gn('Kadiivka', 'city', 'UA', 'Luhansk Oblast', 48.56818, 38.64352, 692975),
  perevalsk: gn('Perevalsk', 'town', 'UA', 'Luhansk Oblast', 48.43779, 38.84384, 697650),
  brianka: gn('Brianka', 'town', 'UA', 'Luhansk Oblast', 48.511, 38.67222, 711369),
  holubivka: gn('Holubivka (Luhansk Oblast)', 'town', 'UA', 'Luhansk Oblast', 48.63751, 38.6428, 705809),
  khrustalnyi: gn('Khrustalnyi', 'town', 'UA', 'Luhansk Oblast', 48.13954, 38.93715, 704202),
  sorokyne: gn('Sorokyne', 'town', 'UA', 'Luhansk Oblast', 48.29235, 39.73921, 704403),
  kirovskZarichne: {
    ...gn('Zarichne (Lyman hromada; Russian name Kirovsk)', 'village', 'UA', 'Donetsk Oblast', 49.0234, 37.93161, 705808),
    coordNote: 'the GeoNames entry carried in data/gazetteer (Zarichne near Lyman) lists "Кировск" among its names (its name until 2016); the "Zapad" group of forces fights on the Lyman axis, as an earlier set reads the same name',
  },
  // villages and towns with a Wikipedia point as earlier sets give it
  malayaLoknya: wiki('Malaya Loknya', 'village', 'RU', 'Kursk Oblast', 51.3325, 35.2275, 'en:Malaya_Loknya'),
  lyptsi: wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi'),
  goncharovka: wiki('Goncharovka (Sudzhansky District)', 'village', 'RU', 'Kursk Oblast', 51.19111, 35.25194, 'es:Gonchárovka_(Kursk)'),
  // villages placed where the evidence puts them
  zapadne: inOblast('Zapadne (Kharkiv Oblast)', kharkivOblast, 'UA-63', 'en-01', 'names it only as a village "in Ukraine\'s northeastern Kharkiv region", west of the Oskil'),
  otradne: inOblast('Otradne (Russian Otradnoye, Kharkiv Oblast)', kharkivOblast, 'UA-63', 'en-02 and en-04', 'name it only as a village "in the Kharkiv region" / "in Kharkiv"', SEVERAL),
  maiske: inOblast('Maiske (Russian Mayskoye, Donetsk Oblast)', donetskOblast, 'UA-14', 'en-04', 'names it only among the towns "in Donetsk"', SEVERAL),
  siverskMaly: inOblast('Siversk Maly (Russian name, Donetsk Oblast)', donetskOblast, 'UA-14', 'en-04', 'names it only among the towns "in Donetsk"'),
  kuzminivka: inOblast('Kuzminivka (Russian Kuzminovka, Donetsk Oblast)', donetskOblast, 'UA-14', 'en-04', 'names it only among the towns "in Donetsk"'),
  fedorivka: inOblast('Fedorivka (Russian Fedorovka, Donetsk Oblast)', donetskOblast, 'UA-14', 'en-04', 'names it only among the towns "in Donetsk"', SEVERAL),
  verbove: inOblast('Verbove (Russian Verbovoye, Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'UA-12', 'en-04', 'names it only as "Verbovoye in Dnipropetrovsk"', SEVERAL),
  novovasylivka: inOblast('Novovasylivka (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'UA-23', 'en-04', 'names it only "in Zaporizhia"', SEVERAL),
  novohryhorivka: inOblast('Novohryhorivka (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'UA-23', 'en-04', 'names it only "in Zaporizhia"', SEVERAL),
  novoekonomichne: inOblast('Novoekonomichne', donetskOblast, 'UA-14', 'uk-01', 'names it only as a settlement "У Донецькій області"'),
  shevchenkoDonetsk: inOblast('Shevchenko (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-02', 'names it only as "донецком Шевченко" "в ДНР"', SEVERAL),
  darino: inOblast('Daryino (Kursk Oblast)', kurskOblast, 'RU-KRS', 'ru-01', 'names it only among the settlements of the Kursk direction', '', 'RU'),
  leonidovo: inOblast('Leonidovo (Kursk Oblast)', kurskOblast, 'RU-KRS', 'ru-01', 'names it only among the settlements of the Kursk direction', '', 'RU'),
  nikolaevoDarino: inOblast('Nikolayevo-Daryino', kurskOblast, 'RU-KRS', 'ru-01', 'names it only among the settlements of the Kursk direction', '', 'RU'),
  novoivanovkaKursk: inOblast('Novoivanovka (Kursk Oblast)', kurskOblast, 'RU-KRS', 'ru-01', 'names it only among the settlements of the Kursk direction', SEVERAL, 'RU'),
  rubanshchina: inOblast('Rubanshchina', kurskOblast, 'RU-KRS', 'ru-04', 'names it only "в Курском приграничье"', '', 'RU'),
  novenke: inOblast('Novenke (Sumy Oblast)', sumyOblast, 'UA-59', 'ru-04', 'names it only as a village "в Сумской области" "на украинской стороне"', SEVERAL),
  volodymyrivka: unlocated('Volodymyrivka (DeepState, September 2025)', 'Donetsk Oblast', 'UA',
    NO_OBLAST('uk-05', 'names it only in DeepState\'s list after the Kupiansk warning, and villages of that name lie in several oblasts of the front')),
  shakhove: unlocated('Shakhove (DeepState, September 2025)', 'Donetsk Oblast', 'UA',
    NO_OBLAST('uk-05', 'names it only in DeepState\'s list of advances, with no oblast')),
  kindrashivka: unlocated('Kindrashivka (DeepState, September 2025)', 'Kharkiv Oblast', 'UA',
    NO_OBLAST('uk-05', 'names it only in DeepState\'s list of advances, with no oblast')),
  shandryholove: unlocated('Shandryholove (DeepState, September 2025)', 'Donetsk Oblast', 'UA',
    NO_OBLAST('uk-05', 'names it only in DeepState\'s list of advances, with no oblast')),
  zelenaDolyna: unlocated('Zelena Dolyna (DeepState, September 2025)', 'Donetsk Oblast', 'UA',
    NO_OBLAST('uk-05', 'names it only in DeepState\'s list of advances, with no oblast, and villages of that name lie in several oblasts')),
  novoivanivka: unlocated('Novoivanivka (DeepState, September 2025)', 'Zaporizhzhia Oblast', 'UA',
    NO_OBLAST('uk-05', 'names it only in DeepState\'s list of advances, with no oblast, and villages of that name lie in several oblasts')),
};
