// Reference places of tests/eval/fresh68. Every coordinate names its source (GeoNames id as carried in
// data/gazetteer, Natural Earth layer code, or the Wikipedia page whose coordinates were used, as an earlier set gives
// it). Never guessed. A village no accepted source locates has the point the evidence supports: the town the text
// places it by (`near`) or the oblast the text names (`region`), with the reason in `coordNote`.
import { gn, inRegion, NO_POINT, placedAt, wiki } from '../../build/ref-places.ts';
import {
  donetskOblast,
  kharkivOblast,
  kurskOblast,
  russia,
  sumyOblast,
  ukraine,
  unitedKingdom,
  zaporizhzhiaOblast,
} from '../../build/ne-points.ts';

const ocheretyne = wiki('Ocheretyne', 'town', 'UA', 'Donetsk Oblast', 48.24278, 37.61056, 'en:Ocheretyne');
const pokrovsk = gn('Pokrovsk (Krasnoarmeysk)', 'town', 'UA', 'Donetsk Oblast', 48.28198, 37.17585, 704422);
const huliaipole = gn('Huliaipole', 'town', 'UA', 'Zaporizhzhia Oblast', 47.66389, 36.25633, 707898);

const UK01_DONETSK = 'uk-01 names it only among the villages that "на Донеччині за останні сім днів під контроль Росії перейшли" (several villages of this name in Ukraine)';
const UK01_SUMY = 'uk-01 names it only among the places taken "в Сумській області" (several places of this name in Ukraine)';

export const PLACES = {
  russia,
  ukraine,
  unitedKingdom,
  // regions
  donetskOblast,
  kharkivOblast,
  kurskOblast,
  sumyOblast,
  zaporizhzhiaOblast,
  // capitals, cities and towns
  moscow: gn('Moscow', 'city', 'RU', 'Moscow', 55.75222, 37.61556, 524901),
  kyiv: gn('Kyiv', 'city', 'UA', 'Kyiv City', 50.45466, 30.5238, 703448),
  ocheretyne,
  pokrovsk,
  huliaipole,
  vuhledar: wiki('Vuhledar', 'town', 'UA', 'Donetsk Oblast', 47.77917, 37.24833, 'en:Vuhledar'),
  dobropillia: gn('Dobropillia (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.46147, 37.08524, 709900),
  kostiantynivka: gn('Kostiantynivka (Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.5277, 37.7069, 705104),
  kupiansk: gn('Kupiansk', 'town', 'UA', 'Kharkiv Oblast', 49.71055, 37.61517, 703656),
  vovchansk: gn('Vovchansk', 'town', 'UA', 'Kharkiv Oblast', 50.29078, 36.94108, 689304),
  yampil: {
    ...gn('Yampil (Lyman hromada, Donetsk Oblast)', 'town', 'UA', 'Donetsk Oblast', 48.93555, 37.95634, 688505),
    coordNote:
      'uk-04 names it without its oblast, beside Kupiansk in the Russian claims of 20 November 2025 the General Staff denied; the Yampil of those claims is the settlement of Lyman hromada in Donetsk Oblast (judgement call: the namesakes in Sumy and Vinnytsia Oblasts lie far from any front)',
  },
  // villages
  zaliznychne: gn('Zaliznychne (Zaporizhzhia Oblast)', 'village', 'UA', 'Zaporizhzhia Oblast', 47.65238, 36.16524, 687796),
  lukiantsi: wiki('Lukiantsi', 'village', 'UA', 'Kharkiv Oblast', 50.248333, 36.507778, 'en:Lukiantsi'),
  lyptsi: wiki('Lyptsi', 'village', 'UA', 'Kharkiv Oblast', 50.209167, 36.421111, 'en:Lyptsi'),
  novomlynsk: inRegion('Novomlynsk (Kharkiv Oblast)', kharkivOblast,
    'en-01 names it only as a village "in the northeastern Kharkiv region" on the Oskil river (data/gazetteer carries it only as a settlement row with no GeoNames id)'),
  baranivka: placedAt('Baranivka (Ocheretyne area)', 'Donetsk Oblast', 'UA', ocheretyne, 'near',
    `${NO_POINT}; en-01 puts it "north of the town of Ocheretyne" (GeoNames 712839 is a namesake in Zhytomyr Oblast): the point of Ocheretyne (wikipedia:en:Ocheretyne)`),
  orlivka: placedAt('Orlivka (Pokrovsk area)', 'Donetsk Oblast', 'UA', pokrovsk, 'near',
    `${NO_POINT}; en-04 names it "Orlovka in the eastern Donetsk region, near the city of Pokrovsk" (GeoNames 698379 is a namesake in Odesa Oblast): the point of Pokrovsk (geonames:704422)`),
  varvarivka: placedAt('Varvarivka (Huliaipole area)', 'Zaporizhzhia Oblast', 'UA', huliaipole, 'near',
    `${NO_POINT}; uk-03 puts it "на півночі від міста" Huliaipole (GeoNames 690448 is a namesake in Kharkiv Oblast): the point of Huliaipole (geonames:707898)`),
  volodymyrivka: inRegion('Volodymyrivka (Sumy Oblast)', sumyOblast, UK01_SUMY),
  bilovody: inRegion('Bilovody (Sumy Oblast)', sumyOblast, UK01_SUMY),
  loknia: inRegion('Loknia (Sumy Oblast)', sumyOblast, UK01_SUMY),
  stroivka: inRegion('Stroivka (Kharkiv Oblast)', kharkivOblast, 'uk-01 names it only as a village taken "У Харківській області"'),
  ridkodub: inRegion('Ridkodub (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  zoria: inRegion('Zoria (Donetsk Oblast)', donetskOblast, `${UK01_DONETSK}; GeoNames 687602 is a namesake in Odesa Oblast`),
  romanivka: inRegion('Romanivka (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  pravdivka: inRegion('Pravdivka (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  hnativka: inRegion('Hnativka (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  malynivka: inRegion('Malynivka (Donetsk Oblast)', donetskOblast, `${UK01_DONETSK}; GeoNames 793657 is a namesake in Kharkiv Oblast`),
  yelyzavetynka: inRegion('Yelyzavetynka (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  troitske: inRegion('Troitske (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  bohdanivka: inRegion('Bohdanivka (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  vidradne: inRegion('Vidradne (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  bahatyr: inRegion('Bahatyr (Donetsk Oblast)', donetskOblast, `${UK01_DONETSK}; a namesake lies in Kharkiv Oblast`),
  vilnePole: inRegion('Vilne Pole (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  zelenePole: inRegion('Zelene Pole (Donetsk Oblast)', donetskOblast, UK01_DONETSK),
  novosilka: inRegion('Novosilka (Donetsk Oblast)', donetskOblast, `${UK01_DONETSK}; not the town of Velyka Novosilka`),
};
