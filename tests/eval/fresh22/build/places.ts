// Reference places of tests/eval/fresh22. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district whose centre is sourced (`district`) or the oblast the text names (`region`), with
// the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { donetskOblast, finland, kharkivOblast, russia, ukraine } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const bakhmut = gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  finland,
  // oblasts and regions
  donetskOblast,
  kharkivOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox)' },
  bakhmutRaion: seat('Bakhmut Raion', 'UA', 'Donetsk Oblast', bakhmut, 'Bakhmut'),
  pokrovskRaion: seat('Pokrovsk Raion', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  dnipro: gn('Dnipro', 'city', 'UA', 'Dnipropetrovsk Oblast', 48.4593, 35.03865, 709930),
  bakhmut,
  pokrovsk,
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  lyman: gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204),
  soledar: gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757),
  selydove: gn('Selydove', 'town', 'UA', 'Donetsk Oblast', 48.14708, 37.30032, 694677),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  siversk: gn('Siversk', 'town', 'UA', 'Donetsk Oblast', 48.86699, 38.10007, 694403),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  yampil: gn('Yampil (Lyman hromada, Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  izium: gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292),
  // villages at their Wikipedia page's coordinates (as the earlier sets give them)
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  // villages placed where the text puts them
  andriivkaDonetsk: inOblast('Andriivka (Bakhmut Raion)', 'Donetsk Oblast', donetskOblast,
    ' (uk-02: "звільнення Андріївки Донецької області"; many villages of this name)'),
  mykolaivkaDonetsk: inOblast('Mykolaivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast,
    ' (uk-04: "біля села Миколаївка, що на Покровському напрямку", after "на Донеччині"; many villages of this name)'),
  tsukuryne: inOblast('Tsukuryne', 'Donetsk Oblast', donetskOblast,
    ' (uk-04: "біля селище Цукурине, що на Курахівському напрямку", after "на Донеччині")'),
  krasneDonetsk: inOblast('Krasne (Bakhmut Raion, now Ivanivske)', 'Donetsk Oblast', donetskOblast,
    ' (ru-03: "поселок Красное в ДНР"; many villages of this name)'),
};
