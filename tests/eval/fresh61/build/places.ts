// Reference places of tests/eval/fresh61. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text puts
// it next to (`near`) or the oblast (`region`), with the reason in `coordNote`.
import { gn, wiki, placedAt, inRegion } from '../../build/ref-places.ts';
import {
  crimea, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, mykolaivOblast, odesaOblast, russia, sumyOblast,
  ukraine, unitedKingdom, usa, zaporizhzhiaOblast,
} from '../../build/ne-points.ts';

const NO_POINT =
  'no point of its own in a source the gold accepts (data/gazetteer carries it at most as a GeoNames postal-code row, and no Wikipedia page with coordinates was looked up with the search tool)';

const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const bakhmut = gn('Bakhmut (Artemovsk)', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const volnovakha = gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198);
const robotyne = wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne');

const nearTo = (name: string, admin1: string, town: ReturnType<typeof gn>, why: string): ReturnType<typeof gn> =>
  placedAt(name, admin1, 'UA', town, 'near', `${NO_POINT}; ${why}: the point of ${town.name} (${town.coordSource})`);
export const PLACES = {
  russia,
  ukraine,
  usa,
  unitedKingdom,
  // regions
  donetskOblast,
  luhanskOblast,
  kharkivOblast,
  khersonOblast,
  zaporizhzhiaOblast,
  sumyOblast,
  mykolaivOblast,
  odesaOblast,
  crimea,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const },
  // capitals, cities and towns
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  vysokopillia: gn('Vysokopillia', 'town', 'UA', 'Kherson Oblast', 47.49187, 33.53061, 688689),
  novaKakhovka: gn('Nova Kakhovka', 'city', 'UA', 'Kherson Oblast', 46.75451, 33.34864, 699839),
  henichesk: gn('Henichesk', 'town', 'UA', 'Kherson Oblast', 46.17592, 34.8034, 708878),
  kupiansk,
  balakliia: gn('Balakliia (Balakleya)', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  izium: gn('Izium (Izyum)', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  bakhmut,
  volnovakha,
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  orikhiv: gn('Orikhiv', 'town', 'UA', 'Zaporizhzhia Oblast', 47.56731, 35.78575, 698428),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  rubizhne: gn('Rubizhne', 'town', 'UA', 'Luhansk Oblast', 49.01229, 38.37967, 695274),
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  stanytsiaLuhanska: gn('Stanytsia Luhanska', 'town', 'UA', 'Luhansk Oblast', 48.65433, 39.47943, 692953),
  kupianskVuzlovyi: wiki('Kupiansk-Vuzlovyi', 'town', 'UA', 'Kharkiv Oblast', 49.67083, 37.64306, 'de:Kupjansk-Wuslowyj'),
  // villages
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  novoiehorivka: inRegion('Novoiehorivka (Luhansk Oblast)', luhanskOblast, 'en-02 names it ("Novoyehorivka") with Bilohorivka "in Luhansk Oblast"'),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  kurdiumivka: nearTo('Kurdiumivka', 'Donetsk Oblast', bakhmut, 'en-02 names it with Klishchiivka and Andriivka south of Bakhmut, in "Donetsk Oblast’s Bakhmut sector"'),
  andriivkaBakhmut: nearTo('Andriivka (Bakhmut Raion)', 'Donetsk Oblast', bakhmut, 'en-02 names it with Klishchiivka and Kurdiumivka south of Bakhmut, in "Donetsk Oblast’s Bakhmut sector" (namesakes elsewhere in Donetsk Oblast)'),
  robotyne,
  piatykhatky: inRegion('Piatykhatky (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'en-03: "a village in the west of the Zaporizhia region" (not the Piatykhatky of Dnipropetrovsk Oblast, geonames:695965)'),
  lobkove: inRegion('Lobkove', zaporizhzhiaOblast, 'en-03: "a village next to Piatykhatky", itself placed only in Zaporizhzhia Oblast'),
  verkhniaRohanka: inRegion('Verkhnia Rohanka', kharkivOblast, 'uk-01 names it among the settlements retaken "на Харківщині"'),
  ruskaLozova: inRegion('Ruska Lozova', kharkivOblast, 'uk-01 names it among the settlements retaken "на Харківщині"'),
  slobidske: inRegion('Slobidske (Kharkiv Oblast)', kharkivOblast, 'uk-01 names it among the settlements retaken "на Харківщині"'),
  prelesne: inRegion('Prelesne (Prilesne)', kharkivOblast, 'uk-01 names it ("Прилесне") among the settlements retaken "на Харківщині"'),
  pavlopil: inRegion('Pavlopil', donetskOblast, 'ru-01 names it among the settlements taken by the DNR "на мариупольском направлении" (judgement call: Donetsk Oblast)'),
  pyshchevyk: inRegion('Pyshchevyk', donetskOblast, 'ru-01 names it among the settlements taken by the DNR "на мариупольском направлении" (judgement call: Donetsk Oblast)'),
  hnutove: inRegion('Hnutove', donetskOblast, 'ru-01 names it where Ukrainian units left positions, in the DNR report (judgement call: Donetsk Oblast)'),
  talakivka: inRegion('Talakivka', donetskOblast, 'ru-01 names it where Ukrainian units left positions, in the DNR report (judgement call: Donetsk Oblast)'),
  verbove: placedAt('Verbove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', 'UA', robotyne, 'near', `${NO_POINT}; en-02: "near Verbove, east of Robotyne in Zaporizhzhia oblast": the point of Robotyne (${robotyne.coordSource})`),
  novoprokopivka: placedAt('Novoprokopivka', 'Zaporizhzhia Oblast', 'UA', robotyne, 'near', `${NO_POINT}; en-02: "south of Robotyne, specifically in the Novodanylivka-Novoprokopivka area": the point of Robotyne (${robotyne.coordSource})`),
  novodanylivka: placedAt('Novodanylivka (Orikhiv area)', 'Zaporizhzhia Oblast', 'UA', robotyne, 'near', `${NO_POINT}; en-02: "south of Robotyne, specifically in the Novodanylivka-Novoprokopivka area": the point of Robotyne (${robotyne.coordSource})`),
  trudivske: nearTo('Trudivske (Trudovske, near Volnovakha)', 'Donetsk Oblast', volnovakha, 'ru-01: "село Трудовское под Волновахой"'),
  zaitseve: nearTo('Zaitseve (Bakhmut Raion)', 'Donetsk Oblast', bakhmut, 'ru-04 puts it in the DNR, its capture opening the advance "на Бахмут" (judgement call: near Bakhmut)'),
};
