// Hand annotations, English articles of tests/eval/fresh70. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const MOD = 'Russian Defence Ministry';
const GS_UA = 'Ukrainian General Staff';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2025-12-23',
    url: 'https://www.okaz.com.sa/politics/na/2228016',
    notes: 'Stored copy on Okaz (English text), its body as the store gives it (no headline: the manifest\'s title is made by the annotator from the lead). The date is the page\'s (23 December 2025, a Tuesday: "announced today (Tuesday)"). Event: "the Ukrainian army announced ... its withdrawal from the town of Siversk" (withdrew, UA, the General Staff). Judgement call: the sentence\'s opening "After Russian forces announced their control over it" refers to the same Siversk span; one event is written on the span, the withdrawal the sentence reports (the Russian announcement is background). "the Ukrainian defenders have withdrawn from the town" names no settlement. Counted: the United States, Florida twice, Russia twice, Ukraine. Skipped: Europe (a continent). Traps: the persons. No claim ("nearly four years" is a duration).',
    places: [
      { t: 'Siversk', ref: 'siversk' },
      { t: 'United States', ref: 'usa' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Florida', all: true, ref: 'florida' },
      { t: 'Ukraine', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Volodymyr Zelensky', why: 'person' },
      { t: 'Rustem Umerov', why: 'person' },
      { t: 'Kirill Dmitriev', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [{ t: 'Europe', why: 'a continent' }],
    events: [
      { t: 'Siversk', ref: 'siversk', action: 'withdrew', actor: 'UA', claimant: GS_UA, asOf: ['2025-12-23'], note: '"the Ukrainian army announced today (Tuesday) its withdrawal from the town of Siversk"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-04-22',
    url: 'https://www.zerohedge.com/geopolitical/ukraine-finally-squeezed-out-kursk-russian-army-retakes-key-monastery',
    notes: 'Stored copy on ZeroHedge, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the photo caption ("St Nicholas Belogorsky Monastery in Kursk. Source Michael Ovseychik/iStock/The Telegraph") and the last paragraph, cut by the store (Remchukov\'s quote, "... then the troops can stop "), removed. The date is the page\'s (22 April 2025; Gerasimov\'s report "on Saturday" is 19 April). Event: "Our soldiers liberated the St. Nicholas Belogorsky Monastery in Gornal" (liberated, RU: Russia retaking its own village; `part: true`, judgement call: the monastery on "the northeastern edge of Gornal" is part of the village; claimant the TASS source). Not events: "the liberated monastery is on the northeastern edge of Gornal" (a location restating the same taking, judgement call), "poised to liberate the last village" (no name, a prospect). Claims: "99.5% of the Kursk region has been regained by Russian forces" (area-retaken, percent, RU, Gerasimov, 19 April); "just over 530 square miles" seized "At the height of the cross-border offensive which began last August" (area-held-peak, UA, August 2024, as fresh60 dates the peak); "less than just 20 square miles" now (area-held, UA, regional reports, the report\'s day). Not claims: "100% of Kursk oblast" (a prospect: "This final battle will bring"), "less than 30 kilometers" (a distance). Counted: Moscow ("Moscow forces", the government), Ukraine three times ("Ukraine forces", "inside Ukraine", "Ukraine\'s military"), Kursk as the region five times (with its generic word in "Kursk region" twice and "Kursk oblast"; alone in "troops in Kursk" and "retake Kursk"), Gornal twice, Sumy. Skipped: Russia in "Russia’s Chief of the General Staff" (a title). Traps: Tass, the monastery\'s name (a building, "Belogorsky" after no place the text names), the persons.',
    places: [
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Kursk oblast', ref: 'kurskOblast' },
      { t: 'Gornal', all: true, ref: 'gornal' },
      { t: 'Kursk', ctx: 'troops in Kursk appear', ref: 'kurskOblast' },
      { t: 'Sumy', ref: 'sumy' },
      { t: 'Kursk', ctx: 'retake Kursk', ref: 'kurskOblast' },
    ],
    traps: [
      { t: 'Tass', why: 'a news agency' },
      { t: 'St. Nicholas Belogorsky Monastery', why: 'a monastery (a building), not a settlement' },
      { t: 'Valery Gerasimov', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Putin', ctx: 'likely Putin wants', why: 'person' },
      { t: 'Zelensky', why: 'person' },
    ],
    skipped: [{ t: 'Russia', why: TITLE + ' ("Russia’s Chief of the General Staff")' }],
    claims: [
      { t: '99.5%', kind: 'area-retaken', value: 99.5, unit: 'percent', holder: 'RU', claimant: 'Valery Gerasimov', asOf: ['2025-04-19'], note: '"Gerasimov informed President Vladimir Putin on Saturday that 99.5% of the Kursk region has been regained by Russian forces"' },
      { t: '530 square miles', kind: 'area-held-peak', value: 530, unit: 'mi2', holder: 'UA', claimant: null, asOf: ['2024-08-06', '2024-08-31'], note: '"At the height of the cross-border offensive which began last August, Ukraine\'s military had seized just over 530 square miles"' },
      { t: '20 square miles', kind: 'area-held', value: 20, unit: 'mi2', holder: 'UA', claimant: 'regional reports', asOf: ['2025-04-22'], note: '"regional reports now say that significant figure is down to less than just 20 square miles"' },
    ],
    events: [
      { t: 'Gornal', n: 1, ref: 'gornal', action: 'liberated', actor: 'RU', claimant: 'TASS', part: true, asOf: ['2025-04-22'], note: '"Our soldiers liberated the St. Nicholas Belogorsky Monastery in Gornal during fighting," a source was quoted (part: the monastery, judgement call)' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-01-19',
    url: 'http://metroradio.com.hk/104/News/NewsEng.aspx?NewsId=20250119070737',
    notes: 'Stored copy on Metro Radio (Hong Kong, English news, after Reuters), its headline and body as the store gives them, with the store\'s line break inside the lead\'s sentence ("in a\\nseries of gains") kept; the date line ("19/1/2025 7:07") and a trailing "|" removed. The date is the page\'s (19 January 2025, Hong Kong time; the ministry spoke "on Saturday", 18 January). Events: Petropavlivka ("Russian forces were now in control of Petropavlivka", controls, RU, the ministry, as the sets read "in control of X"; written captured before the first run: an annotation slip fixed after it) and Vremivka ("the capture of Vremivka", captured, RU); Pokrovsk and Kurakhove, "focal points in fighting in recent months in the area" (fighting, RU, the attacker, judgement call as fresh68 reads "where Russian forces have pressed for months"). Claims: "two settlements" (headline) and "two more settlements" (lead) taken (count, settlements, RU, the ministry, 18 January). Counted: Russia in the headline (the government) and in "Russia\'s southern Belgorod region", Ukraine three times (headline, lead, "Ukraine\'s military facilities"), "Donetsk region" twice, "Belgorod region". Skipped: Russia in "Russia\'s Defence Ministry" (a body).',
    places: [
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Petropavlivka', ref: 'petropavlivka' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Kurakhove', ref: 'kurakhove' },
      { t: 'Vremivka', ref: 'vremivka' },
      { t: 'Russia', n: 3, ref: 'russia' },
      { t: 'Belgorod region', ref: 'belgorodOblast' },
    ],
    skipped: [{ t: 'Russia', n: 2, why: BODY + ' ("Russia\'s Defence Ministry")' }],
    claims: [
      { t: 'two settlements', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-01-18'], note: 'headline: "Russia says its forces capture two settlements in eastern Ukraine"' },
      { t: 'two more settlements', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-01-18'], note: '"Russian forces took control of two more settlements in eastern Ukraine\'s Donetsk region, Russia\'s Defence Ministry said on Saturday"' },
    ],
    events: [
      { t: 'Petropavlivka', ref: 'petropavlivka', action: 'controls', actor: 'RU', claimant: MOD, asOf: ['2025-01-18'], note: '"The ministry statement said Russian forces were now in control of Petropavlivka" (controls, as the sets read "in control of X"; written captured before the first run: an annotation slip)' },
      { t: 'Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-01-18'], note: '"the towns of Pokrovsk and Kurakhove, focal points in fighting in recent months" (judgement call)' },
      { t: 'Kurakhove', ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-01-18'], note: '"the towns of Pokrovsk and Kurakhove, focal points in fighting in recent months" (judgement call)' },
      { t: 'Vremivka', ref: 'vremivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-01-18'], note: '"It also noted the capture of Vremivka"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-12-20',
    url: 'https://alohadigest.com/2025/12/20/russian-forces-advance-along-kakhovskiy-reservoir-as-ukrainian-fighters-retreat-in-zaporizhzhia-region',
    notes: 'Stored copy on Aloha Digest (after Russian media), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last paragraph, cut by the store (Putin\'s assertions, "... following the Maidan revolutio"), removed. The date is the URL\'s (20 December 2025; the ministry "reported on December 20"). Events: "Russian forces are advancing along the Kakhovskiy reservoir in Stepnogorsk" (fighting, RU, Kukushkin) and Stepnogorsk "a town that has long been a focal point of conflict" (fighting, RU, judgement call, as en-03); High and Light, "taken under control by Russian troops" (captured, RU, the ministry). Hard case (judgement call): the settlement names are translated word for word (High for Vysoke/Высокое in Sumy Oblast, Light for Svitle/Светлое in Donetsk Oblast); they are place mentions and events, placed at the oblast the text names. Not events: "Ukrainian fighters have been pushed back to the western outskirts of the settlement" and "the capture of the town appearing imminent" (no name in their sentences; the second a prospect). Claim: "over 300 inhabited points" captured "since the beginning of 2025" (count, settlements, RU, the Russian government). Counted: Stepnogorsk twice, "Zaporizhzhia region" twice, "Sumy region", "Donetsk People’s Republic" (Donetsk Oblast). Skipped: the Kakhovskiy reservoir (a water body), "Russian Federation" inside "The Ministry of Defense of the Russian Federation" (a body). Traps: the correspondent (twice), the programme ‘Soloviev LIVE’, the ‘Dnipro’ group (a grouping named after a river).',
    places: [
      { t: 'Stepnogorsk', all: true, ref: 'stepnohirsk' },
      { t: 'Zaporizhzhia region', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'High', ref: 'vysoke' },
      { t: 'Sumy region', ref: 'sumyOblast' },
      { t: 'Light', ref: 'svitle' },
      { t: 'Donetsk People’s Republic', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Pavel Kukushkin', why: 'person' },
      { t: 'Soloviev LIVE', why: 'a television programme' },
      { t: 'Kukushkin', ctx: 'Kukushkin described', why: 'person' },
      { t: 'Dnipro', why: 'a grouping named after a river' },
    ],
    skipped: [
      { t: 'Kakhovskiy reservoir', why: 'a reservoir (water body)' },
      { t: 'Russian Federation', why: BODY + ' ("The Ministry of Defense of the Russian Federation")' },
    ],
    claims: [
      { t: 'over 300 inhabited points', kind: 'count', value: 300, unit: 'settlements', holder: 'RU', claimant: 'Russian government', asOf: ['2025-01-01', '2025-12-20'], note: '"the Russian government claiming that since the beginning of 2025, military operations have resulted in the capture of over 300 inhabited points"' },
    ],
    events: [
      { t: 'Stepnogorsk', n: 1, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: 'Pavel Kukushkin', asOf: ['2025-12-20'], note: '"Russian forces are advancing along the Kakhovskiy reservoir in Stepnogorsk"' },
      { t: 'Stepnogorsk', n: 2, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-12-20'], note: '"Stepnogorsk, a town that has long been a focal point of conflict in the eastern front" (judgement call)' },
      { t: 'High', ref: 'vysoke', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-20'], note: '"two inhabited points—High in the Sumy region and Light in the Donetsk People’s Republic—had been taken under control by Russian troops"' },
      { t: 'Light', ref: 'svitle', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-20'], note: 'the same sentence' },
    ],
  },
];
