// Hand annotations, English articles of tests/eval/fresh51. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country or region inside an official body's or official's name";
const MOD = 'Russian Defence Ministry';
const HAIDAI = 'Serhiy Haidai';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2023-11-16',
    url: 'https://dunyanews.tv/en/World/770719-Ukrainian-troops-operate-in-occupied-Kherson-region-after-crossing-river',
    notes: 'Stored copy on Dunya News (dunyanews.tv, after Reuters), its headline and body from the dateline as the store gives them; the index\'s date prefix removed, and the last paragraph, cut by the store ("Natalia Humeniuk, spokesperson for Ukraine\'s southern mili"), removed. The date is the index\'s (16 November 2023); Russia "conceded on Wednesday" (15 November), Saldo\'s statement. Events: Ukrainian forces "operating in small groups spread over an area from a railway bridge to the village of Krynky" and "The enemy is trapped in (the settlement of) Krynky and a fiery hell has been arranged for him" (fighting, UA, the side that crossed and attacks, Saldo\'s words: judgement call, the village fought over), Kherson "which Ukraine recaptured almost exactly a year ago" (liberated, UA, November 2022). Not events: "The village of Krynky lies close to the Dnipro" (a location), a foothold "on the eastern bank" (no settlement). No claims ("20 km" is a distance, "one and a half companies" is no number). Traps: Reuters, RBK Ukraine (an outlet), Oleksandr Kovalenko, Vladimir Saldo and Saldo, "Dnepr" (a Russian military grouping). Skipped: the Dnipro (a river).',
    places: [
      { t: 'Kherson region', all: true, ref: 'khersonOblast' },
      { t: 'KYIV', ref: 'kyiv' },
      { t: 'Russia', ctx: 'Russia conceded', ref: 'russia' },
      { t: 'Russia', ctx: 'Russia\'s "Dnepr"', ref: 'russia' },
      { t: 'Ukraine', ctx: 'Ukraine said on Tuesday', ref: 'ukraine' },
      { t: 'Ukraine', ctx: 'which Ukraine recaptured', ref: 'ukraine' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Krynky', all: true, ref: 'krynky' },
      { t: 'Kherson', ctx: 'city of Kherson', ref: 'kherson' },
    ],
    traps: [
      { t: 'Reuters', why: 'a news agency' },
      { t: 'Oleksandr Kovalenko', why: 'person' },
      { t: 'RBK Ukraine', why: 'an outlet' },
      { t: 'Vladimir Saldo', why: 'person' },
      { t: 'Saldo', n: 2, why: 'person' },
      { t: 'Dnepr', why: 'a Russian military grouping' },
    ],
    skipped: [
      { t: 'River Dnipro', why: 'a river' },
      { t: 'Dnipro', n: 2, why: 'a river' },
      { t: 'Dnipro', n: 3, why: 'a river' },
    ],
    claims: [],
    events: [
      { t: 'Krynky', n: 1, ref: 'krynky', action: 'fighting', actor: 'UA', claimant: 'Vladimir Saldo', asOf: ['2023-11-15'], note: '"Ukrainian forces ... were operating in small groups spread over an area from a railway bridge to the village of Krynky"' },
      { t: 'Krynky', n: 2, ref: 'krynky', action: 'fighting', actor: 'UA', claimant: 'Vladimir Saldo', asOf: ['2023-11-15'], note: '"The enemy is trapped in (the settlement of) Krynky and a fiery hell has been arranged for him"' },
      { t: 'Kherson', ctx: 'city of Kherson', ref: 'kherson', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-11-01', '2022-11-30'], note: '"the city of Kherson, which Ukraine recaptured almost exactly a year ago"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-11-14',
    url: 'https://www.shkmgmcnuh.org/in-kherson-volodymyr-zelensky-wants-to-believe-in-the-beginning-of-the-end-of-the-war/6178792022/',
    notes: 'Stored copy on shkmgmcnuh.org (a news page after AFP), its page headline, article headline and body as the store gives them; the closing "Leave a Comment" removed. The page carries no date: it is dated Monday 14 November 2022, the day of the ministry\'s Pavlivka statement it quotes ("On November 14") and of Zelensky\'s visit to Kherson it reports as "today" (judgement call). Events: "claims to have taken Pavlivka" and "completely liberated the town of Pavlivka" (captured, RU, the owner rule, the Russian Defense Ministry), "their assault on kyiv" given up "By spring" (fighting, RU, spring 2022). Not events: "In Kherson, Volodymyr Zelensky wants to believe" (a location), "violent fighting near this town" (no name), the retreat "from part of the Ukrainian region of Kherson (south), including the city of the same name" (a region; the city is not named in the clause), "abandoned most of the Kharkiv region" (a region), "withdrawn from northern Ukraine" (a country\'s part). No claims ("hundreds dead" is no figure). Traps: Volodymyr Zelensky (twice). "Donetsk People’s Republic" is Donetsk Oblast; "Lugansk" and "Zaporijjia" (French-style spellings) are the oblasts; "kyiv" in lower case is the capital.',
    places: [
      { t: 'Kherson', n: 1, ref: 'kherson' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Pavlivka', all: true, ref: 'pavlivka' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Donetsk People’s Republic', ref: 'donetskOblast' },
      { t: 'Kherson', n: 2, ref: 'khersonOblast' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
      { t: 'kyiv', ref: 'kyiv' },
      { t: 'Donetsk', ctx: 'regions of Donetsk and', ref: 'donetskOblast' },
      { t: 'Kherson', n: 3, ref: 'khersonOblast' },
      { t: 'Lugansk', ref: 'luhanskOblast' },
      { t: 'Zaporijjia', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Volodymyr Zelensky', all: true, why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Pavlivka', n: 1, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: 'Russian Defense Ministry', asOf: ['2022-11-14'], note: '"The Russian army claims to have taken Pavlivka"' },
      { t: 'Pavlivka', n: 2, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: 'Russian Defense Ministry', asOf: ['2022-11-14'], note: '"On November 14, after fierce fighting, Russian soldiers completely liberated the town of Pavlivka" (owner rule)' },
      { t: 'kyiv', ref: 'kyiv', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-02-24', '2022-04-30'], note: '"By spring, Russian forces had already had to give up their assault on kyiv"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2022-11-15',
    url: 'https://english.pravda.ru/news/hotspots/154792-russian_forces_dpr/',
    notes: 'Stored copy on Pravda.ru (english.pravda.ru), its headline and body as the store gives them; the index\'s date prefix with the site menu ("World Russia Society Opinion Science Sport Incidents Business"), the rubric ("Incidents") and the author line ("Author`s name: Editorial Team, Editor: Dmitry Sudakov") removed. The date is the index\'s (15 November 2022). Events: "after taking control of the settlement of Pavlovka" and "On November 14, the Russian troops completely took control of the village of Pavlovka" (captured, RU, 14 November), "in battles for Pavlovka" (fighting, RU, to the capture), Pushilin\'s "had been liberated and 90 percent cleared" (captured, RU, 10 November, the owner rule; and cleared, RU, part: 90 percent). Claim: "up to 1,400 soldiers of the Armed Forces of Ukraine" destroyed (killed, UA, the ministry, at its upper bound, dated the report\'s day: the battles\' start is not given). Not a claim: "90 percent cleared" (a share cleared is no gold kind). Trap: Denis Pushilin. Skipped: "Armed Forces of Ukraine" (the country in the armed forces\' name), "DPR\'s" in "DPR\'s acting head" (a region in an official\'s title). Pavlovka is the Russian form of Pavlivka; "Donetsk People\'s Republic" and DPR are Donetsk Oblast.',
    places: [
      { t: "Donetsk People's Republic", all: true, ref: 'donetskOblast' },
      { t: 'Pavlovka', all: true, ref: 'pavlivka' },
      { t: 'DPR', n: 1, ref: 'donetskOblast' },
      { t: 'DPR', n: 2, ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Denis Pushilin', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', why: OFFICIAL },
      { t: 'DPR', n: 3, why: OFFICIAL },
    ],
    claims: [
      { t: 'up to 1,400 soldiers', kind: 'count', value: 1400, unit: 'killed', holder: 'UA', claimant: MOD, asOf: ['2022-11-15'], note: '"the Russian forces destroyed up to 1,400 soldiers of the Armed Forces of Ukraine in battles for Pavlovka"' },
    ],
    events: [
      { t: 'Pavlovka', n: 1, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-11-14'], note: '"after taking control of the settlement of Pavlovka"' },
      { t: 'Pavlovka', n: 2, ref: 'pavlivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2022-11-14'], note: '"in battles for Pavlovka" (to the capture)' },
      { t: 'Pavlovka', n: 3, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-11-14'], note: '"On November 14, the Russian troops completely took control of the village of Pavlovka"' },
      { t: 'Pavlovka', n: 4, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: 'Denis Pushilin', asOf: ['2022-11-10'], note: '"the settlement of Pavlovka ... had been liberated" (owner rule)' },
      { t: 'Pavlovka', n: 4, ref: 'pavlivka', action: 'cleared', actor: 'RU', claimant: 'Denis Pushilin', part: true, asOf: ['2022-11-10'], note: '"and 90 percent cleared"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2022-06-01',
    url: 'https://en.interfax.com.ua/news/general/836273.html',
    notes: 'Stored copy on Interfax-Ukraine (en.interfax.com.ua), its headline and body as the store gives them; the index\'s date prefix, the rubric ("Facts") and the time and date line ("11:43 01.06.2022") removed. The date is the date line\'s (Wednesday 1 June 2022). Events: the headline\'s and body\'s "70% of Severodonetsk controlled by Russian occupiers" (controls, RU, part, three times: headline, report, quotation), Lysychansk "completely under Ukrainian control" (controls, UA). Not events: "Part of Ukrainian troops retreated to more advantageous, pre-prepared positions" (positions), "Another part continues fighting inside the city" (no name), supplies to Severodonetsk. Claims: 70 % of Severodonetsk held by Russia, three times (a figure restated is a claim each time). Traps: Serhiy Haidai, Haidai (twice). Skipped: "Luhansk regional military administration" (the region in an administration\'s name). Severodonetsk is the Russian-derived spelling of Sievierodonetsk.',
    places: [
      { t: 'Severodonetsk', all: true, ref: 'sievierodonetsk' },
      { t: 'Lysychansk', ref: 'lysychansk' },
      { t: 'Luhansk region', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Serhiy Haidai', why: 'person' },
      { t: 'Haidai', n: 2, why: 'person' },
      { t: 'Haidai', n: 3, why: 'person' },
    ],
    skipped: [
      { t: 'Luhansk', n: 1, why: OFFICIAL },
    ],
    claims: [
      { t: '70%', n: 1, kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: HAIDAI, asOf: ['2022-06-01'], note: 'headline: "Some 70% of Severodonetsk controlled by Russian occupiers"' },
      { t: '70%', n: 2, kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: HAIDAI, asOf: ['2022-06-01'], note: '"Russian occupiers currently control 70% of Severodonetsk"' },
      { t: '70%', n: 3, kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: HAIDAI, asOf: ['2022-06-01'], note: '"The Russians control 70% of Severodonetsk"' },
    ],
    events: [
      { t: 'Severodonetsk', n: 1, ref: 'sievierodonetsk', action: 'controls', actor: 'RU', claimant: HAIDAI, part: true, asOf: ['2022-06-01'], note: 'headline: "Some 70% of Severodonetsk controlled by Russian occupiers"' },
      { t: 'Severodonetsk', n: 2, ref: 'sievierodonetsk', action: 'controls', actor: 'RU', claimant: HAIDAI, part: true, asOf: ['2022-06-01'], note: '"Russian occupiers currently control 70% of Severodonetsk"' },
      { t: 'Severodonetsk', n: 3, ref: 'sievierodonetsk', action: 'controls', actor: 'RU', claimant: HAIDAI, part: true, asOf: ['2022-06-01'], note: '"The Russians control 70% of Severodonetsk"' },
      { t: 'Lysychansk', ref: 'lysychansk', action: 'controls', actor: 'UA', claimant: HAIDAI, asOf: ['2022-06-01'], note: '"Lysychansk is completely under Ukrainian control"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2022-06-15',
    url: 'https://www.upi.com/Top_News/World-News/2022/06/15/ukraine-russia-war-control-severodonetsk-donbas/7001655289925/',
    notes: 'Stored copy on UPI (upi.com), its body from the dateline as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix, the gallery counter ("1/4"), the photo caption and credit ("A Russian soldier keeps watch ... Photo by Sergei Ilnitsky/EPA-EFE"), the "Advertisement" lines and the last paragraph, cut by the store ("Mean"), removed. The date is the dateline\'s and the URL\'s (Wednesday 15 June 2022). Events: "After weeks of fighting, Russia\'s military is now in control of at least 80% of Severodonetsk" (controls, RU, part, and fighting, RU, the weeks to the report: the month), "the Russian-occupied city of Kherson" (controls, RU). Not events: the bridges "that lead into Severodonetsk" bombed (shelling), civilians "inside the Azot chemical factory in Severodonetsk" (a location), "plans to retake Kherson itself" (a prospect), areas near Kherson retaken (no settlement named). Claims: "at least 80%" and "about 80%" of Severodonetsk held by Russia (the governor\'s figure, twice). Not a claim: "about 500 civilians". Traps: UPI, Serhiy Haidai, Azot (a plant), NATO, The New York Times. Skipped: "Luhansk" in "The regional governor of Luhansk" and "Luhansk region Gov." (the region in an official\'s title), "Russia\'s defense ministry" and "Ukraine\'s southern military command" (the country in a body\'s name), "pro-Russia" (an adjective).',
    places: [
      { t: 'Russia', ctx: "Russia's military", ref: 'russia' },
      { t: 'Severodonetsk', all: true, ref: 'sievierodonetsk' },
      { t: 'Ukraine', ctx: 'a city in eastern Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: 'provinces in eastern Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: 'depot in Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: 'equipment for Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: 'in southern Ukraine', ref: 'ukraine' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Russia', ctx: "Russia's bombing", ref: 'russia' },
      { t: 'United States', all: true, ref: 'unitedStates' },
      { t: 'Kherson', all: true, ref: 'kherson' },
    ],
    traps: [
      { t: 'UPI', why: 'a news agency' },
      { t: 'Serhiy Haidai', why: 'person' },
      { t: 'Azot', why: 'a chemical plant' },
      { t: 'NATO', why: 'an alliance' },
      { t: 'The New York Times', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Luhansk', n: 1, why: OFFICIAL },
      { t: 'Luhansk', n: 2, why: OFFICIAL },
      { t: 'Russia', ctx: "Russia's defense ministry", why: OFFICIAL },
      { t: 'Ukraine', ctx: "Ukraine's southern military command", why: OFFICIAL },
      { t: 'pro-Russia', why: 'an adjective (pro-Russia separatists)' },
    ],
    claims: [
      { t: 'at least 80%', kind: 'area-held', value: 80, unit: 'percent', holder: 'RU', claimant: HAIDAI, asOf: ['2022-06-15'], note: '"Russia\'s military is now in control of at least 80% of Severodonetsk"' },
      { t: 'about 80%', kind: 'area-held', value: 80, unit: 'percent', holder: 'RU', claimant: HAIDAI, asOf: ['2022-06-15'], note: '"he\'d put the number at about 80%"' },
    ],
    events: [
      { t: 'Severodonetsk', n: 1, ref: 'sievierodonetsk', action: 'controls', actor: 'RU', claimant: HAIDAI, part: true, asOf: ['2022-06-15'], note: '"Russia\'s military is now in control of at least 80% of Severodonetsk"' },
      { t: 'Severodonetsk', n: 1, ref: 'sievierodonetsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-05-15', '2022-06-15'], note: '"After weeks of fighting" (the weeks to the report)' },
      { t: 'Kherson', n: 1, ref: 'kherson', action: 'controls', actor: 'RU', claimant: null, asOf: ['2022-06-15'], note: '"the Russian-occupied city of Kherson"' },
    ],
  },
];
