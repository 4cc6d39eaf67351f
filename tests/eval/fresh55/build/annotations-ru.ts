// Hand annotations, Russian articles of tests/eval/fresh55. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named by an adjective';
const RU_MOD = 'Russian Defence Ministry';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2023-06-12',
    url: 'https://www.stopcor.org/section-suspilstvo/news-zsu-zvilnili-sche-odne-selo-vid-rosiyan-ukrainskij-prapor-znovu-majorit-nad-storozhovim-video-12-06-2023.html',
    notes: 'Stored copy on Стоп Корупції (stopcor.org, Russian text), its body as the store gives it (no headline: the manifest\'s title is written from the first sentence), and its last sentence, cut by the store, removed. The date is the URL\'s and the body\'s ("утром 12 июня", Monday 12 June 2023). Events: Storozheve liberated ("Освобождение поселка Сторожевое подтвердили": liberated, UA, the Ministry of Defence and the Tavria press centre; "Государственный флаг снова развевается над Сторожевым": liberated, UA, the 35th Marine Brigade, the flag\'s return read as the liberation it announces). Claim: "около 23 кв. км" de-occupied (area-retaken, UA, Hanna Malyar, since the start of the southern offensive, 4 June 2023, to the report). "Донбасса" is Donbas; "Таврического направления" inside the press centre\'s name is an axis (skipped).',
    places: [
      { t: 'Донбасса', ref: 'donbas' },
      { t: 'Сторожевое', ref: 'storozheve' },
      { t: 'Сторожевым', ref: 'storozheve' },
    ],
    traps: [],
    skipped: [{ t: 'Таврического', why: AXIS }],
    claims: [
      { t: 'около 23 кв. км', kind: 'area-retaken', value: 23, unit: 'km2', holder: 'UA', claimant: 'Hanna Malyar', asOf: ['2023-06-04', '2023-06-12'], note: '"Ориентировочная площадь деоккупированных территорий – около 23 кв. км"' },
    ],
    events: [
      { t: 'Сторожевое', ref: 'storozheve', action: 'liberated', actor: 'UA', claimant: 'Ministry of Defence of Ukraine', asOf: ['2023-06-12'], note: '"Освобождение поселка Сторожевое подтвердили в Минобороны"' },
      { t: 'Сторожевым', ref: 'storozheve', action: 'liberated', actor: 'UA', claimant: '35th Marine Brigade', asOf: ['2023-06-12'], note: '"Государственный флаг снова развевается над Сторожевым"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2023-06-01',
    url: 'https://settlers-wiggles-118669.appspot.com/article/2023/06/01/shebekino',
    notes: 'Stored copy of a Медиазона explainer on an appspot mirror, its body as the store gives it (no headline: the manifest\'s title is written from the first sentence); the photo caption and credit at the head removed, and the last sentence, cut by the store, removed. The date is the URL\'s (1 June 2023). No event: the fighting "на границе возле города" names no settlement, and the shelling of Shebekino is no change of control. No claim: "40 тысяч человек" is the population. "Белгородской области" (twice) is the oblast, "Украиной" the country; "6 километрах от украинской границы" a distance. Trap: none («Медиазона» and Gladkov are no place-like words).',
    places: [
      { t: 'Шебекино', all: true, ref: 'shebekino' },
      { t: 'Белгородской области', all: true, ref: 'belgorodOblast' },
      { t: 'Украиной', ref: 'ukraine' },
      { t: 'Белгорода', ref: 'belgorod' },
    ],
    traps: [],
    skipped: [],
    claims: [],
    events: [],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2023-03-25',
    url: 'https://kamchatkamedia.ru/news/amp/1474170/',
    notes: 'Stored copy on Камчатка Медиа (kamchatkamedia.ru, AMP page), its headline, subhead and body as the store gives them; a photo credit and the closing links ("Смотрите полную версию на сайте", "Следующая новость") removed. The date is the body\'s ("25 марта 2023"). Events: the headline "Марьинка практически освобождена" is the Russian capture of most of the town (captured, RU, part: true; the owner rule; Denis Pushilin); "в западной части остался небольшой ... участок самой Марьинки" is the part still held by the defenders (controls, UA, part: true). "Марьинка ... скоро может быть освобожден" and "чтобы ... мы могли говорить, что Марьинка освобождена" are prospects (no event). "ДНР" is Donetsk Oblast; "Киев" the capital as the government; "Марьинского направления" an axis (skipped). Trap: "Запад" (the West, a political bloc).',
    places: [
      { t: 'Марьинка', all: true, ref: 'marinka' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Марьинки', ref: 'marinka' },
      { t: 'Киев', ref: 'kyiv' },
    ],
    traps: [{ t: 'Запад', why: 'the West, a political bloc' }],
    skipped: [{ t: 'Марьинского', why: AXIS }],
    claims: [],
    events: [
      { t: 'Марьинка', n: 1, ref: 'marinka', action: 'captured', actor: 'RU', part: true, claimant: 'Denis Pushilin', asOf: ['2023-03-25'], note: 'headline: "Пушилин: Марьинка практически освобождена" (all but a small part; the owner rule)' },
      { t: 'Марьинки', ref: 'marinka', action: 'controls', actor: 'UA', part: true, claimant: 'Denis Pushilin', asOf: ['2023-03-25'], note: '"в западной части остался небольшой, наверное, участок самой Марьинки"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-11-29',
    url: 'https://m.politnavigator.news/vs-rf-vybili-vsu-iz-sela-kotoroe-ne-poddalos-vagneram.html/amp',
    notes: 'Stored copy on ПолитНавигатор (m.politnavigator.news, AMP page), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); an advertising label removed. The page carries no date: it is dated Wednesday 29 November 2023, the day of the ministry\'s report of Khromove\'s capture (judgement call: a Русская весна report timestamped 4 December 2023 tells the capture as "на прошлой неделе"). Events: Artemovske, the Russian name of Khromove, "освободить" and "о взятии поселка Хромово (Артемовское)" (captured, RU, the owner rule, the Russian Defence Ministry, twice); the "контрудар ВС РФ у Берховки" and the advance "к окраинам Хромово" are fighting by RU. The earlier captures of Soledar and Artemovsk "освобожденные ими" by Wagner are restated captures (captured, RU, dated to the report: the text gives no day; added after the first run, the first pass having read them as background); the past "битвы за Артемовск", ended by that capture, is background (judgement call: no event). Hard cases: old and new names (Артемовское and Хромово, one village; Артемовск for Bakhmut); "Артемовском направлении" and "Бахмутском направлении" are axes and "Берховского водохранилища" a reservoir (skipped); "киевским режимом" is an adjective (skipped); "МО РФ" and "ВС РФ" are bodies (skipped). Trap: «Вагнер».',
    places: [
      { t: 'Артемовское', all: true, ref: 'khromove' },
      { t: 'Хромово', all: true, ref: 'khromove' },
      { t: 'Соледар', ref: 'soledar' },
      { t: 'Артемовск', all: true, ref: 'bakhmut' },
      { t: 'Берховки', ref: 'berkhivka' },
    ],
    traps: [{ t: 'Вагнер', why: 'a private military company' }],
    skipped: [
      { t: 'Артемовском', why: AXIS },
      { t: 'Бахмутском', why: AXIS },
      { t: 'киевским', why: 'an adjective of the capital ("киевским режимом")' },
      { t: 'РФ', all: true, why: BODY },
      { t: 'Берховского водохранилища', why: 'a reservoir' },
    ],
    claims: [],
    events: [
      { t: 'Артемовское', n: 1, ref: 'khromove', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2023-11-29'], note: '"сумела освободить стратегический населенный пункт Артемовское"' },
      { t: 'Соледар', ref: 'soledar', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-11-29'], note: '"тяжелыми боями за освобожденные ими Соледар, Артемовск" (the owner rule; a restated capture dated to the report, the text giving no day; added after the first run)' },
      { t: 'Артемовск', n: 1, ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-11-29'], note: 'as Соледар (added after the first run)' },
      { t: 'Хромово', n: 2, ref: 'khromove', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2023-11-29'], note: '"МО РФ буднично сообщило о взятии поселка Хромово (Артемовское)"' },
      { t: 'Берховки', ref: 'berkhivka', action: 'fighting', actor: 'RU', claimant: 'Boris Rozhin', asOf: ['2023-11-29'], note: '"После недавнего контрудара ВС РФ у Берховки"' },
      { t: 'Хромово', n: 3, ref: 'khromove', action: 'fighting', actor: 'RU', claimant: 'Boris Rozhin', asOf: ['2023-11-29'], note: '"продвинулись к окраинам Хромово"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-03-15',
    url: 'https://news-kharkov.ru/politics/2023/03/15/38448.html',
    notes: 'Stored copy on news-kharkov.ru, its body as the store gives it (no headline: the manifest\'s title is written from the first sentence). The date is the URL\'s (15 March 2023); "Накануне" is 14 March 2023. Events: the Russian troops "сорвали переброску резервов противника в районе Синьковки" and "в районе н.п. Синьковка вскрыли и уничтожили украинскую ДРГ" are fighting at Synkivka by RU (the "в районе населенного пункта" convention; Sergei Zybinsky of the "Запад" grouping). "часть промышленной зоны" / "часть промзоны" taken names no settlement (no event). "Купянском направлении" (twice) is an axis (skipped); "ВС РФ" and "Вооруженных сил Украины" are bodies (skipped). Trap: «Запад» (a grouping).',
    places: [
      { t: 'Синьковки', ref: 'synkivka' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Синьковка', ref: 'synkivka' },
    ],
    traps: [{ t: 'Запад', why: 'a grouping of forces' }],
    skipped: [
      { t: 'Купянском', all: true, why: AXIS },
      { t: 'купянском', why: AXIS },
      { t: 'РФ', why: BODY },
      { t: 'Украины', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Синьковки', ref: 'synkivka', action: 'fighting', actor: 'RU', claimant: 'Sergei Zybinsky', asOf: ['2023-03-14'], note: '"сорвали переброску резервов противника в районе Синьковки"' },
      { t: 'Синьковка', ref: 'synkivka', action: 'fighting', actor: 'RU', claimant: 'Sergei Zybinsky', asOf: ['2023-03-14'], note: '"Мотострелки в районе н.п. Синьковка вскрыли и уничтожили украинскую ДРГ"' },
    ],
  },
];
