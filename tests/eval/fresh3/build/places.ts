// Reference entities for the fresh3 gold: every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used). Settlements no such
// source locates have lat/lon null and say why in `coordNote`; never guessed. A district has its administrative
// centre's point (precision `district`); a village the text or a cited source places only relative to a located
// town, or only in a district, has that town's or that district centre's point (precision `near` / `district`).
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt, unlocated, NOT_FOUND } from '../../build/ref-places.ts';
import { belgorodOblast, donetskOblast, kharkivOblast, kurskOblast, russia, sumyOblast, ukraine, usa } from '../../build/ne-points.ts';

const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);
const shebekino = gn('Shebekino', 'town', 'RU', 'Belgorod Oblast', 50.40967, 36.9136, 495112);
const kurakhove = gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646);
const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const krasnopillia = gn('Krasnopillia', 'town', 'UA', 'Sumy Oblast', 50.77458, 35.25965, 704343);
const shebekinskyDistrict = seat('Shebekinsky District (Shebekinsky urban okrug)', 'RU', 'Belgorod Oblast', shebekino, 'Shebekino');
const SUDZHANSKY_OSM =
  'no point of its own in a source the gold accepts; the OpenStreetMap settlement-point extract (OKTMO code) carried in data/gazetteer/ru-district-settlements.json places it in Sudzhansky District: the point of the district centre, Sudzha (geonames:486816)';

