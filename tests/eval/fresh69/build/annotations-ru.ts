// Hand annotations, Russian articles of tests/eval/fresh69. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "a region inside an official's title";
const AXIS = 'a front axis named by an adjective';
const PLANT = 'a facility named after a town';
const PUSHILIN = 'Denis Pushilin';
const KONASHENKOV = 'Igor Konashenkov (Russian Defence Ministry)';
const MOD = 'Russian Defence Ministry';
const HUMENIUK = 'Natalia Humeniuk';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-06-06',
    url: 'https://iz.ru/1345805/2022-06-06/glava-dnr-zaiavil-o-zachistke-sviatogorska-ot-ukrainskikh-boevikov',
    notes: 'Stored copy on Известия, its headline and body as the store gives them, up to the last whole paragraph: the last one ("6 июня Конашенков также заявил ... средства ПВО сбили украи"), cut by the store inside a word, removed. The date is the URL\'s and the text\'s (6 June 2022, "в понедельник, 6 июня"). Events (Russia taking a Ukrainian town: the owner rule): "Город Святогорск ... практически полностью взят под контроль" and Pushilin\'s «Святогорск практически освобожден» (captured, RU, part: most of the town taken, "практически"; judgement call, as fresh68 reads most of Kupiansk\'s buildings taken); the headline\'s "о зачистке Святогорска" (fighting, RU: a clearing under way, «проходит зачистка», not told done); Konashenkov\'s "завершают освобождение Святогорска" (fighting, RU: the operation under way); "идут бои за Святогорск" (fighting, RU: the attacker). Not events: "в целях предотвращения отступления украинских войск из Святогорска" (a retreat prevented; judgement call). Claim: "силы ДНР установили контроль над 229 населенными пунктами" (count, settlements, RU, the DPR\'s territorial defence headquarters, from 24 February 2022 to the report). Counted: "Донецкой Народной Республике", ДНР in parentheses and in "силы ДНР" (the region, as the sets count ДНР; judgement call for the forces\' name). Skipped: ДНР in "Глава ДНР" (a title, as fresh67 skips it), РФ in "Минобороны РФ", России in "Вооруженные силы (ВС) России" (bodies), "реку Северский Донец" (a river). Traps: «Россия 24» (a TV channel), the persons.',
    places: [
      { t: 'Святогорска', all: true, ref: 'sviatohirsk' },
      { t: 'Святогорск', all: true, ref: 'sviatohirsk' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'ДНР', n: 2, ref: 'donetskOblast' },
      { t: 'ДНР', n: 3, ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Россия 24', why: 'a TV channel' },
      { t: 'Игорь Конашенков', why: 'person' },
    ],
    skipped: [
      { t: 'ДНР', n: 1, why: TITLE },
      { t: 'РФ', why: BODY },
      { t: 'России', why: BODY },
      { t: 'Северский Донец', why: 'a river' },
    ],
    claims: [
      { t: '229 населенными пунктами', kind: 'count', value: 229, unit: 'settlements', holder: 'RU', claimant: 'DPR territorial defence headquarters', asOf: ['2022-02-24', '2022-06-06'], note: '"силы ДНР установили контроль над 229 населенными пунктами"' },
    ],
    events: [
      { t: 'Святогорска', n: 1, ref: 'sviatohirsk', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-06-06'], note: 'headline: "Глава ДНР заявил о зачистке Святогорска от украинских боевиков"' },
      { t: 'Святогорск', n: 1, ref: 'sviatohirsk', action: 'captured', actor: 'RU', claimant: PUSHILIN, part: true, asOf: ['2022-06-06'], note: '"Город Святогорск ... практически полностью взят под контроль"' },
      { t: 'Святогорск', n: 2, ref: 'sviatohirsk', action: 'captured', actor: 'RU', claimant: PUSHILIN, part: true, asOf: ['2022-06-06'], note: '«Святогорск практически освобожден, проходит зачистка»' },
      { t: 'Святогорска', n: 2, ref: 'sviatohirsk', action: 'fighting', actor: 'RU', claimant: KONASHENKOV, asOf: ['2022-06-06'], note: '"Вооруженные силы (ВС) России завершают освобождение Святогорска"' },
      { t: 'Святогорск', n: 3, ref: 'sviatohirsk', action: 'fighting', actor: 'RU', claimant: 'DPR territorial defence headquarters', asOf: ['2022-06-06'], note: '"Отмечалось, что идут бои за Святогорск"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-08-23',
    url: 'https://www.osnmedia.ru/world/rossijskie-voennye-zavershayut-osvobozhdenie-marinki/',
    notes: 'Stored copy on Общественная служба новостей, its headline and body as the store gives them, up to the last whole paragraph; the test line ("test"), the rubric ("В мире"), the date lines ("23 августа 2022, 13:07" twice, "— Общественная служба новостей — ОСН"), the photo credit ("Фото: mil.ru") and the last paragraph, cut by the store ("Он отметил, что по всей этой линии идут «достаточно "), removed. The date is the page\'s (23 August 2022). Events (the Russian Defence Ministry; the owner rule): the headline\'s "завершают освобождение Марьинки" and «Завершается освобождение Марьинки» (fighting, RU: the operation under way); "почти полностью освободили Марьинку" (captured, RU, part: most of the town); "более 75% которого уже находится под контролем союзных войск" (controls, RU, part, on Марьинки of the same quote: 75 % of a town is a part, not a claim, as fresh68 reads the shares of towns). Not events: "больше половины города уже контролируют союзные силы" (no name in the sentence; not anchored, as fresh68 leaves such a sentence), the line of defence "Северск-Соледар-Артемовск-Авдеевка-Марьинка-Угледар" (six towns counted, no event: a line named by its towns, as a road named by two towns; judgement call). Counted: "Донецкой народной республики", РФ, Донбассе, Москвы (the government), Киева (the city), Украины in "демилитаризации Украины". Skipped: Украины in "Вооруженных сил Украины (ВСУ)", России in "Музея войск ПВО России" (bodies). Traps: РИА Новости, Общественная служба новостей (outlets), ВСУ, the persons. No claim.',
    places: [
      { t: 'Марьинки', all: true, ref: 'marinka' },
      { t: 'Марьинку', ref: 'marinka' },
      { t: 'Донецкой народной республики', ref: 'donetskOblast' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Донбассе', ref: 'donbas' },
      { t: 'Москвы', ref: 'moscow' },
      { t: 'Киева', ref: 'kyiv' },
      { t: 'Украины', n: 1, ref: 'ukraine' },
      { t: 'Северск', ref: 'siversk' },
      { t: 'Соледар', ref: 'soledar' },
      { t: 'Артемовск', ref: 'bakhmut' },
      { t: 'Авдеевка', ref: 'avdiivka' },
      { t: 'Марьинка', ref: 'marinka' },
      { t: 'Угледар', ref: 'vuhledar' },
    ],
    traps: [
      { t: 'РИА Новости', why: 'an outlet' },
      { t: 'Владимир Путин', why: 'person' },
      { t: 'Общественная служба новостей', why: 'an outlet' },
      { t: 'ВСУ', why: 'the Ukrainian armed forces\' abbreviation' },
      { t: 'Юрий Кнутов', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', n: 2, why: BODY },
      { t: 'России', why: 'a country inside a museum\'s name ("Музея войск ПВО России")' },
    ],
    events: [
      { t: 'Марьинки', n: 1, ref: 'marinka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2022-08-23'], note: 'headline: "Российские военные завершают освобождение Марьинки"' },
      { t: 'Марьинку', ref: 'marinka', action: 'captured', actor: 'RU', claimant: MOD, part: true, asOf: ['2022-08-23'], note: '"Российские военные почти полностью освободили Марьинку"' },
      { t: 'Марьинки', n: 2, ref: 'marinka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2022-08-23'], note: '«Завершается освобождение Марьинки»' },
      { t: 'Марьинки', n: 2, ref: 'marinka', action: 'controls', actor: 'RU', claimant: MOD, part: true, asOf: ['2022-08-23'], note: '«более 75% которого уже находится под контролем союзных войск»' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-10-09',
    url: 'http://inform.sumy.ua/news2/index.php?id=788667213',
    notes: 'Stored copy on Инфо-Сумы (Russian text, after РБК-Украина), its headline and body as the store gives them; the date line ("09.10.2022") and the closing line ("Срочные и важные сообщения о войне России против Украины читайте на ", cut by the store) removed. The date is the page\'s (9 October 2022). Claims: Humeniuk\'s 1170 km² freed "на Херсонском направлении" twice (area-retaken, UA, "с начала активных действий": from the southern counteroffensive\'s start, 29 August 2022, as earlier sets date it); "ВСУ освободили уже 1534 населенных пункта" (count, settlements, UA, from 24 February 2022: "уже" with no span); "ВСУ ликвидировали за сутки 440 российских солдат" (count, killed, RU, the day back from the morning of 9 October); "Общее число потерь российской армии с начала вторжения составляет 62500 военных" (count, casualties, RU, from 24 February 2022: a toll told as losses, as the sets read "потери"; first written as killed, corrected after the first run). No event (no settlement named; "населенные пункты оставляют в себе сюрпризы" names none). Counted: "Херсонской области", and "в Донецкой, Луганской, Николаевской, Харьковской и Херсонской областях" (five mentions sharing one noun, as fresh68 counts three). Skipped: "на Херсонском направлении" twice (an axis), Украины in "Сил обороны юга Украины" (a body). Traps: РБК-Украина (an outlet), ВСУ three times, the person.',
    places: [
      { t: 'Херсонской области', ref: 'khersonOblast' },
      { t: 'Донецкой', ref: 'donetskOblast' },
      { t: 'Луганской', ref: 'luhanskOblast' },
      { t: 'Николаевской', ref: 'mykolaivOblast' },
      { t: 'Харьковской', ref: 'kharkivOblast' },
      { t: 'Херсонской областях', ref: 'khersonOblast' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: 'the Ukrainian armed forces\' abbreviation' },
      { t: 'РБК-Украина', why: 'an outlet' },
      { t: 'Натальи Гуменюк', why: 'person' },
    ],
    skipped: [
      { t: 'Херсонском', all: true, why: AXIS },
      { t: 'Украины', why: BODY },
    ],
    claims: [
      { t: '1170 квадратных километров', n: 1, kind: 'area-retaken', value: 1170, unit: 'km2', holder: 'UA', claimant: HUMENIUK, asOf: ['2022-08-29', '2022-10-09'], note: '"Украинские военные освободили 1170 квадратных километров на Херсонском направлении"' },
      { t: '1170 квадратных километров', n: 2, kind: 'area-retaken', value: 1170, unit: 'km2', holder: 'UA', claimant: HUMENIUK, asOf: ['2022-08-29', '2022-10-09'], note: '"уже с начала активных действий высвобождено более 1170 квадратных километров"' },
      { t: '1534 населенных пункта', kind: 'count', value: 1534, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2022-02-24', '2022-10-09'], note: '"ВСУ освободили уже 1534 населенных пункта"' },
      { t: '440 российских солдат', kind: 'count', value: 440, unit: 'killed', holder: 'RU', claimant: null, asOf: ['2022-10-08', '2022-10-09'], note: '"по данным на утро воскресенья, 9 октября, ВСУ ликвидировали за сутки 440 российских солдат"' },
      { t: '62500 военных', kind: 'count', value: 62500, unit: 'casualties', holder: 'RU', claimant: null, asOf: ['2022-02-24', '2022-10-09'], note: '"Общее число потерь российской армии с начала вторжения составляет 62500 военных" (losses: casualties, as the sets read "потери"; corrected from killed after the first run)' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2022-07-01',
    url: 'https://www.slavgorod.by/2022/07/01/v-minoborony-rossii-soobshhili-chto-soyuznye-sily-vyshli-k-lisichansku/',
    notes: 'Stored copy on Славгородские ведомости (Belarus, after ТАСС), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug; "б этом" for "Об этом" kept as stored); the share line ("Поделиться"), the source line ("От ТАСС") and the comment form ("Добавить комментарий ...") removed. The date is the URL\'s (1 July 2022, a Friday: "в пятницу"). Events (Konashenkov): "Союзные силы вышли к Лисичанску" in the lead and the quote\'s "вышли непосредственно к Лисичанску" (fighting, RU: reaching a town\'s approaches, as the sets read approaches); "продолжают успешное наступление в районе Лисичанска" (fighting, RU); "взяты под контроль ... населенный пункт Тополевка" (captured, RU, over "прошедшие трое суток"). Not events: the refinery, the mine and the gelatine works taken (facilities, not settlements). Skipped: Лисичанский three times (facilities named after the town: "Лисичанский нефтеперерабатывающий завод" twice, "Лисичанский желатиновый завод"), РФ in "Минобороны РФ" and "Вооруженные силы РФ" (bodies). Traps: the mine «Матросская» twice, the person twice. No claim.',
    places: [
      { t: 'Лисичанску', all: true, ref: 'lysychansk' },
      { t: 'Лисичанска', ref: 'lysychansk' },
      { t: 'Тополевка', ref: 'topolivka' },
    ],
    traps: [
      { t: 'Матросская', all: true, why: 'a coal mine' },
      { t: 'Игорь Конашенков', why: 'person' },
      { t: 'Конашенков', n: 2, why: 'person' },
    ],
    skipped: [
      { t: 'Лисичанский', all: true, why: PLANT },
      { t: 'РФ', all: true, why: BODY },
    ],
    events: [
      { t: 'Лисичанску', n: 1, ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: KONASHENKOV, asOf: ['2022-06-28', '2022-07-01'], note: '"Союзные силы вышли к Лисичанску"' },
      { t: 'Лисичанска', ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: KONASHENKOV, asOf: ['2022-07-01'], note: '"Вооруженные силы РФ продолжают успешное наступление в районе Лисичанска"' },
      { t: 'Тополевка', ref: 'topolivka', action: 'captured', actor: 'RU', claimant: KONASHENKOV, asOf: ['2022-06-28', '2022-07-01'], note: '"За прошедшие трое суток взяты под контроль ... населенный пункт Тополевка"' },
      { t: 'Лисичанску', n: 2, ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: KONASHENKOV, asOf: ['2022-06-28', '2022-07-01'], note: '"Союзные силы вышли непосредственно к Лисичанску"' },
    ],
  },
];
