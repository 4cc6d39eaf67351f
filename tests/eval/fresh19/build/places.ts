// Reference places of tests/eval/fresh19. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: a town the text puts
// it next to (`near`), its hromada's centre (`district`) or the oblast the text names (`region`), with the reason in
// `coordNote`.
import type { RefPlace } from './types.ts';
import { gn, wiki, seat, placedAt } from '../../build/ref-places.ts';
import { crimea, donetskOblast, kurskOblast, luhanskOblast, northKorea, russia, sumyOblast, ukraine, usa, zaporizhzhiaOblast } from '../../build/ne-points.ts';

const POSTAL_ONLY =
  'no point of its own in a source the gold accepts (data/gazetteer carries it only as a GeoNames postal-code row, as namesakes elsewhere, or not at all, and no Wikipedia page with coordinates was looked up with the search tool)';
const SEVERAL = ' (several places of that name lie in the oblast and the text does not say which)';

const bakhmut = gn('Bakhmut', 'town', 'UA', 'Donetsk Oblast', 48.59441, 37.99983, 713174);
const kurakhove = gn('Kurakhove', 'town', 'UA', 'Donetsk Oblast', 47.98522, 37.2821, 703646);
const huliaipole = gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898);
// the monastery's point, as data/gazetteer/theatre.json, control and fresh give it
const gornal = {
  ...wiki('Gornal', 'village', 'RU', 'Kursk Oblast', 51.06611, 35.2325, 'ru:Горнальский Свято-Николаевский Белогорский монастырь'),
  coordNote: 'the coordinates of the monastery in Gornal (as in data/gazetteer/theatre.json, control and fresh), not of the village centre',
};
// Wikipedia points as earlier sets give them (Yunakivka: control and fresh; Khotin: fresh17)
const yunakivka = wiki('Yunakivka', 'village', 'UA', 'Sumy Oblast', 51.12022, 35.03936, 'es:Yunakivka');
const khotin = wiki('Khotin', 'town', 'UA', 'Sumy Oblast', 51.07806, 34.77583, 'uk:Хотінь');

const inOblast = (name: string, admin1: string, oblast: RefPlace, extra = ''): RefPlace =>
  placedAt(name, admin1, oblast.country, oblast, 'region',
    `${POSTAL_ONLY}${extra}; the text names only its oblast: the point of the oblast (${oblast.coordSource})`);
