// Reference places of tests/eval/fresh29. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), its hromada's centre (`district`) or the oblast the text names (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { ne0, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const bakhmut = gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const soledar = gn('Soledar', 'town', 'UA', 'Donetsk Oblast', 48.67935, 38.08902, 706757);
const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const vovchansk = gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearTown = (name: string, admin1: string, town: RefPlace, townName: string, where: string): RefPlace =>
  placedAt(name, admin1, 'UA', town, 'near', `${POSTAL_ONLY}; ${where}: the point of ${townName} (${town.coordSource})`);
const NO_OBLAST_ZP =
  ' (ru-05 names no oblast; ru-04 and the group of forces «Восток», which the text says took it, put it in Zaporizhzhia Oblast)';

export const PLACES = {
  russia,
  ukraine,
  usa,
  uk: ne0('United Kingdom', 'GB', 53.94761, -2.51865),
  // oblasts
  donetskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  dnipropetrovskOblast,
  sumyOblast,
  // districts and hromadas
  bakhmutDistrict: seat('Bakhmut Raion', 'UA', 'Donetsk Oblast', bakhmut, 'Bakhmut'),
  soledarHromada: seat('Soledar hromada', 'UA', 'Donetsk Oblast', soledar, 'Soledar'),
  // capitals, cities and towns (GeoNames ids carried in data/gazetteer; Wikipedia pages as earlier sets give them)
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  orikhiv: gn('Orikhiv', 'town', 'UA', 'Zaporizhzhia Oblast', 47.56731, 35.78575, 698428),
  tokmak: gn('Tokmak', 'town', 'UA', 'Zaporizhzhia Oblast', 47.25522, 35.71238, 691469),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  pokrovsk,
  myrnohrad: gn('Myrnohrad (Dimitrov)', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  vovchansk,
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  stepnohirsk: wiki('Stepnohirsk', 'town', 'UA', 'Zaporizhzhia Oblast', 47.58333, 35.36667, 'de:Stepnohirsk'),
  ocheretyne: wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  serebrianka: gn('Serebrianka', 'village', 'UA', 'Donetsk Oblast', 48.91917, 38.13494, 694494),
  ternuvate: gn('Ternuvate', 'village', 'UA', 'Zaporizhzhia Oblast', 47.83049, 36.12761, 691639),
  zaliznychne: gn('Zaliznychne (Zaporizhzhia Oblast)', 'village', 'UA', 'Zaporizhzhia Oblast', 47.65238, 36.16524, 687796),
  // villages placed at their hromada's centre (`district`) or next to a town the text names (`near`)
  minkivka: placedAt('Minkivka (Bakhmut Raion)', 'Donetsk Oblast', 'UA', soledar, 'district',
    `${POSTAL_ONLY}; en-04 names its hromada ("Minkivka in Soledar city community of Bakhmut district"): the point of the hromada centre, Soledar (${soledar.coordSource})`),
  starytsia: nearTown('Starytsia (Kharkiv Oblast)', 'Kharkiv Oblast', vovchansk, 'Vovchansk', 'en-05: "Starytsya, located near Vovchansk"'),
  hryshyne: nearTown('Hryshyne', 'Donetsk Oblast', pokrovsk, 'Pokrovsk',
    'ru-02 names no oblast and lists it after the quarters of Dimitrov (Myrnohrad), on the Pokrovsk axis; fresh18 and fresh28 give it the point of Pokrovsk'),
  // villages the text places only in an oblast (`region`)
  verboveDnipro: inOblast('Verbove (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  sosnivkaDnipro: inOblast('Sosnivka (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  rizdvianka: inOblast('Rizdvianka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  prydorozhnie: inOblast('Prydorozhnie (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  dobropilliaZp: inOblast('Dobropillia (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast,
    ' (not the town of Donetsk Oblast: uk-05 names it on the Huliaipole axis, before Rizdvianka in Zaporizhzhia Oblast)'),
  staroukrainka: inOblast('Staroukrainka', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  tsvitkove: inOblast('Tsvitkove (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, NO_OBLAST_ZP),
  dronivka: inOblast('Dronivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  stepanivka: inOblast('Stepanivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  sukhetske: inOblast('Sukhetske', 'Donetsk Oblast', donetskOblast),
  zeleneKharkiv: inOblast('Zelene (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast),
  pokrovkaSumy: inOblast('Pokrovka (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
} satisfies Record<string, RefPlace>;
