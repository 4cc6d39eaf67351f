// Hand annotations, Russian articles of tests/eval/fresh57. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const PRIGOZHIN = 'Yevgeny Prigozhin';
const MOD = 'Russian Defence Ministry';
const MAROCHKO = 'Andrei Marochko';
const LNR_BODY = 'the LNR inside a body\'s name ("народная милиция ЛНР", "МВД ЛНР")';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2023-02-17',
    url: 'https://vm.ru/news/1033090-prigozhin-soobshil-o-vzyatii-pod-kontrol-rossii-naselennogo-punkta-paraskovievka',
    notes: 'Stored copy on Вечерняя Москва (vm.ru), its headline and body as the store gives them; the rubric line ("Сюжет:" and "Спецоперация на Украине", run into the first sentence) and the last sentence cut by the store ("До этого Минобороны сообщило ... Там был") removed. The date is the body\'s ("в пятницу, 17 февраля", the year from "в марте–апреле 2023 года"). Events: Paraskoviivka taken under control by Wagner by Prigozhin\'s statement, in the headline and the body (captured, RU; the owner rule does not arise: a Ukrainian-held village taken), "полностью находится под контролем" (controls, RU), "заняли всю территорию Парасковиевки" (captured, RU); Artemovsk (Bakhmut), "где ситуация в последние дни крайне обострена" (fighting, RU, the attacker, over the last days). Not events: Paraskoviivka located north of Artemovsk, the town\'s encirclement "в марте–апреле" (a prospect, no place span). ДНР and "Донецкой народной республике" are Donetsk Oblast; "под контроль России" is Russia. Traps: Пригожин, «Вагнер».',
    places: [
      { t: 'России', ref: 'russia' },
      { t: 'Парасковиевка', all: true, ref: 'paraskoviivka' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Парасковиевки', ref: 'paraskoviivka' },
      { t: 'Артемовска', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Пригожин', n: 1, why: 'person' },
      { t: 'Евгений Пригожин', why: 'person' },
      { t: 'Пригожина', all: true, why: 'person' },
      { t: 'Вагнер', all: true, why: 'a mercenary group' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Парасковиевка', n: 1, ref: 'paraskoviivka', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-17'], note: 'the headline: "Пригожин сообщил о взятии под контроль России населенного пункта Парасковиевка"' },
      { t: 'Парасковиевка', n: 2, ref: 'paraskoviivka', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-17'], note: '"ЧВК «Вагнер» взяли под свой контроль населенный пункт Парасковиевка"' },
      { t: 'Парасковиевка', n: 3, ref: 'paraskoviivka', action: 'controls', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-17'], note: '"Населенный пункт Парасковиевка полностью находится под контролем подразделений ЧВК «Вагнер»"' },
      { t: 'Парасковиевки', ref: 'paraskoviivka', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-17'], note: '"парни полностью заняли всю территорию Парасковиевки"' },
      { t: 'Артемовска', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-02-14', '2023-02-17'], note: '"Артемовска, где ситуация в последние дни крайне обострена"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-10-04',
    url: 'https://tut-news.ru/politika/vga-hersonshchiny-liniya-razgranicheniya-storon-sohranyaetsya-u-sela-dudchany',
    notes: 'Stored copy on ТУТ НЬЮС (tut-news.ru), its headline and body as the store gives them; the date line ("04.10.2022 20:25"), the photo caption ("солдаты, оружие", "Фото: ТУТ НЬЮС"), the author line ("Алеся Заяц Автор: Алеся Заяц Редактор интернет-ресурса") and "Все новости" removed. The date is the page\'s (Tuesday 4 October 2022). Events: the line of contact "сохраняется у села Дудчаны", in the headline and the body (fighting, UA: the attacker that "продвинулись на 12 километров, но там и остановились", by Stremousov). Not events: Dudchany as a distance from Beryslav, "освобождение Донбасса" (an aim). "ВГА Херсонщины" and "Херсонской военно-гражданской администрации" name the oblast (counted); "Российской Федерации" is Russia. The 12 km advance is a distance, not a claim. Traps: Стремоусов, «Россия 24» (a channel), РИА Новости.',
    places: [
      { t: 'Херсонщины', ref: 'khersonOblast' },
      { t: 'Дудчаны', all: true, ref: 'dudchany' },
      { t: 'Херсонского региона', ref: 'khersonOblast' },
      { t: 'Херсонской области', ref: 'khersonOblast' },
      { t: 'Херсонской', ctx: 'Херсонской военно-гражданской', ref: 'khersonOblast' },
      { t: 'Берислав', ref: 'beryslav' },
      { t: 'Украине', ref: 'ukraine' },
      { t: 'Донбасса', ref: 'donbas' },
      { t: 'Российской Федерации', ref: 'russia' },
    ],
    traps: [
      { t: 'Кирилл Стремоусов', why: 'person' },
      { t: 'Стремоусова', all: true, why: 'person' },
      { t: 'Стремоусов', n: 2, why: 'person' },
      { t: 'Россия 24', why: 'a television channel' },
      { t: 'РИА Новости', why: 'a news agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Дудчаны', n: 1, ref: 'dudchany', action: 'fighting', actor: 'UA', claimant: 'Kirill Stremousov', asOf: ['2022-10-04'], note: 'the headline: "линия разграничения сторон сохраняется у села Дудчаны"' },
      { t: 'Дудчаны', n: 2, ref: 'dudchany', action: 'fighting', actor: 'UA', claimant: 'Kirill Stremousov', asOf: ['2022-10-04'], note: '"линия разграничения сторон противостояния сохраняется в районе населенного пункта Дудчаны"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-03-27',
    url: 'https://novostey.com/politic/news957887.html',
    notes: 'Stored copy on Новостей.COM (novostey.com, after politeka.net), its headline and body as the store gives them; the site line ("Новостей.COM ⇒ ⇓"), the date line ("2022-03-27"), the image placeholder and the closing credit ("Алексей Ионов, politeka.net") removed. The date is the page\'s (Sunday 27 March 2022). The headline\'s "Тростинка" is the outlet\'s misspelling of Trostianets (kept). Events: Trostianets\' liberation in the headline (liberated, UA) and by Zhyvytskyi "Накануне" with Boromlia (liberated, UA, 26 March 2022); "первые дни обороны Ахтырки и боев за Тростянец" (fighting, RU, the attacker, in the war\'s first days: 24 February to 3 March 2022, judgement call). "Сумской ОГА" and "Сумской областной военной администрации" name the oblast (counted). Traps: Живицкий, «Холодный Яр» (a brigade\'s name), "Кантемировскую танковую дивизию" (a division\'s name).',
    places: [
      { t: 'Сумщине', all: true, ref: 'sumyOblast' },
      { t: 'Тростинка', ref: 'trostianets' },
      { t: 'Сумской', all: true, ref: 'sumyOblast' },
      { t: 'Сумщина', ref: 'sumyOblast' },
      { t: 'Тростянец', all: true, ref: 'trostianets' },
      { t: 'Боромлю', ref: 'boromlia' },
      { t: 'Ахтырки', ref: 'okhtyrka' },
    ],
    traps: [
      { t: 'Дмитрий Живицкий', all: true, why: 'person' },
      { t: 'Живицкий', n: 2, why: 'person' },
      { t: 'Холодный Яр', why: 'a brigade\'s name' },
      { t: 'Кантемировскую', why: 'a division\'s name ("Кантемировскую танковую дивизию")' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Тростинка', ref: 'trostianets', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-03-26'], note: 'the headline: "после освобождения Тростинка"' },
      { t: 'Тростянец', n: 1, ref: 'trostianets', action: 'liberated', actor: 'UA', claimant: 'Dmytro Zhyvytskyi', asOf: ['2022-03-26'], note: '"Накануне ... сообщил, что ВСУ совместно с местными жителями освободили Тростянец и Боромлю"' },
      { t: 'Боромлю', ref: 'boromlia', action: 'liberated', actor: 'UA', claimant: 'Dmytro Zhyvytskyi', asOf: ['2022-03-26'] },
      { t: 'Ахтырки', ref: 'okhtyrka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-02-24', '2022-03-03'], note: '"еще в первые дни обороны Ахтырки и боев за Тростянец"' },
      { t: 'Тростянец', n: 2, ref: 'trostianets', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-02-24', '2022-03-03'] },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2022-06-24',
    url: 'http://rodina.news/minoborony-gruppirovki-voisk-tsentr-blokirovali-lisichansk-22062420565477.htm',
    notes: 'Stored copy on rodina.news (after АиФ), its lede and body as the store gives them; the date line ("2022-6-24 20:56 |") and the closing credit ("Подробнее читайте на aif.ru ..") removed; the missing spaces after full stops kept. The date is the page\'s (Friday 24 June 2022). Events under the owner rule ("освободили" of Ukrainian-held places is `captured` by RU): Hirske and Zolote, in the lede and by the ministry (captured, RU, twice each); Loskutivka, Myrna Dolyna and Ustynivka among the 11 settlements taken in five days (captured, RU, Konashenkov); Lysychansk "блокировали ... с юга" (fighting, RU: an encirclement); the pocket "котел Горское - Золотое" whose grouping was liquidated (fighting, RU, Marochko, twice); the surrenders "в районах Горского, Золотого, Лисичанска и Северодонецка" (fighting, RU, Marochko; judgement call: the places where the attacker\'s fighting made the defenders surrender). Claim: "11 населенных пунктов" in five days (count, settlements, RU, Konashenkov, 20 to 24 June 2022). Skipped: «Горском котле» (the pocket\'s name by an adjective), "Минобороны РФ" and "МО РФ" (the country inside a body\'s name), ЛНР in "народная милиция ЛНР" (three times). Traps: «Центр»/«Центра» (a grouping), Лапин, Конашенков, Суровикин, Марочко.',
    places: [
      { t: 'Горское', all: true, ref: 'hirske' },
      { t: 'Золотое', all: true, ref: 'zolote' },
      { t: 'Лисичанск', ref: 'lysychansk' },
      { t: 'Лоскутовку', ref: 'loskutivka' },
      { t: 'Мирную долину', ref: 'myrnaDolyna' },
      { t: 'Устиновку', ref: 'ustynivkaLuhansk' },
      { t: 'Горского', ref: 'hirske' },
      { t: 'Золотого', ref: 'zolote' },
      { t: 'Лисичанска', ref: 'lysychansk' },
      { t: 'Северодонецка', ref: 'sievierodonetsk' },
    ],
    traps: [
      { t: 'Центр', why: 'a grouping of troops («Центр»)' },
      { t: 'Центра', why: 'a grouping of troops («Центра»)' },
      { t: 'Александр Лапин', why: 'person' },
      { t: 'Игоря Конашенкова', why: 'person' },
      { t: 'Сергея Суровикина', why: 'person' },
      { t: 'Андрей Марочко', why: 'person' },
    ],
    skipped: [
      { t: 'ЛНР', all: true, why: LNR_BODY },
      { t: 'РФ', all: true, why: BODY + ' ("Минобороны РФ", "МО РФ")' },
      { t: 'Горском', why: 'a pocket named by an adjective («Горском котле»)' },
    ],
    claims: [
      { t: '11 населенных пунктов', kind: 'count', value: 11, unit: 'settlements', holder: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-06-20', '2022-06-24'], note: '"военнослужащие за пять дней освободили 11 населенных пунктов"' },
    ],
    events: [
      { t: 'Горское', n: 1, ref: 'hirske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-06-24'], note: 'the lede: "Российские военные и народная милиция ЛНР также освободили города Горское и Золотое"' },
      { t: 'Золотое', n: 1, ref: 'zolote', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-06-24'] },
      { t: 'Лисичанск', ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2022-06-24'], note: '"прорвали оборону украинских войск и блокировали Лисичанск с юга"' },
      { t: 'Лоскутовку', ref: 'loskutivka', action: 'captured', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-06-20', '2022-06-24'], note: '"за пять дней освободили 11 населенных пунктов, в том числе Лоскутовку, Мирную долину, Устиновку"' },
      { t: 'Мирную долину', ref: 'myrnaDolyna', action: 'captured', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-06-20', '2022-06-24'] },
      { t: 'Устиновку', ref: 'ustynivkaLuhansk', action: 'captured', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-06-20', '2022-06-24'] },
      { t: 'Горское', n: 2, ref: 'hirske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-06-24'], note: '"ВС РФ совместно с подразделениями Народной милиции ЛНР освободили населенные пункты Горское и Золотое"' },
      { t: 'Золотое', n: 2, ref: 'zolote', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-06-24'] },
      { t: 'Горское', n: 3, ref: 'hirske', action: 'fighting', actor: 'RU', claimant: MAROCHKO, asOf: ['2022-06-24'], note: '"сообщил о ликвидации группировки ВСУ, попавшей в котел Горское - Золотое"' },
      { t: 'Золотое', n: 3, ref: 'zolote', action: 'fighting', actor: 'RU', claimant: MAROCHKO, asOf: ['2022-06-24'] },
      { t: 'Горского', ref: 'hirske', action: 'fighting', actor: 'RU', claimant: MAROCHKO, asOf: ['2022-06-24'], note: '"украинские военные начали массово сдаваться в плен в районах Горского, Золотого, Лисичанска и Северодонецка"' },
      { t: 'Золотого', ref: 'zolote', action: 'fighting', actor: 'RU', claimant: MAROCHKO, asOf: ['2022-06-24'] },
      { t: 'Лисичанска', ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: MAROCHKO, asOf: ['2022-06-24'] },
      { t: 'Северодонецка', ref: 'sievierodonetsk', action: 'fighting', actor: 'RU', claimant: MAROCHKO, asOf: ['2022-06-24'] },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2022-07-26',
    url: 'https://wpristav.su/news/v_luganske_podtverdili_perekhod_uglegorskoj_tehs_pod_kontrol_sojuznykh_sil/2022-07-26-82266',
    notes: 'Stored copy on Военное обозрение (wpristav.su), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence cut by the store ("Информация о блокировке Углегорской ТЭС силами ЧВК \\"Вагнера\\" и НМ республик появилась ещ") removed. The date is the URL\'s (Tuesday 26 July 2022). Events: the Ukrainian units "отступившие из Светлодарска" that held the power station from 22 May (withdrew, UA, Kiselev, 22 May 2022); "подтверждается освобождение Покровского" (captured, RU, under the owner rule; military correspondents). Not events: the power station taken and cleared (a facility, not a settlement: its name "Углегорская ТЭС", after the town of Vuhlehirsk, is skipped), "открытии дороги на Артемовск" (a road opened, judgement call: not an advance the text tells). Namesake: Покровское here is the village east of Bakhmut, not Pokrovsk (Покровск). Skipped: ЛНР in "МВД ЛНР". Traps: Киселев, "ЧВК Вагнера", «Военное обозрение».',
    places: [
      { t: 'Светлодарска', ref: 'svitlodarsk' },
      { t: 'Покровского', ref: 'pokrovskeBakhmut' },
      { t: 'Артемовск', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Виталий Киселев', why: 'person' },
      { t: 'Киселев', n: 2, why: 'person' },
      { t: 'Вагнера', why: 'a mercenary group ("ЧВК Вагнера")' },
      { t: 'Военное обозрение', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Углегорская', why: 'a power station named after a town ("Углегорская теплоэлектростанция")' },
      { t: 'Углегорской', all: true, why: 'a power station named after a town ("Углегорской теплоэлектростанции", "Углегорской ТЭС")' },
      { t: 'ЛНР', why: LNR_BODY },
    ],
    claims: [],
    events: [
      { t: 'Светлодарска', ref: 'svitlodarsk', action: 'withdrew', actor: 'UA', claimant: 'Vitaly Kiselev', asOf: ['2022-05-22'], note: '"С 22 мая ее удерживали подразделения ВСУ, отступившие из Светлодарска и окрестных населенных пунктов из-за угрозы окружения"' },
      { t: 'Покровского', ref: 'pokrovskeBakhmut', action: 'captured', actor: 'RU', claimant: 'military correspondents', asOf: ['2022-07-26'], note: '"Также подтверждается освобождение Покровского"' },
    ],
  },
];
