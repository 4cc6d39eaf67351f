// Hand annotations, English articles of tests/eval/fresh46. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MOD = 'Russian Defence Ministry';
const DEEPSTATE = 'DeepState';
const GROUPING = 'a Russian grouping of forces';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-05-15',
    url: 'https://www.yenisafak.com/en/world/russia-claims-capture-of-three-settlements-in-ukraine-3683541',
    notes: 'Stored copy on Yeni Şafak (English), its headline, standfirst and body as the store gives them; the date and time line ("15:53 - 15/05/2024 Wednesday"), the photo label ("File photo", twice) and the tag line ("#Russian Defense Ministry", "#Russia-Ukraine war", "11 days ago") removed. The date is the date line\'s (Wednesday 15 May 2024). Events: Hlyboka (Hlyboke), Lukiantsi and Robotyne captured (RU, the ministry), each twice: the standfirst\'s "claims control over" and the body\'s "took control of" / "secured" (Robotyne, retaken by Ukraine in 2023, is a Ukrainian-held village: captured). Not events: "consolidated their positions along the frontline" (no name), the intercepted weapons. Claims: "capture of three settlements" (the headline) and "three settlements had been captured" (count, settlements, RU, the ministry, 15 May 2024, stated twice; an annotation slip found by the first run). Not claims: the counts of aircraft, drones, missiles and vehicles. Traps: the groupings Sever (North), Dnepr, Zapad (West), Vostok (East), Yug (South). Skipped: Russia in "Russia\'s Defense Ministry", US in "US-made". The headline\'s Russia ("Russia claims capture"), a place, was left out and added after the first run (an annotation slip).',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Russia', ctx: 'Russia claims capture', ref: 'russia' },
      { t: 'Russia', ctx: 'Russia and Ukraine have', ref: 'russia' },
      { t: 'Hlyboka', all: true, ref: 'hlyboke' },
      { t: 'Lukiantsi', all: true, ref: 'lukiantsi' },
      { t: 'Kharkiv region', all: true, ref: 'kharkivOblast' },
      { t: 'Robotyne', all: true, ref: 'robotyne' },
      { t: 'Zaporizhzhia region', ref: 'zaporizhzhiaOblast' },
      { t: 'Zaporizhzhia', ctx: 'region of Zaporizhzhia', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Sever', why: GROUPING },
      { t: 'North', why: GROUPING + ' ("Sever (North) forces")' },
      { t: 'Dnepr', why: GROUPING + ' ("the Dnepr group")' },
      { t: 'Zapad', why: GROUPING },
      { t: 'West', why: GROUPING },
      { t: 'Vostok', why: GROUPING },
      { t: 'East', why: GROUPING },
      { t: 'Yug', why: GROUPING },
      { t: 'South', why: GROUPING },
    ],
    skipped: [
      { t: 'Russia', ctx: "Russia's Defense Ministry", why: OFFICIAL + ' ("Russia\'s Defense Ministry")' },
      { t: 'US', why: 'a country of make ("US-made")' },
    ],
    claims: [
      { t: 'three settlements', n: 1, kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2024-05-15'], note: 'the headline: "Russia claims capture of three settlements in Ukraine" (a count of settlements taken, stated again in the body; an annotation slip found by the first run)' },
      { t: 'three settlements', n: 2, kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2024-05-15'], note: '"Russia\'s Defense Ministry claimed Wednesday that three settlements had been captured by Russian forces" (a count of settlements taken; an annotation slip found by the first run: the set had left it out, against the convention that a count of settlements taken is a claim)' },
    ],
    events: [
      { t: 'Hlyboka', n: 1, ref: 'hlyboke', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-15'], note: 'the standfirst: "Russian army claims control over Hlyboka, Lukiantsi in Kharkiv region"' },
      { t: 'Lukiantsi', n: 1, ref: 'lukiantsi', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-15'], note: 'the same list' },
      { t: 'Robotyne', n: 1, ref: 'robotyne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-15'], note: 'the same list: "Robotyne in Zaporizhzhia region"' },
      { t: 'Hlyboka', n: 2, ref: 'hlyboke', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-15'], note: '"the Russian military\'s Sever (North) forces took control of Hlyboka and Lukiantsi"' },
      { t: 'Lukiantsi', n: 2, ref: 'lukiantsi', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-15'], note: 'the same clause' },
      { t: 'Robotyne', n: 2, ref: 'robotyne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-15'], note: '"while the Dnepr group secured Robotyne" (a Ukrainian-held village since 2023: captured)' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-04-12',
    url: 'https://infonewsall.com/index.php/2025/04/12/russia-claims-capture-of-village-in-ukraines-sumy-region-kyiv-silent',
    notes: 'Stored copy on infonewsall.com, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("On Tuesday, the Russian Defense Ministry released video purporting to show the recapture of"), removed. The date is the URL\'s (12 April 2025); the ministry\'s "Thursday" is 10 April 2025 and Basivka\'s claim "four days earlier" 6 April. Events: Zhuravka seized (captured, RU, the ministry, denied: "Ukrainian officials have not confirmed the loss"), "they did not acknowledge that Zhuravka had fallen" (captured, RU, denied), "its troops were now in control of Zhuravka" (controls, RU, the ministry, denied: the same unconfirmed claim), Basivka taken, "a claim Ukrainian officials denied" (captured, RU, denied), "the advance brought Russian forces closer to a third locality, Yunakivka" (fighting, RU, Tass: an advance toward a named place), "main efforts are focused on the area around the settlements of Zhuravka and Basivka" (fighting, RU, Artiukh, the past seven days). Not events: the buffer zone (an aim), the strikes on infrastructure. No claims ("by 30%" is the attacks\' intensity, "47 assault operations" a count of attacks). Traps: Tass, Volodymyr Artiukh, Facebook, Vladimir Putin. Skipped: Russia in "Russia\'s Defense Ministry" (twice), Sumy region in the governor\'s title.',
    places: [
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Sumy region', ctx: 'northern Sumy region', ref: 'sumyOblast' },
      { t: 'Russia', ctx: "across from Russia's Kursk", ref: 'russia' },
      { t: 'Russia', ctx: 'Russia remained focused', ref: 'russia' },
      { t: 'Russia', ctx: "in Russia's Kursk region, who", ref: 'russia' },
      { t: 'Russia', ctx: "along Russia's border", ref: 'russia' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Kursk', ctx: 'the border in Kursk', ref: 'kurskOblast' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Zhuravka', all: true, ref: 'zhuravka' },
      { t: 'Basivka', all: true, ref: 'basivka' },
      { t: 'Yunakivka', ref: 'yunakivka' },
    ],
    traps: [
      { t: 'Tass', why: 'a news agency' },
      { t: 'Volodymyr Artiukh', why: 'person' },
      { t: 'Artiukh', n: 2, why: 'person' },
      { t: 'Artiukh', n: 3, why: 'person' },
      { t: 'Facebook', why: 'a social network' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', ctx: "Russia's Defense Ministry announced", why: OFFICIAL },
      { t: 'Russia', ctx: "Russia's Defense Ministry provided", why: OFFICIAL },
      { t: 'Sumy region', ctx: 'Sumy region Gov.', why: 'the oblast inside an official\'s title ("Sumy region Gov.")' },
    ],
    claims: [],
    events: [
      { t: 'Zhuravka', n: 1, ref: 'zhuravka', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-04-10'], note: '"its forces had seized the village of Zhuravka ..., though Ukrainian officials have not confirmed the loss"' },
      { t: 'Zhuravka', n: 2, ref: 'zhuravka', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2025-04-10'], note: '"they did not acknowledge that Zhuravka had fallen"' },
      { t: 'Basivka', n: 1, ref: 'basivka', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-04-06'], note: '"Four days earlier, Moscow claimed to have taken another village in the region, Basivka – a claim Ukrainian officials denied"' },
      { t: 'Zhuravka', n: 3, ref: 'zhuravka', action: 'controls', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-04-10'], note: '"stating its troops were now in control of Zhuravka" (the same unconfirmed claim)' },
      { t: 'Yunakivka', ref: 'yunakivka', action: 'fighting', actor: 'RU', claimant: 'Tass', asOf: ['2025-04-10'], note: '"the advance brought Russian forces closer to a third locality, Yunakivka" (toward a named place)' },
      { t: 'Zhuravka', n: 4, ref: 'zhuravka', action: 'fighting', actor: 'RU', claimant: 'Volodymyr Artiukh', asOf: ['2025-04-05', '2025-04-12'], note: '"The enemy\'s main efforts are focused on the area around the settlements of Zhuravka and Basivka" (the past seven days\' assaults)' },
      { t: 'Basivka', n: 2, ref: 'basivka', action: 'fighting', actor: 'RU', claimant: 'Volodymyr Artiukh', asOf: ['2025-04-05', '2025-04-12'], note: 'the same clause' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-09-23',
    url: 'https://www.devdiscourse.com/article/law-order/3637664-russia-claims-control-over-strategic-ukrainian-village',
    notes: 'Stored copy on Devdiscourse (after Reuters), its headline, standfirst and body as the store gives them. The date is the index\'s (Tuesday 23 September 2025). Events: Pereizne captured (RU, the ministry), twice: the standfirst\'s "announced the capture of Pereizne" and the body\'s "have seized the village of Pereizne", both denied ("this claim has not been independently verified by Reuters"). Not events: "The strategic village\'s capture" (no name). No claims. Traps: Reuters. Skipped: Russia in "Russia\'s Defence Ministry" and "Russia\'s Defense Ministry".',
    places: [
      { t: 'Pereizne', all: true, ref: 'pereizne' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Russia', ctx: 'Russia Claims Control', ref: 'russia' },
    ],
    traps: [
      { t: 'Reuters', all: true, why: 'a news agency' },
    ],
    skipped: [
      { t: 'Russia', ctx: "Russia's Defence Ministry", why: OFFICIAL + ' ("Russia\'s Defence Ministry")' },
      { t: 'Russia', ctx: "Russia's Defense Ministry", why: OFFICIAL + ' ("Russia\'s Defense Ministry")' },
    ],
    claims: [],
    events: [
      { t: 'Pereizne', n: 1, ref: 'pereizne', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-09-23'], note: '"Russia\'s Defence Ministry announced the capture of Pereizne ..., though this claim has not been independently verified by Reuters"' },
      { t: 'Pereizne', n: 2, ref: 'pereizne', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-09-23'], note: '"its military forces have seized the village of Pereizne" (the same unverified claim)' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2024-09-30',
    url: 'https://menafn.com/1108728510/Russian-forces-set-Makeevka-free',
    notes: 'Stored copy on MENAFN, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the source label ("(MENAFN)") removed. The date is the index\'s (30 September 2024); the ministry\'s "Sunday" is 29 September 2024. Events: "the liberation of Makeevka, a settlement in the Lugansk People\'s Republic" (captured, RU, the ministry: Makiivka of Luhansk Oblast, a Ukrainian-held village), "Russian troops are increasingly approaching Pokrovsk" (fighting, RU: an advance on a named town). Not events: the other Makeevka, "a city ... in the neighboring Donetsk People\'s Republic" (a namesake, shelled: a place, not an event), "steady advances in Donbass" (a region). Claims: "up to 450 killed in this sector" (count, killed, UA, the ministry) and the total "exceeded 1,500" (count, casualties, UA, the ministry), both the 24 hours back from the ministry\'s Sunday report. Traps: \'West\' (a tactical group). Skipped: the countries of make ("Polish-made", "U.S.-made", "British-made"), as en-01\'s "US-made" (left out at first, an annotation slip found by the first run).',
    places: [
      { t: 'Makeevka', n: 1, ref: 'makiivkaLuhansk' },
      { t: "Lugansk People's Republic", ref: 'luhanskOblast' },
      { t: 'Donbass', all: true, ref: 'donbas' },
      { t: 'Makeevka', n: 2, ref: 'makiivkaDonetsk' },
      { t: "Donetsk People's Republic", ref: 'donetskOblast' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'West', why: 'a Russian tactical group ("the \'West\' tactical group")' },
    ],
    skipped: [
      { t: 'Polish', why: 'a country of make ("Polish-made")' },
      { t: 'U.S', why: 'a country of make ("U.S.-made")' },
      { t: 'British', why: 'a country of make ("British-made")' },
    ],
    claims: [
      { t: 'up to 450 killed', kind: 'count', value: 450, unit: 'killed', holder: 'UA', claimant: MOD, asOf: ['2024-09-28', '2024-09-29'], note: '"In the last 24 hours ... estimates of up to 450 killed in this sector alone"' },
      { t: 'exceeded 1,500', kind: 'count', value: 1500, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-09-28', '2024-09-29'], note: '"The total Ukrainian casualties ... in the past day reportedly exceeded 1,500"' },
    ],
    events: [
      { t: 'Makeevka', n: 1, ref: 'makiivkaLuhansk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-09-29'], note: '"Russian military forces have announced the liberation of Makeevka, a settlement in the Lugansk People\'s Republic" (a Ukrainian-held village: captured)' },
      { t: 'Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-09-30'], note: '"Russian troops are increasingly approaching Pokrovsk"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-05-23',
    url: 'https://unn.ua/en/news/in-kherson-region-russians-are-trying-to-force-the-dnipro-river-in-small-groups-and-capture-several-islands-spokesman-of-the-southern-defense-forces',
    notes: 'Stored copy on UNN (English), its headline, standfirst and body as the store gives them; the section labels ("Details", "Addition") removed. The date is the index\'s (23 May 2025). Events: "Russian occupiers have advanced ... in the areas of Yablunivka and Nadiivka" (fighting, RU, DeepState: an advance near named places). Not events: the attempts to force the Dnipro and to seize the islands of Zabech, Stryga and Kozolysky (islands, not settlements), the Antonivka bridges (bridges). No claims. Traps: Vladyslav Voloshyn, UNN, DeepState. Skipped: the Dnipro River, the islands, the Antonivka (Antonivsky) bridges.',
    places: [
      { t: 'Kherson region', all: true, ref: 'khersonOblast' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Yablunivka', ref: 'yablunivka' },
      { t: 'Nadiivka', ref: 'nadiivka' },
    ],
    traps: [
      { t: 'Vladyslav Voloshyn', why: 'person' },
      { t: 'Voloshyn', n: 2, why: 'person' },
      { t: 'UNN', why: 'a news agency' },
      { t: 'DeepState', why: 'a monitoring project' },
    ],
    skipped: [
      { t: 'Dnipro River', all: true, why: 'a river' },
      { t: 'Antonivsky', why: 'bridges named by a village ("the Antonivsky bridges")' },
      { t: 'Antonivka', all: true, why: 'bridges named by a village ("the Antonivka bridges")' },
      { t: 'Zabech', all: true, why: 'an island' },
      { t: 'Stryga', all: true, why: 'an island' },
      { t: 'Kozolysky', all: true, why: 'an island' },
    ],
    claims: [],
    events: [
      { t: 'Yablunivka', ref: 'yablunivka', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-05-23'], note: '"Russian occupiers have advanced in two more directions in the Donetsk region - in the areas of Yablunivka and Nadiivka"' },
      { t: 'Nadiivka', ref: 'nadiivka', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-05-23'], note: 'the same clause' },
    ],
  },
];
