// Reference places of tests/eval/fresh49. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts it
// near (`near`), or the oblast the text names (`region`), with the reason in `coordNote`; a region with no single point
// has none.
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { belarus, donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';
import type { RefPlace } from './types.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code or OpenStreetMap row, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';


const bakhmut = gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const avdiivka = gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122);
const velykaNovosilka = gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237);
const volnovakha = gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198);
const lysychansk = gn('Lysychansk', 'city', 'UA', 'Luhansk Oblast', 48.90485, 38.44207, 702972);
const vysokopillia = gn('Vysokopillia', 'town', 'UA', 'Kherson Oblast', 47.49187, 33.53061, 688689);
const chuhuiv = gn('Chuhuiv', 'town', 'UA', 'Kharkiv Oblast', 49.83588, 36.68803, 710374);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const terny = gn('Terny (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.09226, 37.96081, 691608);

type Oblast = typeof donetskOblast;
const inOblast = (name: string, oblast: Oblast, code: string, why: string, kind: RefPlace['kind'] = 'village') => ({
  ...placedAt(name, oblast.admin1 as string, 'UA', oblast, 'region', `${POSTAL_ONLY}; ${why}: the point of ${oblast.admin1} (naturalearth:admin1:${code})`),
  kind,
});
const nearTo = (name: string, admin1: string, at: RefPlace, atName: string, id: string, why: string) =>
  placedAt(name, admin1, 'UA', at, 'near', `${POSTAL_ONLY}; ${why}: the point of ${atName} (${id})`);
const nearBakhmut = (name: string, why: string) => nearTo(name, 'Donetsk Oblast', bakhmut, 'Bakhmut', 'geonames:713174', why);

export const PLACES = {
  russia,
  ukraine,
  belarus,
  // regions
  donetskOblast,
  kharkivOblast,
  luhanskOblast,
  zaporizhzhiaOblast,
  khersonOblast,
  sumyOblast,
  donbas: {
    name: 'Donbas', kind: 'region' as const, country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region' as const,
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  },
  volnovakhaDistrict: seat('Volnovakha Raion', 'UA', 'Donetsk Oblast', volnovakha, 'Volnovakha'),
  velykaNovosilkaDistrict: seat('Velyka Novosilka district (former raion)', 'UA', 'Donetsk Oblast', velykaNovosilka, 'Velyka Novosilka'),
  chuhuivDistrict: seat('Chuhuiv Raion', 'UA', 'Kharkiv Oblast', chuhuiv, 'Chuhuiv'),
  vysokopilliaHromada: seat('Vysokopillia hromada', 'UA', 'Kherson Oblast', vysokopillia, 'Vysokopillia'),
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  bakhmut,
  avdiivka,
  velykaNovosilka,
  lysychansk,
  vysokopillia,
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  popasna: gn('Popasna', 'town', 'UA', 'Luhansk Oblast', 48.63328, 38.37804, 696566),
  rubizhne: gn('Rubizhne', 'town', 'UA', 'Luhansk Oblast', 49.01229, 38.37967, 695274),
  sievierodonetsk: gn('Sievierodonetsk', 'city', 'UA', 'Luhansk Oblast', 48.94832, 38.49166, 691999),
  svatove: gn('Svatove', 'town', 'UA', 'Luhansk Oblast', 49.41029, 38.15035, 692118),
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  kupiansk,
  kupianskDistrict: seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  luhansk: gn('Luhansk', 'city', 'UA', 'Luhansk Oblast', 48.56705, 39.31706, 702658),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  terny: {
    ...terny,
    coordNote: 'the GeoNames entry carried in data/gazetteer (Terny of the Lyman hromada, on the Luhansk border west of Kreminna), as fresh41 places it; ru-01 says "в ЛНР" of the line it moved, but no Terny in Luhansk Oblast lies on the Svatove–Kreminna road it names',
  },
  // villages placed where the evidence puts them
  blahodatneBakhmut: nearBakhmut('Blahodatne (Bakhmut Raion, Soledar hromada)', 'en-01 puts it "about 6 kilometers (4 miles) to the north of Bakhmut" (the GeoNames Blahodatne rows of Donetsk Oblast are namesakes near Volnovakha and Amvrosiivka)'),
  krasnaHora: nearBakhmut('Krasna Hora (Bakhmut Raion)', 'en-01 puts it on "the northeast outskirts of Bakhmut"'),
  paraskoviivka: nearBakhmut('Paraskoviivka (Bakhmut Raion)', 'en-01 puts it on "the northeast outskirts of Bakhmut"'),
  bohdanivka: nearBakhmut('Bohdanivka (Bakhmut Raion)', 'uk-02 puts it "6 км на північний захід від Бахмута"'),
  andriivka: nearBakhmut('Andriivka (Bakhmut Raion)', 'uk-02 puts it 10 km south-west of Bakhmut; ru-04 "под Артемовском"'),
  maiorsk: nearBakhmut('Maiorsk', 'uk-02 puts it 17 km south of Bakhmut'),
  piatykhatky: inOblast('Piatykhatky (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'UA-23', 'en-02 names it only as "a village in the southern Zaporizhzhia region" (the GeoNames Piatykhatky is a namesake town of Dnipropetrovsk Oblast)'),
  rivnopil: nearTo('Rivnopil (Velyka Novosilka hromada)', 'Donetsk Oblast', velykaNovosilka, 'Velyka Novosilka', 'geonames:690237', 'en-03 says the one meant is "probably" the one near Velyka Novosilka'),
  yatskivka: inOblast('Yatskivka', donetskOblast, 'UA-14', 'uk-01 names it only as "селом Яцьківка на Донеччині", east of the Oskil'),
  stepove: nearTo('Stepove (Avdiivka)', 'Donetsk Oblast', avdiivka, 'Avdiivka', 'geonames:713122', 'uk-03 puts it "на північний захід від Авдіївки"'),
  potomkyne: nearTo('Potomkyne', 'Kherson Oblast', vysokopillia, 'Vysokopillia', 'geonames:688689', 'uk-05 names it a village "Високопільської громади"'),
  zelenodolsk: nearTo('Zelenodolsk (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', vysokopillia, 'Vysokopillia', 'geonames:688689', 'uk-05 names it among the places shelled from Vysokopillia'),
  serhiivka: nearTo('Serhiivka (Vysokopillia area)', 'Kherson Oblast', vysokopillia, 'Vysokopillia', 'geonames:688689', 'uk-05 names it among the places shelled from Vysokopillia'),
  koshove: nearTo('Koshove', 'Kherson Oblast', vysokopillia, 'Vysokopillia', 'geonames:688689', 'uk-05 names it among the places shelled from Vysokopillia'),
  velykaKostromka: nearTo('Velyka Kostromka', 'Dnipropetrovsk Oblast', vysokopillia, 'Vysokopillia', 'geonames:688689', 'uk-05 names it among the places shelled from Vysokopillia'),
  novosadove: nearTo('Novosadove', 'Donetsk Oblast', terny, 'Terny', 'geonames:691608', 'ru-01 names it with Terny as one area ("в районе населенного пункта Терны, Новосадовое")'),
  voievodivka: inOblast('Voievodivka (Luhansk Oblast)', luhanskOblast, 'UA-09', 'ru-02 names it among villages taken by the LNR'),
  voronove: inOblast('Voronove (Luhansk Oblast)', luhanskOblast, 'UA-09', 'ru-02 names it among villages taken by the LNR'),
  kudriashivka: inOblast('Kudriashivka', luhanskOblast, 'UA-09', 'ru-02 names it among villages taken by the LNR'),
  metolkine: inOblast('Metolkine', luhanskOblast, 'UA-09', 'ru-02 names it among villages taken by the LNR'),
  oskolonivka: inOblast('Oskolonivka', luhanskOblast, 'UA-09', 'ru-02 names it among villages taken by the LNR'),
  purdivka: inOblast('Purdivka', luhanskOblast, 'UA-09', 'ru-02 names it among villages taken by the LNR'),
  zolote: inOblast('Zolote (Luhansk Oblast)', luhanskOblast, 'UA-09', 'ru-02 names it among the towns the Ukrainian forces hold in the LNR', 'town'),
  chkalovske: inOblast('Chkalovske (Kharkiv Oblast)', kharkivOblast, 'UA-63', 'ru-03 names it as "пгт Чкаловское Чугуевского района Харьковской области"', 'town'),
  novodruzhesk: nearTo('Novodruzhesk', 'Luhansk Oblast', lysychansk, 'Lysychansk', 'geonames:702972', 'ru-05 names it among the settlements "близлежащих" Lysychansk'),
  maloriazantseve: nearTo('Maloriazantseve', 'Luhansk Oblast', lysychansk, 'Lysychansk', 'geonames:702972', 'ru-05 names it among the settlements "близлежащих" Lysychansk'),
  bilaHora: nearTo('Bila Hora (Luhansk Oblast)', 'Luhansk Oblast', lysychansk, 'Lysychansk', 'geonames:702972', 'ru-05 names it among the settlements "близлежащих" Lysychansk'),
  verkhnokamianka: nearTo('Verkhnokamianka', 'Luhansk Oblast', lysychansk, 'Lysychansk', 'geonames:702972', 'ru-05 names it among the villages that closed the ring "вокруг Лисичанска"'),
  zolotarivka: nearTo('Zolotarivka', 'Luhansk Oblast', lysychansk, 'Lysychansk', 'geonames:702972', 'ru-05 names it among the villages that closed the ring "вокруг Лисичанска"'),
};
