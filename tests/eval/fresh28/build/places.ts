// Reference places of tests/eval/fresh28. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`) or the oblast the text names (`region`), with the reason in `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, placedAt } from '../../build/ref-places.ts';
import { dnipropetrovskOblast, donetskOblast, finland, kharkivOblast, khersonOblast, kurskOblast, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';

const kharkiv = gn('Kharkiv', 'city', 'UA', 'Kharkiv Oblast', 49.98081, 36.25272, 706483);
const kupiansk = gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656);
const pokrovsk = gn('Pokrovsk', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const kryvyiRih = gn('Kryvyi Rih', 'city', 'UA', 'Dnipropetrovsk Oblast', 47.90966, 33.38044, 703845);
const sudzha = gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816);

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearTown = (name: string, admin1: string, country: string, town: RefPlace, townName: string, where: string): RefPlace =>
  placedAt(name, admin1, country, town, 'near', `${POSTAL_ONLY}; ${where}: the point of ${townName} (${town.coordSource})`);
const nearKryvyiRih = (name: string): RefPlace =>
  nearTown(name, 'Kherson Oblast', 'UA', kryvyiRih, 'Kryvyi Rih', 'uk-03 places it "на Херсонщині за 50 км від Кривого Рогу"');

export const PLACES = {
  russia,
  ukraine,
  usa,
  finland,
  // oblasts
  donetskOblast,
  zaporizhzhiaOblast,
  kharkivOblast,
  khersonOblast,
  dnipropetrovskOblast,
  sumyOblast,
  kurskOblast,
  // capitals, cities and towns (GeoNames ids carried in data/gazetteer)
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kharkiv,
  kupiansk,
  pokrovsk,
  kryvyiRih,
  sudzha,
  belgorod: gn('Belgorod', 'city', 'RU', 'Belgorod Oblast', 50.61074, 36.58015, 578072),
  enerhodar: gn('Enerhodar', 'town', 'UA', 'Zaporizhzhia Oblast', 47.49865, 34.6574, 709276),
  zaporizhzhia: gn('Zaporizhzhia', 'city', 'UA', 'Zaporizhzhia Oblast', 47.82289, 35.19031, 687700),
  bakhmut: gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174),
  velykaNovosilka: gn('Velyka Novosilka', 'town', 'UA', 'Donetsk Oblast', 47.84531, 36.83534, 690237),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  myrnohrad: gn('Myrnohrad', 'town', 'UA', 'Donetsk Oblast', 48.30523, 37.26091, 710035),
  rodynske: gn('Rodynske', 'town', 'UA', 'Donetsk Oblast', 48.35199, 37.20602, 695581),
  hlukhiv: gn('Hlukhiv', 'town', 'UA', 'Sumy Oblast', 51.67822, 33.9162, 707758),
  // villages with a Wikipedia point (as earlier sets give them)
  yunakivka: wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka'),
  malayaLoknya: wiki('Malaya Loknya', 'village', 'RU', 'Kursk Oblast', 51.3325, 35.2275, 'en:Malaya_Loknya'),
  myropillia: wiki('Myropillia (Sumy Oblast)', 'village', 'UA', 'Sumy Oblast', 51.0225, 35.26028, 'ru:Мирополье_(Сумская_область)'),
  // villages placed next to a town the text names (`near`)
  yahidne: nearTown('Yahidne (Bakhmut area)', 'Donetsk Oblast', 'UA', gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174), 'Bakhmut', 'en-02: "Yahidne village near Bakhmut"'),
  berkhivka: nearTown('Berkhivka', 'Donetsk Oblast', 'UA', gn('Bakhmut', 'city', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174), 'Bakhmut', 'en-02: "an adjacent village on the outskirts of Bakhmut"'),
  serhiivkaKupiansk: nearTown('Serhiivka (Kupiansk area)', 'Luhansk Oblast', 'UA', kupiansk, 'Kupiansk', 'uk-02 names it among the three settlements "в районі Куп’янська"'),
  orlove: nearKryvyiRih('Orlove (Kherson Oblast)'),
  zahradivka: nearKryvyiRih('Zahradivka (Kherson Oblast)'),
  kochubeivka: nearKryvyiRih('Kochubeivka (Kherson Oblast)'),
  hryshyne: nearTown('Hryshyne', 'Donetsk Oblast', 'UA', pokrovsk, 'Pokrovsk', 'uk-05 names it as the aim of the encirclement of Pokrovsk and Myrnohrad from the south'),
  ruskaLozova: nearTown('Ruska Lozova', 'Kharkiv Oblast', 'UA', kharkiv, 'Kharkiv', 'ru-05: "Русская Лозовая под Харьковом", "из этого пригорода"'),
  mirnyKursk: nearTown('Mirny (Sudzhansky District)', 'Kursk Oblast', 'RU', sudzha, 'Sudzha', 'ru-04 names it with the fighting in Sudzha ("в Судже ... а также в Мирном и Бондаревке")'),
  bondarevka: nearTown('Bondarevka (Sudzhansky District)', 'Kursk Oblast', 'RU', sudzha, 'Sudzha', 'ru-04 names it with the fighting in Sudzha ("в Судже ... а также в Мирном и Бондаревке")'),
  // villages the text places only in an oblast (`region`)
  kutuzivka: inOblast('Kutuzivka (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast),
  momotove: inOblast('Momotove (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast),
  hlushkivka: inOblast('Hlushkivka (Kharkiv Oblast)', 'Kharkiv Oblast', kharkivOblast),
  sydorivka: inOblast('Sydorivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
  pryvillia: inOblast('Pryvillia (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  zakitne: inOblast('Zakitne (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  prydorozhnie: inOblast('Prydorozhnie (Zaporizhzhia Oblast)', 'Zaporizhzhia Oblast', zaporizhzhiaOblast),
  chervonaZoria: inOblast('Chervona Zoria (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
  pavlivkaSumy: inOblast('Pavlivka (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
  khrapivshchyna: inOblast('Khrapivshchyna', 'Sumy Oblast', sumyOblast),
  kyianytsia: inOblast('Kyianytsia (Sumy Oblast)', 'Sumy Oblast', sumyOblast),
  maiske: inOblast('Maiske (Donetsk Oblast, September 2025)', 'Donetsk Oblast', donetskOblast),
  derylove: inOblast('Derylove (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast),
  stepove: inOblast('Stepove (Dnipropetrovsk Oblast)', 'Dnipropetrovsk Oblast', dnipropetrovskOblast),
  cherkasskoyePorechnoye: inOblast('Cherkasskoye Porechnoye', 'Kursk Oblast', kurskOblast),
  kositsa: inOblast('Kositsa', 'Kursk Oblast', kurskOblast),
} satisfies Record<string, RefPlace>;
