// Reference places of tests/eval/fresh46. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district or the oblast the text names (`district`, `region`), with the reason in
// `coordNote`; a village the text puts in no one oblast has no point (`unlocated`).
import { gn, wiki, seat, placedAt, unlocated } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, kharkivOblast, khersonOblast, kurskOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row or a hromada row with no point, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const pokrovsk = gn('Pokrovsk', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const kharkiv = gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483);
const pokrovskDistrict = seat('Pokrovsk Raion', 'UA', 'Donetsk Oblast', pokrovsk, 'Pokrovsk');

type Oblast = typeof donetskOblast;
const inOblast = (name: string, oblast: Oblast, code: string, file: string, why: string, extra = '') =>
  placedAt(name, oblast.admin1 as string, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; ${file} ${why}: the point of ${oblast.admin1} (naturalearth:admin1:${code})`);
const SEVERAL = ' (several villages of that name lie in the oblast)';
const NO_OBLAST = (file: string, why: string) =>
  `${POSTAL_ONLY}; ${file} ${why}: no point`;

export const PLACES = {
  russia,
  ukraine,
  // regions
  donetskOblast,
  luhanskOblast,
  kharkivOblast,
  sumyOblast,
  zaporizhzhiaOblast,
  dnipropetrovskOblast,
  khersonOblast,
  kurskOblast,
  donbas: {
    ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'),
    admin1: null,
    precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as earlier sets give it',
  },
  pokrovskDistrict,
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kharkiv,
  kherson: gn('Kherson', 'city', 'UA', 'Kherson Oblast', 46.65581, 32.6178, 706448),
  pokrovsk,
  makiivkaDonetsk: gn('Makiivka (Donetsk Oblast)', 'city', 'UA', 'Donetsk Oblast', 48.04782, 37.92576, 702320),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  bilohorivka: gn('Bilohorivka (Luhansk Oblast)', 'village', 'UA', 'Luhansk Oblast', 48.92503, 38.24822, 712588),
  ternuvate: gn('Ternuvate (Zaporizhzhia Oblast)', 'village', 'UA', 'Zaporizhzhia Oblast', 47.83049, 36.12761, 691639),
  // villages and towns with a Wikipedia point as earlier sets give it
  ocheretyne: wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne'),
  krasnohorivka: wiki('Krasnohorivka', 'town', 'UA', 'Donetsk Oblast', 48.00667, 37.51278, 'en:Krasnohorivka'),
  newYork: wiki('New York (Niu-York)', 'town', 'UA', 'Donetsk Oblast', 48.31556, 37.88389, 'en:New_York,_Ukraine'),
  yunakivka: wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka'),
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  lukiantsi: wiki('Lukiantsi', 'village', 'UA', 'Kharkiv Oblast', 50.248333, 36.507778, 'en:Lukiantsi'),
  // villages placed where the evidence puts them
  hlyboke: inOblast('Hlyboke (Kharkiv Oblast)', kharkivOblast, 'UA-63', 'en-01', 'names it ("Hlyboka") only as a settlement "in the northeastern Kharkiv region"', SEVERAL),
  zhuravka: inOblast('Zhuravka (Khotin hromada)', sumyOblast, 'UA-59', 'en-02', 'names it only as a village "in Ukraine\'s northern Sumy region"'),
  basivka: inOblast('Basivka (Yunakivka hromada)', sumyOblast, 'UA-59', 'en-02', 'names it only as "another village in the region" (Sumy)'),
  pereizne: inOblast('Pereizne', donetskOblast, 'UA-14', 'en-03', 'names it only as a village "in Ukraine\'s Donetsk region"'),
  andriivkaSumy: inOblast('Andriivka (Sumy Oblast)', sumyOblast, 'UA-59', 'uk-03', 'names it only as a village of Sumy Oblast ("Сумщина")', SEVERAL),
  varachyne: inOblast('Varachyne', sumyOblast, 'UA-59', 'uk-03', 'names it only as a village of Sumy Oblast ("Сумщина")'),
  zapsillia: inOblast('Zapsillia', sumyOblast, 'UA-59', 'uk-03', 'names it only as a village of Sumy Oblast ("Сумщина")'),
  myropillia: inOblast('Myropillia', sumyOblast, 'UA-59', 'uk-03', 'names it only as a village of Sumy Oblast ("Сумщина")'),
  oleksiivkaSumy: inOblast('Oleksiivka (Sumy Oblast)', sumyOblast, 'UA-59', 'uk-04', 'names it only as "Олексіївки Сумської області"', SEVERAL),
  makiivkaLuhansk: inOblast('Makiivka (Luhansk Oblast)', luhanskOblast, 'UA-09', 'en-04 and uk-02', 'name it only as a settlement "in the Lugansk People\'s Republic" and among the settlements of Luhanshchyna', SEVERAL),
  stelmakhivka: inOblast('Stelmakhivka', luhanskOblast, 'UA-09', 'uk-02', 'names it only among the settlements of Luhanshchyna where clashes took place'),
  hrekivka: inOblast('Hrekivka', luhanskOblast, 'UA-09', 'uk-02', 'names it only among the settlements of Luhanshchyna where clashes took place'),
  tverdokhlibove: inOblast('Tverdokhlibove', luhanskOblast, 'UA-09', 'uk-02', 'names it only among the settlements of Luhanshchyna where clashes took place'),
  nevske: inOblast('Nevske', luhanskOblast, 'UA-09', 'uk-02', 'names it only among the settlements of Luhanshchyna where clashes took place'),
  novoiehorivka: unlocated('Novoiehorivka', 'Kharkiv Oblast', 'UA',
    NO_OBLAST('uk-02', 'names it only as a settlement hit from the air in the Luhansk governor\'s report, and an earlier set puts the village in Kharkiv Oblast, so the text gives no one oblast to place it in')),
  umanske: placedAt('Umanske', 'Donetsk Oblast', 'UA', pokrovskDistrict, 'district',
    `${POSTAL_ONLY}; uk-01 puts it "в Покровському районі" (ru-01 and ru-02 name it in the DPR): the point of Pokrovsk Raion's centre, Pokrovsk (geonames:704422)`),
  ivanivkaDonetsk: inOblast('Ivanivka (Donetsk Oblast)', donetskOblast, 'UA-14', 'uk-01', 'names it only in DeepState\'s report on the Donetsk axis ("на донецькому напрямку")', SEVERAL),
  yablunivka: inOblast('Yablunivka (Donetsk Oblast)', donetskOblast, 'UA-14', 'en-05', 'names it only as an area "in the Donetsk region"', SEVERAL),
  nadiivka: inOblast('Nadiivka (Donetsk Oblast)', donetskOblast, 'UA-14', 'en-05', 'names it only as an area "in the Donetsk region"', SEVERAL),
  pervomaiske: inOblast('Pervomaiske (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-01', 'names it only as a settlement "в Донецкой Народной Республике" on the Avdiivka axis', SEVERAL),
  berdychi: inOblast('Berdychi', donetskOblast, 'UA-14', 'ru-01', 'names it only among settlements "Донецкой Народной Республики"'),
  leninske: inOblast('Leninske (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-01', 'names it only among settlements "Донецкой Народной Республики"', SEVERAL),
  yevhenivka: inOblast('Yevhenivka (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-02', 'names it only among settlements of the DPR ("(ДНР)")', SEVERAL),
  rozivka: inOblast('Rozivka (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-02', 'names it only among settlements of the DPR ("(ДНР)")', SEVERAL),
  novoselivkaPersha: inOblast('Novoselivka Persha', donetskOblast, 'UA-14', 'ru-02', 'names it only among settlements of the DPR ("(ДНР)")'),
  novooleksandrivka: inOblast('Novooleksandrivka (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-02', 'names it only among settlements "в ДНР"', SEVERAL),
  solovyove: inOblast('Solovyove', donetskOblast, 'UA-14', 'ru-02', 'names it only among settlements "в ДНР"'),
  sokil: inOblast('Sokil (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-02', 'names it only among settlements "в ДНР"', SEVERAL),
  novopokrovske: inOblast('Novopokrovske (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-02', 'names it only among settlements "в ДНР"', SEVERAL),
  pershaTravnia: inOblast('Pershe Travnia (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-03', 'names it ("Первое Мая") only as a settlement "в ДНР"', SEVERAL),
  novopavlivka: inOblast('Novopavlivka (Donetsk Oblast)', donetskOblast, 'UA-14', 'ru-05', 'names it only as a settlement "в ДНР"', SEVERAL),
  starytsia: inOblast('Starytsia (Kharkiv Oblast)', kharkivOblast, 'UA-63', 'ru-05', 'names it only as a settlement "в Харьковской области"'),
  symynivka: placedAt('Symynivka', 'Kharkiv Oblast', 'UA', kharkiv, 'near',
    `${POSTAL_ONLY}; ru-05 puts it near Kharkiv ("Симиновка под Харьковом"): the point of Kharkiv (geonames:706483)`),
  pryluky: inOblast('Pryluky (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'UA-23', 'ru-05', 'names it only as a village "в Запорожской области" (not the town of Pryluky in Chernihiv Oblast)'),
  pavlivka: inOblast('Pavlivka (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'UA-23', 'ru-05', 'names it only as a village "в Запорожской области"', SEVERAL),
  rizdvianka: inOblast('Rizdvianka', zaporizhzhiaOblast, 'UA-23', 'uk-05', 'names it only as a village "у Запорізькій області"'),
  dobropilliaZaporizhzhia: inOblast('Dobropillia (Zaporizhzhia Oblast)', zaporizhzhiaOblast, 'UA-23', 'uk-05', 'names it only among the settlements between the front and Rizdvianka in Zaporizhzhia Oblast (not the town of Dobropillia in Donetsk Oblast)'),
  kosivtseve: inOblast('Kosivtseve', zaporizhzhiaOblast, 'UA-23', 'uk-05', 'names it only among the settlements between the front and Rizdvianka in Zaporizhzhia Oblast'),
  prydorozhnie: inOblast('Prydorozhnie', zaporizhzhiaOblast, 'UA-23', 'uk-05', 'names it only among the settlements between the front and Rizdvianka in Zaporizhzhia Oblast'),
  filiia: unlocated('Filiia', 'Dnipropetrovsk Oblast', 'UA',
    NO_OBLAST('uk-04', 'puts it "на межі Дніпропетровської та Донецької областей", in no one oblast')),
};
