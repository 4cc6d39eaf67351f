// Hand annotations, English articles of tests/eval/fresh62. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "region inside an official's title or a body's name";
const AXIS = 'a front axis or sector named after a place';
const MOD = 'Russian Defence Ministry';
const KHORTYTSIA = 'Khoritsa (Khortytsia group)';
const HRYHOROV = 'Oleg Hrygorov';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-08-06',
    url: 'https://www.ibtimes.com/russia-says-fighting-off-ukrainian-border-attack-3739089',
    notes: 'Stored copy on International Business Times (an AFP wire), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("In May, Russian forces launched a new offensive, crossing the border into Ukraine\'s Khar…"), removed. The date is the page\'s (6 August 2024, a Tuesday: "Russia said Tuesday"). Event: the attack "focused on the settlements of Nikolaevo-Darino and Oleshnya" (fighting, UA, the attacker, the Russian Defence Ministry). No event: the break "across the border into its Kursk region" (an oblast), the incursions into Russia (a country). Claim: "up to 300 troops" (count, troops, UA, the ministry; "up to" read at its bound). Not claims: "11 tanks", "more than 20 armoured combat vehicles" (no unit of the gold), "three people had been killed" (civilians, as fresh59 reads civilian tolls). Skipped: "Moscow time" (a time zone), "the Kursk region" in "The Russian governor of the Kursk region" (an official\'s title, as fresh47 and later read "глава ДНР"), "Sumy region" in "the Sumy region military administration" (a body\'s name). Counted: "Moscow\'s defence ministry" and "Moscow had responded" (the capital for the government), "the Sumy and neighbouring Chernigiv regions" as two mentions. Traps: the person, "Freedom of Russia Legion" (a grouping with a place word).',
    places: [
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Kursk region', n: 1, ref: 'kurskOblast' },
      { t: 'Moscow', n: 1, ref: 'moscow' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Moscow', n: 3, ref: 'moscow' },
      { t: 'Nikolaevo-Darino', ref: 'nikolaevoDarino' },
      { t: 'Oleshnya', ref: 'oleshnya' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Sumy region', n: 1, ref: 'sumyOblast' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Sumy', ctx: 'the Sumy and', ref: 'sumyOblast' },
      { t: 'Chernigiv regions', ref: 'chernihivOblast' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Russia', n: 4, ref: 'russia' },
    ],
    traps: [
      { t: 'Oleksiy Drozdenko', why: 'person' },
      { t: 'Freedom of Russia Legion', why: 'a grouping with a place word in its name' },
    ],
    skipped: [
      { t: 'Moscow', n: 2, why: 'a time zone ("08:00 Moscow time")' },
      { t: 'Kursk region', n: 2, why: TITLE + ' ("The Russian governor of the Kursk region")' },
      { t: 'Sumy region', n: 2, why: TITLE + ' ("the Sumy region military administration")' },
    ],
    claims: [
      { t: 'up to 300 troops', kind: 'count', value: 300, unit: 'troops', holder: 'UA', claimant: MOD, asOf: ['2024-08-06'], note: '"It said Ukraine launched the attack with up to 300 troops, 11 tanks and more than 20 armoured combat vehicles at 08:00 Moscow time"' },
    ],
    events: [
      { t: 'Nikolaevo-Darino', ref: 'nikolaevoDarino', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-08-06'], note: '"the attack was focused on the settlements of Nikolaevo-Darino and Oleshnya"' },
      { t: 'Oleshnya', ref: 'oleshnya', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-08-06'] },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-10-02',
    url: 'https://www.uawire.org:443/ukrainian-forces-withdraw-from-vuhledar',
    notes: 'Stored copy on UAWire, its headline and body as the store gives them; the date line after the headline ("Wednesday, October 2, 2024 7:53:00 PM") removed. The date is the page\'s (2 October 2024). Events: the withdrawal from Vuhledar in the headline, in the body and in the quoted statement (withdrew, UA, the Khortytsia group, spelt "Khoritsa"); "the capture of Vuhledar" that Matveyev explains (captured, RU: the article tells of the town changing hands); "Ukrainian soldiers were leaving Vuhledar" (withdrew, UA, "Voin DV", 1 October); "their loss of Vuhledar" (captured, RU, "Voin DV": a loss read as the other side\'s capture, as the sets read "потерю"); "The battle for Vuhledar had raged for nearly two years" (fighting, RU, the attacker; from October 2022 to the report, judgement call); the line "In the Dobrovolie/Bogoyavlenka and Novoukrainka areas" that the channel says "we are now testing for resilience" (fighting, RU, the side testing it, at each; judgement call). "Dobrovolie/Bogoyavlenka" is two mentions. No event: Russia\'s attempts "to capture the city in the fall and winter of 2022", the flanking and the "foothold in the urban area" (the town not named in the clause). Traps: Khoritsa (a grouping named after an island), "Voin DV" (a channel), the person. No claim.',
    places: [
      { t: 'Vuhledar', all: true, ref: 'vuhledar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Dobrovolie', ref: 'dobrovillia' },
      { t: 'Bogoyavlenka', ref: 'bohoiavlenka' },
      { t: 'Novoukrainka', ref: 'novoukrainka' },
    ],
    traps: [
      { t: 'Khoritsa', why: 'a grouping named after an island' },
      { t: 'Yan Matveyev', why: 'person' },
      { t: 'Voin DV', why: 'a Telegram channel' },
    ],
    events: [
      { t: 'Vuhledar', n: 1, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: KHORTYTSIA, asOf: ['2024-10-02'], note: 'headline: "Ukrainian Forces withdraw from Vuhledar"' },
      { t: 'Vuhledar', n: 2, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: KHORTYTSIA, asOf: ['2024-10-02'], note: '"Ukrainian armed forces have withdrawn from Vuhledar in the Donetsk region"' },
      { t: 'Vuhledar', n: 3, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: KHORTYTSIA, asOf: ['2024-10-02'], note: '"the high command authorized a maneuver to withdraw units from Vuhledar"' },
      { t: 'Vuhledar', n: 4, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'Yan Matveyev', asOf: ['2024-10-01', '2024-10-02'], note: '"he viewed the capture of Vuhledar as a result of the withdrawal of the remaining units"' },
      { t: 'Vuhledar', n: 5, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: 'Voin DV', asOf: ['2024-10-01'], note: '"On October 1, the Russian war channel "Voin DV" claimed that Ukrainian soldiers were leaving Vuhledar"' },
      { t: 'Vuhledar', n: 6, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'Voin DV', asOf: ['2024-10-01'], note: '"after their loss of Vuhledar" (a loss read as the other side\'s capture)' },
      { t: 'Vuhledar', n: 7, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-10-02', '2024-10-02'], note: '"The battle for Vuhledar had raged for nearly two years" (judgement call on the period)' },
      { t: 'Dobrovolie', ref: 'dobrovillia', action: 'fighting', actor: 'RU', claimant: 'Voin DV', asOf: ['2024-10-01'], note: '"In the Dobrovolie/Bogoyavlenka and Novoukrainka areas, they had already established a defensive line that we are now testing for resilience" (judgement call)' },
      { t: 'Bogoyavlenka', ref: 'bohoiavlenka', action: 'fighting', actor: 'RU', claimant: 'Voin DV', asOf: ['2024-10-01'] },
      { t: 'Novoukrainka', ref: 'novoukrainka', action: 'fighting', actor: 'RU', claimant: 'Voin DV', asOf: ['2024-10-01'] },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-03-17',
    url: 'https://kyivindependent.com/russia-claims-to-capture-stepove-in-zaporizhzhia-oblast-ukraine-denies/',
    notes: 'Stored copy on The Kyiv Independent, its headline and body as the store gives them; the byline and date line ("by Kateryna Hodunova March 17, 2025 6:31 PM 2 min read"), the photo caption, the audio notice ("This audio is created with AI assistance"), the map caption ("The DeepState monitoring group map, as of March 17, 2025, in Zaporizhzhia Oblast. (DeepState/OpenStreetMaps)") and the last sentence, cut by the store ("The Ukrainian military warned in fall 2024 that Russian forces were ammassing in Zaporizhzhia Oblast in p…"), removed. The date is the page\'s (17 March 2025). Events, all denied: the capture of Stepove claimed in the headline ("Russia claims … Ukraine denies"), in "claimed Russian forces captured the Ukrainian village of Stepove" (Voloshyn "denied the statement") and in "had taken control of Stepove" ("However, Voloshyn told the Kyiv Independent that Ukrainian forces did not lose ground") (captured, RU, the ministry, denied); "I do not confirm the information that Russia entered the settlements of Stepove, Mali Shcherbaky, or Shcherbaky and took them under control" (entered and captured, RU, denied, at each; claimant none, as fresh59 writes "nobody has captured … nobody has entered"). No event: "located 5 kilometers … from the villages of Pyatykhatky and Mali Shcherbaky" (a bearing) and "All three settlements were under Russian occupation in 2022 and 2023" (a past hold told of no named span; judgement call). Skipped: "the Zaporizhzhia sector" and "the Orikhiv sector" (axes), "Ukraine\'s Southern Defense Forces" (the country inside a body\'s name). Traps: "the Kyiv Independent" (an outlet with a place word), the person. No claim ("118 people", "six combat engagements", "over 130 clashes" have no unit of the gold).',
    places: [
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Stepove', all: true, ref: 'stepove' },
      { t: 'Zaporizhzhia Oblast', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Pyatykhatky', ref: 'piatykhatky' },
      { t: 'Mali Shcherbaky', all: true, ref: 'maliShcherbaky' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Shcherbaky', ctx: 'or Shcherbaky', ref: 'shcherbaky' },
    ],
    traps: [
      { t: 'Vladyslav Voloshyn', why: 'person' },
      { t: 'Kyiv Independent', why: 'an outlet with a place word in its name' },
      { t: 'Voloshyn', ctx: 'Voloshyn said', why: 'person' },
      { t: 'Voloshyn', ctx: 'Voloshyn added', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', n: 2, why: BODY + ' ("Ukraine\'s Southern Defense Forces")' },
      { t: 'Zaporizhzhia', ctx: 'the Zaporizhzhia sector', why: AXIS + ' ("the Zaporizhzhia sector of the front line")' },
      { t: 'Orikhiv', all: true, why: AXIS + ' ("the Orikhiv sector")' },
    ],
    events: [
      { t: 'Stepove', n: 1, ref: 'stepove', action: 'captured', actor: 'RU', claimant: 'Russia', denied: true, asOf: ['2025-03-17'], note: 'headline: "Russia claims capture of Stepove in Zaporizhzhia Oblast, Ukraine denies"' },
      { t: 'Stepove', n: 2, ref: 'stepove', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-03-17'], note: '"claimed Russian forces captured the Ukrainian village of Stepove" ... "Voloshyn denied the statement"' },
      { t: 'Stepove', n: 4, ref: 'stepove', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-03-17'], note: '"claimed that its military had taken control of Stepove. However, ... Ukrainian forces did not lose ground"' },
      { t: 'Stepove', n: 5, ref: 'stepove', action: 'entered', actor: 'RU', claimant: null, denied: true, asOf: ['2025-03-17'], note: '"I do not confirm the information that Russia entered the settlements of Stepove, Mali Shcherbaky, or Shcherbaky and took them under control"' },
      { t: 'Stepove', n: 5, ref: 'stepove', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2025-03-17'] },
      { t: 'Mali Shcherbaky', n: 2, ref: 'maliShcherbaky', action: 'entered', actor: 'RU', claimant: null, denied: true, asOf: ['2025-03-17'] },
      { t: 'Mali Shcherbaky', n: 2, ref: 'maliShcherbaky', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2025-03-17'] },
      { t: 'Shcherbaky', ctx: 'or Shcherbaky', ref: 'shcherbaky', action: 'entered', actor: 'RU', claimant: null, denied: true, asOf: ['2025-03-17'] },
      { t: 'Shcherbaky', ctx: 'or Shcherbaky', ref: 'shcherbaky', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2025-03-17'] },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-05-27',
    url: 'https://news.online.ua/en/the-russian-army-captured-4-settlements-in-sumy-region-893783/',
    notes: 'Stored copy on online.ua (English edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the summary box ("Points of attention" and its two bullets) and the related-links list ("More on the topic", "Category", "Publication date", "Додати до обраного") removed; the subheading "What is really happening in Sumy region?" kept. The date is the page\'s (27 May 2025). Events (Hryhorov, head of the Sumy OVA): "establish control over 4 settlements: Novenke, Basivka … and Veselivka, Zhuravka" (captured, RU, at each); fighting "on the outskirts of the village of Vodolagy and near Volodymyrivka, Bilovodi, Kostyantynivka, and Kindrativka … as well as on the outskirts of Loknia" (fighting, RU, the attacker, at each: outskirts and approaches are fighting). Claim: "4 settlements" under Russian control (count, settlements, RU, Hryhorov; dated the report). Skipped: "Sumy" in "the Sumy OVA" (the oblast inside a body\'s name). Counted: the hromadas ("the Yunakivska community", "the Khotynska community", "the Khotyn community", "the Yunakiv community") and "Sumy region" in the subheading. Vodolahy is placed at the oblast (the hromada is named for the list after it; judgement call). Traps: the person.',
    places: [
      { t: 'Novenke', ref: 'novenke' },
      { t: 'Basivka', ref: 'basivka' },
      { t: 'Yunakivska community', ref: 'yunakivkaHromada' },
      { t: 'Veselivka', ref: 'veselivka' },
      { t: 'Zhuravka', ref: 'zhuravka' },
      { t: 'Khotynska community', ref: 'khotinHromada' },
      { t: 'Sumy region', ref: 'sumyOblast' },
      { t: 'Vodolagy', ref: 'vodolahy' },
      { t: 'Volodymyrivka', ref: 'volodymyrivka' },
      { t: 'Bilovodi', ref: 'bilovody' },
      { t: 'Kostyantynivka', ref: 'kostiantynivkaSumy' },
      { t: 'Kindrativka', ref: 'kindrativka' },
      { t: 'Khotyn community', ref: 'khotinHromada' },
      { t: 'Loknia', ref: 'loknia' },
      { t: 'Yunakiv community', ref: 'yunakivkaHromada' },
    ],
    traps: [{ t: 'Oleg Hrygorov', why: 'person' }],
    skipped: [{ t: 'Sumy', ctx: 'Sumy OVA', why: TITLE + ' ("the head of the Sumy OVA")' }],
    claims: [
      { t: '4 settlements', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"the Russian invaders have now been able to establish control over 4 settlements"' },
    ],
    events: [
      { t: 'Novenke', ref: 'novenke', action: 'captured', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"have now been able to establish control over 4 settlements: Novenke, Basivka of the Yunakivska community and Veselivka, Zhuravka of the Khotynska community"' },
      { t: 'Basivka', ref: 'basivka', action: 'captured', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Veselivka', ref: 'veselivka', action: 'captured', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Zhuravka', ref: 'zhuravka', action: 'captured', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Vodolagy', ref: 'vodolahy', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"Fighting continues on the outskirts of the village of Vodolagy"' },
      { t: 'Volodymyrivka', ref: 'volodymyrivka', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"and near Volodymyrivka, Bilovodi, Kostyantynivka, and Kindrativka in the Khotyn community"' },
      { t: 'Bilovodi', ref: 'bilovody', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Kostyantynivka', ref: 'kostiantynivkaSumy', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Kindrativka', ref: 'kindrativka', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Loknia', ref: 'loknia', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"as well as on the outskirts of Loknia in the Yunakiv community"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-10-09',
    url: 'https://en.interfax.com.ua/news/general/1111093.html',
    notes: 'Stored copy on Interfax-Ukraine (English), its body as the store gives it (no headline, and the URL has no slug: the manifest\'s title is written from the body). The date is the page\'s (9 October 2025). No settlement control event: no settlement is named ("Dobropillia" names the operation, "Pokrovsk" the axis). Claim: "180.8 sq km of the Donetsk region were liberated during the operation" (area-retaken, UA, Syrsky; dated the report, as fresh10 dates Syrskyi\'s "за час операції" total). Not a claim: "212.9 sq km were cleared of saboteurs" (ground cleared of infiltrating groups is not ground changing hands, as fresh10 reads it). Skipped: "Dobropillia" twice (the operation\'s name, as the sets skip "Курська операція"), "the Pokrovsk axis" (an axis), "Armed Forces of Ukraine" and "Defense Forces of Ukraine" (the country inside a body\'s name). Counted: "the Donetsk region" twice, "Glory to Ukraine!" (the country). Traps: the person, Facebook.',
    places: [
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Ukraine', ctx: 'Glory to Ukraine', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Oleksandr Syrsky', why: 'person' },
      { t: 'Syrsky', ctx: 'Syrsky heard', why: 'person' },
      { t: 'Facebook', why: 'a social network' },
    ],
    skipped: [
      { t: 'Ukraine', ctx: 'Armed Forces of Ukraine', why: BODY + ' ("the Armed Forces of Ukraine")' },
      { t: 'Dobropillia', all: true, why: 'the operation\'s name ("the Dobropillia counter-offensive operation")' },
      { t: 'Ukraine', ctx: 'Defense Forces of Ukraine', why: BODY + ' ("the Defense Forces of Ukraine")' },
      { t: 'Pokrovsk', why: AXIS + ' ("the Pokrovsk axis")' },
    ],
    claims: [
      { t: '180.8 sq km', kind: 'area-retaken', value: 180.8, unit: 'km2', holder: 'UA', claimant: 'Oleksandr Syrsky', asOf: ['2025-10-09'], note: '"In total, 180.8 sq km of the Donetsk region were liberated during the operation"' },
    ],
  },
];
