// Hand annotations, Ukrainian articles of tests/eval/fresh12 (see annotations-en.ts for the locators).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country or oblast inside an official body's name";

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-02-26',
    url: 'https://regionews.ua/ukr/news/donetchina/1708944549-zsu-viyshli-z-sela-lastochkine-pid-avdiyivkoyu-osuv-tavriya',
    notes: 'Stored copy of a RegioNews item from its lead to its last paragraph; the "UA | RU" switch, the date line, the headline and the photo caption before the lead removed, and the subscription box and the teaser of another story after the last paragraph removed (the manifest title is the headline). The date is the page\'s ("26 лютого 2024, 12:50"). Events: Ukrainian units left Ласточкине (withdrew, UA, Лиховій), twice; the withdrawal to the western outskirts of Ласточкине reported on 25 February (withdrew, UA). The defence line through Орлівка, Тоненьке and Бердичі is a purpose ("щоб організувати оборону": no event); the assaults "на Авдіївському напрямку" are on a front axis (skipped). Ласточкине is placed at Avdiivka (the text: "у 6 км від Авдіївки"). ОСУВ "Таврія" is a grouping, RegioNews and РБК-Україна outlets (traps); "Збройних сил України", "Сили оборони України" official bodies (skipped).',
    places: [
      { t: 'Ласточкине', all: true, ref: 'lastochkyneNear' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Орлівка', ref: 'orlivka' },
      { t: 'Тоненьке', ref: 'tonenke' },
      { t: 'Бердичі', ref: 'berdychi' },
      { t: 'Авдіївки', ref: 'avdiivka' },
    ],
    traps: [
      { t: 'Таврія', why: 'grouping of troops (ОСУВ "Таврія")' },
      { t: 'Дмитро Лиховій', why: 'person' },
      { t: 'RegioNews', why: 'outlet' },
      { t: 'РБК-Україна', why: 'outlet' },
    ],
    skipped: [
      { t: 'Авдіївському напрямку', all: true, why: 'front axis' },
      { t: 'України', all: true, why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Ласточкине', ctx: 'від села Ласточкине на', ref: 'lastochkyneNear', action: 'withdrew', actor: 'UA', claimant: 'Дмитро Лиховій', asOf: ['2024-02-26'] },
      { t: 'Ласточкине', ctx: 'від села Ласточкине"', ref: 'lastochkyneNear', action: 'withdrew', actor: 'UA', claimant: 'Дмитро Лиховій', asOf: ['2024-02-26'] },
      { t: 'Ласточкине', ctx: 'околиці Ласточкине', ref: 'lastochkyneNear', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2024-02-25'], note: '"відійшли на західні околиці Ласточкине"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-04-01',
    url: 'https://bukvy.org/rosijski-vijska-spovilnyly-tempy-prosuvannya-do-minimumu-z-lita-2024-deepstate',
    notes: 'Stored copy of a Букви (bukvy.org) item from its lead to the end of its first section; the headline and the "Джерело: DeepState" line before the lead removed, and the next subheading ("Росія перекидає війська з Курської області") with the start of its paragraph, cut mid-word by the store, removed after it (the manifest title is the headline). The date is established from the text: it reports DeepState\'s March 2025 figure ("У березні росіяни захопили лише 133 кв. км"; "у грудні 2024 року ... у січні ... у лютому"), which DeepState published on 1 April 2025 (as Ukrainska Pravda\'s item of that day, en-03, reports); the item is of that day. Claims (DeepState), all ground Russia gained in a month (area-gained, RU): 133 km² in March 2025 (twice), 114 km² in June 2024, the peak month of November 2024 (725 km²), 401 km² in December 2024, 321 km² in January 2025, 189 km² in February 2025. No settlement event: "просування РФ у районі Покровська" is a slowing advance in an area (no event). "глави РФ" is a title (skipped); Putin and DeepState are traps.',
    places: [
      { t: 'Україні', ref: 'ukraine' },
      { t: 'РФ', ctx: 'контроль РФ', ref: 'russia' },
      { t: 'РФ', ctx: 'просування РФ', ref: 'russia' },
      { t: 'Покровська', ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'Володимира Путіна', why: 'person' },
      { t: 'DeepState', why: 'OSINT project' },
    ],
    skipped: [{ t: 'РФ', ctx: 'глави РФ', why: 'country inside a title (the head of the Russian Federation)' }],
    claims: [
      { t: '133 кв. км', ctx: 'захопили лише 133 кв. км', kind: 'area-gained', value: 133, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-03-01', '2025-03-31'] },
      { t: '114 кв. км', kind: 'area-gained', value: 114, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2024-06-01', '2024-06-30'], note: '"з червня 2024 року, коли під контроль РФ перейшло 114 кв. км"' },
      { t: '725 кв. км', kind: 'area-gained', value: 725, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2024-11-01', '2024-11-30'], note: '"досягнувши піку в листопаді (725 кв. км)": the month with the most ground taken' },
      { t: '401 кв. км', kind: 'area-gained', value: 401, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2024-12-01', '2024-12-31'] },
      { t: '321 кв. км', kind: 'area-gained', value: 321, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-01-01', '2025-01-31'] },
      { t: '189 кв. км', kind: 'area-gained', value: 189, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-02-01', '2025-02-28'] },
      { t: '133 кв. км', ctx: 'березні лише 133 кв. км', kind: 'area-gained', value: 133, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-03-01', '2025-03-31'] },
    ],
    events: [],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2026-02-25',
    url: 'https://24tv.ua/rizdvyanku-zaporizhzhi-nibito-zahopila-rosiya-shho-kazhut-ukrayinski_n3016609',
    notes: 'Stored copy of a 24 Канал (24tv.ua) item from its lead to its last complete sentence; the index\'s date prefix removed, and a last sentence cut mid-word by the store ("Але міністер") removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (25 February 2026). Event: the Russian defence ministry\'s claim that Russian troops "нібито захопили" Різдвянка, refuted by Волошин ("спростували ці заяви", "повний російський фейк": captured, RU, denied; the claim of 24 February). "населений пункт продовжує перебувати під контролем ЗСУ" and "село ... продовжує перебувати під контролем" name no settlement in their clause; "Різдвянка розташована за десятки кілометрів" is a description (no event). Різдвянка is placed in Zaporizhzhia Oblast (the episode; the text says "на півдні України"). Волошин and РБК-Україна are traps.',
    places: [
      { t: 'Різдвянка', all: true, ref: 'rizdvianka' },
      { t: 'України', ctx: 'півдні України', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Владислав Волошин', all: true, why: 'person' },
      { t: 'РБК-Україна', why: 'outlet' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Різдвянка', ctx: 'населений пункт Різдвянка', ref: 'rizdvianka', action: 'captured', actor: 'RU', claimant: 'Російське оборонне відомство', denied: true, asOf: ['2026-02-24', '2026-02-25'] },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2024-11-16',
    url: 'https://bahmut.in.ua/nastup-na-kurahove-jde-z-troh-bokiv-yaka-sytuacziya-na-kozhnomu-napryamku',
    notes: 'Stored copy of a bahmut.in.ua item from its lead to the end of its third section; the headline, the byline and date line, the tag and the illustration caption before the lead removed, and a last sentence cut mid-word by the store ("Один з останніх ш") removed (the manifest title is the headline). The subheadings and the illustration caption inside the text are kept. The date is the page\'s ("10:00, 16 Листопада 2024"). Events (DeepState\'s analysts): the Russian offensive on Курахове (fighting, RU), in the lead and in the subheading; the attempt to take Сонцівка and the pressure on Новоселидівка (fighting, RU); Іллінка "наразі є окупованою" (controls, RU); Russian infantry seen in the area of Берестки (fighting, RU: an advance towards it); the eastern outskirts of Курахове under constant pressure (fighting, RU). "відтинку Берестки-Іллінка" is a segment of front, "дійти до Старих Тернів" a goal and "На північ від Курахового" a position (no event). DeepState is a trap.',
    places: [
      { t: 'Курахове', all: true, ref: 'kurakhove' },
      { t: 'Курахового', all: true, ref: 'kurakhove' },
      { t: 'Сонцівка', ref: 'sontsivka' },
      { t: 'Новоселидівку', ref: 'novoselydivka' },
      { t: 'Берестки', ref: 'berestky' },
      { t: 'Іллінка', all: true, ref: 'illinka' },
      { t: 'Берестків', ref: 'berestky' },
      { t: 'Старих Тернів', ref: 'stariTerny' },
    ],
    traps: [{ t: 'DeepState', all: true, why: 'OSINT project' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Курахове', ctx: 'масштабний наступ на Курахове', ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-11-16'] },
      { t: 'Курахове', ctx: 'Наступ на Курахове:', ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-11-16'] },
      { t: 'Сонцівка', ref: 'sontsivka', action: 'fighting', actor: 'RU', claimant: 'аналітики DeepState', asOf: ['2024-11-16'], note: '"намагаються закріпитися в селі Сонцівка та повністю його захопити"' },
      { t: 'Новоселидівку', ref: 'novoselydivka', action: 'fighting', actor: 'RU', claimant: 'аналітики DeepState', asOf: ['2024-11-16'], note: '"Дотискають вони і Новоселидівку"' },
      { t: 'Іллінка', ctx: 'Іллінка наразі', ref: 'illinka', action: 'controls', actor: 'RU', claimant: 'аналітики DeepState', asOf: ['2024-11-16'], note: '"Іллінка наразі є окупованою"' },
      { t: 'Берестків', ref: 'berestky', action: 'fighting', actor: 'RU', claimant: 'аналітики DeepState', asOf: ['2024-11-16'], note: '"Окремі одиниці російської піхоти візуально помічаються вже й у районі Берестків"' },
      { t: 'Курахового', ctx: 'Східні околиці Курахового', ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: 'аналітики DeepState', asOf: ['2024-11-16'] },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-04-06',
    url: 'https://fun.my.ua/uk/news/cluster/2025-04-06-rosiia-zaiavila-pro-okupatsiiu-sela-na-sumshchini-prikordonniki-vidreaguvali/300e23ff-04a5-59cc-af40-d5d52f9f68af',
    notes: 'Stored copy of a my.ua news-cluster item from its lead to its last line, complete as given (the store gives no headline: the manifest title is made from the URL slug). The store\'s "прикордоннесело" and "зоні".Президент" (no space) are kept. The date is the URL\'s (6 April 2025). Events: the Russian defence ministry\'s claim that Russian soldiers took Басівка, refuted by Демченко (captured, RU, denied); Russian groups present in Басівці, "але село не під їхнім контролем" (entered, RU, Демченко); the Russian claim of more than a week earlier of the "нібито окупацію" of Веселівка, in the grey zone (captured, RU, denied). "в цьому населеному пункті тривають бої" names no settlement; "як і Басівка, перебуває в сірій зоні" is a description (no event). "Державної прикордонної служби України" is an official body (skipped); "глава Кремля" names the Russian leadership by its seat (skipped); people are traps.',
    places: [
      { t: 'РФ', all: true, ref: 'russia' },
      { t: 'Басівка', all: true, ref: 'basivka' },
      { t: 'Сумської області', ref: 'sumyOblast' },
      { t: 'Басівці', ref: 'basivka' },
      { t: 'Веселівка', ref: 'veselivka' },
      { t: 'Харківську', ref: 'kharkivOblast' },
      { t: 'Сумську області', ref: 'sumyOblast' },
    ],
    traps: [
      { t: 'Андрій Демченко', why: 'person' },
      { t: 'Демченко', ctx: 'наголошує Демченко', why: 'person' },
      { t: 'Володимир Зеленський', why: 'person' },
      { t: 'Владімір Путін', why: 'person' },
    ],
    skipped: [
      { t: 'України', ctx: 'служби України', why: BODY },
      { t: 'Кремля', why: 'the seat of the Russian leadership in a title ("глава Кремля")' },
    ],
    claims: [],
    events: [
      { t: 'Басівка', ctx: 'прикордоннесело Басівка', ref: 'basivka', action: 'captured', actor: 'RU', claimant: 'Російське міністерство оборони', denied: true, asOf: ['2025-04-06'] },
      { t: 'Басівці', ref: 'basivka', action: 'entered', actor: 'RU', claimant: 'Андрій Демченко', asOf: ['2025-04-06'], note: '"Російські групи на даний момент присутні в Басівці, але село не під їхнім контролем"' },
      { t: 'Веселівка', ref: 'veselivka', action: 'captured', actor: 'RU', claimant: 'РФ', denied: true, asOf: ['2025-03-23', '2025-03-30'], note: '"Понад тиждень тому РФ заявляла про нібито окупацію села Веселівка, яке ... перебуває в \\"сірій зоні\\""' },
    ],
  },
];
