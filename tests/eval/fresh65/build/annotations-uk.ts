// Hand annotations, Ukrainian articles of tests/eval/fresh65. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const AXIS = 'a front axis named by an adjective';
const HUR = 'Головне управління розвідки Міноборони України';
const SHTUPUN = 'Олександр Штупун (Сили оборони таврійського напрямку)';
const SHOIGU = 'Сергій Шойгу';
const MALIAR = 'Ганна Маляр';
const SYNEHUBOV = 'Олег Синєгубов (Харківська ОВА)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-11-11',
    url: 'https://zabor.zp.ua/new/kherson-povernuvsya-pid-kontrol-ukraini-rozvidka',
    notes: 'Stored copy on ЗаБор (Zaporizhzhia), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("Зараз в українських пабліках шириться багато відео того, як місцеві жителі зі сльозами зустрічають українських"), removed; the outlet\'s own "Докладніше - "ЗаБор"." kept. The date is the text\'s ("сьогодні, 11 листопада 2022 року"); the page shows none apart. The intelligence directorate\'s quote ("Херсон повертається під контроль України, до міста заходять частини ЗСУ") is also quoted, in other words around it, by fresh34\'s uk-02 (another outlet); this article\'s own sentences are in no other set. Events: "до Херсону зайшли українські війська" and "до Херсону вже зайшли ЗСУ" (entered, UA, the directorate that confirms it); "Херсон, який був окупований ще на початку березня" (captured, RU, early March 2022) and, on the same span, "сьогодні ... повернувся під контроль України" (liberated, UA: the owner retaking it); the quote\'s "Херсон повертається під контроль України" (liberated, UA). Counted: України where it is the country ("під контроль України", three times). Skipped: України in "Головному управлінні розвідки України", "Головному управлінні розвідки Міноборони України" and "Збройним силам України" (bodies). Traps: the outlet\'s name ЗаБор. No claim ("9 місяців" is the occupation\'s length).',
    places: [
      { t: 'Херсону', all: true, ref: 'kherson' },
      { t: 'Херсон', all: true, ref: 'kherson' },
      { t: 'України', n: 2, ref: 'ukraine' },
      { t: 'України', n: 3, ref: 'ukraine' },
      { t: 'України', n: 5, ref: 'ukraine' },
    ],
    traps: [{ t: 'ЗаБор', why: 'the outlet' }],
    skipped: [
      { t: 'України', n: 1, why: BODY + ' ("Головному управлінні розвідки України")' },
      { t: 'України', n: 4, why: BODY + ' ("Головному управлінні розвідки Міноборони України")' },
      { t: 'України', n: 6, why: BODY + ' ("Збройним силам України")' },
    ],
    events: [
      { t: 'Херсону', n: 1, ref: 'kherson', action: 'entered', actor: 'UA', claimant: HUR, asOf: ['2022-11-11'], note: '"Сьогодні, 11 листопада, після майже 9 місяців російської окупації до Херсону зайшли українські війська"' },
      { t: 'Херсон', n: 1, ref: 'kherson', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-03-01', '2022-03-10'], note: '"Херсон, який був окупований ще на початку березня"' },
      { t: 'Херсон', n: 1, ref: 'kherson', action: 'liberated', actor: 'UA', claimant: HUR, asOf: ['2022-11-11'], note: '"сьогодні, 11 листопада 2022 року, повернувся під контроль України ... Тепер це підтвердили в Головному управлінні розвідки"' },
      { t: 'Херсону', n: 2, ref: 'kherson', action: 'entered', actor: 'UA', claimant: HUR, asOf: ['2022-11-11'], note: '"Ще зранку в соцмережах з\'явилася інформація, що до Херсону вже зайшли ЗСУ. Тепер це підтвердили в Головному управлінні розвідки"' },
      { t: 'Херсон', n: 2, ref: 'kherson', action: 'liberated', actor: 'UA', claimant: HUR, asOf: ['2022-11-11'], note: '"Херсон повертається під контроль України, до міста заходять частини ЗСУ"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-09-15',
    url: 'https://vida.vn.ua/news/okupovanymy-zalyshayutsya-6-kharkivshchyny-ova',
    notes: 'Stored copy on Віда (vida.vn.ua), its headline and body as the store gives them, with its line break inside "Telegram-канал / Синєгубова"; the weather line before the headline ("24°C"), the date line ("15.09.2022 11:07") and the teaser labels after the body ("Останні новини", "Читайте також") removed. The date is the page\'s (15 September 2022). Claims (Synehubov): "6% Харківщини" in the headline, "залишається 6% територій області" and "лише 6%" (area-held, RU, percent of the oblast, dated the report); "із окупованих ворогом 32% території Харківщини" (area-held-peak, RU: the share held before the counteroffensive, dated the day before it began, 5 September 2022: judgement call, the text names no day); "звільнили 8500 кв. км території Харківщини із 388 населеними пунктами" (area-retaken, UA, and count, settlements, UA; the counteroffensive from 6 September to the report: judgement call on its first day, which the text does not give). No event (no settlement named). Counted: Харківщини three times, "на Харківщині", "Харківської області" (the oblast). Skipped: України in "Збройні сили України" (a body) and in "президенту України" (an official\'s title), Харківської in "голова Харківської ОВА" (the oblast inside an official\'s title). Traps: the person twice.',
    places: [
      { t: 'Харківщини', all: true, ref: 'kharkivOblast' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Олег Синєгубов', why: 'person' },
      { t: 'Синєгубова', why: 'person' },
    ],
    skipped: [
      { t: 'України', n: 1, why: BODY + ' ("Збройні сили України")' },
      { t: 'Харківської', n: 1, why: 'the oblast inside an official\'s title ("голова Харківської ОВА")' },
      { t: 'України', n: 2, why: TITLE + ' ("президенту України")' },
    ],
    claims: [
      { t: '6%', n: 1, kind: 'area-held', value: 6, unit: 'percent', holder: 'RU', claimant: SYNEHUBOV, asOf: ['2022-09-15'], note: 'headline: "Окупованими залишаються 6% Харківщини"' },
      { t: '6%', n: 2, kind: 'area-held', value: 6, unit: 'percent', holder: 'RU', claimant: SYNEHUBOV, asOf: ['2022-09-15'], note: '"У тимчасовій російській окупації залишається 6% територій області"' },
      { t: '32%', kind: 'area-held-peak', value: 32, unit: 'percent', holder: 'RU', claimant: SYNEHUBOV, asOf: ['2022-09-05'], note: '"із окупованих ворогом 32% території Харківщини" (before the counteroffensive: judgement call on the day)' },
      { t: '6%', n: 3, kind: 'area-held', value: 6, unit: 'percent', holder: 'RU', claimant: SYNEHUBOV, asOf: ['2022-09-15'], note: '"зараз під окупацією залишилося лише 6%"' },
      { t: '8500 кв. км', kind: 'area-retaken', value: 8500, unit: 'km2', holder: 'UA', claimant: SYNEHUBOV, asOf: ['2022-09-06', '2022-09-15'], note: '"Наші військові звільнили 8500 кв. км території Харківщини"' },
      { t: '388 населеними пунктами', kind: 'count', value: 388, unit: 'settlements', holder: 'UA', claimant: SYNEHUBOV, asOf: ['2022-09-06', '2022-09-15'], note: '"із 388 населеними пунктами"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-12-25',
    url: 'https://pravda.com.ua/ukr/news/2023/12/25/7434543/index.amp',
    notes: 'Stored copy on Українська правда (AMP page), its headline and body as the store gives them, complete, with its labels ("Джерело:", "Пряма мова:", "Що було раніше:"); the date line ("Понеділок, 25 грудня 2023, 18:50") removed. The date is the page\'s (25 December 2023). Events: "Бої за Мар’їнку тривають" in the headline and in the quote (fighting, RU, the attacker, Shtupun); on the headline\'s span also "ЗСУ знаходяться в межах адмінкордонів міста" (controls, UA, part: true; the clause names "міста", the headline\'s Мар’їнку: judgement call); "наші військовослужбовці знаходяться в адміністративних кордонах Мар’їнки" (controls, UA, part: true); the capture Shtupun denies at each naming: "спростував заяву ... про захоплення міста Мар’їнка", "говорити про повне захоплення Мар’їнки некоректно", Shoigu\'s report "про захоплення Мар’їнки" and "захоплення Мар’їнки дасть змогу відсунути" (a noun of taking a modal weighs, told elsewhere as the denied claim) (captured, RU, denied, claimant Shoigu; the first two without a named maker: the "російських пропагандистів" are not one body, so claimant none for them, judgement call). No event: "окупованого Донецька" (a state, not an action: judgement call). Counted: "Донецькій області", "Донецька" (the city). Skipped: РФ in "міністр оборони РФ" (an official\'s title), України in "Збройні сили України" (a body), "таврійського напрямку" (an axis adjective). Traps: the persons. No claim.',
    places: [
      { t: 'Мар’їнку', all: true, ref: 'marinka' },
      { t: 'Мар’їнка', ref: 'marinka' },
      { t: 'Мар’їнки', all: true, ref: 'marinka' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Донецька', ref: 'donetsk' },
    ],
    traps: [
      { t: 'Штупун', n: 1, why: 'person' },
      { t: 'Олександр Штупун', why: 'person' },
      { t: 'Штупун', n: 3, why: 'person' },
      { t: 'Сергій Шойгу', why: 'person' },
      { t: 'Володимиру Путіну', why: 'person' },
      { t: 'Шойгу', n: 2, why: 'person' },
      { t: 'Путін', all: true, why: 'person' },
    ],
    skipped: [
      { t: 'таврійського', why: AXIS + ' ("Сил оборони таврійського напрямку")' },
      { t: 'РФ', why: TITLE + ' ("міністр оборони РФ")' },
      { t: 'України', why: BODY + ' ("Збройні сили України")' },
    ],
    events: [
      { t: 'Мар’їнку', n: 1, ref: 'marinka', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-12-25'], note: 'headline: "Бої за Мар’їнку тривають"' },
      { t: 'Мар’їнку', n: 1, ref: 'marinka', action: 'controls', actor: 'UA', claimant: SHTUPUN, part: true, asOf: ['2023-12-25'], note: 'headline: "ЗСУ знаходяться в межах адмінкордонів міста" (judgement call: "міста" is the headline\'s Мар’їнку)' },
      { t: 'Мар’їнка', ref: 'marinka', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2023-12-25'], note: '"спростував заяву російських пропагандистів про захоплення міста Мар’їнка"' },
      { t: 'Мар’їнку', n: 2, ref: 'marinka', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-12-25'], note: '"Бої за Мар’їнку тривають"' },
      { t: 'Мар’їнки', n: 1, ref: 'marinka', action: 'controls', actor: 'UA', claimant: SHTUPUN, part: true, asOf: ['2023-12-25'], note: '"Наразі наші військовослужбовці знаходяться в адміністративних кордонах Мар’їнки"' },
      { t: 'Мар’їнки', n: 2, ref: 'marinka', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2023-12-25'], note: '"Але говорити про повне захоплення Мар’їнки некоректно"' },
      { t: 'Мар’їнки', n: 3, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, denied: true, asOf: ['2023-12-25'], note: '"міністр оборони РФ Сергій Шойгу доповів президенту країни-агресора Володимиру Путіну про захоплення Мар’їнки"' },
      { t: 'Мар’їнки', n: 4, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, denied: true, asOf: ['2023-12-25'], note: '"Шойгу і Путін вважають, що захоплення Мар’їнки дасть змогу відсунути ..." (a weighed noun of taking; the article tells the capture as a denied claim)' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-05-23',
    url: 'https://news.lviv-company.in.ua/po-flangax-na-pivnochi-i-pivdni-vid-baxmuta-u-nas-ye-neznachne-prosuvannya-ganna-malyar.html',
    notes: 'Stored copy on Львівський портал (news.lviv-company.in.ua, after АрміяInform), its headline and body as the store gives them, with its double space and its typo "позиці"; the rubric line before the headline ("Україна і світ") and the source and date lines after the body ("Джерело: Інформаційне агентство АрміяInform", "2023-05-23 10:20:36") removed. The date is the page\'s (23 May 2023). Events, all Maliar\'s: "По флангах на півночі і півдні від Бахмута у нас є незначне просування" in the headline and the body (fighting, UA: an advance on the town\'s flanks); "У передмісті Бахмута тривають бої, ворог намагається зайняти вигідні позиці" (fighting, RU, the attacker: the suburbs are fighting at the town); "У місті Бахмут ... бої зменшились" (fighting, RU) and, on the same span, "ворог продовжує зачистку районів, взятих ним під контроль" (cleared, RU, part: true: districts of the town); "Наші війська контролюють південно-західну околицю міста в районі «Літак»" (controls, UA, part: true, anchored on "У місті Бахмут" in the sentence before; judgement call: a named district held inside the town is part of it, not the approaches the outskirts convention reads as fighting). Skipped: України twice in "заступник Міністра оборони України" (an official\'s title) and in "Сил оборони України" (a body), "Бахмутському напрямку" (an axis adjective), «Літак» (a neighbourhood\'s nickname, "the Plane": no gazetteer place). Traps: the person. No claim.',
    places: [
      { t: 'Бахмута', all: true, ref: 'bakhmut' },
      { t: 'Бахмут', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Ганна Маляр', all: true, why: 'person' },
      { t: 'Ганни Маляр', why: 'person' },
    ],
    skipped: [
      { t: 'України', n: 1, why: TITLE + ' ("заступник Міністра оборони України")' },
      { t: 'України', n: 2, why: BODY + ' ("Сил оборони України")' },
      { t: 'Бахмутському', why: AXIS + ' ("на Бахмутському напрямку")' },
      { t: 'України', n: 3, why: TITLE + ' ("заступник Міністра оборони України")' },
      { t: 'Літак', why: 'a neighbourhood of Bakhmut known by a nickname ("the Plane"), no gazetteer place' },
    ],
    events: [
      { t: 'Бахмута', n: 1, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-05-23'], note: 'headline: "По флангах на півночі і півдні від Бахмута у нас є незначне просування"' },
      { t: 'Бахмута', n: 2, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-05-23'], note: '"У передмісті Бахмута тривають бої, ворог намагається зайняти вигідні позиці, але йому це не вдається"' },
      { t: 'Бахмута', n: 3, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-05-23'], note: '"по флангах на півночі і півдні від Бахмута у Сил оборони України є незначне просування"' },
      { t: 'Бахмут', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-05-23'], note: '"У місті Бахмут, за словами Ганни Маляр, бої зменшились"' },
      { t: 'Бахмут', ref: 'bakhmut', action: 'cleared', actor: 'RU', claimant: MALIAR, part: true, asOf: ['2023-05-23'], note: '"ворог продовжує зачистку районів, взятих ним під контроль"' },
      { t: 'Бахмут', ref: 'bakhmut', action: 'controls', actor: 'UA', claimant: MALIAR, part: true, asOf: ['2023-05-23'], note: '"Наші війська контролюють південно-західну околицю міста в районі «Літак»" (judgement call: anchored on the town named in the sentence before)' },
    ],
  },
];
