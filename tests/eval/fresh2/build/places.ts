// Reference entities for the fresh2 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as carried in
// data/gazetteer/theatre.json or ru-border-villages.json). Settlements no such source locates have lat/lon null and
// say why in `coordNote`; never guessed. A district or hromada has its administrative centre's point (precision
// `district`); a village the text places only relative to a located town has that town's point (precision `near`).
import type { RefPlace } from './types.ts';
import { ne0, gn, wiki, seat, unlocated, NOT_FOUND } from '../../build/ref-places.ts';
import { belgorodOblast, donetskOblast, finland, kurskOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);
const kurakhove = gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646);
const yunakivka = wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka');
const khotin = wiki('Khotin', 'town', 'UA', 'Sumy Oblast', 51.07806, 34.77583, 'uk:Хотінь');
const krasnayaYaruga = gn('Krasnaya Yaruga', 'town', 'RU', 'Belgorod Oblast', 50.80083, 35.65833, 542571);
const rakitnoye = gn('Rakitnoye', 'town', 'RU', 'Belgorod Oblast', 50.8389, 35.8515, 503067);
const belaya = gn('Belaya', 'village', 'RU', 'Kursk Oblast', 51.05444, 35.71611, 578230);

export const PLACES = {
  russia,
  ukraine,
  china: ne0('China', 'CN', 36.61687, 103.80638),
  finland,
  usa,
  kurskOblast,
  belgorodOblast,
  sumyOblast,
  donetskOblast,
  zaporizhzhiaOblast,
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  donetsk: gn('Donetsk', 'city', 'UA', 'Donetsk Oblast', 48.023, 37.80224, 709717),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  zhuhai: gn('Zhuhai', 'city', 'CN', 'Guangdong', 22.27694, 113.56778, 1790437),
  pokrovsk: gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  kostiantynivka: gn('Kostiantynivka', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  toretsk: gn('Toretsk (Dzerzhynsk)', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  kurakhove,
  sudzha,
  yunakivka,
  malayaLoknya: wiki('Malaya Loknya', 'village', 'RU', 'Kursk Oblast', 51.3325, 35.2275, 'en:Malaya Loknya'),
  voznesenka: {
    ...kurakhove, name: 'Voznesenka (Donetsk Oblast)', kind: 'village', precision: 'near',
    coordNote: 'no sourced point for the village (GeoNames 688865 is a namesake in Zaporizhzhia Oblast); the text places it "north of Kurakhove": the point of Kurakhove (geonames:703646)',
  },
  // Sumy border
  yunakivkaHromada: seat('Yunakivka hromada', 'UA', 'Sumy Oblast', yunakivka, 'Yunakivka'),
  khotinHromada: seat('Khotin hromada', 'UA', 'Sumy Oblast', khotin, 'Khotin'),
  novenke: unlocated('Novenke', 'Sumy Oblast'),
  basivka: unlocated('Basivka (Yunakivka hromada)', 'Sumy Oblast'),
  veselivka: unlocated('Veselivka (Khotin hromada)', 'Sumy Oblast'),
  zhuravka: unlocated('Zhuravka (Khotin hromada)', 'Sumy Oblast'),
  vodolahy: unlocated('Vodolahy (Khotin hromada)', 'Sumy Oblast'),
  volodymyrivka: unlocated('Volodymyrivka (Khotin hromada)', 'Sumy Oblast'),
  bilovody: unlocated('Bilovody', 'Sumy Oblast'),
  kostiantynivkaSumy: unlocated('Kostiantynivka (Khotin hromada)', 'Sumy Oblast'),
  kindrativka: unlocated('Kindrativka', 'Sumy Oblast'),
  loknia: unlocated('Loknia (Yunakivka hromada)', 'Sumy Oblast'),
  hrabovske: unlocated('Hrabovske', 'Sumy Oblast'),
  // Zaporizhzhia front (Huliaipole axis)
  novouspenivske: unlocated('Novouspenivske', 'Zaporizhzhia Oblast'),
  nove: unlocated('Nove (Huliaipole area)', 'Zaporizhzhia Oblast'),
  okhotnyche: unlocated('Okhotnyche', 'Zaporizhzhia Oblast'),
  uspenivka: unlocated('Uspenivka (Huliaipole area)', 'Zaporizhzhia Oblast'),
  novomykolaivka: unlocated('Novomykolaivka (Huliaipole area)', 'Zaporizhzhia Oblast'),
  // Dobropillia / Pokrovsk front
  zolotyiKolodiaz: unlocated('Zolotyi Kolodiaz', 'Donetsk Oblast'),
  vesele: unlocated('Vesele (Dobropillia area)', 'Donetsk Oblast'),
  vilne: unlocated('Vilne (Dobropillia area)', 'Donetsk Oblast'),
  rubizhne: unlocated('Rubizhne (Dobropillia area)', 'Donetsk Oblast'),
  kucherivYar: unlocated('Kucheriv Yar', 'Donetsk Oblast'),
  // Kostiantynivka front
  ivanopillia: unlocated('Ivanopillia', 'Donetsk Oblast'),
  vasiukivka: unlocated('Vasiukivka', 'Donetsk Oblast'),
  // Kursk Oblast (recapture) and the Belgorod border
  loknya: unlocated('Loknya (Sudzhansky District)', 'Kursk Oblast', 'RU'),
  kositsa: unlocated('Kositsa', 'Kursk Oblast', 'RU'),
  cherkasskoyePorechnoye: unlocated('Cherkasskoye Porechnoye', 'Kursk Oblast', 'RU'),
  pravda: unlocated('Pravda (Sudzhansky District)', 'Kursk Oblast', 'RU'),
  mikhaylovka: unlocated('Mikhaylovka (Sudzhansky District)', 'Kursk Oblast', 'RU', `${NOT_FOUND}; GeoNames 526968 is a namesake far to the north`),
  kolotilovka: unlocated('Kolotilovka', 'Belgorod Oblast', 'RU'),
  sudzhanskyDistrict: seat('Sudzhansky District', 'RU', 'Kursk Oblast', sudzha, 'Sudzha'),
  belovskyDistrict: seat('Belovsky District', 'RU', 'Kursk Oblast', belaya, 'Belaya'),
  krasnoyaruzhskyDistrict: seat('Krasnoyaruzhsky District', 'RU', 'Belgorod Oblast', krasnayaYaruga, 'Krasnaya Yaruga'),
  rakityanskyDistrict: seat('Rakityansky District', 'RU', 'Belgorod Oblast', rakitnoye, 'Rakitnoye'),
} satisfies Record<string, RefPlace>;
