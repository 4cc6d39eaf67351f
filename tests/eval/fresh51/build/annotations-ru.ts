// Hand annotations, Russian articles of tests/eval/fresh51 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "страна или область в названии органа (country or region inside an official body's or official's name)";
const AXIS = 'направление, названное прилагательным (a front axis named by an adjective)';
const MOD = 'Минобороны России';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2023-02-06',
    url: 'https://tvspb.ru/news/amp/2023/02/6/vsu-nachali-brosat-poziczii-pod-kremennoj-iz-za-nastupleniya-rossijskih-vojsk',
    notes: 'Stored copy on Телеканал Санкт-Петербург (tvspb.ru, its AMP copy), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the photo credit ("Фото: пресс-служба Министерства обороны РФ") and the last sentence, cut by the store ("Город имеет важное зна"), removed. The date is the URL\'s (6 February 2023). Events: "Вооруженные силы России освободили Двуречье и Краснопольевку в районе Артемовска" (captured, RU, the owner rule, Pushilin), "Вечером 12 января завершилось освобождение Соледара" (captured, RU, 12 January, the ministry), "Прежде российские военнослужащие освободили село Бахмутское" (captured, RU, before Soledar: the month to 12 January). Not events: "начали бросать свои позиции под Кременной" and "В районе населенного пункта Кременная отмечено самовольное оставление позиций" (positions, not the town), "В районе города сейчас проходит наступление" (no name), "в районе Артемовска" and "к северо-востоку от Артемовска" (locations), "освобождении всей территории Донецкой Народной Республики" (a region). No claims. Traps: Марочко, «РИА Новости», Денис Пушилин. Skipped: "кременском направлении" (an axis), "Вооруженные силы России" (the country in the armed forces\' name). Hard cases: Артемовск is Bakhmut by its Soviet name; Двуречье and Краснопольевка are Russian forms of Dvorichchia and Krasnopolivka; "Республики" in "врио главы Республики" is no name.',
    places: [
      { t: 'Кременной', ref: 'kreminna' },
      { t: 'Кременная', ref: 'kreminna' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Двуречье', ref: 'dvorichchia' },
      { t: 'Краснопольевку', ref: 'krasnopolivka' },
      { t: 'Артемовска', all: true, ref: 'bakhmut' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Соледара', ref: 'soledar' },
      { t: 'Бахмутское', ref: 'bakhmutske' },
    ],
    traps: [
      { t: 'Марочко', why: 'person' },
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Денис Пушилин', why: 'person' },
    ],
    skipped: [
      { t: 'кременском направлении', why: AXIS },
      { t: 'России', why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Двуречье', ref: 'dvorichchia', action: 'captured', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2023-02-06'], note: '"Вооруженные силы России освободили Двуречье и Краснопольевку в районе Артемовска" (owner rule)' },
      { t: 'Краснопольевку', ref: 'krasnopolivka', action: 'captured', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2023-02-06'], note: 'the same clause' },
      { t: 'Соледара', ref: 'soledar', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2023-01-12'], note: '"Вечером 12 января завершилось освобождение Соледара. Об этом объявили в Минобороны"' },
      { t: 'Бахмутское', ref: 'bakhmutske', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-12-12', '2023-01-12'], note: '"Прежде российские военнослужащие освободили село Бахмутское в ДНР" (before Soledar\'s 12 January; no day given)' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-10-01',
    url: 'https://vesty.co.il/main/article/b16m00rrgi',
    notes: 'Stored copy on Вести (vesty.co.il, Israel), its body as the store gives it (no headline, and no slug in the URL: the manifest\'s title is written from the body); the last paragraph, a quotation cut by the store ("... и использования мало"), removed. The date is the body\'s ("в субботу, 1 октября"; 2022, the year of the ministry\'s Krasny Liman statement). Events: "Украинские вооруженные силы вошли в город Лиман" (entered, UA, Cherevatyi), "союзные войска были отведены из населенного пункта Красный Лиман" (withdrew, RU, the Russian Defence Ministry). Not events: "пока еще идут бои" (no name), "армейские части выведены из города" (no name in the clause), "обвинил в поражении в Лимане" (a noun for the outcome, no action stated; the withdrawal is counted where the ministry states it). No claims. Traps: Сергей Череватый, Рамзан Кадыров, Кадыров, Александра Лапина. Skipped: "Министерство обороны России" (the country in a ministry\'s name), "глава Чечни" (a region in an official\'s title). Hard case: Красный Лиман is Lyman by its pre-2016 name ("Лиман" is also a whole word inside it).',
    places: [
      { t: 'Лиман', n: 1, ref: 'lyman' },
      { t: 'Донецкая область', ref: 'donetskOblast' },
      { t: 'Россией', ref: 'russia' },
      { t: 'Красный Лиман', ref: 'lyman' },
      { t: 'Лимане', ref: 'lyman' },
    ],
    traps: [
      { t: 'Сергей Череватый', why: 'person' },
      { t: 'Рамзан Кадыров', why: 'person' },
      { t: 'Кадыров', n: 2, why: 'person' },
      { t: 'Александра Лапина', why: 'person' },
    ],
    skipped: [
      { t: 'России', why: OFFICIAL },
      { t: 'Чечни', why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Лиман', n: 1, ref: 'lyman', action: 'entered', actor: 'UA', claimant: 'Сергей Череватый', asOf: ['2022-10-01'], note: '"Украинские вооруженные силы вошли в город Лиман"' },
      { t: 'Красный Лиман', ref: 'lyman', action: 'withdrew', actor: 'RU', claimant: 'Министерство обороны России', asOf: ['2022-10-01'], note: '"союзные войска были отведены из населенного пункта Красный Лиман на более выгодные рубежи"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2023-06-05',
    url: 'https://ehorussia.com/new/node/28811',
    notes: 'Stored copy on Эхо России (ehorussia.com), its headline and body as the store gives them; the site\'s strap ("Общественно-политический журнал") and the last paragraph, cut by the store ("... но у нее ос"), removed. The page carries no date: it is dated Monday 5 June 2023, the day after the weekend and the "воскресенье, 4 июня" it reports (judgement call). Event: the ministry\'s "отражении попытки «диверсионно-разведывательной группы украинских террористов» переправиться через реку в районе населенного пункта Новая Таволжанка" (fighting, UA, the attacking side: the volunteer corps fighting on Ukraine\'s side, 4 June). Not events: "Ситуация в Шебекино не под контролем" (the situation, not the town\'s control), shelling of Шебекино, "новом рейде в Белгородскую область" and "диверсанты проникли на территорию области" (a region), the proposed meeting "на территории храма в Новой Таволжанке" (a location). No claims. Traps: "Русский добровольческий корпус", РДК, "Свобода России" (a legion), Вячеславу Гладкову, Гладков (twice). Skipped: "МЧС России" and "Министерство обороны РФ" (the country in a body\'s name).',
    places: [
      { t: 'Шебекино', all: true, ref: 'shebekino' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Белгородскую область', ref: 'belgorodOblast' },
      { t: 'Новой Таволжанке', ref: 'novayaTavolzhanka' },
      { t: 'Новая Таволжанка', ref: 'novayaTavolzhanka' },
      { t: 'Белгородской области', ref: 'belgorodOblast' },
    ],
    traps: [
      { t: 'Русский добровольческий корпус', why: 'a volunteer unit' },
      { t: 'Свобода России', why: 'a legion' },
      { t: 'РДК', why: 'a volunteer unit' },
      { t: 'Вячеславу Гладкову', why: 'person' },
      { t: 'Гладков', all: true, why: 'person' },
    ],
    skipped: [
      { t: 'России', n: 1, why: OFFICIAL },
      { t: 'РФ', why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Новая Таволжанка', ref: 'novayaTavolzhanka', action: 'fighting', actor: 'UA', claimant: 'Министерство обороны РФ', asOf: ['2023-06-04'], note: '"объявило об отражении попытки ... переправиться через реку в районе населенного пункта Новая Таволжанка"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2022-06-02',
    url: 'https://regnum.ru/amp/3608320',
    notes: 'Stored copy on ИА Регнум (regnum.ru, its AMP copy), its headline, dateline and body as the store gives them; the closing block ("Читайте также" and five teasers) removed. The date is the dateline\'s (2 June 2022). Event: "ранее в ЛНР сообщили об освобождении 70% Северодонецка" (captured, RU, part, the owner rule; "ранее": the report\'s day). Claim: the same 70 % (area-held, RU, no named source: "в ЛНР"). Not events: the headline\'s "освобождена полностью, кроме Северодонецка и Лисичанска" and "полностью контролируют все населённые пункты республики, кроме двух — Северодонецка и Лисичанска" (a region; the two towns are the exceptions, no action at them), "Украинские боевики сосредоточены в промышленной зоне города" (no name). Traps: Пасечник, Леонид Пасечник, «ИА Регнум», «ИА REGNUM». Skipped: "глава ЛНР" and "силы ЛНР" (the region in an official\'s title and in its forces\' name). ЛНР and "Луганской Народной Республики" are Luhansk Oblast; Луганск in the dateline is the city.',
    places: [
      { t: 'ЛНР', n: 1, ref: 'luhanskOblast' },
      { t: 'Северодонецка', all: true, ref: 'sievierodonetsk' },
      { t: 'Лисичанска', all: true, ref: 'lysychansk' },
      { t: 'Луганск', ref: 'luhansk' },
      { t: 'Луганской Народной Республики', ref: 'luhanskOblast' },
      { t: 'ЛНР', n: 4, ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Пасечник', n: 1, why: 'person' },
      { t: 'Леонид Пасечник', why: 'person' },
      { t: 'ИА Регнум', why: 'a news agency' },
      { t: 'ИА REGNUM', why: 'a news agency' },
    ],
    skipped: [
      { t: 'ЛНР', n: 2, why: OFFICIAL },
      { t: 'ЛНР', n: 3, why: OFFICIAL },
    ],
    claims: [
      { t: '70%', kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: 'ЛНР', asOf: ['2022-06-02'], note: '"ранее в ЛНР сообщили об освобождении 70% Северодонецка"' },
    ],
    events: [
      { t: 'Северодонецка', n: 3, ref: 'sievierodonetsk', action: 'captured', actor: 'RU', claimant: 'ЛНР', part: true, asOf: ['2022-06-02'], note: '"об освобождении 70% Северодонецка" (owner rule)' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-01-20',
    url: 'https://www.mk.ru/politics/2023/01/20/rogov-rossiyskaya-armiya-presekaet-popytki-kontrnastupleniya-vsu-pod-orekhovom.html',
    notes: 'Stored copy on Московский комсомолец (mk.ru, after РИА Новости), its headline and body as the store gives them; the repeated headline, a banner placeholder ("тестовый баннер под заглавное изображение"), the source line ("Источник: РИА Новости") and the rubric ("Сюжет:") removed. The date is the URL\'s (20 January 2023). Events: "попытки контрнаступления ВСУ под Ореховом" (headline) and "Попытки ВСУ пойти в контрнаступление под Ореховым" (fighting, UA, the attacking side, Rogov). Claims: "утраченными накануне четырьмя селами" (count, 4 settlements, RU: taken from Ukraine the day before) and "все четыре населенных пункта" (the same figure restated). Not events: the four villages "под огневым контролем российских сил" (fire control, not a hold; no names), "отбить утраченные позиции" (positions). Traps: Рогов (headline), Владимир Рогов, Рогова, Владимир Путин. Skipped: "администрации Запорожской области" (the region in an administration\'s name), "армией России" (the country in its army\'s name). Орехов is Orikhiv; "Ореховым" is its instrumental form with the Russian spelling "Орехов" declined as a surname.',
    places: [
      { t: 'Ореховом', ref: 'orikhiv' },
      { t: 'Ореховым', ref: 'orikhiv' },
      { t: 'Россия', ref: 'russia' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Киева', ref: 'kyiv' },
      { t: 'Донбасс', ref: 'donbas' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'Рогов', n: 1, why: 'person' },
      { t: 'Владимир Рогов', why: 'person' },
      { t: 'Рогова', why: 'person' },
      { t: 'Владимир Путин', why: 'person' },
    ],
    skipped: [
      { t: 'Запорожской области', why: OFFICIAL },
      { t: 'России', why: OFFICIAL },
    ],
    claims: [
      { t: 'четырьмя селами', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: 'Владимир Рогов', asOf: ['2023-01-19'], note: '"вернуть контроль над утраченными накануне четырьмя селами"' },
      { t: 'все четыре населенных пункта', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: 'Владимир Рогов', asOf: ['2023-01-20'], note: '"все четыре населенных пункта находятся под огневым контролем российских сил" (the same villages, restated)' },
    ],
    events: [
      { t: 'Ореховом', ref: 'orikhiv', action: 'fighting', actor: 'UA', claimant: 'Владимир Рогов', asOf: ['2023-01-20'], note: 'headline: "пресекает попытки контрнаступления ВСУ под Ореховом"' },
      { t: 'Ореховым', ref: 'orikhiv', action: 'fighting', actor: 'UA', claimant: 'Владимир Рогов', asOf: ['2023-01-20'], note: '"Попытки ВСУ пойти в контрнаступление под Ореховым ... пресекаются"' },
    ],
  },
];
