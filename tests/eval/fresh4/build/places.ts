// Reference entities for the fresh4 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Never guessed. A
// district or hromada has its administrative centre's point (precision `district`); a village no accepted source
// locates has the point the evidence supports: its district's centre when the text or a carried source names the
// district (`district`), or the oblast the text names (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { ne0, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY = 'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, which has no GeoNames id, or not at all, and no Wikipedia page with coordinates was found with the search tool)';
const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, 'UA', oblast, 'region', `${POSTAL_ONLY}${extra}; the text names only its oblast: the oblast's point (${oblast.coordSource})`);

const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);
const pokrovsk = gn('Pokrovsk (Krasnoarmeysk)', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const huliaipole = gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898);
const pokrovskyiRaion = seat('Pokrovskyi Raion (Donetsk Oblast)', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk');
const huliaipoleHromada = seat('Huliaipole hromada', 'UA', 'Zaporizhzhia Oblast', huliaipole, 'Huliaipole');
const SUDZHANSKY_OSM =
  'no point of its own in a source the gold accepts; the OpenStreetMap settlement-point extract (OKTMO code) carried in data/gazetteer/ru-district-settlements.json places it in Sudzhansky District: the point of the district centre, Sudzha (geonames:486816)';
const sudzhaVillage = (name: string): RefPlace => placedAt(name, 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM);

export const PLACES = {
  russia,
  ukraine,
  singapore: ne0('Singapore', 'SG', 1.35892, 103.81347),
  kurskOblast,
  donetskOblast,
  zaporizhzhiaOblast,
  sumyOblast,
  kharkivOblast,
  luhanskOblast,
  khersonOblast,
  dnipropetrovskOblast,
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  london: gn('London', 'city', 'GB', 'England', 51.50853, -0.12574, 2643743),
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  sudzha,
  pokrovsk,
  huliaipole,
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71003, 37.61581, 703656),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  dobropillia: gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900),
  dudchany: gn('Dudchany', 'village', 'UA', 'Kherson Oblast', 47.18557, 33.7639, 709465),
  kirovskZarichne: {
    ...gn('Zarichne (Lyman hromada; Russian name Kirovsk)', 'village', 'UA', 'Donetsk Oblast', 49.0234, 37.93161, 705808),
    coordNote: 'the GeoNames entry carried in data/gazetteer (Zarichne near Lyman) lists "Кировск" among its names (its name until 2016); the "Zapad" group of forces fights on the Lyman axis',
  },
  yunakivka: wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka'),
  martynovka: wiki('Martynovka (Sudzhansky District)', 'village', 'RU', 'Kursk Oblast', 51.23889, 35.36639, 'es:Martínovka (Kursk)'),
  // districts and hromadas
  pokrovskyiRaion,
  huliaipoleHromada,
  // Sudzhansky District hamlets (MoD list in en-04)
  agronom: sudzhaVillage('Agronom'),
  bogdanovka: sudzhaVillage('Bogdanovka (Sudzhansky District)'),
  bondarevka: sudzhaVillage('Bondarevka (Sudzhansky District)'),
  dmitryukov: sudzhaVillage('Dmitryukov'),
  zazulevka: sudzhaVillage('Zazulevka'),
  ivashkovsky: sudzhaVillage('Ivashkovsky'),
  kolmakov: sudzhaVillage('Kolmakov'),
  kubatkin: sudzhaVillage('Kubatkin'),
  mikhailovka: sudzhaVillage('Mikhailovka (Sudzhansky District)'),
  pravda: sudzhaVillage('Pravda (Sudzhansky District)'),
  yuzhny: sudzhaVillage('Yuzhny (Sudzhansky District)'),
  // villages placed at the district or hromada the text names
  balahan: placedAt('Balahan', 'Donetsk Oblast', 'UA', pokrovsk, 'district',
    `${POSTAL_ONLY}; uk-03 places it "в Покровському районі Донеччини": the point of the district centre, Pokrovsk (geonames:704422)`),
  novoekonomichne: placedAt('Novoekonomichne', 'Donetsk Oblast', 'UA', pokrovsk, 'district',
    `${POSTAL_ONLY}; uk-03 places it "в Покровському районі Донеччини": the point of the district centre, Pokrovsk (geonames:704422)`),
  solodke: placedAt('Solodke (Huliaipole hromada)', 'Zaporizhzhia Oblast', 'UA', huliaipole, 'district',
    `${POSTAL_ONLY}; uk-03 places it "в Гуляйпільській міській громаді Запорізької області": the point of the hromada centre, Huliaipole (geonames:707898)`),
  zatyshshia: placedAt('Zatyshshia (Huliaipole hromada)', 'Zaporizhzhia Oblast', 'UA', huliaipole, 'district',
    `${POSTAL_ONLY}; uk-03 places it "в Гуляйпільській міській громаді Запорізької області": the point of the hromada centre, Huliaipole (geonames:707898)`),
  // villages the text places only in an oblast
  pereizne: inOblast('Pereizne', 'Donetsk Oblast', donetskOblast),
  bezimenne: inOblast('Bezimenne (front line, Donetsk Oblast)', 'Donetsk Oblast', donetskOblast,
    ' (GeoNames 712181, Bezimenne near Novoazovsk, is a namesake far behind the front)'),
  klynove: inOblast('Klynove', 'Donetsk Oblast', donetskOblast),
  zelenyiHai: inOblast('Zelenyi Hai (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  dobropilliaZap: inOblast('Dobropillia (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast,
    ' (not the Donetsk town Dobropillia, geonames:709900)'),
  chervone: inOblast('Chervone (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  loknia: inOblast('Loknia (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
  volodymyrivkaSumy: inOblast('Volodymyrivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
  bilovody: inOblast('Bilovody', 'Sumy Oblast', sumyOblast),
  kostiantynivkaSumy: inOblast('Kostiantynivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast,
    ' (not the Donetsk town Kostiantynivka, geonames:705104)'),
  stroivka: inOblast('Stroivka (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast),
  kondrashivka: inOblast('Kondrashivka', 'Kharkiv Oblast', kharkivOblast),
  romanivkaDonetsk: inOblast('Romanivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  stupochky: inOblast('Stupochky', 'Donetsk Oblast', donetskOblast),
  staraMykolaivka: inOblast('Stara Mykolaivka', 'Donetsk Oblast', donetskOblast),
  hnativka: inOblast('Hnativka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  shevchenkoPershe: inOblast('Shevchenko Pershe', 'Donetsk Oblast', donetskOblast),
} satisfies Record<string, RefPlace>;
