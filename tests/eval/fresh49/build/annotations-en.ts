// Hand annotations, English articles of tests/eval/fresh49. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2023-01-29',
    url: 'https://newsknocking.com/january-29-2023-russia-ukraine-news/',
    notes: 'Stored copy on newsknocking.com (a reprint of CNN\'s live post of 29 January 2023), its body as the store gives it; the page\'s date line ("January 29, 2023 Russia-Ukraine news") and the closing "Source link" label removed; the store gives no headline, so the manifest\'s title is made from the URL slug and the date line. The date is the date line\'s (29 January 2023). Events: Blahodatne captured by RU (Wagner\'s "liberated", the owner rule), denied ("CNN has not been able to independently verify Wagner’s claim"); the battles near Bakhmut (fighting, RU, the attacker of the article); Soledar captured by RU (earlier in January, "led the capture of Soledar"). Not events: "the settlements adjacent to the city" (no name), the pressure on Krasna Hora and Paraskoviivka (an aim), "the village" attacked the day prior (no name), the pull-back "from the territory" (no name), the aim to encircle Bakhmut, the shelling north of Bakhmut. Namesake: this Blahodatne is the village north of Bakhmut, not the Blahodatne of Velyka Novosilka. Traps: Wagner, Telegram, CNN, Reuters.',
    places: [
      { t: 'Bakhmut', all: true, ref: 'bakhmut' },
      { t: 'Blahodatne', all: true, ref: 'blahodatneBakhmut' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Krasna Hora', ref: 'krasnaHora' },
      { t: 'Paraskoviivka', ref: 'paraskoviivka' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Soledar', ref: 'soledar' },
      { t: 'Kyiv', ref: 'kyiv' },
    ],
    traps: [
      { t: 'Wagner', all: true, why: 'a mercenary group' },
      { t: 'Telegram', why: 'a messenger' },
      { t: 'CNN', all: true, why: 'an outlet' },
      { t: 'Reuters', why: 'an agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Bakhmut', n: 1, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-01-29'], note: '"near the city of Bakhmut, where intense battles between Russian and Ukrainian forces continue" (the attacker: Wagner\'s assault)' },
      { t: 'Blahodatne', n: 1, ref: 'blahodatneBakhmut', action: 'captured', actor: 'RU', claimant: 'Wagner', denied: true, asOf: ['2023-01-29'], note: '"assault teams have liberated Blahodatne village" (the owner rule), not verified by CNN, Ukraine reporting attacks repelled' },
      { t: 'Soledar', ref: 'soledar', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-01-01', '2023-01-29'], note: '"Moscow’s private military also led the capture of Soledar" (undated in the text: the month up to the report, the Ukrainian acknowledgement "earlier this week")' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2023-06-18',
    url: 'https://www.hindustantimes.com/world-news/russiaukraine-war-ukraine-recaptures-a-village-in-southern-zapororizhzhia-russian-installed-official-101687081706411.html',
    notes: 'Stored copy on Hindustan Times (after Reuters), its headline and body as the store gives them; the site chrome (notification prompt, breadcrumb, the repeated standfirst, the agency and date line "Reuters | Jun 18, 2023 03:41 PM IST", the photo caption, the share, topics and sign-in labels, the copyright line) removed. The date is the date line\'s (18 June 2023). Event: Piatykhatky liberated by UA (the Ukrainian recapture, the owner rule), acknowledged by Vladimir Rogov. Not events: "Heavy fighting continues in the area" (no name), "a string of villages in Donetsk region" (no names), "a village in the southern Zaporizhzhia region" (no name). Claim: "about 100 square km" regained "in just over a week" (area-retaken, UA; the week from the counter-offensive\'s start, 4–11 June, as the text dates it "last week"); "(38 square miles)" converts the same figure, not a second claim. Traps: Vladimir Rogov, Telegram, Reuters, Vladimir Putin.',
    places: [
      { t: 'Zaporizhzhia', n: 1, ref: 'zaporizhzhiaOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Zaporizhzhia region', ref: 'zaporizhzhiaOblast' },
      { t: 'Piatykhatky', ref: 'piatykhatky' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Vladimir Rogov', why: 'person' },
      { t: 'Rogov', n: 2, why: 'person' },
      { t: 'Telegram', why: 'a messenger' },
      { t: 'Reuters', why: 'an agency' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'about 100 square km', kind: 'area-retaken', value: 100, unit: 'km2', holder: 'UA', claimant: null, asOf: ['2023-06-04', '2023-06-11'], note: '"Ukraine said last week it had regained control of about 100 square km (38 square miles) of territory in just over a week"' },
    ],
    events: [
      { t: 'Piatykhatky', ref: 'piatykhatky', action: 'liberated', actor: 'UA', claimant: 'Vladimir Rogov', asOf: ['2023-06-18'], note: '"Ukrainian forces had taken the settlement of Piatykhatky and were entrenching themselves there"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-06-26',
    url: 'https://euromaidanpress.com/2023/06/26/ukraine-liberated-donetsks-rivnopil-defense-ministry/',
    notes: 'Stored copy on Euromaidan Press, its body as the store gives it; the map caption ("Liberated Rivnopil on the map. Map: Deepstatelive") and the tag line removed; the store gives no headline, so the manifest\'s title is made from the URL slug. The date is the URL\'s (26 June 2023). Events: Rivnopil liberated by UA (Hanna Maliar), twice ("the liberation of Rivnopil", "returned Rivnopil to our control"). Namesake: the text says Ukraine has two Rivnopils in Donetsk Oblast and that the one meant is probably the one near Velyka Novosilka; the gold follows it. Not events: "which of them has been liberated" and "approached the one near Velyka Novosilka" (no name in the clause). "two Rivnopils" names no one place: skipped. Traps: Hanna Maliar, Maliar, Telegram. Skipped: Ukraine in "Ukraine’s Deputy Defense Minister" (an official\'s title).',
    places: [
      { t: 'Rivnopil', all: true, ref: 'rivnopil' },
      { t: 'Donetsk Oblast', all: true, ref: 'donetskOblast' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Volnovakha District', ref: 'volnovakhaDistrict' },
      { t: 'Velyka Novosilka District', ref: 'velykaNovosilkaDistrict' },
      { t: 'Velyka Novosilka', n: 2, ref: 'velykaNovosilka' },
      { t: 'Velyka Novosilka', n: 3, ref: 'velykaNovosilka' },
    ],
    traps: [
      { t: 'Hanna Maliar', why: 'person' },
      { t: 'Maliar', n: 2, why: 'person' },
      { t: 'Telegram', why: 'a messenger' },
    ],
    skipped: [
      { t: 'Ukraine', n: 1, why: OFFICIAL + ' ("Ukraine’s Deputy Defense Minister")' },
      { t: 'Rivnopils', why: 'a plural naming two namesake villages, no one place' },
    ],
    claims: [],
    events: [
      { t: 'Rivnopil', n: 1, ref: 'rivnopil', action: 'liberated', actor: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-06-26'], note: '"officially announced the liberation of Rivnopil"' },
      { t: 'Rivnopil', n: 2, ref: 'rivnopil', action: 'liberated', actor: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-06-26'], note: '"The defense forces have returned Rivnopil to our control"' },
    ],
  },
  {
    file: 'en-04.txt',
    language: 'en',
    published: '2023-12-23',
    url: 'https://clearstory.news/2023/12/23/russian-forces-successfully-defend-key-positions-in-ukraine/',
    notes: 'Stored copy on clearstory.news (after the Russian Ministry of Defense), its headline and body as the store gives them. The date is the URL\'s and the dateline\'s (23 December 2023). Event: the failed Ukrainian attacks "in the Kupyansk area" (fighting, UA, the attacker: "another failed attack by UAF militants"). Not events: the defensive positions held and secured (no settlement named), the forest areas. Claim: "over 355 servicemen" lost by the Ukrainian forces on the Kupyansk direction in the past week (count, casualties, UA; the seven days back). Not claims: the tanks, vehicles and guns. Places: the dateline LUGANSK (the city). Traps: Baty (a call sign). Skipped: the axis "the Kupyansk direction" (twice).',
    places: [
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'LUGANSK', ref: 'luhansk' },
      { t: 'Kupyansk', n: 2, ref: 'kupiansk' },
    ],
    traps: [{ t: 'Baty', why: 'a call sign' }],
    skipped: [
      { t: 'Kupyansk', n: 1, why: 'a front axis ("the Kupyansk direction")' },
      { t: 'Kupyansk', n: 3, why: 'a front axis ("the Kupyansk direction")' },
    ],
    claims: [
      { t: 'over 355 servicemen', kind: 'count', value: 355, unit: 'casualties', holder: 'UA', claimant: 'Russian Ministry of Defense', asOf: ['2023-12-16', '2023-12-23'], note: '"UAF losses on the Kupyansk direction in the past week amounted to over 355 servicemen"' },
    ],
    events: [
      { t: 'Kupyansk', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: 'Russian Ministry of Defense', asOf: ['2023-12-23'], note: '"inflicted heavy fire on scattered assault groups of the Ukrainian Armed Forces (UAF) in the Kupyansk area ... As a result of another failed attack by UAF militants"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2023-11-02',
    url: 'https://archives.lincolndailynews.com/2023/Nov/02/NEWS/news_ab.shtml',
    notes: 'Stored copy on Lincoln Daily News (after Reuters), its headline and body as the store gives them; the share labels, the dateline and date ("[November 02, 2023] KYIV (Reuters) -"), the photo caption, the closing credit and the copyright lines removed. The date is the date line\'s (2 November 2023). Events (Zelenskiy, the day): the Russian assault repelled near Vuhledar (fighting, RU, twice: headline and body), Vuhledar "a Ukrainian-held bastion" (controls, UA), the enemy trying to encircle Avdiivka (fighting, RU, Oleksandr Shtupun). Not events: the regrouping "near the eastern city of Avdiivka" (no action on it), the push "to encircle the embattled town in mid-October" (no name). Places: Russia (twice, "Russia was trying to regroup", "Russia renewed a push"; added after the first run, a slip). Traps: Zelenskiy and Volodymyr Zelenskiy, Reuters, Telegram, Oleksandr Shtupun, Tavria (a military command). Skipped: the axis "the Vuhledar direction", Ukraine in "Ukraine\'s Tavria military command" (a command\'s name).',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Vuhledar', n: 1, ref: 'vuhledar' },
      { t: 'Vuhledar', n: 2, ref: 'vuhledar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Vuhledar', n: 3, ref: 'vuhledar' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Avdiivka', all: true, ref: 'avdiivka' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Zelenskiy', n: 1, why: 'person' },
      { t: 'Volodymyr Zelenskiy', why: 'person' },
      { t: 'Reuters', why: 'an agency' },
      { t: 'Telegram', why: 'a messenger' },
      { t: 'Oleksandr Shtupun', why: 'person' },
      { t: 'Tavria', why: 'a military command\'s name' },
    ],
    skipped: [
      { t: 'Vuhledar', n: 4, why: 'a front axis ("the Vuhledar direction")' },
      { t: 'Ukraine', n: 2, why: 'country inside a command\'s name ("Ukraine\'s Tavria military command")' },
    ],
    claims: [],
    events: [
      { t: 'Vuhledar', n: 1, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'Volodymyr Zelenskiy', asOf: ['2023-11-02'], note: 'the headline: "Ukraine repels Russian assault near Vuhledar"' },
      { t: 'Vuhledar', n: 2, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'Volodymyr Zelenskiy', asOf: ['2023-11-02'], note: '"Ukrainian forces repelled a new Russian assault near the town of Vuhledar"' },
      { t: 'Vuhledar', n: 3, ref: 'vuhledar', action: 'controls', actor: 'UA', claimant: null, asOf: ['2023-11-02'], note: '"Vuhledar, a Ukrainian-held bastion"' },
      { t: 'Avdiivka', n: 2, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Oleksandr Shtupun', asOf: ['2023-11-02'], note: '"The enemy continues to try to encircle Avdiivka"' },
    ],
  },
];
