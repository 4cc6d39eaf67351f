// Reference places of tests/eval/fresh33. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), its district's centre (`district`) or the oblast the text names (`region`), with the reason in
// `coordNote`; where the text names none of these, it has no point (`unlocated`).
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, kurskOblast, russia, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, as an OpenStreetMap or KATOTTG row, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';
const IN_LIST =
  'no sourced coordinate found (data/gazetteer has no GeoNames row of this name in Donetsk Oblast, and no Wikipedia page with coordinates was looked up); uk-02 names it only in the General Staff\'s roll of attacks repelled, with Soledar and Bakhmut, and names no oblast, town or district for it';

const bakhmut = gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const vuhledar = wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar');
const kurakhove = gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646);
const selydove = gn('Selydove', 'town', 'UA', 'Donetsk Oblast', 48.14708, 37.30032, 694677);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const izium = gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292);
const chuhuiv = gn('Chuhuiv', 'town', 'UA', 'Kharkiv Oblast', 49.83588, 36.68803, 710374);
const balakliia = gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926);
const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);

const listed = (name: string): RefPlace => unlocated(name, 'Donetsk Oblast', 'UA', IN_LIST);

export const PLACES = {
  russia,
  ukraine,
  // regions
  donetskOblast,
  dnipropetrovskOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  kurskOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it' },
  // districts
  kupianskRaion: seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  iziumRaion: seat('Izium Raion', 'UA', 'Kharkiv Oblast', izium, 'Izium'),
  chuhuivRaion: seat('Chuhuiv Raion', 'UA', 'Kharkiv Oblast', chuhuiv, 'Chuhuiv'),
  balakliiaRaion: { ...seat('Balakliia Raion', 'UA', 'Kharkiv Oblast', balakliia, 'Balakliia'),
    coordNote: `the district as it was before the 2020 reform (merged into Izium Raion), at the point of its administrative centre, Balakliia (${balakliia.coordSource})` },
  pokrovskRaion: seat('Pokrovsk Raion', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk'),
  // capitals, cities and towns (GeoNames ids carried in data/gazetteer; Wikipedia pages as earlier sets give them)
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  simferopol: gn('Simferopol', 'city', 'UA', 'Crimea', 44.95719, 34.11079, 693805),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  bakhmut,
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  yampil: gn('Yampil (Lyman hromada, Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  pokrovsk,
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  selydove,
  kurakhove,
  vuhledar,
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  kupiansk,
  izium,
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  dvorichna: gn('Dvorichna', 'town', 'UA', 'Kharkiv Oblast', 49.85019, 37.68262, 709399),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  // villages next to a town the text names (`near`), in an oblast the text names (`region`), or with no point
  andriivkaBakhmut: placedAt('Andriivka (Bakhmut area)', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${POSTAL_ONLY}; en-02 puts it "south of largely-ruined Bakhmut" and en-01 "nearby" Klishchiivka, "south of Bakhmut": the point of Bakhmut (${bakhmut.coordSource})`),
  bohoiavlenka: placedAt('Bohoiavlenka', 'Donetsk Oblast', 'UA', vuhledar, 'near',
    `${POSTAL_ONLY}; en-05 puts it "north of Vuhledar": the point of Vuhledar (${vuhledar.coordSource})`),
  dachneKurakhove: placedAt('Dachne (Kurakhove area)', 'Donetsk Oblast', 'UA', kurakhove, 'near',
    `${POSTAL_ONLY}; ru-02 puts it next to Kurakhove ("покинувших Курахово и ушедших в село Дачное на западе"): the point of Kurakhove (${kurakhove.coordSource})`),
  mykhailivkaSelydove: placedAt('Mykhailivka (Selydove area)', 'Donetsk Oblast', 'UA', selydove, 'near',
    `${POSTAL_ONLY}; ru-03 puts it next to Selydove ("в соседней Михайловке", "между Михайловкой и Селидово"): the point of Selydove (${selydove.coordSource})`),
  novohrodivka: placedAt('Novohrodivka', 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; ru-04 places it only in the oblast ("Новогродовка в ДНР") and at a distance from Pokrovsk ("в 15 километрах от Покровска"): the point of the oblast (${donetskOblast.coordSource})`),
  sosnivka: listed('Sosnivka (Donetsk Oblast)'),
  maiorsk: listed('Maiorsk'),
  mykolaivkaDruha: listed('Mykolaivka Druha'),
  zaitseve: listed('Zaitseve (Bakhmut Raion)'),
  veselaDolyna: listed('Vesela Dolyna (Donetsk Oblast)'),
  pisky: listed('Pisky (Donetsk Oblast)'),
  pervomaiske: listed('Pervomaiske (Donetsk Oblast)'),
  novomykhailivka: listed('Novomykhailivka (Donetsk Oblast)'),
} satisfies Record<string, RefPlace>;
