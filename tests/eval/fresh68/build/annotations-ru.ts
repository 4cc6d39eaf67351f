// Hand annotations, Russian articles of tests/eval/fresh68. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const GS_UA = 'Генштаб ВСУ';
const MOD = 'Минобороны России';
const LIPOVOY = 'Сергей Липовой';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-05-15',
    url: 'https://lenta.ru/news/2024/05/15/genshtab-vsu-priznal-othod-svoih-voennyh-pod-volchanskom/amp',
    notes: 'Stored copy of Лента.ру\'s AMP page, its headline, standfirst and body as the store gives them; the rubric and time line ("Бывший СССР", "00:09, 15 мая 2024"), the byline ("Марина Совина (ночной редактор)"), the photo credit ("Фото: Shannon Stapleton / Reuters"), the link "Узнайте больше в полной версии ➞" and "< Назад в рубрику" removed. The date is the page\'s (15 May 2024; the General Staff\'s summary is not dated in the text: the report\'s day). Events (withdrew, UA, the Ukrainian General Staff: a move "на более выгодные позиции" in the area of a settlement is the withdrawal the sets read in a regrouping at named settlements): "отход своих военных под Волчанском" in the headline and the standfirst, "переместиться на более выгодные позиции в районе города Волчанск" and "«перемещение на более выгодные позиции» произошло в районе села Лукьянцы". Not events: the abandoned materials found "в окрестностях населенного пункта Липцы" and taken by the Russians (no control of the village told). Counted: РФ twice (the country, in the note on Facebook), "Харьковской области" twice. Skipped: "Вооруженные силы Украины" (an army\'s name). No claim.',
    places: [
      { t: 'Волчанском', all: true, ref: 'vovchansk' },
      { t: 'Волчанск', ref: 'vovchansk' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'РФ', all: true, ref: 'russia' },
      { t: 'Лукьянцы', ref: 'lukiantsi' },
      { t: 'Липцы', ref: 'lyptsi' },
    ],
    skipped: [{ t: 'Украины', why: 'country inside an army\'s name ("Вооруженные силы Украины")' }],
    events: [
      { t: 'Волчанском', n: 1, ref: 'vovchansk', action: 'withdrew', actor: 'UA', claimant: GS_UA, asOf: ['2024-05-15'], note: 'headline: "Генштаб ВСУ признал отход своих военных под Волчанском"' },
      { t: 'Волчанском', n: 2, ref: 'vovchansk', action: 'withdrew', actor: 'UA', claimant: GS_UA, asOf: ['2024-05-15'], note: 'standfirst: "... отход своих военных под Волчанском на более выгодные позиции"' },
      { t: 'Волчанск', ref: 'vovchansk', action: 'withdrew', actor: 'UA', claimant: GS_UA, asOf: ['2024-05-15'], note: '"были вынуждены переместиться на более выгодные позиции в районе города Волчанск"' },
      { t: 'Лукьянцы', ref: 'lukiantsi', action: 'withdrew', actor: 'UA', claimant: GS_UA, asOf: ['2024-05-15'], note: '"Также «перемещение на более выгодные позиции» произошло в районе села Лукьянцы"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-09-25',
    url: 'https://military.pravda.ru/2282111-kupiansk-battle-report-reveals-changes-in-situation/',
    notes: 'Stored copy on Правда.Ру (its military section), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last paragraph, cut by the store (the Telegram channel\'s report on civilians, "... так как \\"ВСУ не понимают где гражданские, а где"), removed. The date is the page\'s (25 September 2025); the ministry\'s report is "Во вторник" (23 September 2025). Events (the ministry): "отчёт по боям за Купянск" (fighting, RU, the attacker) and "под контроль ВС РФ в Купянске перешли более 5,6 тыс. зданий из почти 9 тысяч" (captured, RU, part: most of the town\'s buildings, the clause\'s taking). Not events: "приближение освобождения города" (a prospect), the north-western part "правобережья Оскола" (no settlement named). Claims (the ministry, 23 September): "до 700 человек" blocked (count, troops, UA: the side whose troops they are, as fresh66 reads an encircled force) and "250" of them destroyed (count, killed, UA). Not a claim: the buildings (no kind for them). Skipped: России in "Минобороны России" and РФ in "ВС РФ" twice (bodies), the Oskil (a river). Traps: Telegram, «Фрайкор» (a unit). The "российского добровольческого корпуса" is a unit named by an adjective (not marked).',
    places: [
      { t: 'Купянск', ref: 'kupiansk' },
      { t: 'Купянске', ref: 'kupiansk' },
    ],
    traps: [
      { t: 'Telegram', why: 'a messenger' },
      { t: 'Фрайкор', why: 'a unit name' },
    ],
    skipped: [
      { t: 'России', why: BODY + ' ("Минобороны России")' },
      { t: 'РФ', all: true, why: BODY + ' ("ВС РФ")' },
      { t: 'Оскола', why: 'river' },
    ],
    claims: [
      { t: 'до 700 человек', kind: 'count', value: 700, unit: 'troops', holder: 'UA', claimant: MOD, asOf: ['2025-09-23'], note: '"Всего заблокировано до 700 человек"' },
      { t: '250', kind: 'count', value: 250, unit: 'killed', holder: 'UA', claimant: MOD, asOf: ['2025-09-23'], note: '"из них 250 уже уничтожено"' },
    ],
    events: [
      { t: 'Купянск', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-09-23'], note: '"Во вторник Минобороны России ... дало развёрнутый отчёт по боям за Купянск"' },
      { t: 'Купянске', ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: MOD, part: true, asOf: ['2025-09-23'], note: '"под контроль ВС РФ в Купянске перешли более 5,6 тыс. зданий из почти 9 тысяч"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-12-17',
    url: 'https://inforos.com/ru/?module=news&action=view&id=188783',
    notes: 'Stored copy on ИнфоРос (after ТАСС), its body as the store gives it, complete (no headline: the manifest\'s title is made from the lead). The date is the page\'s (17 December 2025, the day of the ministry\'s board meeting). Claims (Путин): "более 300 населенных пунктов" freed "с начала года" and "В 2025 году" (count, settlements, RU, 1 January 2025 to the report, twice). Skipped: России in "президент России" (a title), РФ in "Минобороны РФ" (a body). Traps: ТАСС (an agency), the person. No place is counted and no event (no settlement named).',
    places: [],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Владимир Путин', why: 'person' },
    ],
    skipped: [
      { t: 'России', why: TITLE + ' ("президент России")' },
      { t: 'РФ', why: BODY + ' ("Минобороны РФ")' },
    ],
    claims: [
      { t: 'более 300 населенных пунктов', n: 1, kind: 'count', value: 300, unit: 'settlements', holder: 'RU', claimant: 'Владимир Путин', asOf: ['2025-01-01', '2025-12-17'], note: '"Российские ВС освободили с начала года более 300 населенных пунктов"' },
      { t: 'более 300 населенных пунктов', n: 2, kind: 'count', value: 300, unit: 'settlements', holder: 'RU', claimant: 'Владимир Путин', asOf: ['2025-01-01', '2025-12-17'], note: '"В 2025 году уже освобождено более 300 населенных пунктов"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2026-01-18',
    url: 'https://news.mail.ru/society/69462079/',
    notes: 'Stored copy on Новости Mail (after АиФ), its body as the store gives it, complete (no headline: the manifest\'s title is made from the lead). The date is the page\'s (18 January 2026). Events (Липовой): "ВС РФ берут Волчанск в окружение и выдавливают оттуда боевиков ВСУ" (fighting, RU: an encirclement under way); "Волчанск и его пригород накрывают наши дроны и артиллерия, вынуждая ВСУ отступать" (fighting, RU, the side striking, "Ранее" with no day: dated the report). Not events: "Волчанск — это крупный опорный пункт" (a description; the encirclement "этого населенного пункта" names no settlement in its sentence), "Волчанск будет освобожден" (a prospect). Not a claim: "на 50% объект потерян" (a condition, and a part of a settlement). Skipped: РФ in "ВС РФ" (a body), России in «Офицеры России» (an organisation\'s name) and in "Герой России" (a title). Traps: aif.ru (an outlet), the person (twice). No claim.',
    places: [{ t: 'Волчанск', all: true, ref: 'vovchansk' }],
    traps: [
      { t: 'aif.ru', why: 'an outlet' },
      { t: 'Сергей Липовой', why: 'person' },
      { t: 'Липовой', ctx: 'Ранее Липовой', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', why: BODY + ' ("ВС РФ")' },
      { t: 'России', n: 1, why: 'country inside an organisation\'s name («Офицеры России»)' },
      { t: 'России', n: 2, why: TITLE + ' ("Герой России")' },
    ],
    events: [
      { t: 'Волчанск', n: 1, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: LIPOVOY, asOf: ['2026-01-18'], note: '"ВС РФ берут Волчанск в окружение и выдавливают оттуда боевиков ВСУ"' },
      { t: 'Волчанск', n: 4, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: LIPOVOY, asOf: ['2026-01-18'], note: '"Ранее Липовой рассказал, что Волчанск и его пригород накрывают наши дроны и артиллерия, вынуждая ВСУ отступать"' },
    ],
  },
];
