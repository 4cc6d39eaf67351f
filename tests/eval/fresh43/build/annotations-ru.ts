// Hand annotations, Russian articles of tests/eval/fresh43. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MOD = 'Минобороны России';
const DPR_HQ = 'штаб территориальной обороны ДНР';
const PRIGOZHIN = 'Евгений Пригожин';
const SHOIGU = 'Сергей Шойгу';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-05-20',
    url: 'https://meduza.io/news/2022/05/20/minoborony-rf-ob-yavilo-o-polnom-osvobozhdenii-territorii-azovstali',
    notes: 'Stored copy on Медуза, its headline and body as the store gives them; the last sentence, cut by the store ("Сами военные перед началом сдачи подчеркнули, что выполняют прика"), removed. The date is the URL\'s (20 May 2022). Events: the plant that "на протяжении более полутора месяцев оставался единственным объектом сопротивления российским войскам в Мариуполе" (fighting, RU, part: one plant of the city, the month and a half to 16 May 2022). Not events: the plant\'s "полное освобождение" and "полностью перешла под контроль российских войск" (a plant, no settlement named in the clause). Not claims: the 531 and 2,439 who surrendered (prisoners, as earlier sets read surrendered troops). Traps: «Азова» (a regiment), Сергей Шойгу, Владимиру Путину. Skipped: «Азовстали», «Азовсталь» (a plant\'s name, three times), РФ and России in "Минобороны РФ", "Минобороны России", "Минообороны РФ" and "президенту РФ" (official bodies and titles).',
    places: [
      { t: 'Мариуполе', ref: 'mariupol' },
    ],
    traps: [
      { t: 'Азова', why: 'a regiment\'s name («Азова»)' },
      { t: 'Сергей Шойгу', why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
    ],
    skipped: [
      { t: 'Азовстали', why: 'a plant\'s name' },
      { t: 'Азовсталь', all: true, why: 'a plant\'s name' },
      { t: 'РФ', all: true, why: OFFICIAL + ' ("Минобороны РФ", "президенту РФ", "Минообороны РФ")' },
      { t: 'России', why: OFFICIAL + ' ("Минобороны России")' },
    ],
    claims: [],
    events: [
      { t: 'Мариуполе', ref: 'mariupol', action: 'fighting', actor: 'RU', part: true, claimant: null, asOf: ['2022-04-01', '2022-05-16'], note: '"До тех пор завод на протяжении более полутора месяцев оставался единственным объектом сопротивления российским войскам в Мариуполе" (the resistance of one plant of the city to the attacker)' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-10-13',
    url: 'https://tvdr.ru/?p=59273',
    notes: 'Stored copy on tvdr.ru, its body as the store gives it (no headline: the manifest\'s title is made from the first sentence). The date is the dateline\'s ("Москва. 13 октября", a Thursday: 13 October 2022). Events: Opytne and Ivanhrad "освободила" (captured, RU: Ukrainian villages, the DPR territorial defence headquarters), Zaitseve "был взят под контроль" (captured, RU, Konashenkov, 6 October 2022). Not events: "Села Опытное и Иванград находятся на подступах к городу Бахмут" (a location), Zaitseve "расположенный в 20 км от Бахмута" (a location). Claims: "двух населенных пунктов" taken (count, settlements, RU, the DPR headquarters, 13 October 2022). Not claims: 20 km (a distance). Traps: Игорь Конашенков. Skipped: ДНР and ЛНР in "группировка войск ДНР и ЛНР" (forces named by their republics), РФ in "ВС РФ" and "Минобороны РФ", "Донецкой народной республики" in "штаба территориальной обороны Донецкой народной республики" (a body\'s name).',
    places: [
      { t: 'Москва', ref: 'moscow' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'Донбассе', ref: 'donbas' },
      { t: 'Бахмут', all: true, ref: 'bakhmut' },
      { t: 'Донецкой народной республики', ctx: 'на территории Донецкой народной республики', ref: 'donetskOblast' },
      { t: 'Опытное', all: true, ref: 'opytne' },
      { t: 'Иванград', all: true, ref: 'ivanhrad' },
      { t: 'Зайцево', ref: 'zaitseve' },
      { t: 'Бахмута', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Игорь Конашенков', why: 'person' },
    ],
    skipped: [
      { t: 'ДНР', why: 'forces named by their republic ("группировка войск ДНР и ЛНР")' },
      { t: 'ЛНР', why: 'forces named by their republic ("группировка войск ДНР и ЛНР")' },
      { t: 'РФ', all: true, why: OFFICIAL + ' ("ВС РФ", "Минобороны РФ")' },
      { t: 'Донецкой народной республики', ctx: 'обороны Донецкой народной республики', why: 'a body\'s name ("штаба территориальной обороны Донецкой народной республики")' },
    ],
    claims: [
      { t: 'двух населенных пунктов', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: DPR_HQ, asOf: ['2022-10-13'], note: '"сообщили о взятии под контроль двух населенных пунктов в Донбассе, прилегающих к городу Бахмут"' },
    ],
    events: [
      { t: 'Опытное', n: 1, ref: 'opytne', action: 'captured', actor: 'RU', claimant: DPR_HQ, asOf: ['2022-10-13'], note: '"группировка войск ДНР и ЛНР при огневой поддержке ВС РФ освободила Опытное и Иванград" (Ukrainian villages: captured)' },
      { t: 'Иванград', n: 1, ref: 'ivanhrad', action: 'captured', actor: 'RU', claimant: DPR_HQ, asOf: ['2022-10-13'], note: 'the same' },
      { t: 'Зайцево', ref: 'zaitseve', action: 'captured', actor: 'RU', claimant: 'Игорь Конашенков', asOf: ['2022-10-06'], note: '"6 октября ... Игорь Конашенков сообщал ... о наступлении, в результате которого был взят под контроль населенный пункт Зайцево"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-10-03',
    url: 'https://novideo.rbc.ru/politics/03/10/2022/633ac6ce9a794748052f069b?from=materials_on_subject',
    notes: 'Stored copy on РБК (its novideo mirror), its headline and body as the store gives them; the last sentence, cut by the store ("«В результате удара ВКС России по подразделениям 24-й механизированной бригад"), and the sentence before it that leads into it ("Минобороны в сводке отчиталось об успешном отражении наступления противника на николаевском и андреевском тактических направлениях.") removed. The date is the URL\'s (3 October 2022). Events: Ukrainian tanks wedged into the defence "в направлении села Золотая Балка" and "на направлении Золотая Балка, Александровка" (fighting, UA: an attack toward named villages, the Russian MoD). Not events: "в Херсонской области" (a region), "на николаевском направлении" (a front axis). Claims: "около 130 человек" lost "в этом районе" (count, casualties, UA, the MoD, the report\'s day). Not claims: "23 единицы военной техники" (equipment). Traps: Кирилл Стремоусов. Skipped: Днепра (a river), "николаевском" (a front axis named by an adjective).',
    places: [
      { t: 'Херсонской области', all: true, ref: 'khersonOblast' },
      { t: 'Золотая Балка', all: true, ref: 'zolotaBalka' },
      { t: 'Александровка', ref: 'oleksandrivka' },
    ],
    traps: [
      { t: 'Кирилл Стремоусов', why: 'person' },
    ],
    skipped: [
      { t: 'Днепра', why: 'a river' },
      { t: 'николаевском', why: 'a front axis named by an adjective ("на николаевском направлении")' },
    ],
    claims: [
      { t: 'около 130 человек', kind: 'count', value: 130, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2022-10-03'], note: '"украинские военные потеряли в этом районе около 130 человек и 23 единицы военной техники"' },
    ],
    events: [
      { t: 'Золотая Балка', n: 1, ref: 'zolotaBalka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2022-10-03'], note: '"Танки ВСУ вклинились в оборону российских сил в направлении села Золотая Балка" (an attack toward a village)' },
      { t: 'Золотая Балка', n: 2, ref: 'zolotaBalka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2022-10-03'], note: '"на направлении Золотая Балка, Александровка противник сумел вклиниться в глубину нашей обороны"' },
      { t: 'Александровка', ref: 'oleksandrivka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2022-10-03'], note: 'the same' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-02-24',
    url: 'https://news.mail.ru/amp/svo/55185506',
    notes: 'Stored copy on Новости Mail.ru (after ТАСС), its headline and body as the store gives them; the site menu and the date and source line ("24 февраля 2023,источник: ТАСС") removed. The date is the date line\'s (24 February 2023). Events: Berkhivka "взят под контроль" (headline, lead and Prigozhin\'s quote: captured, RU, three times) and "полностью контролируют Берховку" (controls, RU), Paraskoviivka "о взятии которой Пригожин сообщил 17 февраля" (captured, RU), "Артемовск расположен на подконтрольной Киеву части ДНР" (controls, UA: the town held by Kyiv). Not events: the locations of Berkhivka ("в 7 км к северу от Артемовска", "к северо-западу от Артемовска"), "За город идут ожесточенные бои" (no name in the clause). Not claims: 7 km (a distance). Traps: Евгений Пригожин, Пригожина, Пригожин, ЧВК «Вагнер» (twice), ТАСС, Telegram.',
    places: [
      { t: 'Берховка', all: true, ref: 'berkhivka' },
      { t: 'МОСКВА', ref: 'moscow' },
      { t: 'Артемовска', all: true, ref: 'bakhmut' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Берховку', ref: 'berkhivka' },
      { t: 'Парасковиевки', ref: 'paraskoviivka' },
      { t: 'Артемовск', ref: 'bakhmut' },
      { t: 'Киеву', ref: 'kyiv' },
      { t: 'Горловка', ref: 'horlivka' },
      { t: 'Донбассе', ref: 'donbas' },
    ],
    traps: [
      { t: 'Пригожин', all: true, why: 'person' },
      { t: 'Пригожина', why: 'person' },
      { t: 'Вагнер', all: true, why: 'a mercenary company' },
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Telegram', why: 'a messaging service' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Берховка', n: 1, ref: 'berkhivka', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-24'], note: 'the headline: "Пригожин сообщил о взятии под контроль российскими силами села Берховка"' },
      { t: 'Берховка', n: 2, ref: 'berkhivka', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-24'], note: '"Населенный пункт Берховка ... полностью взят под контроль российских сил"' },
      { t: 'Берховка', n: 3, ref: 'berkhivka', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-24'], note: '"Берховка полностью взята под наш контроль"' },
      { t: 'Берховку', ref: 'berkhivka', action: 'controls', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-24'], note: '"Подразделения ЧВК “Вагнер” полностью контролируют Берховку"' },
      { t: 'Парасковиевки', ref: 'paraskoviivka', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-17'], note: '"недалеко от Парасковиевки, о взятии которой Пригожин сообщил 17 февраля"' },
      { t: 'Артемовск', ref: 'bakhmut', action: 'controls', actor: 'UA', claimant: null, asOf: ['2023-02-24'], note: '"Артемовск расположен на подконтрольной Киеву части ДНР"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-12-25',
    url: 'https://web.lifelines.name/read/c58bfd8f-ac11-5199-9ed2-079150e01829',
    notes: 'Stored copy on lifelines.name (a reader copy of ВЗГЛЯД), its headline, subheading and body as the store gives them; the "Видео по теме" label, the date line ("25 декабря 2023, 18:05") and the author line ("Tекст: Валерия Городецкая") removed. The date is the date line\'s (25 December 2023). Events: Marinka "полностью освободила" (headline), "о полном освобождении Марьинки", "полностью освободили Марьинку под Донецком", "полностью освободили населенный пункт Марьинка" and "после взятия Марьинки" (captured, RU: a Ukrainian town, Shoigu, five times). Not events: artillery moved "от Донецка" (no control), "при освобождении населенного пункта" (no name), the visit to Petersburg (no control). Traps: Шойгу, Путину, Сергей Шойгу, Владимиром Путиным, Владимир Путин, Дмитрий Песков, Сергеем Шойгу, ТАСС, «Адмирал Головко» (a frigate), «Северная верфь» (a shipyard), «Юг» (a grouping). Skipped: России in "Вооруженные силы России", "ВС России" and "президента России" (official bodies and titles).',
    places: [
      { t: 'Марьинку', all: true, ref: 'marinka' },
      { t: 'Марьинки', all: true, ref: 'marinka' },
      { t: 'Донецком', ref: 'donetsk' },
      { t: 'Марьинка', ref: 'marinka' },
      { t: 'Донецка', ref: 'donetsk' },
      { t: 'Петербурге', ref: 'saintPetersburg' },
    ],
    traps: [
      { t: 'Шойгу', n: 1, why: 'person' },
      { t: 'Шойгу', n: 2, why: 'person' },
      { t: 'Сергей Шойгу', why: 'person' },
      { t: 'Владимиром Путиным', why: 'person' },
      { t: 'Шойгу', n: 4, why: 'person' },
      { t: 'Путину', why: 'person' },
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Дмитрий Песков', why: 'person' },
      { t: 'Владимир Путин', why: 'person' },
      { t: 'Сергеем Шойгу', why: 'person' },
      { t: 'Адмирал Головко', why: 'a frigate\'s name' },
      { t: 'Северная верфь', why: 'a shipyard\'s name' },
      { t: 'Юг', why: 'a grouping of forces ("группировки «Юг»")' },
    ],
    skipped: [
      { t: 'России', all: true, why: OFFICIAL + ' ("Вооруженные силы России", "ВС России", "президента России")' },
    ],
    claims: [],
    events: [
      { t: 'Марьинку', n: 1, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: 'the headline: "Российская армия полностью освободила Марьинку" (a Ukrainian town: captured)' },
      { t: 'Марьинки', n: 1, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"Шойгу доложил Путину о полном освобождении Марьинки"' },
      { t: 'Марьинку', n: 2, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"Вооруженные силы России полностью освободили Марьинку под Донецком"' },
      { t: 'Марьинка', ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"штурмовые отряды группировки «Юг» сегодня полностью освободили населенный пункт Марьинка"' },
      { t: 'Марьинки', n: 2, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"после взятия Марьинки ВС России удалось существенно отодвинуть украинскую артиллерию от Донецка"' },
    ],
  },
];
