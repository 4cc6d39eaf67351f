// Reference places of tests/eval/fresh44. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district or the oblast the text names (`district`, `region`), with the reason in
// `coordNote`; a village the text puts in no one oblast has no point (`unlocated`).
import { ne0, gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { belgorodOblast, crimea, dnipropetrovskOblast, donetskOblast, kharkivOblast, kurskOblast, luhanskOblast, russia, sumyOblast, turkey, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or a hromada row with no point, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const krasnayaYaruga = gn('Krasnaya Yaruga', 'town', 'RU', 'Belgorod Oblast', 50.80083, 35.65833, 542571);
const krasnoyaruzhskyDistrict = seat('Krasnoyaruzhsky District', 'RU', 'Belgorod Oblast', krasnayaYaruga, 'Krasnaya Yaruga');
const pokrovsk = gn('Pokrovsk', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);

type Oblast = typeof donetskOblast;
const inOblast = (name: string, oblast: Oblast, code: string, file: string, why: string, extra = '') =>
  placedAt(name, oblast.admin1 as string, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; ${file} ${why}: the point of ${oblast.admin1} (naturalearth:admin1:${code})`);
const SEVERAL = ' (several villages of that name lie in the oblast)';
const NO_OBLAST = (file: string, why: string) =>
  `${POSTAL_ONLY}; ${file} ${why}, and several villages of that name lie in the oblasts it could be in: no point`;

export const PLACES = {
  russia,
  ukraine,
  turkey,
  usa: ne0('United States of America', 'US', 39.528, -99.14449),
  // regions
  donetskOblast,
  kharkivOblast,
  sumyOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  kurskOblast,
  belgorodOblast,
  luhanskOblast,
  crimea,
  donbas: {
    ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'),
    admin1: null,
    precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it',
  },
  krasnoyaruzhskyDistrict,
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  pokrovsk,
  selydove: gn('Selydove', 'town', 'UA', 'Donetsk Oblast', 48.14708, 37.30032, 694677),
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  yampil: gn('Yampil (Donetsk Oblast)', 'village', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
  kupiansk,
  sudzha: gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816),
  // villages with a Wikipedia point as earlier sets give it
  gornal: wiki('Gornal', 'village', 'RU', 'Kursk Oblast', 51.06611, 35.2325, 'ru:Горнальский Свято-Николаевский Белогорский монастырь'),
  plekhovo: wiki('Plekhovo', 'village', 'RU', 'Kursk Oblast', 51.1, 35.33333, 'en:Plyokhovo, Kursk Oblast'),
  malayaLoknya: wiki('Malaya Loknya', 'village', 'RU', 'Kursk Oblast', 51.3325, 35.2275, 'en:Malaya_Loknya'),
  torske: wiki('Torske (Lyman hromada)', 'village', 'UA', 'Donetsk Oblast', 49.015, 37.964444, 'de:Torske_(Kramatorsk,_Lyman)'),
  // towns and villages placed where the evidence puts them
  novohrodivka: { ...inOblast('Novohrodivka', donetskOblast, 'UA-14', 'en-01', 'names it only as a locality "in the Donetsk region, some 20 kilometers from Pokrovsk city"'), kind: 'town' as const },
  ukrainsk: { ...inOblast('Ukrainsk', donetskOblast, 'UA-14', 'en-02', 'names it only as a town "in the eastern Donetsk region"'), kind: 'town' as const },
  hirnyk: { ...inOblast('Hirnyk (Donetsk Oblast)', donetskOblast, 'UA-14', 'en-02', 'names it only as "a town to the south" of Ukrainsk, in the Donetsk region'), kind: 'town' as const },
  zelenyiHai: inOblast('Zelenyi Hai (Donetsk Oblast)', donetskOblast, 'UA-14', 'en-05', 'names it only as a village "in Donetsk region"', SEVERAL),
  zhovte: inOblast('Zhovte (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-02', 'names it only as a settlement "в Донецкой народной республике"', SEVERAL),
  novoselivka: inOblast('Novoselivka (Lyman area)', donetskOblast, 'UA-14', 'ru-05', 'names it only among settlements "Донецкой народной республики"', SEVERAL),
  stavky: inOblast('Stavky (Lyman area)', donetskOblast, 'UA-14', 'ru-05', 'names it only among settlements "Донецкой народной республики"'),
  masliakivka: inOblast('Masliakivka', donetskOblast, 'UA-14', 'ru-05', 'names it only among settlements "Донецкой народной республики"'),
  hryshyne: placedAt('Hryshyne', 'Donetsk Oblast', 'UA', pokrovsk, 'near',
    `${POSTAL_ONLY}; uk-05 puts it at the north-west of Pokrovsk ("на північному заході міста в бік села Гришине"): the point of Pokrovsk (geonames:704422)`),
  maliivka: inOblast('Maliivka (Dnipropetrovsk Oblast)', dnipropetrovskOblast, 'UA-12', 'en-05', 'names it only as a village "in the Dnipropetrovsk region"'),
  stepove: inOblast('Stepove (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'UA-23', 'uk-02', 'names it only as a settlement of the new axis "в Запорізькій області"', SEVERAL),
  olhivske: unlocated('Olhivske', 'Dnipropetrovsk Oblast', 'UA', NO_OBLAST('uk-02', 'names it among "два українські села на Дніпропетровщині та одне на Запоріжжі" without saying which is where')),
  berezove: unlocated('Berezove', 'Dnipropetrovsk Oblast', 'UA', NO_OBLAST('uk-02', 'names it among "два українські села на Дніпропетровщині та одне на Запоріжжі" without saying which is where')),
  kalynivske: unlocated('Kalynivske', 'Zaporizhzhia Oblast', 'UA', NO_OBLAST('uk-02', 'names it among "два українські села на Дніпропетровщині та одне на Запоріжжі" without saying which is where')),
  novoivanivka: unlocated('Novoivanivka', 'Zaporizhzhia Oblast', 'UA', NO_OBLAST('uk-02', 'names it with Vorone only as a place the invaders advanced near, with no oblast')),
  vorone: unlocated('Vorone', 'Dnipropetrovsk Oblast', 'UA', NO_OBLAST('uk-02', 'names it with Novoivanivka only as a place the invaders advanced near, with no oblast')),
  basivka: inOblast('Basivka (Sumy Raion)', sumyOblast, 'UA-59', 'en-03', 'names it only as a village "in Ukraine\'s northeastern Sumy region"', SEVERAL),
  kindrativka: inOblast('Kindrativka (Khotin hromada)', sumyOblast, 'UA-59', 'en-04', 'names it only as a village "near the Russian border" in Sumy Oblast', SEVERAL),
  andriivkaSumy: inOblast('Andriivka (Khotin hromada)', sumyOblast, 'UA-59', 'uk-04', 'names it only as a settlement "на Сумщині"', SEVERAL),
  petropavlivka: inOblast('Petropavlivka (Kupiansk Raion)', kharkivOblast, 'UA-63', 'ru-04 and ru-05', 'name it only as a settlement "в Харьковской области"', SEVERAL),
  kucherivka: inOblast('Kucherivka (Kupiansk Raion)', kharkivOblast, 'UA-63', 'ru-04', 'names it only among the settlements fought for after Petropavlovka "в Харьковской области"', SEVERAL),
  kurylivka: inOblast('Kurylivka (Kupiansk Raion)', kharkivOblast, 'UA-63', 'ru-04', 'names it only among the settlements fought for after Petropavlovka "в Харьковской области"'),
  kupianskVuzlovyi: placedAt('Kupiansk-Vuzlovyi', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${POSTAL_ONLY}; ru-04 and ru-05 name it with Kupiansk and Petropavlovka in the Kharkiv oblast, in Kupiansk Raion as earlier sets give it: the point of Kupiansk (geonames:703656)`),
  guyevo: inOblast('Guyevo', kurskOblast, 'RU-KRS', 'en-03', 'names it only among villages "in the border region of Kursk"'),
  oleshnya: inOblast('Oleshnya (Sudzhansky District)', kurskOblast, 'RU-KRS', 'en-03', 'names it only among villages "in the border region of Kursk"'),
  daryino: inOblast('Daryino', kurskOblast, 'RU-KRS', 'ru-02', 'names it only as a settlement "в Курской области"'),
  kolotilovka: placedAt('Kolotilovka', 'Belgorod Oblast', 'RU', krasnoyaruzhskyDistrict, 'district',
    `${POSTAL_ONLY}; uk-01 and ru-01 put it in Krasnoyaruzhsky District ("в Красноярузькому районі", "Краснояружского района"): the point of its centre, Krasnaya Yaruga (geonames:542571)`),
};
