// Reference places of tests/eval/fresh21. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district whose centre is sourced (`district`) or the oblast the text names (`region`), with
// the reason in `coordNote`; where the text gives no such evidence, it has no point (`unlocated`).
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { belgorodOblast, dnipropetrovskOblast, donetskOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const bakhmut = gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const putyvl = gn('Putyvl', 'town', 'UA', 'Sumy Oblast', 51.33745, 33.87066, 696008);
const bilopillia = gn('Bilopillia', 'town', 'UA', 'Sumy Oblast', 51.15016, 34.31287, 712559);
// as fresh19 gives it (the German page)
const tetkino = wiki('Tyotkino', 'town', 'RU', 'Kursk Oblast', 51.27917, 34.27917, 'de:Tjotkino_(Kursk)');

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  // oblasts and regions
  donetskOblast,
  sumyOblast,
  kurskOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  luhanskOblast,
  belgorodOblast,
  putyvlRaion: seat('Putyvl Raion', 'UA', 'Sumy Oblast', putyvl, 'Putyvl'),
  bilopilliaRaion: seat('Bilopillia Raion', 'UA', 'Sumy Oblast', bilopillia, 'Bilopillia'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  bakhmut,
  melitopol: gn('Melitopol', 'city', 'UA', 'Zaporizhzhia Oblast', 46.84891, 35.36533, 701404),
  berdiansk: gn('Berdiansk', 'city', 'UA', 'Zaporizhzhia Oblast', 46.76644, 36.79872, 712451),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  kurakhove: gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  sudzha: gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816),
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  toretsk: gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  // towns and villages at their Wikipedia page's coordinates (as the earlier sets give them)
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  krynky: wiki('Krynky (Kherson Oblast)', 'village', 'UA', 'Kherson Oblast', 46.7375, 33.0925, 'en:Krynky'),
  kozinka: wiki('Kozinka (Belgorod Oblast)', 'village', 'RU', 'Belgorod Oblast', 50.46139, 35.6025, 'en:Kozinka,_Belgorod_Oblast'),
  yunakivka: wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka'),
  gornal: {
    ...wiki('Gornal', 'village', 'RU', 'Kursk Oblast', 51.06611, 35.2325, 'ru:Горнальский Свято-Николаевский Белогорский монастырь'),
    coordNote: 'the coordinates of the monastery in Gornal (as in data/gazetteer/theatre.json, control, fresh and fresh19), not of the village centre',
  },
  tetkino,
  // villages placed where the text puts them
  staromaiorske: inOblast('Staromaiorske', 'Donetsk Oblast', donetskOblast, ' (en-01: "the southeastern village of Staromaiorske in Donetsk Oblast")'),
  staromaiorskeUnplaced: unlocated('Staromaiorske (as "Staromayorsk", en-02)', 'Donetsk Oblast', 'UA',
    'no point of its own in a source the gold accepts, and en-02 names neither its oblast nor a town next to it ("There were more attacks in Staromayorsk", said by the South Defense Forces\' spokesman after Robotyne; the village lies in Donetsk Oblast, which the text does not say)'),
  andriivkaBakhmut: placedAt('Andriivka (Bakhmut area)', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${POSTAL_ONLY}; the text puts it "south of Bakhmut" ("the village of Andriivka south of Bakhmut"): the point of Bakhmut (geonames:713174)`),
  basivka: inOblast('Basivka (Sumy Raion)', 'Sumy Oblast', sumyOblast, ' ("the village of Basivka in Ukraine\'s northeastern Sumy region")'),
  guyevo: placedAt('Guyevo', 'Kursk Oblast', 'RU', kurskOblast, 'region',
    `${POSTAL_ONLY}; the text names it among "the Russian settlements of Gornal, Guevo and Oleshnya" after "the Kursk border area": the point of Kursk Oblast (naturalearth:admin1:RU-KRS)`),
  oleshnya: placedAt('Oleshnya (Sudzhansky District)', 'Kursk Oblast', 'RU', kurskOblast, 'region',
    `${POSTAL_ONLY}; the text names it among "the Russian settlements of Gornal, Guevo and Oleshnya" after "the Kursk border area": the point of Kursk Oblast (naturalearth:admin1:RU-KRS)`),
  bezsalivka: placedAt('Bezsalivka (Tetkino axis)', 'Sumy Oblast', 'UA', tetkino, 'near',
    `${POSTAL_ONLY}; the text names it on the Tetkino axis near the Kursk Oblast border ("На Теткинском направлении ... рейд в районе Бессаловки ... близ границы Курской области"): the point of Tyotkino (wikipedia:de:Tjotkino_(Kursk))`),
  marino: inOblast('Marine (Maryino, Sumy Oblast)', 'Sumy Oblast', sumyOblast, ' ("населенный пункт Марьино в Сумской области")'),
  demydivka: inOblast('Demydivka (next to Marine, Sumy Oblast)', 'Sumy Oblast', sumyOblast,
    ' (the text puts it next to Marine, "примыкающий к Демидовке", which it places in Sumy Oblast; not the Belgorod Oblast Demidovka)'),
};
