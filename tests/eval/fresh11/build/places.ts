// Reference entities for the fresh11 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`),
// the centre of the district or hromada the text names (`district`), or the oblast (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belgorodOblast, bryanskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, which has no GeoNames id, or not at all, and no Wikipedia page with coordinates was found with the search tool)';

const huliaipole = gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const zolochiv = gn('Zolochiv', 'town', 'UA', 'Kharkiv Oblast', 50.27985, 35.98179, 686895);
const myrnohrad = gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035);
const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const polohy = gn('Polohy', 'town', 'UA', 'Zaporizhzhia Oblast', 47.48444, 36.25361, 696677);
const tetkino = wiki('Tyotkino', 'town', 'RU', 'Kursk Oblast', 51.27917, 34.27917, 'de:Tjotkino_(Kursk)');

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const SEVERAL = ' (several villages of that name lie in the oblast and the text does not say which)';

export const PLACES = {
  russia,
  ukraine,
  // oblasts and regions
  donetskOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  kurskOblast,
  sumyOblast,
  khersonOblast,
  bryanskOblast,
  belgorodOblast,
  kupianskDistrict: seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  zolochivHromada: seat('Zolochiv hromada', 'UA', 'Kharkiv Oblast', zolochiv, 'Zolochiv'),
  myrnohradHromada: seat('Myrnohrad hromada', 'UA', 'Donetsk Oblast', myrnohrad, 'Myrnohrad'),
  pokrovskDistrict: seat('Pokrovsk Raion', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk'),
  huliaipoleDistrict: seat('Huliaipole Raion', 'UA', 'Zaporizhzhia Oblast', huliaipole, 'Huliaipole'),
  polohyDistrict: seat('Polohy Raion', 'UA', 'Zaporizhzhia Oblast', polohy, 'Polohy'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  kupiansk,
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  derhachi: gn('Derhachi', 'town', 'UA', 'Kharkiv Oblast', 50.10659, 36.12112, 710098),
  vasylivka: gn('Vasylivka', 'town', 'UA', 'Zaporizhzhia Oblast', 47.43694, 35.27417, 686729),
  ternuvate: gn('Ternuvate', 'village', 'UA', 'Zaporizhzhia Oblast', 47.83049, 36.12761, 691639),
  myrnohrad,
  pokrovsk,
  sudzha: gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816),
  // towns located by their Wikipedia page (as data/gazetteer/theatre.json carries it)
  tetkino,
  // villages placed where the evidence puts them
  piatykhatky: inOblast('Piatykhatky (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast,
    ' (GeoNames 695965 is the town of that name in Dnipropetrovsk Oblast, a namesake)'),
  novodarivka: inOblast('Novodarivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  levadne: inOblast('Levadne (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, SEVERAL),
  lobkove: inOblast('Lobkove', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  storozheve: inOblast('Storozheve (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  makarivka: inOblast('Makarivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  blahodatne: inOblast('Blahodatne (Velyka Novosilka hromada)', 'Donetsk Oblast', donetskOblast,
    ' (GeoNames 712091 and 712092 are namesakes elsewhere in the oblast)'),
  neskuchne: inOblast('Neskuchne (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  tabaivka: placedAt('Tabaivka', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${POSTAL_ONLY}; uk-03 names its district ("Куп’янського району"): the point of the district centre, Kupiansk (geonames:703656)`),
  krokhmalne: inOblast('Krokhmalne', 'Kharkiv Oblast', kharkivOblast),
  synkivka: inOblast('Synkivka', 'Kharkiv Oblast', kharkivOblast),
  pishchane: inOblast('Pishchane (Kupiansk area)', 'Kharkiv Oblast', kharkivOblast, SEVERAL),
  kozachaLopan: inOblast('Kozacha Lopan', 'Kharkiv Oblast', kharkivOblast),
  chkalovske: inOblast('Chkalovske', 'Kharkiv Oblast', kharkivOblast),
  sukhetske: placedAt('Sukhetske', 'Donetsk Oblast', 'UA', myrnohrad, 'district',
    `${POSTAL_ONLY}; ru-03 names its hromada ("Мирноградской общины"): the point of the hromada centre, Myrnohrad (geonames:710035)`),
  dorozhnianka: placedAt('Dorozhnianka', 'Zaporizhzhia Oblast', 'UA', polohy, 'district',
    `${POSTAL_ONLY}; ru-03 names its district ("Пологовского района"): the point of the district centre, Polohy (geonames:696677)`),
  ulanok: inOblast('Ulanok', 'Kursk Oblast', kurskOblast),
  cherkasskayaKonopelka: inOblast('Cherkasskaya Konopelka', 'Kursk Oblast', kurskOblast),
  novyPut: inOblast('Novy Put (Glushkovo District)', 'Kursk Oblast', kurskOblast, SEVERAL),
  kharkivka: inOblast('Kharkivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
  komarivka: inOblast('Komarivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast, SEVERAL),
  krynychne: placedAt('Krynychne (Huliaipole Raion)', 'Zaporizhzhia Oblast', 'UA', huliaipole, 'district',
    `${POSTAL_ONLY}; ru-02 names its district ("Гуляйпольском районе"): the point of the district centre, Huliaipole (geonames:707898)`),
  staroukrainka: placedAt('Staroukrainka', 'Zaporizhzhia Oblast', 'UA', huliaipole, 'district',
    `${POSTAL_ONLY}; ru-02 puts it 1.5 km from Krynychne of Huliaipole Raion: the point of the district centre, Huliaipole (geonames:707898)`),
} satisfies Record<string, RefPlace>;
