// Reference places of tests/eval/fresh59. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, a Wikipedia page an earlier set read, or a point an earlier set gives from
// one of those). Never guessed. A village no accepted source locates has the point the evidence supports: the town the
// text puts it next to (`near`), or the oblast the text names or whose front it is on (`region`), with the reason in
// `coordNote`.
import { gn, wiki, placedAt } from '../../build/ref-places.ts';
import { donetskOblast, kharkivOblast, kyivOblast, luhanskOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';
import type { RefPlace } from './types.ts';

const NO_POINT =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as an OpenStreetMap or postal-code row, not a GeoNames id, or not at all)';

const lysychansk = gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972);
const bakhmut = gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const vuhledar = wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar');

const nearLysychansk = (name: string): RefPlace =>
  placedAt(name, 'Luhansk Oblast', 'UA', lysychansk, 'near',
    `${NO_POINT}; en-02 names it among the "nearby settlements" of Lisichansk taken with it: the point of Lysychansk (geonames:702972)`);
const nearBakhmut = (name: string, why: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', bakhmut, 'near', `${NO_POINT}; ${why}: the point of Bakhmut (geonames:713174)`);
const inDonetsk = (name: string, why: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', donetskOblast, 'region', `${NO_POINT}; ${why}: the point of Donetsk Oblast (naturalearth:admin1:UA-14)`);
const inZaporizhzhia = (name: string, why: string): RefPlace =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', zaporizhzhiaOblast, 'region', `${NO_POINT}; ${why}: the point of Zaporizhzhia Oblast (naturalearth:admin1:UA-23)`);

export const PLACES = {
  russia,
  ukraine,
  // regions
  donetskOblast,
  zaporizhzhiaOblast,
  luhanskOblast,
  kharkivOblast,
  kyivOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const },
  // capitals, cities and towns
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  bucha: gn('Bucha', 'town', 'UA', 'Kyiv Oblast', 50.54345, 30.21201, 711350),
  makariv: gn('Makariv', 'town', 'UA', 'Kyiv Oblast', 50.46408, 29.81128, 702337),
  lysychansk,
  bakhmut,
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  vuhledar,
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  krasnohorivka: wiki('Krasnohorivka', 'town', 'UA', 'Donetsk Oblast', 48.00667, 37.51278, 'en:Krasnohorivka'),
  // villages
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  novodruzhesk: nearLysychansk('Novodruzhesk'),
  maloriazantseve: nearLysychansk('Maloriazantseve'),
  bilaHora: nearLysychansk('Bila Hora (Luhansk Oblast)'),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  andriivkaBakhmut: nearBakhmut('Andriivka (Bakhmut area)', 'en-05 puts it "near the city of Bakhmut" and "south of Bakhmut"'),
  orikhovoVasylivka: nearBakhmut('Orikhovo-Vasylivka', 'ru-05 names it on the Artemovsk (Bakhmut) axis, "В артемовском направлении ... в районах сел"'),
  berkhivka: nearBakhmut('Berkhivka', 'ru-05 names it on the Artemovsk (Bakhmut) axis, "В артемовском направлении ... в районах сел"'),
  pavlivka: placedAt('Pavlivka (Vuhledar)', 'Donetsk Oblast', 'UA', vuhledar, 'near',
    `${NO_POINT} (the GeoNames Pavlivkas in data/gazetteer are namesakes in other oblasts); ru-01 ties it to Vuhledar ("без полного занятия Павловки ... взять под контроль Угледар"): the point of Vuhledar (wikipedia:en:Vuhledar)`),
  vodiane: inDonetsk('Vodiane (Avdiivka axis)',
    'ru-05 names it with Krasnohorivka on the Avdiivka and Marinka axes of "Донецкой Народной Республики" (not the Vodiane of Vuhledar; the GeoNames Vodyane 689321 is in Zaporizhzhia Oblast)'),
  novodarivka: inZaporizhzhia('Novodarivka (Zaporizhzhia Oblast)', 'uk-03 names it among the eight settlements of the Berdiansk and Melitopol axes and no oblast (judgement call: Zaporizhzhia Oblast, where those axes run)'),
  levadne: inZaporizhzhia('Levadne (Zaporizhzhia Oblast)', 'uk-03 names it among the eight settlements of the Berdiansk and Melitopol axes and no oblast (judgement call: Zaporizhzhia Oblast, where those axes run)'),
  lobkove: inZaporizhzhia('Lobkove', 'uk-03 names it among the eight settlements of the Berdiansk and Melitopol axes and no oblast (judgement call: Zaporizhzhia Oblast, where those axes run)'),
  piatykhatkyZp: inZaporizhzhia('Piatykhatky (Zaporizhzhia Oblast)', 'uk-03 names it among the eight settlements of the Berdiansk and Melitopol axes and no oblast (judgement call: Zaporizhzhia Oblast, where those axes run; the GeoNames Piatykhatky 695965 is a namesake town of Dnipropetrovsk Oblast)'),
  storozheve: inDonetsk('Storozheve (Donetsk Oblast)', 'uk-03 names it "село Сторожове на Донеччині"'),
  makarivka: inDonetsk('Makarivka (Donetsk Oblast)', 'uk-03 names it "Макарівка та Благодатне Донецької області"'),
  blahodatne: inDonetsk('Blahodatne (Velyka Novosilka hromada)', 'uk-03 names it "Макарівка та Благодатне Донецької області"'),
  neskuchne: inDonetsk('Neskuchne (Donetsk Oblast)', 'uk-03 lists it, misspelt "Ненудне", among the eight settlements the Defence Ministry named (the week\'s earlier list of seven has "Нескучне"; judgement call), with Storozheve, Makarivka and Blahodatne of Donetsk Oblast'),
  verbove: inZaporizhzhia('Verbove (Zaporizhzhia Oblast)', 'uk-04 names it "села Вербове Запорізької області"; ru-04 names it on the front "на Запорожье"'),
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  novoprokopivka: inZaporizhzhia('Novoprokopivka', 'ru-04 names it as the next objective after Rabotino, on the front "на Запорожье"'),
  staromaiorske: inDonetsk('Staromaiorske', 'ru-04 names it with Verbove and Novodonetske on the southern front and no oblast: the Staromaiorske of Volnovakha Raion, Donetsk Oblast (judgement call)'),
  novodonetske: inDonetsk('Novodonetske (Volnovakha Raion)', 'ru-04 names it with Verbove and Staromaiorske on the southern front and no oblast: the Novodonetske of Volnovakha Raion, Donetsk Oblast (judgement call; the GeoNames Novodonets’ke 699617 is a namesake in Kramatorsk Raion)'),
};
