// Reference places of tests/eval/fresh39. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the hromada or raion the text names (`district`), or the oblast the text names (`region`), with
// the reason in `coordNote`.
import { ne0, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, sumyOblast, turkey, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or an OpenStreetMap point, and no Wikipedia page with coordinates was looked up with the search tool)';

const velykaNovosilka = gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237);
const sievierodonetsk = gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999);
const hirske = gn('Hirske', 'town', 'UA', 'Luhansk Oblast', 48.73468, 38.49541, 708273);
const trostianets = gn('Trostianets', 'town', 'UA', 'Sumy Oblast', 50.48478, 34.96567, 691255);
const volnovakha = gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198);
const velykaNovosilkaHromada = seat('Velyka Novosilka hromada', 'UA', 'Donetsk Oblast', velykaNovosilka, 'Velyka Novosilka');
const horskaHromada = seat('Hirske hromada', 'UA', 'Luhansk Oblast', hirske, 'Hirske');

const nearVN = (name: string, admin1: string, why: string) =>
  placedAt(name, admin1, 'UA', velykaNovosilka, 'near', `${POSTAL_ONLY}; en-05 places it ${why}: the point of Velyka Novosilka (geonames:690237)`);
const inDonetsk = (name: string, file: string, why: string) =>
  placedAt(name, 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; ${file} ${why}: the point of Donetsk Oblast (naturalearth:admin1:UA-14)`);
const inHorska = (name: string) =>
  placedAt(name, 'Luhansk Oblast', 'UA', horskaHromada, 'district',
    `${POSTAL_ONLY}; ru-04 names it in "Горскую громаду (Тошковка, Катериновка, Золотое-4)": the point of the hromada centre, Hirske (geonames:708273)`);

export const PLACES = {
  russia,
  ukraine,
  turkey,
  cambodia: ne0('Cambodia', 'KH', 12.71801, 104.90525),
  // regions
  donetskOblast,
  zaporizhzhiaOblast,
  luhanskOblast,
  khersonOblast,
  kharkivOblast,
  sumyOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  volnovakhaRaion: seat('Volnovakha Raion', 'UA', 'Donetsk Oblast', volnovakha, 'Volnovakha'),
  velykaNovosilkaHromada,
  horskaHromada,
  trostianetsHromada: seat('Trostianets hromada', 'UA', 'Sumy Oblast', trostianets, 'Trostianets'),
  // capitals, cities and towns (GeoNames ids carried in data/gazetteer)
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  odesa: gn('Odesa', 'city', 'UA', 'Odesa Oblast', 46.47747, 30.73262, 698740),
  phnomPenh: gn('Phnom Penh', 'city', 'KH', 'Phnom Penh', 11.56245, 104.91601, 1821306),
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  sievierodonetsk,
  lysychansk: gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  velykaNovosilka,
  berdiansk: gn('Berdiansk', 'city', 'UA', 'Zaporizhzhia Oblast', 46.76644, 36.79872, 712451),
  melitopol: gn('Melitopol', 'city', 'UA', 'Zaporizhzhia Oblast', 46.84891, 35.36533, 701404),
  tokmak: gn('Tokmak', 'town', 'UA', 'Zaporizhzhia Oblast', 47.25522, 35.71238, 691469),
  trostianets,
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  svatove: gn('Svatove', 'town', 'UA', 'Luhansk Oblast', 49.41029, 38.15035, 692118),
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  toshkivka: gn('Toshkivka', 'town', 'UA', 'Luhansk Oblast', 48.77914, 38.57903, 691355),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  snakeIsland: wiki('Snake Island (Black Sea)', 'other', 'UA', 'Odesa Oblast', 45.255, 30.20417, 'en:Snake_Island_(Black_Sea)'),
  // villages placed where the evidence puts them
  pravdyne: placedAt('Pravdyne (Kherson Oblast)', 'Kherson Oblast', 'UA', gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448), 'near',
    `${POSTAL_ONLY}; en-04 places it "outside Kherson" ("the formerly occupied village of Pravdin"): the point of Kherson (geonames:706448)`),
  staromaiorske: nearVN('Staromaiorske', 'Donetsk Oblast', '"south of Velyka Novosilka"'),
  blahodatne: nearVN('Blahodatne (Velyka Novosilka hromada)', 'Donetsk Oblast', 'among "settlements south of Velyka Novosilka" (GeoNames 712091 and 712092 are namesakes elsewhere in the oblast)'),
  neskuchne: nearVN('Neskuchne (Donetsk Oblast)', 'Donetsk Oblast', 'among "settlements south of Velyka Novosilka"'),
  storozheve: nearVN('Storozheve', 'Donetsk Oblast', 'among "settlements south of Velyka Novosilka"'),
  makarivka: nearVN('Makarivka (Donetsk Oblast)', 'Donetsk Oblast', 'among "settlements south of Velyka Novosilka"'),
  novodarivka: nearVN('Novodarivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', '"west of Velyka Novosilka in the Zaporizhzhia Region"'),
  rivnopil: inDonetsk('Rivnopil (Velyka Novosilka hromada)', 'en-05', 'names no oblast for it, only the counteroffensive "in the south of the Donetsk and Zaporizhzhia Regions" south of Velyka Novosilka; the village lies in Donetsk Oblast, at the point of the oblast as earlier sets place these villages'),
  urozhaine: placedAt('Urozhaine (Donetsk Oblast)', 'Donetsk Oblast', 'UA', velykaNovosilkaHromada, 'district',
    `${POSTAL_ONLY}; uk-02 names its hromada ("Великоновосілківська селищна громада Волноваського району"): the point of the hromada centre, Velyka Novosilka (geonames:690237)`),
  zavitneBazhannia: inDonetsk('Zavitne Bazhannia', 'uk-02', 'names it beyond Urozhaine on the grouping\'s way ("прямує на Завітне бажання та Старомлинівку") in the west of Donetsk Oblast'),
  staromlynivka: inDonetsk('Staromlynivka', 'uk-02', 'names it beyond Urozhaine on the grouping\'s way ("прямує на Завітне бажання та Старомлинівку") in the west of Donetsk Oblast'),
  voievodivka: placedAt('Voievodivka (Luhansk Oblast)', 'Luhansk Oblast', 'UA', sievierodonetsk, 'near',
    `${POSTAL_ONLY}; ru-04 places it "село около Северодонецка": the point of Sievierodonetsk (geonames:691999)`),
  katerynivkaLuhansk: inHorska('Katerynivka (Hirske hromada)'),
  zolote4: inHorska('Zolote-4'),
};
