// Hand annotations, English articles of tests/eval/fresh22. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const RUMOD = 'Russian Defence Ministry';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-10-01',
    url: 'https://english.jagran.com/world/russia-pulls-out-its-troops-from-lyman-after-ukraine-surrounds-city-10050723',
    notes: 'Stored copy of a Jagran English wire report (Reuters and AFP), its body as the store gives it; the index\'s date prefix removed and the last quotation, cut by the store ("Oct. 1. We\'re unfurling our state f"), removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (1 October 2022, a Saturday: "Russia said on Saturday"). Events: the Russian troops withdrawn from Lyman to avoid being surrounded (withdrew, RU: the headline fact and the lead) and from "Krasny Liman", the Russian name of the town, in the ministry\'s quotation (withdrew, RU); Ukraine\'s capture of Lyman (liberated, UA: the owner rule, Ukraine retaking its town); Ukrainian forces entering Lyman on Saturday after encircling thousands of Russian troops (entered, UA); "We\'re already in Lyman, but there are battles" (entered, UA: a presence in the town). "The capture of Lyman would be a major setback" is a consequence (no event); "where Lyman is located" a location and the "Lyman" welcome sign a sign (no event). Donetsk (the region Russia claimed to annex) and "the Donetsk region" (twice) are the oblast; Moscow and Kyiv (twice each) the governments by their capitals; "Ukraine\'s eastern forces" a military command\'s name (skipped). Not claims: "thousands of Russian troops" (no figure). Traps: Vladimir Putin (twice), the Kremlin (the government by its seat), the West (a political grouping), Serhii Cherevatyi.',
    places: [
      { t: 'Lyman', all: true, ref: 'lyman' },
      { t: 'Krasny Liman', ref: 'lyman' },
      { t: 'Ukraine', ctx: 'in eastern Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: "by Ukraine's army", ref: 'ukraine' },
      { t: 'Ukraine', ctx: "Ukraine's capture", ref: 'ukraine' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Donetsk', ctx: 'include Donetsk, where', ref: 'donetskOblast' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
    ],
    traps: [
      { t: 'Vladimir Putin', all: true, why: 'person' },
      { t: 'Kremlin', why: 'the government named by its seat' },
      { t: 'West', why: 'a political grouping ("Kyiv and the West")' },
      { t: 'Serhii Cherevatyi', why: 'person' },
    ],
    skipped: [{ t: 'Ukraine', ctx: "Ukraine's eastern forces", why: 'country inside a military command\'s name ("spokesperson for Ukraine\'s eastern forces")' }],
    claims: [],
    events: [
      { t: 'Lyman', n: 1, ref: 'lyman', action: 'withdrew', actor: 'RU', claimant: RUMOD, asOf: ['2022-10-01'], note: '"Russia said on Saturday its troops had withdrawn from the town of Lyman in eastern Ukraine to avoid being surrounded"' },
      { t: 'Krasny Liman', ref: 'lyman', action: 'withdrew', actor: 'RU', claimant: RUMOD, asOf: ['2022-10-01'], note: '"allied troops were withdrawn from the settlement of Krasny Liman to more advantageous lines"' },
      { t: 'Lyman', n: 2, ref: 'lyman', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-01'], note: '"Ukraine\'s capture of Lyman ... marked a major defeat for Moscow" (the owner rule)' },
      { t: 'Lyman', n: 4, ref: 'lyman', action: 'entered', actor: 'UA', claimant: 'Kyiv', asOf: ['2022-10-01'], note: '"Ukrainian forces entered the eastern stronghold of Lyman on Saturday after encircling thousands of Russian troops, Kyiv said"' },
      { t: 'Lyman', n: 6, ref: 'lyman', action: 'entered', actor: 'UA', claimant: "Serhii Cherevatyi (Ukraine's eastern forces)", asOf: ['2022-10-01'], note: '"We\'re already in Lyman, but there are battles"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2023-01-11',
    url: 'https://www.devdiscourse.com/article/law-order/2316382-russias-wagner-group-says-soledar-liberated-around-500-ukrainians-killed',
    notes: 'Stored copy of a Devdiscourse (Reuters) news item, its headline and body as the store gives them; the index\'s date prefix and the source and time line ("Reuters | Updated: 11-01-2023 23:39 IST | Created: 11-01-2023 23:39 IST") removed. The date is the index date and the time line\'s (11 January 2023, a Wednesday: "on Wednesday said"). Events: Wagner saying Soledar "liberated" (captured, RU: the headline; the owner rule, Russia taking a Ukrainian town whatever the verb); its forces having "completely liberated" the town of Soledar (captured, RU). Zelenskiy\'s word that fighting continued, said minutes earlier, names no settlement and is not a reply to the claim (the claim is not marked denied). "The whole city is littered with the corpses" names no settlement. Russia (twice, "Russia\'s Wagner Group", "Russia\'s private military firm") is the country. Claims: around 500 Ukrainians killed (count, killed, UA: the headline) and around 500 pro-Ukraine troops killed (count, killed, UA), both Prigozhin\'s, for the taking of the town. Traps: Wagner Group, Wagner, Yevgeny Prigozhin, Volodymyr Zelenskiy.',
    places: [
      { t: 'Soledar', all: true, ref: 'soledar' },
      { t: 'Russia', all: true, ref: 'russia' },
    ],
    traps: [
      { t: 'Wagner Group', why: 'a private military company' },
      { t: 'Wagner', ctx: 'firm Wagner on', why: 'a private military company' },
      { t: 'Yevgeny Prigozhin', why: 'person' },
      { t: 'Volodymyr Zelenskiy', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'around 500 Ukrainians', kind: 'count', value: 500, unit: 'killed', holder: 'UA', claimant: 'Yevgeny Prigozhin (Wagner)', asOf: ['2023-01-11'], note: 'the headline: "Soledar liberated, around 500 Ukrainians killed"' },
      { t: 'around 500 pro-Ukraine troops', kind: 'count', value: 500, unit: 'killed', holder: 'UA', claimant: 'Yevgeny Prigozhin (Wagner)', asOf: ['2023-01-11'], note: '"completely liberated ... Soledar, killing around 500 pro-Ukraine troops"' },
    ],
    events: [
      { t: 'Soledar', n: 1, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Yevgeny Prigozhin (Wagner)', asOf: ['2023-01-11'], note: 'the headline: "Russia\'s Wagner Group says Soledar liberated" (the owner rule)' },
      { t: 'Soledar', n: 2, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Yevgeny Prigozhin (Wagner)', asOf: ['2023-01-11'], note: '"his forces had completely liberated the eastern Ukrainian mining town of Soledar"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2024-10-29',
    url: 'https://kyivindependent.com/russia-claims-capturing-selydove-kyiv-hasnt-confirmed/?utm_source=kurir&utm_medium=web_article&utm_campaign=adria_internal',
    notes: 'Stored copy of a Kyiv Independent news item (the page as reached through a partner link), its headline and body as the store gives them; the shop banner, the "Skip to content" and "Edit post" lines before the headline, the byline and date line ("by Martin Fornusek and Chris York October 29, 2024 3:34 PM 2 min read"), the photo caption with its credit, the audio note and the two related-article links after the body removed. The date is the byline\'s (29 October 2024, a Tuesday; "claimed on Oct. 29"). Events: Russia claims the capture of Selydove, Kyiv has not confirmed (captured, RU: the headline; not denied: Kyiv has not commented); the Defense Ministry claiming on 29 October that its forces had captured Selydove (captured, RU); the expert calling Selydove effectively "lost" (captured, RU); the 11 Russian attacks repelled in the Pokrovsk sector including near Selydove (fighting, RU); Avdiivka\'s fall in the winter (captured, RU); the Russian forces inching toward Pokrovsk for the past couple of months (fighting, RU: an advance towards a settlement). Pokrovsk "the key logistics hub" is a location and "The town\'s fall would spell dire news for Pokrovsk" a consequence (no event). "Donetsk Oblast" (twice) is the oblast; "the Pokrovsk sector" a front axis and "Russia\'s Defense Ministry" an official body (skipped); Kyiv (twice) the government by its capital; Finland (in "Finland-based") the country. Not claims: 11 attacks (attacks counted), 21,000 people (civilians), 18 kilometres (a distance). Traps: the Kyiv Independent (an outlet), Emil Kastehelmi, the Black Bird Group.',
    places: [
      { t: 'Selydove', all: true, ref: 'selydove' },
      { t: 'Donetsk Oblast', all: true, ref: 'donetskOblast' },
      { t: 'Pokrovsk', ctx: 'hub of Pokrovsk', ref: 'pokrovsk' },
      { t: 'Pokrovsk', ctx: 'news for Pokrovsk', ref: 'pokrovsk' },
      { t: 'Pokrovsk', ctx: 'toward Pokrovsk', ref: 'pokrovsk' },
      { t: 'Russia', ctx: 'Russia claims capture', ref: 'russia' },
      { t: 'Russia', ctx: 'whether Russia captured', ref: 'russia' },
      { t: 'Russia', ctx: "Russia's offensive", ref: 'russia' },
      { t: 'Kyiv', ctx: "Kyiv hasn't", ref: 'kyiv' },
      { t: 'Kyiv', ctx: 'While Kyiv did', ref: 'kyiv' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Avdiivka', ref: 'avdiivka' },
      { t: 'Finland', ref: 'finland' },
    ],
    traps: [
      { t: 'Kyiv Independent', why: 'news outlet' },
      { t: 'Emil Kastehelmi', why: 'person' },
      { t: 'Black Bird Group', why: 'an analysts\' group' },
    ],
    skipped: [
      { t: 'Russia', ctx: "Russia's Defense Ministry", why: OFFICIAL + ' ("Russia\'s Defense Ministry")' },
      { t: 'Pokrovsk', ctx: 'Pokrovsk sector', why: 'front axis ("the Pokrovsk sector")' },
    ],
    claims: [],
    events: [
      { t: 'Selydove', n: 1, ref: 'selydove', action: 'captured', actor: 'RU', claimant: "Russia's Defense Ministry", asOf: ['2024-10-29'], note: 'the headline: "Russia claims capture of Selydove, Kyiv hasn\'t confirmed"' },
      { t: 'Selydove', n: 2, ref: 'selydove', action: 'captured', actor: 'RU', claimant: "Russia's Defense Ministry", asOf: ['2024-10-29'], note: '"claimed on Oct. 29 that its forces had captured the town of Selydove"' },
      { t: 'Selydove', n: 3, ref: 'selydove', action: 'captured', actor: 'RU', claimant: 'Emil Kastehelmi (Black Bird Group)', asOf: ['2024-10-29'], note: '"Selydove is effectively \\"lost.\\"" / "the city is basically lost"' },
      { t: 'Avdiivka', ref: 'avdiivka', action: 'captured', actor: 'RU', claimant: 'Emil Kastehelmi (Black Bird Group)', asOf: ['2023-12-01', '2024-02-29'], note: '"That\'s the biggest city to fall after Avdiivka in the winter"' },
      { t: 'Selydove', n: 4, ref: 'selydove', action: 'fighting', actor: 'RU', claimant: 'Ukrainian military', asOf: ['2024-10-29'], note: '"it had repelled 11 Russian attacks in the Pokrovsk sector, including near Selydove"' },
      { t: 'Pokrovsk', ctx: 'toward Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-08-29', '2024-10-29'], note: '"Russian forces have been inching toward Pokrovsk for the past couple of months"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-01-24',
    url: 'https://unn.ua/en/news/situation-in-velyka-novosilka-escalates-russians-try-to-surround-the-settlement',
    notes: 'Stored copy of a UNN news item, its body as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The "Recall" subheading inside the text is kept. The date is the index date (24 January 2025, a Friday). Events: the Russians trying to surround Velyka Novosilka (fighting, RU: encircling is fighting with the attacking side as actor); the heavy fighting with the superior enemy near Velyka Novosilka, reported earlier (fighting, RU). "the village" and "the settlement" name no settlement (no span). Traps: Khortytsia (the operational-strategic grouping), Viktor Tregubov and Tregubov, UNN (twice).',
    places: [{ t: 'Velyka Novosilka', all: true, ref: 'velykaNovosilka' }],
    traps: [
      { t: 'Khortytsia', why: 'grouping of troops ("Khortytsia")' },
      { t: 'Viktor Tregubov', why: 'person' },
      { t: 'Tregubov', ctx: '- Tregubov noted', why: 'person' },
      { t: 'UNN', all: true, why: 'news agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Velyka Novosilka', n: 1, ref: 'velykaNovosilka', action: 'fighting', actor: 'RU', claimant: 'Viktor Tregubov (Khortytsia)', asOf: ['2025-01-24'], note: '"The situation in Velyka Novosilka is complicated, the Russians are trying to surround the settlement"' },
      { t: 'Velyka Novosilka', n: 2, ref: 'velykaNovosilka', action: 'fighting', actor: 'RU', claimant: 'Ukrainian Defense Forces', asOf: ['2025-01-24'], note: '"the Ukrainian Defense Forces are engaged in heavy fighting with the superior enemy near Velyka Novosilka"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-12-11',
    url: 'https://english.adnkronos.com/2025/12/11/ukraine-moscow-claims-capture-of-siversk-advance-continues-in-donetsk-region',
    notes: 'Stored copy of an Adnkronos news item, its headline and body as the store gives them; the date line ("11 Dicembre 2025"), the source tag "(Adnkronos) –" before the body and the "Don\'t Miss" block with an unrelated headline after it removed. The date is the URL\'s and the date line\'s (11 December 2025, a Thursday). Events: Moscow claims the capture of Siversk (captured, RU: the headline); Russia announcing the capture of Siversk (captured, RU); the "complete transfer of Siversk under our control" reported to Putin (captured, RU). The advance towards Kramatorsk and Sloviansk that Siversk was hindering is a purpose (no event); "advance continues in Donetsk region" names an oblast (no settlement event). "Ukraine" in the headline and "eastern Ukraine" are the country, Moscow the government by its capital, "Donetsk region" the oblast; "the Donetsk front" is a front axis (skipped). Traps: Vladimir Putin, the Kremlin (the government by its seat, "Kremlin spokesman"), Dmitri Peskov, Tass.',
    places: [
      { t: 'Siversk', all: true, ref: 'siversk' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Kramatorsk', ref: 'kramatorsk' },
      { t: 'Sloviansk', ref: 'sloviansk' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Kremlin', why: 'the government named by its seat' },
      { t: 'Dmitri Peskov', why: 'person' },
      { t: 'Tass', why: 'news agency' },
    ],
    skipped: [{ t: 'Donetsk', ctx: 'Donetsk front', why: 'front axis ("the Donetsk front")' }],
    claims: [],
    events: [
      { t: 'Siversk', n: 1, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Moscow', asOf: ['2025-12-11'], note: 'the headline: "Moscow claims capture of Siversk"' },
      { t: 'Siversk', n: 2, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Russia', asOf: ['2025-12-11'], note: '"Russia has announced the capture of Siversk"' },
      { t: 'Siversk', n: 3, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Dmitri Peskov (Kremlin spokesman)', asOf: ['2025-12-11'], note: '"the \\"complete transfer of Siversk under our control\\""' },
    ],
  },
];
