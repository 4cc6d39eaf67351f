// Hand annotations, Russian articles of tests/eval/fresh67. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const AXIS = 'front axis named by an adjective';
const BODY = "country inside an official body's name";
const ROGOV = 'Владимир Рогов';
const MOD = 'Минобороны РФ';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2023-08-14',
    url: 'https://www.sila-rf.ru/?p=73109&post_type=post',
    notes: 'Stored copy on Сила РФ (sila-rf.ru, after РИА Новости), its headline and body as the store gives them, up to the last whole sentence (the store cuts the next one inside a word: "По словам председателя ВГА Запорожской области Владимира Рогова, российская система противовоздушной обороны успе"); the rubric ("Армия"), the byline ("Автор: Виктория Борисюк") and the date line ("14 августа 2023, 17:58") removed. The date is the page\'s (14 August 2023). Events: the headline\'s and the body\'s "взяли штурмом окопы ВСУ в районе (населенного пункта) Работино" and "провели контратаку в районе Работино" (fighting, RU: the attacking side, Rogov). Not an event: "ВСУ предприняли новую попытку атаковать Бердянск ракетами" (a missile strike on a city far behind the front, no ground fighting: judgement call). Counted: "в Запорожской области" (where the line of contact runs), "на Украине", Бердянск. Skipped: РФ in "ВС РФ" (twice) and "Вооруженных сил (ВС) РФ", Украины in "Вооруженных сил Украины" (bodies), "Запорожской области" in "председатель ВГА Запорожской области" (an official\'s title), "Ореховском направлении" (an axis). Traps: РИА Новости, Rogov (three times). No claim (the killed and captured have no figure).',
    places: [
      { t: 'Работино', all: true, ref: 'robotyne' },
      { t: 'Запорожской области', n: 1, ref: 'zaporizhzhiaOblast' },
      { t: 'Украине', ref: 'ukraine' },
      { t: 'Бердянск', ref: 'berdiansk' },
    ],
    traps: [
      { t: 'Рогов', n: 1, why: 'person' },
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Владимира Рогова', why: 'person' },
      { t: 'Рогов', n: 2, why: 'person' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY + ' ("ВС РФ", "Вооруженных сил (ВС) РФ")' },
      { t: 'Украины', why: BODY + ' ("Вооруженных сил Украины")' },
      { t: 'Ореховском', why: AXIS + ' ("на Ореховском направлении")' },
      { t: 'Запорожской области', n: 2, why: 'a region inside an official\'s title ("председатель ВГА Запорожской области")' },
    ],
    events: [
      { t: 'Работино', n: 1, ref: 'robotyne', action: 'fighting', actor: 'RU', claimant: ROGOV, asOf: ['2023-08-14'], note: 'headline: "Разведчики ВС РФ взяли штурмом окопы ВСУ в районе Работино"' },
      { t: 'Работино', n: 2, ref: 'robotyne', action: 'fighting', actor: 'RU', claimant: ROGOV, asOf: ['2023-08-14'], note: '"штурмом взяли окопы боевиков ... в районе населенного пункта Работино"' },
      { t: 'Работино', n: 3, ref: 'robotyne', action: 'fighting', actor: 'RU', claimant: ROGOV, asOf: ['2023-08-14'], note: '«Наши разведчики, застав врага врасплох, провели контратаку в районе Работино»' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-09-10',
    url: 'https://rosbalt.ru/russia/2022/09/10/1973494.html',
    notes: 'Stored copy on Росбалт, its body as the store gives it, up to the last whole sentence (the store cuts the next quote inside a word: "«В целях недопущения ущерба российским в"); the four date lines ("Posted / Published 10 сентября 2022, 14:26", "Modified / Updated 1 февраля, 19:17") removed. This copy has no headline: the manifest\'s title is the page\'s headline as another stored copy of the same page (through a proxy address) gives it. The date is the page\'s (10 September 2022, a Saturday: "Ранее в субботу"). Events: Bezsonov\'s "российские войска оставили город Изюм" and «с Изюма ушли» (withdrew, RU); the ministry\'s decision "перегруппировать российские войска, находящиеся в районах Балаклеи и Изюма" (withdrew, RU, as the sets read a side\'s regrouping of the troops stationed at named settlements). Not events: "комментарий о ситуации в районах Балаклеи и Изюма", the transfer "на территорию Донецкой Народной Республики". Counted: Харьковской области, Донбасса, "Донецкой Народной Республики" (Donetsk Oblast). Skipped: РФ in "Министерство обороны РФ" and "Минобороны РФ" (bodies), ДНР in "первый замминистра информации ДНР" (an official\'s title), "харьковского направления" and "Донецком направлении" (axes), "изюмско-балаклейской группировки" (a grouping named by adjectives, judgement call: skipped as an axis-like adjective). Trap: Безсонов. No claim.',
    places: [
      { t: 'Балаклеи', all: true, ref: 'balakliia' },
      { t: 'Изюма', all: true, ref: 'izium' },
      { t: 'Изюм', ref: 'izium' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Донбасса', ref: 'donbas' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
    ],
    traps: [{ t: 'Даниил Безсонов', why: 'person' }],
    skipped: [
      { t: 'РФ', all: true, why: BODY + ' ("Министерство обороны РФ", "Минобороны РФ")' },
      { t: 'ДНР', why: 'a region inside an official\'s title ("первый замминистра информации ДНР")' },
      { t: 'харьковского', why: AXIS + ' ("харьковского направления")' },
      { t: 'Донецком', why: AXIS + ' ("на Донецком направлении")' },
      { t: 'изюмско-балаклейской', why: 'a grouping named by place adjectives ("изюмско-балаклейской группировки войск"; judgement call)' },
    ],
    events: [
      { t: 'Изюм', ref: 'izium', action: 'withdrew', actor: 'RU', claimant: 'Даниил Безсонов', asOf: ['2022-09-10'], note: '"российские войска оставили город Изюм в Харьковской области"' },
      { t: 'Изюма', n: 2, ref: 'izium', action: 'withdrew', actor: 'RU', claimant: 'Даниил Безсонов', asOf: ['2022-09-10'], note: '«Да, с Изюма ушли»' },
      { t: 'Балаклеи', n: 2, ref: 'balakliia', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: ['2022-09-10'], note: '«принято решение перегруппировать российские войска, находящиеся в районах Балаклеи и Изюма»' },
      { t: 'Изюма', n: 3, ref: 'izium', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: ['2022-09-10'] },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-09-19',
    url: 'https://tut-news.ru/politika/vga-harkovshchiny-rossiyskie-voyska-kontroliruyut-vostochnuyu-chast-kupyanska',
    notes: 'Stored copy on ТУТ НЬЮС (after РИА Новости), its headline and body as the store gives them; the date line ("19.09.2022 22:55"), the photo caption with its credit ("стрельба", "Фото: ТУТ НЬЮС"), the author line ("Алеся Заяц Автор: Алеся Заяц Редактор интернет-ресурса") and "Все новости" removed (and the space the store leaves after the last full stop of a paragraph). The date is the page\'s (19 September 2022). Events: the Russian-installed administration\'s "российские войска контролируют восточную часть Купянска", "удержании позиций в восточной части Купянска" and "контроль над восточной частью населенного пункта Купянск ... сохраняют" (controls, RU, part); "перегруппировка войск из Балаклеи и Изюма на донецкое направление" (withdrew, RU, the defence ministry; the text gives no date: the publication date). Not events: the entry to the town "под непрерывным огнем" (no name in the clause), the evacuation from Купянска, Изюма, Шевченково and Балаклеи. Counted: Харьковской области, Донбасса. Skipped: Харьковщины twice and "Харьковского региона" (inside an administration\'s name: "ВГА Харьковщины", "военно-гражданской администрации Харьковского региона", "руководитель ВГА освобожденных территорий Харьковщины"), the Oskil (a river), "донецкое направление" (an axis). Traps: РИА Новости, Ганчев. No claim.',
    places: [
      { t: 'Купянска', all: true, ref: 'kupiansk' },
      { t: 'Купянск', ref: 'kupiansk' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Изюма', all: true, ref: 'izium' },
      { t: 'Шевченково', ref: 'shevchenkove' },
      { t: 'Балаклеи', all: true, ref: 'balakliia' },
      { t: 'Донбасса', ref: 'donbas' },
    ],
    traps: [
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Виталий Ганчев', why: 'person' },
    ],
    skipped: [
      { t: 'Харьковщины', all: true, why: 'a region inside an administration\'s name ("ВГА Харьковщины", "ВГА освобожденных территорий Харьковщины")' },
      { t: 'Харьковского региона', why: 'a region inside an administration\'s name ("военно-гражданской администрации Харьковского региона")' },
      { t: 'Оскол', why: 'river' },
      { t: 'донецкое', why: AXIS + ' ("на донецкое направление")' },
    ],
    events: [
      { t: 'Купянска', n: 1, ref: 'kupiansk', action: 'controls', actor: 'RU', claimant: 'ВГА Харьковщины', part: true, asOf: ['2022-09-19'], note: 'headline: "российские войска контролируют восточную часть Купянска"' },
      { t: 'Купянска', n: 2, ref: 'kupiansk', action: 'controls', actor: 'RU', claimant: 'ВГА Харьковщины', part: true, asOf: ['2022-09-19'], note: '"сообщили об удержании позиций в восточной части Купянска российскими войсками"' },
      { t: 'Купянск', ref: 'kupiansk', action: 'controls', actor: 'RU', claimant: 'ВГА Харьковщины', part: true, asOf: ['2022-09-19'], note: '"контроль над восточной частью населенного пункта Купянск по реке Оскол сохраняют русские военные формирования"' },
      { t: 'Балаклеи', n: 2, ref: 'balakliia', action: 'withdrew', actor: 'RU', claimant: 'Минобороны России', asOf: ['2022-09-19'], note: '"перегруппировка войск из Балаклеи и Изюма на донецкое направление была необходима"' },
      { t: 'Изюма', n: 2, ref: 'izium', action: 'withdrew', actor: 'RU', claimant: 'Минобороны России', asOf: ['2022-09-19'] },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-04-06',
    url: 'https://belta.by/socium/view/prigozhin-oproverg-svedenija-ob-otstuplenii-vsu-iz-artemovska-559717-2023/',
    notes: 'Stored copy on БелТА (Belarus, after ТАСС), its dateline and body as the store gives them (no headline: the manifest\'s title is made from the URL slug); a stray marker the store leaves after a full stop ("nnaa1", page code, not text) and the agency\'s end mark ("-0-") removed. The date is the dateline\'s "6 апреля" with the year of the URL (2023). Events: the reports "что украинская сторона выводит своих солдат из города Артемовск" (withdrew, UA, denied: Prigozhin says "эта информация не соответствует действительности"; claimant the media the text cites, unnamed). Not events: "российские силы смогут полностью освободить город" (a prospect, no name), "покинув Артемовск, вероятно, передислоцируются в Часов Яр" and "попробуют закрепиться в окрестностях Артемовска" (guesses about the future), "Бойцы ВСУ находятся в городе" (no name in the sentence). Counted: the dateline\'s Минск, Артемовск (Bakhmut) three times, Часов Яр. Traps: БЕЛТА, ТАСС, «Вагнер», the persons. No claim.',
    places: [
      { t: 'Минск', ref: 'minsk' },
      { t: 'Артемовск', all: true, ref: 'bakhmut' },
      { t: 'Часов Яр', ref: 'chasivYar' },
      { t: 'Артемовска', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'БЕЛТА', why: 'a news agency' },
      { t: 'Вагнер', why: 'a mercenary group' },
      { t: 'Евгений Пригожин', why: 'person' },
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Пригожин', n: 2, why: 'person' },
      { t: 'Пригожин', n: 3, why: 'person' },
    ],
    events: [
      { t: 'Артемовск', n: 1, ref: 'bakhmut', action: 'withdrew', actor: 'UA', claimant: null, denied: true, asOf: ['2023-04-06'], note: '"информацию о том, что украинская сторона выводит своих солдат из города Артемовск" — "эта информация не соответствует действительности" (Prigozhin)' },
    ],
  },
];
