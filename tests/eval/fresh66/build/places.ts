// Reference places of tests/eval/fresh66. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text
// places it by (`near`), the district the text names (`district`) or the oblast the text names (`region`), with the
// reason in `coordNote`.
import { gn, inRegion, placedAt, seat, wiki } from '../../build/ref-places.ts';
import type { RefPlace } from './types.ts';
import {
  dnipropetrovskOblast,
  donetskOblast,
  kharkivOblast,
  khersonOblast,
  kurskOblast,
  luhanskOblast,
  russia,
  ukraine,
  usa,
  zaporizhzhiaOblast,
} from '../../build/ne-points.ts';

const NO_POINT =
  'no point of its own in a source the gold accepts (data/gazetteer carries it at most as an OpenStreetMap or postal-code row, not a GeoNames id, and no Wikipedia page with coordinates was looked up with the search tool)';

const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const kupianskDistrict = seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk');

export const PLACES = {
  russia,
  ukraine,
  usa,
  // regions and districts
  donetskOblast,
  dnipropetrovskOblast,
  kharkivOblast,
  khersonOblast,
  kurskOblast,
  luhanskOblast,
  zaporizhzhiaOblast,
  kupianskDistrict,
  donbas: {
    ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'),
    admin1: null,
    precision: 'region' as const,
    coordNote:
      'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it',
  } satisfies RefPlace,
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  sudzha,
  kupiansk,
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  toretsk: gn('Toretsk (Dzerzhynsk)', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646),
  dvorichna: gn('Dvorichna', 'town', 'UA', 'Kharkiv Oblast', 49.85019, 37.68262, 709399),
  pokrovsk: gn('Pokrovsk (Krasnoarmeisk)', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  // villages
  goncharovka: wiki('Goncharovka (Sudzhansky District)', 'village', 'RU', 'Kursk Oblast', 51.19111, 35.25194, 'es:Gonchárovka_(Kursk)'),
  zaporizke: wiki('Zaporizke (Velykomykhailivka hromada, Dnipropetrovsk Oblast)', 'village', 'UA', 'Dnipropetrovsk Oblast', 47.85333, 36.53194,
    'en:Zaporizke, Velykomykhailivka rural hromada, Synelnykove Raion, Dnipropetrovsk Oblast'),
  zaoleshenka: placedAt('Zaoleshenka', 'Kursk Oblast', 'RU', sudzha, 'near',
    `${NO_POINT}; en-01 names it among settlements "located west of Sudzha": the point of Sudzha (geonames:486816)`),
  rubanshchina: placedAt('Rubanshchina', 'Kursk Oblast', 'RU', sudzha, 'near',
    `${NO_POINT}; en-01 names it among settlements "located west of Sudzha": the point of Sudzha (geonames:486816)`),
  dovhenke: inRegion('Dovhenke (Kharkiv Oblast)', kharkivOblast,
    'uk-03 names it only as a village the Russians advanced toward from Dvorichna "на Харківщині" (several villages of this name)'),
  zapadne: inRegion('Zapadne (Kharkiv Oblast)', kharkivOblast,
    'uk-03 names it only as a village the Russians advanced toward from Dvorichna "на Харківщині"'),
  bahatyr: inRegion('Bahatyr (Kharkiv Oblast)', kharkivOblast,
    'uk-03 names it only as a village the Russians advanced toward from Dvorichna "на Харківщині" (a namesake lies in Donetsk Oblast)'),
  petropavlivka: placedAt('Petropavlivka (Kupiansk Raion)', 'Kharkiv Oblast', 'UA', kupianskDistrict, 'district',
    `${NO_POINT}; uk-04 names it in the axis "Петропавлівка-Голубівка" of the situation "на Куп'янщині" (the Kupiansk area; GeoNames 697423 is a namesake in Dnipropetrovsk Oblast): the point of Kupiansk Raion at its centre (geonames:703656)`),
  holubivka: placedAt('Holubivka (Kupiansk Raion)', 'Kharkiv Oblast', 'UA', kupianskDistrict, 'district',
    `${NO_POINT}; uk-04 names it in the axis "Петропавлівка-Голубівка" of the situation "на Куп'янщині" (the Kupiansk area): the point of Kupiansk Raion at its centre (geonames:703656)`),
  kamyshevakha: inRegion('Kamyshuvakha (Donetsk Oblast)', donetskOblast,
    'ru-03 names it only as the settlement whose taking completed "освобождение юга Донецкой Народной Республики" (several villages of this name)'),
};
