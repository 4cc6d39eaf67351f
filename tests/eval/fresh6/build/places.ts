// Reference entities for the fresh6 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// district or hromada has its administrative centre's point (precision `district`); a village no accepted source
// locates has the point the evidence supports: a town the text puts it next to (`near`), the centre of the district
// or hromada the text or a carried source names (`district`), or the oblast the text names (`region`), with the
// reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, which has no GeoNames id, or only in the KATOTTG or OpenStreetMap extracts, which have no coordinates the gold accepts, and no Wikipedia page with coordinates was found with the search tool)';
const MIRROR = 'coordinates of the Wikipedia page as shown by a mirror of it found through the search tool';
const SUDZHANSKY_OSM =
  `${POSTAL_ONLY}; the OpenStreetMap settlement-point extract (OKTMO code) carried in data/gazetteer/ru-district-settlements.json places it in Sudzhansky District (the text names no district): the point of the district centre, Sudzha (geonames:486816)`;

const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);
const korenevo = gn('Korenevo', 'town', 'RU', 'Kursk Oblast', 51.4119, 34.908, 544906);
const lyman = gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204);
const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const kostiantynivka = gn('Kostiantynivka (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104);
const borova = gn('Borova (Kharkiv Oblast)', 'town', 'UA', 'Kharkiv Oblast', 49.3777, 37.62136, 711623);
const izium = gn('Izium', 'town', 'UA', 'Kharkiv Oblast', 49.20875, 37.24849, 707292);
const khotin = wiki('Khotin', 'town', 'UA', 'Sumy Oblast', 51.07806, 34.77583, 'uk:Хотінь');

const khotinVillage = (name: string): RefPlace =>
  placedAt(name, 'Sumy Oblast', 'UA', khotin, 'district',
    `${POSTAL_ONLY} (data/gazetteer's rows of this name are namesakes or postal rows); it is one of the villages of Khotin hromada (de:Chotin lists Andrijiwka, Kindratiwka, Kostjantyniwka and Oleksijiwka among them; the KATOTTG extract in data/gazetteer/ua-hromada-settlements.json agrees for Kostiantynivka), the border villages north of Sumy the text reports on: the point of the hromada centre, Khotin (wikipedia:uk:Хотінь)`);
const nearLyman = (name: string, extra = ''): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', lyman, 'near',
    `${POSTAL_ONLY}${extra}; the text places it "поблизу Лимана" (near Lyman): the point of Lyman (geonames:704204)`);