export const PLACES = {
  russia,
  ukraine,
  usa,
  kurskOblast,
  belgorodOblast,
  sumyOblast,
  donetskOblast,
  kharkivOblast,
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  belgorod: gn('Belgorod', 'city', 'RU', 'Belgorod Oblast', 50.61074, 36.58015, 578072),
  sudzha,
  shebekino,
  kurakhove,
  pokrovsk,
  toretsk: gn('Toretsk', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  kostiantynivka: gn('Kostiantynivka', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  grayvoron: gn('Grayvoron', 'town', 'RU', 'Belgorod Oblast', 50.4767, 35.6773, 559034),
  novayaTavolzhanka: gn('Novaya Tavolzhanka', 'village', 'RU', 'Belgorod Oblast', 50.35123, 36.8298, 519473),
  zarichneLyman: gn('Zarichne (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.0234, 37.93161, 705808),
  pivdenne: wiki('Pivdenne (Toretsk, formerly Leninske)', 'village', 'UA', 'Donetsk Oblast', 48.360278, 37.927778, 'en:Pivdenne (urban-type settlement)'),
  goncharovka: wiki('Goncharovka (Sudzhansky District)', 'village', 'RU', 'Kursk Oblast', 51.19111, 35.25194, 'es:Gonchárovka_(Kursk)'),
  // districts
  shebekinskyDistrict,
  krasnopilliaRaion: seat('Krasnopillia Raion', 'UA', 'Sumy Oblast', krasnopillia, 'Krasnopillia'),
  // placed by the text or a cited source, no point of their own
  guyevo: placedAt('Guyevo', 'Kursk Oblast', 'RU', sudzha, 'district',
    'no point of its own in a source the gold accepts; its GeoNames postal-code row in data/gazetteer/ru-border-villages.json names Sudzhansky District: the point of the district centre, Sudzha (geonames:486816)'),
  kostiantynopolske: placedAt('Kostiantynopolske (Ostrovsky)', 'Donetsk Oblast', 'UA', kurakhove, 'near',
    'no sourced point of its own; en-03 places it "six miles (10 km) southwest of Kurakhove": the point of Kurakhove (geonames:703646)'),
  vesele: placedAt('Vesele (Pokrovsk area)', 'Donetsk Oblast', 'UA', pokrovsk, 'near',
    'no sourced point for this Vesele (GeoNames 689736 is a namesake in Zaporizhzhia Oblast); the text places it "near Pokrovsk": the point of Pokrovsk (geonames:704422)'),
  bezlyudovka: placedAt('Bezlyudovka (Shebekinsky District)', 'Belgorod Oblast', 'RU', shebekino, 'district',
    'no sourced point of its own (GeoNames 712200, Bezliudivka, is a namesake near Kharkiv in Ukraine); the text reports the shelling of "the district of Shebekino": the point of its centre, Shebekino (geonames:495112)'),
  murom: placedAt('Murom (Shebekinsky urban okrug)', 'Belgorod Oblast', 'RU', shebekino, 'district',
    'no sourced point of its own (data/gazetteer carries it only as a GeoNames postal-code row; the city of Murom in Vladimir Oblast is a namesake); the text places it "в Шебекинском городском округе": the point of its centre, Shebekino (geonames:495112)'),
  pokrovkaSumy: placedAt('Pokrovka (Krasnopillia area)', 'Sumy Oblast', 'UA', krasnopillia, 'district',
    'no sourced point of its own (data/gazetteer carries it only as a GeoNames postal-code row); the text places it "в Краснопольском районе": the point of the district centre, Krasnopillia (geonames:704343)'),
  melovoy: placedAt('Melovoy', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  podol: placedAt('Podol (Sudzhansky District)', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  kazachyaLoknya: placedAt('Kazachya Loknya', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  knyazhy1: placedAt('1-y Knyazhy', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  knyazhy2: placedAt('2-y Knyazhy', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  mirny: placedAt('Mirny (Sudzhansky District)', 'Kursk Oblast', 'RU', sudzha, 'district', SUDZHANSKY_OSM),
  zamostye: placedAt('Zamostye (Sudzhansky District)', 'Kursk Oblast', 'RU', sudzha, 'district',
    'no point of its own in a source the gold accepts; its GeoNames postal-code row in data/gazetteer/ru-border-villages.json names Sudzhansky District: the point of the district centre, Sudzha (geonames:486816)'),
  // Kharkiv Oblast: Vovchansk and Kupiansk axes
  kamianka: unlocated('Kamianka (Vovchansk area)', 'Kharkiv Oblast'),
  dvorichanske: unlocated('Dvorichanske', 'Kharkiv Oblast'),
  petropavlivka: unlocated('Petropavlivka (Kupiansk area)', 'Kharkiv Oblast', 'UA', `${NOT_FOUND}; GeoNames 697423 is a namesake in Dnipropetrovsk Oblast`),
  pishchane: unlocated('Pishchane (Kupiansk area)', 'Kharkiv Oblast'),
  hlushkivka: unlocated('Hlushkivka', 'Kharkiv Oblast'),
  bolohivka: unlocated('Bolohivka', 'Kharkiv Oblast'),
  bochkove: unlocated('Bochkove', 'Kharkiv Oblast'),
  stepovaNovoselivka: unlocated('Stepova Novoselivka', 'Kharkiv Oblast'),
  // Lyman axis
  novoiehorivka: unlocated('Novoiehorivka', 'Kharkiv Oblast'),
  andriivkaLyman: unlocated('Andriivka (Lyman axis)', 'Donetsk Oblast'),
  hrekivka: unlocated('Hrekivka', 'Luhansk Oblast'),
  novoselivkaLyman: unlocated('Novoselivka (Lyman axis)', 'Donetsk Oblast', 'UA', `${NOT_FOUND}; several villages of that name lie on or near the Lyman axis and the text does not say which`),
  koroviiYar: unlocated('Korovii Yar', 'Donetsk Oblast'),
  druzheliubivka: unlocated('Druzheliubivka', 'Kharkiv Oblast'),
  // Kurakhove axis, December 2024
  veselyiHai: unlocated('Veselyi Hai', 'Donetsk Oblast'),
  yelyzavetivkaKurakhove: unlocated('Yelyzavetivka (Kurakhove axis)', 'Donetsk Oblast'),
  romanivkaKurakhove: unlocated('Romanivka (Kurakhove axis)', 'Donetsk Oblast'),
  novotroitske: unlocated('Novotroitske (Kurakhove axis)', 'Donetsk Oblast', 'UA', `${NOT_FOUND}; GeoNames 699100 is a namesake in Kherson Oblast`),
  pushkine: unlocated('Pushkine (Chumatske)', 'Donetsk Oblast'),
  sukhiYaly: unlocated('Sukhi Yaly', 'Donetsk Oblast'),
  shevchenkoKurakhove: unlocated('Shevchenko (Kurakhove axis)', 'Donetsk Oblast'),
  dalnie: unlocated('Dalnie', 'Donetsk Oblast'),
  pishchaneKurakhove: unlocated('Pishchane (Kurakhove axis)', 'Donetsk Oblast'),
  blahodatne: unlocated('Blahodatne (Kurakhove axis)', 'Donetsk Oblast', 'UA', `${NOT_FOUND}; GeoNames has two Blahodatnes in Donetsk Oblast (712091, 712092) and neither is sourced as this one`),
  storozheve: unlocated('Storozheve', 'Donetsk Oblast'),
  uspenivka: unlocated('Uspenivka (Kurakhove axis)', 'Donetsk Oblast'),
  // Pokrovsk axis, May 2025
  zelenePole: unlocated('Zelene Pole', 'Donetsk Oblast'),
  nove: unlocated('Nove (Pokrovsk axis)', 'Donetsk Oblast'),
  novomykhailivka: unlocated('Novomykhailivka (Pokrovsk axis)', 'Donetsk Oblast'),
  staraMykolaivka: unlocated('Stara Mykolaivka', 'Donetsk Oblast'),
  myroliubivka: unlocated('Myroliubivka', 'Donetsk Oblast'),
  yelyzavetivkaPokrovsk: unlocated('Yelyzavetivka (Pokrovsk axis)', 'Donetsk Oblast'),
  lysivka: unlocated('Lysivka', 'Donetsk Oblast'),
  zelene: unlocated('Zelene (Pokrovsk axis)', 'Donetsk Oblast'),
  promin: unlocated('Promin', 'Donetsk Oblast'),
  shevchenkoPokrovsk: unlocated('Shevchenko (Pokrovsk axis)', 'Donetsk Oblast'),
  oleksandropil: unlocated('Oleksandropil', 'Donetsk Oblast'),
  kotlyne: unlocated('Kotlyne', 'Donetsk Oblast'),
  novoserhiivka: unlocated('Novoserhiivka', 'Donetsk Oblast'),
  novooleksandrivka: unlocated('Novooleksandrivka (Pokrovsk axis)', 'Donetsk Oblast'),
  kotliarivka: unlocated('Kotliarivka', 'Donetsk Oblast'),
  troitske: unlocated('Troitske (Pokrovsk axis)', 'Donetsk Oblast'),
  andriivkaPokrovsk: unlocated('Andriivka (Pokrovsk axis)', 'Donetsk Oblast'),
  romanivkaPokrovsk: unlocated('Romanivka (Pokrovsk axis)', 'Donetsk Oblast'),
  malynivka: unlocated('Malynivka (Pokrovsk axis)', 'Donetsk Oblast', 'UA', `${NOT_FOUND}; GeoNames 793657 is a namesake in Kharkiv Oblast`),
  novaPoltavka: unlocated('Nova Poltavka', 'Donetsk Oblast'),
  oleksiivka: unlocated('Oleksiivka (Pokrovsk axis)', 'Donetsk Oblast'),
  minkivka: unlocated('Minkivka (Bakhmut Raion)', 'Donetsk Oblast'),
} satisfies Record<string, RefPlace>;
