// Hand annotations, Ukrainian articles of tests/eval/fresh8. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'front axis (adjective)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-09-10',
    url: 'https://fakty.ua/407174-okkupanty-zayavili-chto-ushli-iz-izyuma-a-bojcy-vsu-pokazali-svoe-video-iz-goroda',
    notes: 'Stored copy of a ФАКТИ report from its headline; removed: site chrome before the headline ("ПОИСК", "Україна") and the advertising markers ("РЕКЛАМА", twice) between paragraphs; the last sentence, cut mid-word ("Трохи згодом глав"), removed. The date is the page\'s date line ("19:35 10 вересня 2022"), kept with the photo caption. Events: Ізюм de-occupied as Zelensky\'s office confirmed (headline: liberated, UA), the Russian troops left Ізюм (Безсонов: withdrew, RU, at "залишили місто Ізюм" and "з Ізюма пішли"), the paratroopers\' video of Ukrainian defenders in Ізюм (entered, UA). The caption ("на в\'їзді до Ізюма") and "звільняючи Харківщину" (an oblast) carry no settlement event; "ще кілька населених пунктів" are unnamed. «ДНР» inside the title of its "міністра інформації" is a body\'s name (skipped); "Харківського напрямку" is a front axis (skipped); "Січеславська бригада" is a unit named after the old name of Dnipro (trap); Зеленського and Безсонов are people (traps).',
    places: [
      { t: 'Ізюма', n: 1, ref: 'izium' },
      { t: 'Ізюма', n: 2, ref: 'izium' },
      { t: 'Ізюм', ref: 'izium' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'Ізюма', n: 3, ref: 'izium' },
      { t: 'Ізюмі', ref: 'izium' },
      { t: 'Харківщину', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Зеленського', why: 'person' },
      { t: 'Данило Безсонов', why: 'person' },
      { t: 'Січеславська', why: 'unit named after a place (Sicheslav, the old name of Dnipro)' },
    ],
    skipped: [
      { t: 'ДНР', why: "oblast (the occupation 'DPR') inside an official body's name («міністра інформації «ДНР»»)" },
      { t: 'Харківського напрямку', why: AXIS },
    ],
    events: [
      { t: 'Ізюма', n: 1, ref: 'izium', action: 'liberated', actor: 'UA', claimant: 'Офіс президента', asOf: ['2022-09-10'], note: 'headline: "У Зеленського підтвердили деокупацію Ізюма"' },
      { t: 'Ізюм', ref: 'izium', action: 'withdrew', actor: 'RU', claimant: 'Данило Безсонов', asOf: ['2022-09-10'] },
      { t: 'Ізюма', n: 3, ref: 'izium', action: 'withdrew', actor: 'RU', claimant: 'Данило Безсонов', asOf: ['2022-09-10'], note: '"з Ізюма пішли"' },
      { t: 'Ізюмі', ref: 'izium', action: 'entered', actor: 'UA', claimant: '25-а окрема повітрянодесантна бригада', asOf: ['2022-09-10'], note: 'video of Ukrainian defenders in the town' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-11-10',
    url: 'https://mil.in.ua/uk/news/zsu-zvilnyly-selyshhe-snigurivka-v-mykolayivskij-oblasti/',
    notes: 'Stored copy of a Мілітарний (mil.in.ua) report from its headline; removed: a script token before it ("fbpx") and the headline printed a second time; the last sentence, cut mid-word ("до звільнених насел"), removed. The tag line ("131 розвідбат ЗСУ Війна з Росією Деокупація Миколаївщина Україна") and the unmatched closing quotes are kept as the store gives them. The date is established from the text: the 131st reconnaissance battalion\'s video and Еміне Джепар\'s post announcing the liberation of Снігурівка, both of 10 November 2022 (as the other reports of the same video say): 10 Nov 2022 is taken. Events: Снігурівка liberated (liberated, UA) at the headline, the video\'s announcement and Джепар\'s post. "просуваючись в бік Херсона" is a direction (no event). Claim: 12 settlements taken under control in the last 24 hours (count, settlements, UA, Джепар). "Війна з Росією" in the tag line is the war\'s name (skipped); "Миколаївщина" and "Україна" there name the places (counted); "Сили оборони України", "Збройні Сили України", "міністра закордонних справ України" and "Миколаївської ОВА" are official bodies or name them (skipped).',
    places: [
      { t: 'Снігурівка', n: 1, ref: 'snihurivka' },
      { t: 'Миколаївській області', ref: 'mykolaivOblast' },
      { t: 'Миколаївщина', ref: 'mykolaivOblast' },
      { t: 'Україна', ref: 'ukraine' },
      { t: 'України', n: 2, ref: 'ukraine' },
      { t: 'Херсона', n: 1, ref: 'kherson' },
      { t: 'Снігурівка', n: 2, ref: 'snihurivka' },
      { t: 'Миколаївщині', ref: 'mykolaivOblast' },
      { t: 'Снігурівка', n: 3, ref: 'snihurivka' },
      { t: 'Миколаївської області', ref: 'mykolaivOblast' },
      { t: 'Херсона', n: 2, ref: 'kherson' },
    ],
    traps: [
      { t: 'Еміне Джепар', why: 'person' },
      { t: 'Віталій Кім', why: 'person' },
    ],
    skipped: [
      { t: 'Війна з Росією', why: "the war's name (tag)" },
      { t: 'України', n: 1, why: BODY },
      { t: 'України', n: 3, why: BODY },
      { t: 'України', n: 4, why: BODY },
      { t: 'Миколаївської ОВА', why: "oblast inside an official body's name" },
    ],
    claims: [
      { t: '12 населених пунктів', kind: 'count', value: 12, unit: 'settlements', holder: 'UA', claimant: 'Еміне Джепар', asOf: ['2022-11-09', '2022-11-10'], note: '"За останні 24 години … взяли під контроль 12 населених пунктів"' },
    ],
    events: [
      { t: 'Снігурівка', n: 1, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-11-10'] },
      { t: 'Снігурівка', n: 2, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: 'українські військові', asOf: ['2022-11-10'] },
      { t: 'Снігурівка', n: 3, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: 'Еміне Джепар', asOf: ['2022-11-09', '2022-11-10'] },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-04-29',
    url: 'https://lb.ua/society/2024/04/29/610854_sili_oboroni_vidiyshli_vid_berdichiv.html',
    notes: 'Stored copy of an LB.ua report from its lead (the store gives no headline: the manifest title is made from the subject); the last sentence, cut mid-word ("свій тактични"), removed (the quote it opened stays unclosed). The date is in the URL (29 Apr 2024). Events: the Defence Forces withdrew from Бердичі, Семенівка and Новомихайлівка (withdrew, UA, Волошин; Syrskyi had announced it on 28 April) and the Russians broke into part of Очеретине (fighting, RU). "ОСУВ Хортиця" is a group of forces named after an island (trap); Назар Волошин is a person (trap).',
    places: [
      { t: 'Бердичі', ref: 'berdychi' },
      { t: 'Семенівка', ref: 'semenivka' },
      { t: 'Новомихайлівка', ref: 'novomykhailivka' },
      { t: 'Очеретине', ref: 'ocheretyne' },
    ],
    traps: [
      { t: 'Хортиця', why: 'group of forces named after a place (the island of Khortytsia)' },
      { t: 'Назар Волошин', why: 'person' },
    ],
    events: [
      { t: 'Бердичі', ref: 'berdychi', action: 'withdrew', actor: 'UA', claimant: 'Назар Волошин', asOf: ['2024-04-28', '2024-04-29'] },
      { t: 'Семенівка', ref: 'semenivka', action: 'withdrew', actor: 'UA', claimant: 'Назар Волошин', asOf: ['2024-04-28', '2024-04-29'] },
      { t: 'Новомихайлівка', ref: 'novomykhailivka', action: 'withdrew', actor: 'UA', claimant: 'Назар Волошин', asOf: ['2024-04-28', '2024-04-29'] },
      { t: 'Очеретине', ref: 'ocheretyne', action: 'entered', actor: 'RU', claimant: 'Назар Волошин', part: true, asOf: ['2024-04-29'], note: 'Russians broke in and hold part of the settlement; heavy fighting' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2024-10-01',
    url: 'https://bahmut.in.ua/chastyna-vugledara-pid-kontrolem-okupantiv-pihota-vzhe-v-bagatopoverhivkah',
    notes: 'Stored copy of a «Бахмут IN.UA» report from its headline, with byline and date line ("Валентина Твердохліб 10:05, 1 Жовтня 2024", which gives the date), the tag "вугледара" and the photo captions as the store gives them; the last sentence, cut mid-word ("За д"), removed. Events (DeepState, evening of 30 September – 1 October): part of Вугледар under Russian control (headline: fighting, RU, a share of the town), Russian troops entered the town from two sides (entered, RU, at "Вугледар не знаходиться в оточенні" whose next clauses say so, and at "увійшли у Вугледар"), their advance in the town (caption: fighting, RU); the Russians trying to take Селидове (fighting, RU: the attacker). The caption "Позиції біля Вугледара", "Складна ситуація також у Вугледарі" and the tag carry no event. "Бахмут IN.UA" is the outlet (trap); DeepState is a monitoring project (trap); "Покровському", "Курахівському", "Покровський" name front axes (skipped); lower-case "рф" is the country.',
    places: [
      { t: 'Вугледара', n: 1, ref: 'vuhledar' },
      { t: 'вугледара', ref: 'vuhledar' },
      { t: 'Вугледара', n: 2, ref: 'vuhledar' },
      { t: 'Вугледарі', n: 1, ref: 'vuhledar' },
      { t: 'Вугледар', n: 1, ref: 'vuhledar' },
      { t: 'Вугледар', n: 2, ref: 'vuhledar' },
      { t: 'рф', ref: 'russia' },
      { t: 'Вугледар', n: 3, ref: 'vuhledar' },
      { t: 'Вугледарі', n: 2, ref: 'vuhledar' },
      { t: 'Селидове', ref: 'selydove' },
    ],
    traps: [
      { t: 'Бахмут IN.UA', why: 'outlet named after a town' },
      { t: 'DeepState', all: true, why: 'monitoring project' },
    ],
    skipped: [
      { t: 'Покровському', n: 1, why: AXIS },
      { t: 'Курахівському', why: AXIS },
      { t: 'Покровський', why: AXIS },
      { t: 'Покровському', n: 2, why: AXIS },
    ],
    events: [
      { t: 'Вугледара', n: 1, ref: 'vuhledar', action: 'controls', actor: 'RU', claimant: null, part: true, asOf: ['2024-09-30', '2024-10-01'], note: 'headline: part of the town under Russian control' },
      { t: 'Вугледар', n: 2, ref: 'vuhledar', action: 'entered', actor: 'RU', claimant: 'DeepState', asOf: ['2024-09-30', '2024-10-01'], note: '"в місто вже зайшли окупанти одразу із двох боків. Частина міста контролюється рф"' },
      { t: 'Вугледар', n: 3, ref: 'vuhledar', action: 'entered', actor: 'RU', claimant: 'DeepState', asOf: ['2024-09-30', '2024-10-01'] },
      { t: 'Вугледарі', n: 2, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2024-09-30', '2024-10-01'], note: 'caption: the Russian advance in the town' },
      { t: 'Селидове', ref: 'selydove', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-10-01'], note: 'the Russians trying to take it' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-11-12',
    url: 'https://www.radiosvoboda.org/a/zaporizky-front-analiz/33588340.html',
    notes: 'Stored excerpt of a Радіо Свобода analysis from its lead (the store gives no headline: the manifest title is made from the subject); the index\'s date prefix is removed; the last sentence, cut mid-word ("Рівнопілля і Яблуков"), removed. The date is the index date (12 Nov 2025), which the text\'s "11 та 12 листопада" fits. Events: the Defence Forces withdrew from Новоуспенівське, Нове, Охотниче, Успенівка and Новомиколаївка near Гуляйполе (withdrew, UA, the Ukrainian armed forces, 11-12 November). "до північних околиць Гуляйполя … 7 кілометрів" is a distance (no event). Claim: Russian forces took three (unnamed) settlements of the region (count, settlements, RU, Сирський, 11 November), at the report and in his quote. "Збройних силах України" is an official body (skipped); "Олександрівському" and "Гуляйпільському" name front axes (skipped); "Запоріжжі" is the oblast; DeepState is a monitoring project (trap).',
    places: [
      { t: 'Гуляйполем', ref: 'huliaipole' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
      { t: 'Новоуспенівське', ref: 'novouspenivske' },
      { t: 'Нове', ref: 'nove' },
      { t: 'Охотниче', ref: 'okhotnyche' },
      { t: 'Успенівка', ref: 'uspenivkaZp' },
      { t: 'Новомиколаївка', ref: 'novomykolaivkaZp' },
      { t: 'Гуляйполя', ref: 'huliaipole' },
      { t: 'РФ', n: 1, ref: 'russia' },
      { t: 'Запоріжжі', ref: 'zaporizhzhiaOblast' },
      { t: 'РФ', n: 2, ref: 'russia' },
      { t: 'Запорізькій області', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'DeepState', why: 'monitoring project' },
      { t: 'Олександр Сирський', why: 'person' },
    ],
    skipped: [
      { t: 'України', why: BODY },
      { t: 'Олександрівському', why: AXIS },
      { t: 'Гуляйпільському', why: AXIS },
    ],
    claims: [
      { t: 'три населені пункти', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Олександр Сирський', asOf: ['2025-11-11'], note: 'unnamed settlements taken in the region' },
      { t: 'три населених пункти', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Олександр Сирський', asOf: ['2025-11-11'], note: 'the same figure in his quote' },
    ],
    events: [
      { t: 'Новоуспенівське', ref: 'novouspenivske', action: 'withdrew', actor: 'UA', claimant: 'Збройні сили України', asOf: ['2025-11-11', '2025-11-12'] },
      { t: 'Нове', ref: 'nove', action: 'withdrew', actor: 'UA', claimant: 'Збройні сили України', asOf: ['2025-11-11', '2025-11-12'] },
      { t: 'Охотниче', ref: 'okhotnyche', action: 'withdrew', actor: 'UA', claimant: 'Збройні сили України', asOf: ['2025-11-11', '2025-11-12'] },
      { t: 'Успенівка', ref: 'uspenivkaZp', action: 'withdrew', actor: 'UA', claimant: 'Збройні сили України', asOf: ['2025-11-11', '2025-11-12'] },
      { t: 'Новомиколаївка', ref: 'novomykolaivkaZp', action: 'withdrew', actor: 'UA', claimant: 'Збройні сили України', asOf: ['2025-11-11', '2025-11-12'] },
    ],
  },
];
