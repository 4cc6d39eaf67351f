// Reference entities for the fresh9 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// village no accepted source locates has the point the evidence supports: a town the text puts it next to (`near`),
// the centre of the district a carried source names (`district`), or the oblast (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { ne1, gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { chernihivOblast, dnipropetrovskOblast, donetskOblast, kharkivOblast, kurskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, which has no GeoNames id, or not at all, and no Wikipedia page with coordinates was found with the search tool)';
const MIRROR = 'coordinates of the Wikipedia page as shown by a mirror of it found through the search tool';

const bakhmut = gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const yunakivka = wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka');
const khotin = wiki('Khotin', 'town', 'UA', 'Sumy Oblast', 51.07806, 34.77583, 'uk:Хотінь');
const korenevo = gn('Korenevo', 'town', 'RU', 'Kursk Oblast', 51.4119, 34.908, 544906);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, 'UA', oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  // oblasts and regions
  donetskOblast,
  sumyOblast,
  dnipropetrovskOblast,
  chernihivOblast,
  kharkivOblast,
  zaporizhzhiaOblast,
  kurskOblast,
  donbas: {
    name: 'Donbas', kind: 'region', country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region',
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  } satisfies RefPlace,
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  chernihiv: gn('Chernihiv', 'city', 'UA', 'Chernihiv Oblast', 51.50551, 31.28487, 710735),
  konotop: gn('Konotop', 'town', 'UA', 'Sumy Oblast', 51.24032, 33.20263, 705135),
  bilopillia: gn('Bilopillia', 'town', 'UA', 'Sumy Oblast', 51.15016, 34.31287, 712559),
  bakhmut,
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  volnovakha: gn('Volnovakha', 'town', 'UA', 'Donetsk Oblast', 47.60103, 37.49674, 689198),
  mariupol: gn('Mariupol', 'city', 'UA', 'Donetsk Oblast', 47.09514, 37.54131, 701822),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  toretsk: gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  pavlohrad: gn('Pavlohrad', 'city', 'UA', 'Dnipropetrovsk Oblast', 48.53426, 35.87098, 697889),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71003, 37.61581, 703656),
  korenevo,
  sudzha: gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816),
  kirovskZarichne: {
    ...gn('Zarichne (Lyman hromada; Russian name Kirovsk)', 'village', 'UA', 'Donetsk Oblast', 49.0234, 37.93161, 705808),
    coordNote: 'the GeoNames entry carried in data/gazetteer (Zarichne near Lyman) lists "Кировск" among its names (its name until 2016); the text gives "украинское название – Заречное" and the Krasny Liman (Lyman) axis',
  } satisfies RefPlace,
  // villages and towns located by their Wikipedia page
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  krasnohorivka: {
    ...wiki('Krasnohorivka', 'town', 'UA', 'Donetsk Oblast', 48.00944, 37.51194, 'de:Krasnohoriwka'),
    coordNote: `${MIRROR} (48° 0′ 34″ N, 37° 30′ 43″ E); data/gazetteer carries it only as a postal-code row`,
  } satisfies RefPlace,
  yunakivka,
  khotin,
  yunakivkaHromada: seat('Yunakivka hromada', 'UA', 'Sumy Oblast', yunakivka, 'Yunakivka'),
  khotinHromada: seat('Khotin hromada', 'UA', 'Sumy Oblast', khotin, 'Khotin'),
  ocheretyne: {
    ...wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
    coordNote: `${MIRROR} (48°14′34″N 37°36′38″E)`,
  } satisfies RefPlace,
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  // villages placed where the evidence puts them
  andriivkaBakhmut: placedAt('Andriivka (Bakhmut area)', 'Donetsk Oblast', 'UA', bakhmut, 'near',
    `${POSTAL_ONLY} (data/gazetteer's rows of this name are namesakes in many oblasts); en-02 places it "south of the eastern Ukrainian city of Bakhmut": the point of Bakhmut (geonames:713174)`),
  vodiane: inOblast('Vodiane (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (several villages of that name lie in Donetsk Oblast and the text does not say which)'),
  halytsynivka: inOblast('Halytsynivka', 'Donetsk Oblast', donetskOblast),
  hryhorivka: inOblast('Hryhorivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (several villages of that name lie in Donetsk Oblast and the text does not say which)'),
  kirovo: inOblast('Kirovo (Donetsk Oblast, Russian name)', 'Donetsk Oblast', donetskOblast, ' (the GeoNames Kirove carried in data/gazetteer, 829795, is a namesake in Zaporizhzhia Oblast; the text gives no Ukrainian name)'),
  verbove: inOblast('Verbove (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast, " (data/gazetteer's postal rows of this name in Dnipropetrovsk Oblast are several namesakes)"),
  krasnooktyabrskoye: placedAt('Krasnooktyabrskoye (Korenevsky District)', 'Kursk Oblast', 'RU', korenevo, 'near',
    'no point of its own in a source the gold accepts (the OpenStreetMap/OKTMO extract of data/gazetteer/ru-district-settlements.json carries a hamlet of this name without a source the gold accepts for its point); en-04 places it "south of Korenevo": the point of Korenevo (geonames:544906)'),
  kamianskeZp: placedAt('Kamianske (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', 'UA', ne1('Zaporizhzhia Oblast', 'UA', 'UA-23', 47.3346, 35.7123), 'region',
    `${POSTAL_ONLY} (the GeoNames Kamianske carried in data/gazetteer, 709932, is the city of Dnipropetrovsk Oblast); uk-04 names only its oblast ("Кам'янського Запорізької області"): the point of the oblast (naturalearth:admin1:UA-23)`),
  kotlyne: unlocated('Kotlyne', 'Donetsk Oblast'),
} satisfies Record<string, RefPlace>;