const nearBakhmut = (name: string, where: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', bakhmut, 'near', `${POSTAL_ONLY}; the text places it ${where}: the point of Bakhmut (geonames:713174)`);
const nearKurakhove = (name: string, where: string): RefPlace =>
  placedAt(name, 'Donetsk Oblast', 'UA', kurakhove, 'near', `${POSTAL_ONLY}; the text places it ${where}: the point of Kurakhove (geonames:703646)`);
const nearHuliaipole = (name: string, extra = ''): RefPlace =>
  placedAt(name, 'Zaporizhzhia Oblast', 'UA', huliaipole, 'near',
    `${POSTAL_ONLY}${extra}; the text names it among the settlements of the Huliaipole axis ("на Гуляйпільському напрямку ... поблизу населених пунктів ... та у бік населених пунктів"): the point of Huliaipole (geonames:707898)`);
const inHromada = (name: string, centre: RefPlace, centreName: string, hromada: string): RefPlace =>
  placedAt(name, 'Sumy Oblast', 'UA', centre, 'district',
    `${POSTAL_ONLY}; the text names its hromada (${hromada}): the point of the hromada's centre, ${centreName} (${centre.coordSource})`);

export const PLACES = {
  russia,
  ukraine,
  usa,
  northKorea,
  // oblasts and regions
  donetskOblast,
  sumyOblast,
  zaporizhzhiaOblast,
  luhanskOblast,
  crimea,
  kurskOblast,
  donbas: { ...wiki('Donbas', 'region', 'UA', 'Donetsk Oblast', 48.0, 37.8, 'eo:Donecka_baseno'), admin1: null, precision: 'region' as const,
    coordNote: 'historical and economic region with no administrative unit of its own, at the point data/gazetteer/theatre.json carries for it (the Esperanto Wikipedia infobox), as fresh15 to fresh18 give it' },
  yunakivkaHromada: seat('Yunakivka hromada', 'UA', 'Sumy Oblast', yunakivka, 'Yunakivka'),
  khotinHromada: seat('Khotin hromada', 'UA', 'Sumy Oblast', khotin, 'Khotin'),
  // cities and towns (GeoNames ids carried in data/gazetteer)
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv', 50.45466, 30.5238, 703448),
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  rostovOnDon: gn('Rostov-on-Don', 'city', 'RU', 'Rostov Oblast', 47.23135, 39.72328, 501175),
  sumy: gn('Sumy', 'city', 'UA', 'Sumy Oblast', 50.9216, 34.80029, 692194),
  bakhmut,
  kurakhove,
  huliaipole,
  pokrovsk: gn('Pokrovsk (Krasnoarmeysk)', 'city', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422),
  avdiivka: gn('Avdiivka', 'town', 'UA', 'Donetsk Oblast', 48.13989, 37.74255, 713122),
  chasivYar: gn('Chasiv Yar', 'town', 'UA', 'Donetsk Oblast', 48.59348, 37.85724, 710915),
  toretsk: gn('Toretsk (Dzerzhynsk)', 'town', 'UA', 'Donetsk Oblast', 48.39869, 37.84787, 709354),
  sudzha: gn('Sudzha', 'town', 'RU', 'Kursk Oblast', 51.1976, 35.2726, 486816),
  // towns and villages at their Wikipedia page's coordinates (as the earlier sets give them)
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  klishchiivka: wiki('Klishchiivka', 'village', 'UA', 'Donetsk Oblast', 48.528056, 37.958333, 'en:Klishchiivka'),
  gornal,
  // Kursk Oblast
  oleshnya: placedAt('Oleshnya (Sudzhansky District)', 'Kursk Oblast', 'RU', gornal, 'near',
    `${POSTAL_ONLY}; the text puts Gornal "around 10 kilometers (6.2 miles) south of Oleshnya": the point of Gornal (${gornal.coordSource})`),
  // Donetsk Oblast: the Bakhmut flanks
  andriivkaBakhmut: nearBakhmut('Andriivka (Bakhmut area)', '"near Bakhmut" (en-01: "another village near Bakhmut")'),
  bohdanivkaBakhmut: nearBakhmut('Bohdanivka (Bakhmut area)', 'on the Bakhmut axis ("на Бахмутском направлении ... в районе Богдановки")'),
  // Donetsk Oblast: the Kurakhove sector
  petropavlivkaKurakhove: nearKurakhove('Petropavlivka (Kurakhove area)', 'as a goal of the assaults "in the urban area of Kurakhove in the direction of Petropavlivka and Dachne" (GeoNames 697423 is a namesake in Dnipropetrovsk Oblast)'),
  dachneKurakhove: nearKurakhove('Dachne (Kurakhove area)', 'west of Kurakhove ("in the direction of Petropavlivka and Dachne", "advancing west toward Dachne")'),
  slovianka: nearKurakhove('Slovianka (Kurakhove area)', 'among the assaults "near Kurakhove, Petropavlivka, Dachne, and Slovianka"'),
  // Donetsk Oblast: villages the text places only in the oblast (the DPR)
  ostre: inOblast('Ostre (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  hryhorivka: inOblast('Hryhorivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  mykolaivkaDonetsk: inOblast('Mykolaivka (Donetsk Oblast)', 'Donetsk Oblast', donetskOblast, SEVERAL),
  kostiantynivkaDonetsk: inOblast('Kostiantynivka (Donetsk Oblast, the settlement of the MoD report)', 'Donetsk Oblast', donetskOblast,
    ' (the town, geonames:705104, and villages of the name lie in the oblast; the text names it with Mykolaivka and Kurakhove and does not say which)'),
  // Zaporizhzhia Oblast: the Huliaipole axis
  zatyshshia: nearHuliaipole('Zatyshshia (Huliaipole axis)'),
  solodke: nearHuliaipole('Solodke (Huliaipole axis)'),
  chervoneZp: nearHuliaipole('Chervone (Huliaipole axis)', ' (GeoNames 710538 is a namesake in Zhytomyr Oblast)'),
  dobropilliaZp: nearHuliaipole('Dobropillia (Huliaipole axis)', ' (not the Donetsk town Dobropillia, geonames:709900)'),
  prylukyZp: nearHuliaipole('Pryluky (Huliaipole axis)', ' (not the Chernihiv Oblast city Pryluky, geonames:696108)'),
  varvarivkaZp: nearHuliaipole('Varvarivka (Huliaipole axis)', ' (GeoNames 690448 is a namesake in Kharkiv Oblast)'),
  // Sumy Oblast: the border villages
  novenke: inHromada('Novenke (Yunakivka hromada)', yunakivka, 'Yunakivka', 'Юнаківської громади'),
  basivka: inHromada('Basivka (Yunakivka hromada)', yunakivka, 'Yunakivka', 'Юнаківської громади'),
  loknia: inHromada('Loknia (Yunakivka hromada)', yunakivka, 'Yunakivka', 'Юнаківської громади'),
  veselivka: inHromada('Veselivka (Khotin hromada)', khotin, 'Khotin', 'Хотінської громади'),
  zhuravka: inHromada('Zhuravka (Khotin hromada)', khotin, 'Khotin', 'Хотінської громади; GeoNames 687009 is a namesake in Chernihiv Oblast'),
  volodymyrivka: inHromada('Volodymyrivka (Khotin hromada)', khotin, 'Khotin', 'Хотінської громади, naming the list "Володимирівки, Біловодів, Костянтинівки та Кіндратівки"'),
  bilovody: inHromada('Bilovody (Khotin hromada)', khotin, 'Khotin', 'Хотінської громади, naming the list "Володимирівки, Біловодів, Костянтинівки та Кіндратівки"'),
  kostiantynivkaSumy: inHromada('Kostiantynivka (Khotin hromada)', khotin, 'Khotin', 'Хотінської громади, naming the list "Володимирівки, Біловодів, Костянтинівки та Кіндратівки"; not the Donetsk town, geonames:705104'),
  kindrativka: inHromada('Kindrativka (Khotin hromada)', khotin, 'Khotin', 'Хотінської громади'),
  vodolahy: inOblast('Vodolahy (Sumy Oblast)', 'Sumy Oblast', sumyOblast, ' (the text names the hromada for the villages listed after it, not clearly for Водолаги)'),
};
