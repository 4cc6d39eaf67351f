// Hand annotations, Ukrainian articles of tests/eval/fresh19 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const GENSHTAB = 'Генштаб ЗСУ';
const SOUTH = 'Сили оборони півдня';
const HRYHOROV = 'Олег Григоров (Сумська ОВА)';
const FILASHKIN = 'Вадим Філашкін (Донецька ОВА)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-11-28',
    url: 'https://fakty.com.ua/ua/ukraine/20251128-sytuacziya-bilya-gulyajpolya-front-stabilizovano-nastup-okupantiv-zupyneno/',
    notes: 'Stored copy of a Факти news item, its body as the store gives it up to the last full sentence (the store cuts the next one, "Відомо, що росіяни вбили п’ятьох ук", mid-word: removed); the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s and the index date (28 November 2025). Events: near Huliaipole the Defence Forces held back the Russian offensive (fighting, RU, the attacking side); the 20 enemy attacks near Zatyshshia, Solodke and Chervone and towards Dobropillia, Pryluky, Varvarivka and Huliaipole (fighting, RU; the General Staff); on 27 November Russian troops came right up to the city\'s outskirts (fighting, RU: an advance towards). The heading "Ситуація біля Гуляйполя 28 листопада" and the situation "повернути під контроль" near Huliaipole (stabilisation) carry no event. "Запорізької області" is the oblast; "Гуляйпільському напрямку" (twice) a front axis and "України" in "Сили оборони України" and "Сили оборони Півдня України" official bodies (skipped). The villages are placed at Huliaipole (`near`). Not claims: the 20 attacks.',
    places: [
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
      { t: 'Затишшя', ref: 'zatyshshia' },
      { t: 'Солодке', ref: 'solodke' },
      { t: 'Червоне', ref: 'chervoneZp' },
      { t: 'Добропілля', ref: 'dobropilliaZp' },
      { t: 'Прилуки', ref: 'prylukyZp' },
      { t: 'Варварівка', ref: 'varvarivkaZp' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
    ],
    traps: [],
    skipped: [
      { t: 'України', all: true, why: BODY },
      { t: 'Гуляйпільському напрямку', all: true, why: 'front axis' },
    ],
    claims: [],
    events: [
      { t: 'Гуляйполя', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: SOUTH, asOf: ['2025-11-28'], note: '"Біля Гуляйполя ... Сили оборони України стримали наступ російських окупантів"' },
      ...([['Затишшя', 'zatyshshia'], ['Солодке', 'solodke'], ['Червоне', 'chervoneZp'], ['Добропілля', 'dobropilliaZp'], ['Прилуки', 'prylukyZp'], ['Варварівка', 'varvarivkaZp'], ['Гуляйполе', 'huliaipole']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'fighting' as const, actor: 'RU' as const, claimant: GENSHTAB, asOf: ['2025-11-27', '2025-11-28'] as const,
        note: '"відбили 20 атак ворога поблизу населених пунктів Затишшя, Солодке, Червоне та у бік населених пунктів Добропілля, Прилуки, Варварівка та Гуляйполе"',
      })),
      { t: 'Гуляйполя', n: 4, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-11-27'], note: '"27 листопада ... російські війська впритул підійшли до околиць міста"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-08-14',
    url: 'https://www.rbc.ua/rus/news/boyi-chasiv-r-ukrayinski-voyini-zupinyayut-1755154710.html/amp',
    notes: 'Stored copy of an РБК-Україна news item, its headline first and its body up to the last full paragraph (the store cuts the next quote, "Є таке явище, коли один-два вороги намагаються зайти нам у спину, виставити", mid-sentence: removed); the index\'s date prefix, the language switch "UA", the photo caption and the byline removed. The date is the index date (14 August 2025). Events: the battles for Chasiv Yar and the Russian assaults held back near it (fighting, RU: the headline and the lead); Putin "особисто заявив, що місто взяте", which the sergeant calls untrue (captured, RU, denied: "Насправді ворог ... безуспішно намагається атакувати це маленьке місто"; the text gives no date for Putin\'s claim). "РФ" in "штурми РФ" names the country; "Краматорському напрямку" is a front axis and "Кремля" (twice) the government by its seat (skipped). Traps: РБК-Україна (an outlet with the country in its name), Юрій Сиротюк, Володимир and Путін. Not claims: fewer than 10 thousand pre-war residents.',
    places: [
      { t: 'Часів Яр', ref: 'chasivYar' },
      { t: 'Часового Яру', all: true, ref: 'chasivYar' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'РБК-Україна', why: 'outlet named with the country' },
      { t: 'Юрія Сиротюка', why: 'person' },
      { t: 'Володимир', why: 'person' },
      { t: 'Путін', why: 'person' },
    ],
    skipped: [
      { t: 'Кремля', all: true, why: 'the government named by its seat' },
      { t: 'Краматорському напрямку', why: 'front axis' },
    ],
    claims: [],
    events: [
      { t: 'Часів Яр', ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Юрій Сиротюк (5-та окрема штурмова бригада)', asOf: ['2025-08-14'], note: 'the headline\'s "Бої за Часів Яр: українські воїни зупиняють штурми РФ"' },
      { t: 'Часового Яру', n: 1, ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Юрій Сиротюк (5-та окрема штурмова бригада)', asOf: ['2025-08-14'], note: '"стримують штурми росіян біля Часового Яру, спростовуючи заяви Кремля про "захоплення" міста"' },
      { t: 'Часового Яру', n: 2, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: 'Володимир Путін', denied: true, asOf: ['2025-08-14'], note: '"на напрямку Часового Яру, де ... Путін особисто заявив, що місто взяте. Насправді ворог ... безуспішно намагається атакувати"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-10-11',
    url: 'https://patrioty.org.ua/politic/sytuatsiia-vse-skladnisha-okupanty-zakhopyly-ponad-50-mista-toretsk-na-donechchyni-531260.html',
    notes: 'Stored copy of a Патріоти України news item, its headline first and its body as the store gives it; a related-article link inside the body ("Залежить від кількох факторів. За яких умов ЗСУ доведеться відходити і з Торецька — Гетьман") and the unrelated items after the body (a heading, a date line of 20 February 2026 and another article\'s lead) removed. The page gives no date of its own: the date is the text\'s ("у п’ятницю, 11 жовтня"; 11 October 2024 is a Friday, and the year is the Toretsk siege\'s, the city head\'s 40-50% of autumn 2024). Events: "за останню добу окупантам не вдалося просунутися у Торецьку" (fighting, RU: an attempted advance; the Defence Forces hold their positions). The shares of Toretsk held (more than 50% and about 50% occupied, 40-50% under Ukrainian control) carry no event of their own; "евакуація з Торецька" none. Claims (Chynchyk): more than 50% of Toretsk seized (area-held, percent, RU; the headline), about 50% occupied (area-held, percent, RU), 40-50% under Ukrainian control (area-held, percent, UA; the range\'s lower bound). "Донеччині" and "Донецької області" are the oblast; "України" in "під контролем України" the country, in "Сили оборони України" an official body (skipped), in "Патріоти України" the outlet (trap); "Торецької" names the city\'s military administration (skipped). Traps: Василь Чинчик, Чинчик, Чинчика. Not claims: the seven people evacuated, 1150 residents.',
    places: [
      { t: 'Торецьк', all: true, ref: 'toretsk' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'України', ctx: 'під контролем України', ref: 'ukraine' },
      { t: 'Торецьку', ref: 'toretsk' },
      { t: 'Торецька', ref: 'toretsk' },
    ],
    traps: [
      { t: 'Патріоти України', why: 'outlet named with the country' },
      { t: 'Василь Чинчик', why: 'person' },
      { t: 'Чинчик', ctx: 'сказав Чинчик', why: 'person' },
      { t: 'Чинчика', why: 'person' },
    ],
    skipped: [
      { t: 'України', ctx: 'Сили оборони України', why: BODY },
      { t: 'Торецької', why: 'the city inside an official body\'s name ("Торецької міської військової адміністрації")' },
    ],
    claims: [
      { t: '50%', ctx: 'понад 50% міста', kind: 'area-held', value: 50, unit: 'percent', holder: 'RU', claimant: 'Василь Чинчик (Торецька МВА)', asOf: ['2024-10-11'], note: 'the headline\'s "Окупанти захопили понад 50% міста Торецьк"' },
      { t: '50%', ctx: 'близько 50% міста', kind: 'area-held', value: 50, unit: 'percent', holder: 'RU', claimant: 'Василь Чинчик (Торецька МВА)', asOf: ['2024-10-11'], note: '"Росіяни окупували близько 50% міста Торецьк"' },
      { t: '40−50%', kind: 'area-held', value: 40, unit: 'percent', holder: 'UA', claimant: 'Василь Чинчик (Торецька МВА)', asOf: ['2024-10-11'], note: '"Орієнтовно 40−50% міста Торецьк залишаються під контролем України" (a range: its lower bound)' },
    ],
    events: [
      { t: 'Торецьку', ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: 'Василь Чинчик (Торецька МВА)', asOf: ['2024-10-10', '2024-10-11'], note: '"за останню добу окупантам не вдалося просунутися у Торецьку, Сили оборони України утримують позиції"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-05-27',
    url: 'https://news.lviv-company.in.ua/?p=1316426',
    notes: 'Stored copy of a Львівський портал news item, its headline first and its body as the store gives it; the site name line before the headline and the subscription line with a stray "Ф" after the body removed. The page gives no date line: the date is the text\'s ("Станом на 27 травня"), the year that of the head of the Sumy OVA\'s statement on the four villages (other reports of the same statement, e.g. news.online.ua\'s, are dated 27 May 2025). Events (Hryhorov): Novenke and Basivka of the Yunakivka hromada and Veselivka and Zhuravka of the Khotin hromada are under the control of the Russian occupiers (controls, RU); fighting on the outskirts of Vodolahy, near Volodymyrivka, Bilovody, Kostiantynivka and Kindrativka of the Khotin hromada and on the outskirts of Loknia (fighting, RU: the enemy\'s attempts to advance). Russia\'s plans to seize the city of Sumy are a purpose (no event). Claims: four settlements under Russian control (count, settlements, RU; headline and lead). "Сумщині", "Сумської області" and "Сумську область" are the oblast, "Юнаківської громади" and "Хотінської громади" (twice each) the hromadas; "РФ" (twice) the country; "Сумської" in "Сумської ОВА" names an official body (skipped); "Львівський портал" the outlet (trap). Villages are placed at their hromada\'s centre (`district`); Vodolahy, whose hromada the text does not clearly give, at the oblast.',
    places: [
      { t: 'Сумщині', ref: 'sumyOblast' },
      { t: 'Сумської області', ref: 'sumyOblast' },
      { t: 'РФ', all: true, ref: 'russia' },
      { t: 'Новеньке', ref: 'novenke' },
      { t: 'Басівка', ref: 'basivka' },
      { t: 'Юнаківської громади', all: true, ref: 'yunakivkaHromada' },
      { t: 'Веселівка', ref: 'veselivka' },
      { t: 'Журавка', ref: 'zhuravka' },
      { t: 'Хотінської громади', all: true, ref: 'khotinHromada' },
      { t: 'Водолаги', ref: 'vodolahy' },
      { t: 'Володимирівки', ref: 'volodymyrivka' },
      { t: 'Біловодів', ref: 'bilovody' },
      { t: 'Костянтинівки', ref: 'kostiantynivkaSumy' },
      { t: 'Кіндратівки', ref: 'kindrativka' },
      { t: 'Локні', ref: 'loknia' },
      { t: 'Суми', ref: 'sumy' },
      { t: 'Сумську область', ref: 'sumyOblast' },
    ],
    traps: [
      { t: 'Олег Григоров', why: 'person' },
      { t: 'Львівський портал', why: 'outlet named after the city' },
    ],
    skipped: [{ t: 'Сумської', ctx: 'Сумської ОВА', why: 'the oblast inside an official body\'s name ("Сумської ОВА")' }],
    claims: [
      { t: 'чотири населені пункти', all: true, kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"під контролем російських окупантів знаходяться чотири населені пункти" (and the headline)' },
    ],
    events: [
      ...([['Новеньке', 'novenke'], ['Басівка', 'basivka'], ['Веселівка', 'veselivka'], ['Журавка', 'zhuravka']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'controls' as const, actor: 'RU' as const, claimant: HRYHOROV, asOf: ['2025-05-27'] as const,
        note: '"під контролем російських окупантів знаходяться чотири населені пункти ... Зокрема, мова йде про села Новеньке, Басівка ... та Веселівка, Журавка"',
      })),
      ...([['Водолаги', 'vodolahy'], ['Володимирівки', 'volodymyrivka'], ['Біловодів', 'bilovody'], ['Костянтинівки', 'kostiantynivkaSumy'], ['Кіндратівки', 'kindrativka'], ['Локні', 'loknia']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'fighting' as const, actor: 'RU' as const, claimant: HRYHOROV, asOf: ['2025-05-27'] as const,
        note: '"Противник продовжує спроби просування ... Бойові дії тривають на околицях села Водолаги та поблизу ... а також на околицях Локні"',
      })),
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2024-10-01',
    url: 'https://mayupravo.com/news/view/rosiyiski-viyiska-prosunulisya-do-centru-vugledara-a79665',
    notes: 'Stored copy of a Маю право news item, its headline first and its body up to the last full paragraph (the store cuts the next one, on the 72nd brigade, "полковник Іван Вінн", mid-word: removed); the rubric and date line before the headline ("Происшествия | 1 Октября, 2024") removed. The date is the page\'s date line and the text\'s ("у вівторок, 1 жовтня"; 1 October 2024 is a Tuesday). Events: Russian troops advanced to the centre of Vuhledar, "майже в центрі міста" (entered, RU: inside the town; Filashkin; the headline and the lead); the presence of Russian troops in Vuhledar confirmed by Reuters and DeepState, flags raised on buildings on its western outskirts (entered, RU). The capture of the city "питання кількох днів" is a prospect (no event). "РФ" in "військ РФ" names the country; "Донецької" in "Донецької обласної військової адміністрації" an official body (skipped). Traps: Вадим Філашкін, Філашкіна, Reuters, DeepState (twice). Not claims: 107 civilians.',
    places: [
      { t: 'Вугледара', all: true, ref: 'vuhledar' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Вугледарі', ref: 'vuhledar' },
    ],
    traps: [
      { t: 'Вадим Філашкін', why: 'person' },
      { t: 'Філашкіна', why: 'person' },
      { t: 'Reuters', why: 'news agency' },
      { t: 'DeepState', all: true, why: 'monitoring project' },
    ],
    skipped: [{ t: 'Донецької', why: 'the oblast inside an official body\'s name ("Донецької обласної військової адміністрації")' }],
    claims: [],
    events: [
      { t: 'Вугледара', n: 1, ref: 'vuhledar', action: 'entered', actor: 'RU', claimant: FILASHKIN, part: true, asOf: ['2024-10-01'], note: 'the headline\'s "просунулися до центру Вугледара"' },
      { t: 'Вугледара', n: 2, ref: 'vuhledar', action: 'entered', actor: 'RU', claimant: FILASHKIN, part: true, asOf: ['2024-10-01'], note: '"Російські війська просунулися до центру Вугледара ... Зараз ворог знаходиться майже в центрі міста"' },
      { t: 'Вугледарі', ref: 'vuhledar', action: 'entered', actor: 'RU', claimant: 'Reuters; DeepState', asOf: ['2024-10-01'], note: '"Перебування військ РФ у Вугледарі також підтверджують агенція Reuters та український проєкт DeepState"' },
      { t: 'Вугледара', n: 3, ref: 'vuhledar', action: 'entered', actor: 'RU', claimant: 'Reuters; DeepState', asOf: ['2024-10-01'], note: '"російські солдати піднімають прапори принаймні на двох будинках на західній околиці Вугледара"' },
    ],
  },
];
