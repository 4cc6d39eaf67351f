// Reference places of tests/eval/fresh26. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), the district or hromada whose centre is sourced (`district`) or the oblast the text names
// (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { ne0, ne1, gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { donetskOblast, kharkivOblast, khersonOblast, luhanskOblast, russia, sumyOblast, ukraine, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';
const MIRROR = 'coordinates of the Wikipedia page as shown by a mirror of it found through the search tool (as tests/eval/fresh gives them)';

const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const vovchansk = gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304);
const avdiivka = gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122);
const lyman = gn('Lyman (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.98616, 37.80307, 704204);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearTown = (name: string, admin1: string, town: RefPlace, townName: string, where: string): RefPlace =>
  placedAt(name, admin1, 'UA', town, 'near', `${POSTAL_ONLY}; ${where}: the point of ${townName} (${town.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  spain: ne0('Spain', 'ES', 40.38954, -3.56291),
  portugal: ne0('Portugal', 'PT', 39.68082, -7.9747),
  // oblasts and regions
  donetskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  sumyOblast,
  khersonOblast,
  luhanskOblast,
  udmurtia: ne1('Udmurt Republic', 'RU', 'RU-UD', 57.3433, 52.7957),
  samaraOblast: ne1('Samara Oblast', 'RU', 'RU-SAM', 53.1783, 50.4377),
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox)' },
  // districts at their centres
  kupianskRaion: seat('Kupiansk Raion', 'UA', 'Kharkiv Oblast', kupiansk, 'Kupiansk'),
  // capitals and cities (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  washington: { name: 'Washington, D.C.', kind: 'city' as const, country: 'US', admin1: 'District of Columbia', lat: 38.89511, lon: -77.03637, coordSource: 'geonames:4140963', precision: 'exact' as const },
  kreminna: gn('Kreminna', 'town', 'UA', 'Luhansk Oblast', 49.0495, 38.21792, 704138),
  avdiivka,
  kupiansk,
  vovchansk,
  lyman,
  huliaipole: gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898),
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'city', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  marinka: gn('Marinka', 'town', 'UA', 'Donetsk Oblast', 47.94527, 37.50544, 701845),
  ternuvate: gn('Ternuvate', 'village', 'UA', 'Zaporizhzhia Oblast', 47.83049, 36.12761, 691639),
  // places at their Wikipedia page's coordinates (as the earlier sets give them)
  robotyne: wiki('Robotyne', 'village', 'UA', 'Zaporizhzhia Oblast', 47.44306, 35.82611, 'en:Robotyne'),
  lukiantsi: { ...wiki('Lukiantsi', 'village', 'UA', 'Kharkiv Oblast', 50.248333, 36.507778, 'en:Lukiantsi'), coordNote: MIRROR },
  // villages placed where the text puts them
  vovche: nearTown('Vovche (Donetsk Oblast)', 'Donetsk Oblast', avdiivka, 'Avdiivka', 'en-02 puts it "some 30 kilometers (20 miles) northwest of Avdiivka"'),
  prohres: nearTown('Prohres (Pokrovsk Raion)', 'Donetsk Oblast', avdiivka, 'Avdiivka', 'en-02 puts it "some 30 kilometers (20 miles) northwest of Avdiivka"'),
  novopokrovske: inOblast('Novopokrovske (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (en-03: "the village of Novopokrovske in the eastern Donetsk region")'),
  stepovaNovoselivka: nearTown('Stepova Novoselivka', 'Kharkiv Oblast', kupiansk, 'Kupiansk', 'en-03 puts it "south-east of the city of Kupyansk"'),
  starytsiaVovchansk: nearTown('Starytsia (Vovchansk area)', 'Kharkiv Oblast', vovchansk, 'Vovchansk', 'en-04 puts it "near the town of Vovchansk"'),
  starytsiaKharkiv: inOblast('Starytsia (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast, ' (ru-03: "Купянск-Узловой, Старица (Харьковская область)")'),
  karpivka: placedAt('Karpivka (Donetsk Oblast)', 'Donetsk Oblast', 'UA', donetskOblast, 'region',
    `${POSTAL_ONLY}; en-05 names only "eastern Ukraine", and the Russian Defence Ministry's statement of the same day (Sputnik: "the settlement of Karpovka in the Donetsk People's Republic") puts it in Donetsk Oblast: the point of the oblast (naturalearth:admin1:UA-14)`),
  chuhunivka: inOblast('Chuhunivka', 'Kharkiv Oblast', kharkivOblast, ' (uk-04: "з села Чугунівка у Харківській області")'),
  nykyforivka: inOblast('Nykyforivka (Soledar hromada)', 'Donetsk Oblast', donetskOblast, ' (uk-05: "на Донеччині")'),
  nelipivka: inOblast('Nelipivka', 'Donetsk Oblast', donetskOblast, ' (uk-05: "на Донеччині")'),
  noveShakhove: inOblast('Nove Shakhove', 'Donetsk Oblast', donetskOblast, ' (uk-05: "на Донеччині")'),
  zatyshokDonetsk: inOblast('Zatyshok (Shakhove hromada)', 'Donetsk Oblast', donetskOblast, ' (uk-05: "на Донеччині")'),
  nechvolodivka: nearTown('Nechvolodivka', 'Kharkiv Oblast', kupiansk, 'Kupiansk', 'ru-02 names it among the areas of the attacks "с целью прорыва в город Купянск"'),
  blahodativka: nearTown('Blahodativka (Kupiansk area)', 'Kharkiv Oblast', kupiansk, 'Kupiansk', 'ru-02 names it among the areas of the attacks "с целью прорыва в город Купянск"'),
  novoiakovlivka: inOblast('Novoiakovlivka (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-03: "Новояковлевка, Речное (Запорожская область)")'),
  richneZp: inOblast('Richne (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast, ' (ru-03: "Речное (Запорожская область)")'),
  berestok: inOblast('Berestok (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, ' (ru-03: "Бересток (ДНР)")'),
  bilaBereza: inOblast('Bila Bereza (Sumy Oblast)', 'Sumy Oblast', sumyOblast, ' (ru-03: "Белая Береза (Сумская область)")'),
  kupianskVuzlovyi: placedAt('Kupiansk-Vuzlovyi', 'Kharkiv Oblast', 'UA', kupiansk, 'district',
    `${POSTAL_ONLY}; data/gazetteer/ua-hromada-settlements.json puts it in Kupiansk hromada (KATOTTG): the point of the hromada centre, Kupiansk (geonames:703656)`),
  oleksandrivkaLyman: nearTown('Oleksandrivka (Lyman area)', 'Donetsk Oblast', lyman, 'Lyman', 'ru-04 puts it "под Красным Лиманом" (Lyman\'s Soviet-era name)'),
  antonivkaKherson: inOblast('Antonivka (Kherson hromada)', 'Kherson Oblast', khersonOblast, ' (ru-05: on the right bank of the Dnipro "в Херсонской области")'),
};