export const PLACES = {
  russia,
  ukraine,
  kurskOblast,
  donetskOblast,
  zaporizhzhiaOblast,
  sumyOblast,
  kharkivOblast,
  luhanskOblast,
  khersonOblast,
  usa,
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  budapest: gn('Budapest', 'city', 'HU', 'Budapest', 47.49835, 19.04045, 3054643),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  kramatorsk: gn('Kramatorsk', 'city', 'UA', 'Donetsk Oblast', 48.72305, 37.55629, 704508),
  sloviansk: gn('Sloviansk', 'city', 'UA', 'Donetsk Oblast', 48.86667, 37.61667, 693468),
  sudzha,
  korenevo,
  lyman,
  pokrovsk,
  kostiantynivka,
  borova,
  izium,
  balakliia: gn('Balakliia', 'town', 'UA', 'Kharkiv Oblast', 49.4627, 36.85951, 712926),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71003, 37.61581, 703656),
  kupianskVuzlovyi: {
    ...wiki('Kupiansk-Vuzlovyi', 'town', 'UA', 'Kharkiv Oblast', 49.67083, 37.64306, 'de:Kupjansk-Wuslowyj'),
    coordNote: `${MIRROR} (49° 40′ 15″ N, 37° 38′ 35″ O)`,
  },
  bakhmut: gn('Bakhmut (Artemivsk)', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  yampilDonetsk: gn('Yampil (Lyman hromada, Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  malaTokmachka: gn('Mala Tokmachka', 'village', 'UA', 'Zaporizhzhia Oblast', 47.53563, 35.89293, 702153),
  krynky: {
    ...wiki('Krynky (Kherson Oblast)', 'village', 'UA', 'Kherson Oblast', 46.7375, 33.0925, 'en:Krynky'),
    coordNote: `${MIRROR} (46° 44′ 15″ N, 33° 05′ 33″ E)`,
  },
  donbas: {
    name: 'Donbas', kind: 'region', country: 'UA', admin1: null, lat: null, lon: null, coordSource: null, precision: 'region',
    coordNote: 'historical region (parts of Donetsk and Luhansk oblasts): no single sourced point in data/gazetteer',
  } satisfies RefPlace,
  // districts and hromadas
  iziumRaion: seat('Izium Raion', 'UA', 'Kharkiv Oblast', izium, 'Izium'),
  borovaHromada: seat('Borova hromada (Borova Raion until 2020)', 'UA', 'Kharkiv Oblast', borova, 'Borova'),
  pokrovskHromada: seat('Pokrovsk urban hromada', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk'),
  // villages placed near a town or at their district or hromada
  mirnySudzha: placedAt('Mirny (Sudzhansky District)', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  kazachyaLoknya: placedAt('Kazachya Loknya', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  bogdanovkaSudzha: placedAt('Bogdanovka (Sudzhansky District)', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  knyazhy: placedAt('Knyazhy (Sudzhansky District)', 'Kursk Oblast', 'RU', sudzha, 'district',
    `${SUDZHANSKY_OSM.replace('places it', 'places 1-y and 2-y Knyazhy')}; the text names "Knyazhy" beside them`),
  knyazhy1: placedAt('1-y Knyazhy', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  knyazhy2: placedAt('2-y Knyazhy', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  snagost: placedAt('Snagost', 'Kursk Oblast', 'RU', korenevo, 'near',
    `${POSTAL_ONLY}; the text places it "10 km from Korenevo": the point of Korenevo (geonames:544906)`),
  novoselivkaLyman: nearLyman('Novoselivka (Lyman hromada)', ' (many villages of this name; the text does not say which)'),
  shandryholove: nearLyman('Shandryholove'),
  drobysheve: nearLyman('Drobysheve'),
  stavkyLyman: nearLyman('Stavky (Lyman hromada)'),
  andriivkaSumy: khotinVillage('Andriivka (Khotin hromada)'),
  oleksiivkaSumy: khotinVillage('Oleksiivka (Khotin hromada)'),
  kostiantynivkaSumy: khotinVillage('Kostiantynivka (Khotin hromada)'),
  kindrativkaSumy: khotinVillage('Kindrativka (Khotin hromada)'),
  novomarkove: placedAt('Novomarkove', 'Donetsk Oblast', 'UA', kostiantynivka, 'district',
    `${POSTAL_ONLY}; the KATOTTG extract carried in data/gazetteer/ua-hromada-settlements.json has one village of the name, in Kostiantynivka hromada (the text names no oblast): the point of the hromada centre, Kostiantynivka (geonames:705104)`),
  maiske: placedAt('Maiske (Kostiantynivka hromada)', 'Donetsk Oblast', 'UA', kostiantynivka, 'district',
    `${POSTAL_ONLY}; the text names no oblast; of the villages of the name the KATOTTG extract in data/gazetteer/ua-hromada-settlements.json carries, the one DeepState's report beside Novomarkove points to is Maiske of Kostiantynivka hromada: the point of the hromada centre, Kostiantynivka (geonames:705104)`),
  dachenske: placedAt('Dachenske', 'Donetsk Oblast', 'UA', pokrovsk, 'district',
    `${POSTAL_ONLY}; the text places it in Pokrovsk urban hromada: the point of the hromada centre, Pokrovsk (geonames:704422)`),
  sheikivka: placedAt('Sheikivka (Shyikivka)', 'Kharkiv Oblast', 'UA', borova, 'district',
    `${POSTAL_ONLY}; the text places it in Borova hromada ("в Боровской общине"; the KATOTTG extract agrees): the point of the hromada centre, Borova (geonames:711623)`),
  novoplatonivka: placedAt('Novoplatonivka', 'Kharkiv Oblast', 'UA', borova, 'near',
    `${POSTAL_ONLY}; the text places it "в 3 километрах к северу от Боровой": the point of Borova (geonames:711623)`),
  pidlyman: placedAt('Pidlyman', 'Kharkiv Oblast', 'UA', borova, 'near',
    `${POSTAL_ONLY}; the text makes it the neighbour of Novoplatonivka, 3 km north of Borova (the KATOTTG extract puts it in Borova hromada): the point of Borova (geonames:711623)`),
  rivnopillia: placedAt('Rivnopillia (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', 'UA', zaporizhzhiaOblast, 'region',
    `${POSTAL_ONLY}; the text names only its oblast: the oblast's point (naturalearth:admin1:UA-23)`),
} satisfies Record<string, RefPlace>;
