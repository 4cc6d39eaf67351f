// Hand annotations, Ukrainian articles of tests/eval/fresh70. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const SYRSKYI = 'Олександр Сирський';
const VOLOSHYN = 'Владислав Волошин';
const SKELIA = '425-й окремий штурмовий полк «Скеля»';
const KARTUZY = 'рота «Гострі картузи» (Нацгвардія)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-12-09',
    url: 'https://interfax.com.ua/news/general/1127213.html',
    notes: 'Stored copy on Інтерфакс-Україна, its headline and body as the store gives them; the photo line ("Фото: https://www.facebook.com") removed; the store\'s Russian spelling "Покровск" kept. The text may go on past the store\'s excerpt (it ends at a paragraph end). The date is the page\'s (9 December 2025, a Tuesday: "у вівторок"). Events: the headline\'s "нині вони контролюють майже половину міста" of Pokrovsk (controls, UA, `part: true`); "повернути під контроль 13 кв км міста Покровськ" (liberated, UA: the owner retaking part of its town, `part: true`); "відведення українських військ з району сіл Сухий Яр, Лисівка та Новопавлівка" (withdrew, UA, three times, as the sets read a withdrawal from the area of named villages). Not events: "Покровск разом з сусіднім Мирноградом не оточений противником" (a denied encirclement, no claimed change of hands: judgement call, no event); "восени там Сил оборони не було зовсім" (no name in the clause). Claim: "13 кв км" retaken in the city (area-retaken, UA, Syrskyi, the statement\'s day; "з 29", the city\'s whole area, is no claim). Counted: Pokrovsk four times (two spellings), "Донецької області", Myrnohrad, the three villages. Skipped: України in "Збройних сил України" (a body). Traps: Syrskyi (twice) and his full name.',
    places: [
      { t: 'Покровську', ref: 'pokrovsk' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Покровск', ref: 'pokrovsk' },
      { t: 'Мирноградом', ref: 'myrnohrad' },
      { t: 'Сухий Яр', ref: 'sukhyiYar' },
      { t: 'Лисівка', ref: 'lysivka' },
      { t: 'Новопавлівка', ref: 'novopavlivka' },
    ],
    traps: [
      { t: 'Сирський', ctx: 'міста – Сирський', why: 'person' },
      { t: 'Сирський', ctx: 'Сирський підтвердив', why: 'person' },
      { t: 'Олександр Сирський', why: 'person' },
    ],
    skipped: [{ t: 'України', why: BODY + ' ("Збройних сил України")' }],
    claims: [
      { t: '13 кв км', kind: 'area-retaken', value: 13, unit: 'km2', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-12-09'], note: '"Українські війська змогли повернути під контроль 13 кв км міста Покровськ Донецької області з 29"' },
    ],
    events: [
      { t: 'Покровську', ref: 'pokrovsk', action: 'controls', actor: 'UA', claimant: SYRSKYI, part: true, asOf: ['2025-12-09'], note: 'headline: "Восени в Покровську вже не було українських військ, а нині вони контролюють майже половину міста"' },
      { t: 'Покровськ', ref: 'pokrovsk', action: 'liberated', actor: 'UA', claimant: SYRSKYI, part: true, asOf: ['2025-12-09'], note: '"змогли повернути під контроль 13 кв км міста Покровськ"' },
      { t: 'Сухий Яр', ref: 'sukhyiYar', action: 'withdrew', actor: 'UA', claimant: SYRSKYI, asOf: ['2025-12-09'], note: '"Сирський підтвердив відведення українських військ з району сіл Сухий Яр, Лисівка та Новопавлівка"' },
      { t: 'Лисівка', ref: 'lysivka', action: 'withdrew', actor: 'UA', claimant: SYRSKYI, asOf: ['2025-12-09'], note: 'the same sentence' },
      { t: 'Новопавлівка', ref: 'novopavlivka', action: 'withdrew', actor: 'UA', claimant: SYRSKYI, asOf: ['2025-12-09'], note: 'the same sentence' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-10-27',
    url: 'https://lb.ua/society/2025/10/27/703757_sili_oboroni_armiya_rf_namagaietsya.html',
    notes: 'Stored copy on LB.ua (Лівий берег), its lead and body as the store gives them (no headline: the manifest\'s title is made by the annotator from the URL slug and the lead); the last paragraph, cut by the store (the day\'s assaults, "... штурмували позиції українських захисни"), removed. The date is the page\'s and the URL\'s (27 October 2025). Events: the lead\'s "намагаються закріпитися в підвалах Степногірська" and "намагаючись прорватися до Степногірська" (fighting, RU: infiltration and attempts to break in), "Успіху з такою тактикою у Степногірську ворог не має" (fighting, RU, judgement call: the attacks at the town go on without success). Not events: Stepove, Kamianske, Plavni and Prymorske are the sides the groups approach from ("зі сторони Степового", "з боку Кам\'янського, Плавнів, Приморського"), not places fought at in the text (judgement call). Both apostrophes in one text (Кам’янського, Кам\'янського). Traps: Ukrinform (an agency), "Півдня" (the grouping "Сили оборони «Півдня»", a compass word), Voloshyn (twice). No claim.',
    places: [
      { t: 'Степногірська', all: true, ref: 'stepnohirsk' },
      { t: 'Степового', all: true, ref: 'stepoveZp' },
      { t: 'Кам’янського', ref: 'kamianskeZp' },
      { t: 'Кам\'янського', ref: 'kamianskeZp' },
      { t: 'Плавнів', ref: 'plavni' },
      { t: 'Приморського', ref: 'prymorske' },
      { t: 'Степногірську', ref: 'stepnohirsk' },
    ],
    traps: [
      { t: 'Укрінформу', why: 'a news agency' },
      { t: 'Півдня', why: 'a grouping named by a compass word' },
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Волошин', ctx: 'підкреслив Волошин', why: 'person' },
    ],
    events: [
      { t: 'Степногірська', n: 1, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-10-27'], note: 'lead: "Росіяни проводять інфільтрацію на півдні та намагаються закріпитися в підвалах Степногірська"' },
      { t: 'Степногірська', n: 2, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-10-27'], note: '"здійснюють інфільтраційні дії ..., намагаючись прорватися до Степногірська"' },
      { t: 'Степногірську', ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-10-27'], note: '"Успіху з такою тактикою у Степногірську ворог не має" (judgement call)' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-05-11',
    url: 'https://patrioty.org.ua/blogs/rosiiany-vmyraiut-pachkamy-ale-vse-odno-davliat-na-pivnochi-kharkivshchyny-boiovi-dii-okhopyly-vzhe-vosme-selo-video-513972.html',
    notes: 'Stored copy on Патріоти України (patrioty.org.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last paragraph, cut by the store (the loss of "ще одного населеного пункту", unnamed, "... під росі"), removed. The date is the text\'s (the evening of Saturday 11 May 2024, "Станом на вечір суботи 11 травня 2024 року"; the page shows no other). Events: Hlyboke fought for three times ("точиться бій за село Глибоке", "йдуть бої за населений пункт Глибоке", "бої за Глибоке розпочалися о 14:00": fighting, RU, the attacker) and held ("важка ситуація з Глибоким, але наші оборонці ... тримають цей населений пункт": controls, UA, the village named in the same sentence). Counted: Hlyboke four times (two cases), "Харківської області". Skipped: the Travianske reservoir (a water body). Traps: the unit names ("Гострі картузи", "Омера", "Кракену"), the outlet (Патріоти України, a country in its name). No claim.',
    places: [
      { t: 'Глибоке', all: true, ref: 'hlyboke' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Глибоким', ref: 'hlyboke' },
    ],
    traps: [
      { t: 'Гострі картузи', why: 'a unit name' },
      { t: 'Омера', why: 'a unit name' },
      { t: 'Патріоти України', why: 'an outlet named after the country' },
      { t: 'Кракену', why: 'a unit name' },
    ],
    skipped: [{ t: 'Трав\'янського водосховища', why: 'a reservoir (water body)' }],
    events: [
      { t: 'Глибоке', n: 1, ref: 'hlyboke', action: 'fighting', actor: 'RU', claimant: KARTUZY, asOf: ['2024-05-11'], note: '"точиться бій за село Глибоке, що у північній частині Харківської області"' },
      { t: 'Глибоке', n: 2, ref: 'hlyboke', action: 'fighting', actor: 'RU', claimant: KARTUZY, asOf: ['2024-05-11'], note: '"На 20:00 йдуть бої за населений пункт Глибоке"' },
      { t: 'Глибоким', ref: 'hlyboke', action: 'controls', actor: 'UA', claimant: KARTUZY, asOf: ['2024-05-11'], note: '"Зараз дуже важка ситуація з Глибоким, але наші оборонці ... тримають цей населений пункт"' },
      { t: 'Глибоке', n: 3, ref: 'hlyboke', action: 'fighting', actor: 'RU', claimant: KARTUZY, asOf: ['2024-05-11'], note: '"бої за Глибоке розпочалися о 14:00"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-09-13',
    url: 'https://glavred.net/front/snova-razvevaetsya-sine-zheltyy-vsu-osvobodili-vazhnoe-selo-na-granice-dvuh-oblastey-10697669.html',
    notes: 'Stored copy on Главред (its Ukrainian text), its headline, lead, summary box ("Головне:") and body as the store gives them; the language switch ("Рус"), the byline and time line ("Даяна Швець", "13 вересня 2025, 09:16", "484"), the tags ("всу, фронт"), the collage caption and the last paragraph, cut by the store ("... відновлюють контроль над окупован"), removed; the body\'s last sentence has no full stop in the store. The date is the page\'s (13 September 2025). Events: Filiia liberated (liberated, UA, the regiment: the lead\'s "Повернення Філії під контроль України", the summary\'s and the body\'s "звільнив село Філія"). Not events: the headline\'s "важливе село" (no name), "У визволеному населеному пункті" (no name). Counted: Україна in the lead (the country), the two oblast adjectives sharing one noun twice ("Дніпропетровської та Донецької областей", "Дніпропетровською та Донецькою областями": four mentions). Traps: the battalion "Шквал" (twice) and the regiment "Скеля" (three times). No claim.',
    places: [
      { t: 'Філії', ref: 'filiia' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Філія', all: true, ref: 'filiia' },
      { t: 'Дніпропетровської', ref: 'dnipropetrovskOblast' },
      { t: 'Донецької областей', ref: 'donetskOblast' },
      { t: 'Дніпропетровською', ref: 'dnipropetrovskOblast' },
      { t: 'Донецькою областями', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Шквал', all: true, why: 'a battalion name' },
      { t: 'Скеля', all: true, why: 'a regiment name' },
    ],
    events: [
      { t: 'Філії', ref: 'filiia', action: 'liberated', actor: 'UA', claimant: SKELIA, asOf: ['2025-09-13'], note: 'lead: "Повернення Філії під контроль України"' },
      { t: 'Філія', n: 1, ref: 'filiia', action: 'liberated', actor: 'UA', claimant: SKELIA, asOf: ['2025-09-13'], note: 'summary: "Батальйон "Шквал" полку "Скеля" звільнив село Філія"' },
      { t: 'Філія', n: 2, ref: 'filiia', action: 'liberated', actor: 'UA', claimant: SKELIA, asOf: ['2025-09-13'], note: '"успішно провів бойову операцію та звільнив село Філія"' },
    ],
  },
];
