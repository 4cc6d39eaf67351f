// Hand annotations, Ukrainian articles of tests/eval/fresh50 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "країна чи область у назві органу (country or oblast inside an official body's name)";
const GENSTAFF = 'Генштаб ЗСУ';
const KHARKIV_DAY: readonly [string] = ['2024-05-11'];

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-12-25',
    url: 'https://glavnoe.in.ua/news/v-dpsu-rozpovily-pro-sytuacziyi-na-kordoni-u-sumskij-i-harkivskij-oblasti',
    notes: 'Stored copy on Головне (glavnoe.in.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed, and the last paragraph, cut by the store ("... по ньому завдається вогневе у"), removed. The date is the index\'s (25 December 2025). Event: "У районі села Грабовське ... російським військам не вдається просунутися ... попри спроби атак" (fighting, RU, the State Border Guard Service\'s spokesman). Not events: "Російські підрозділи, які зайшли до села на Сумщині" and "не змогли просунутися за межі населеного пункту" (the clause names no settlement: "села", "населеного пункту"), "довелося відійти з окремих позицій" (positions), "Грабовське розташоване на лінії кордону" (a location). No claims. Traps: Андрій Демченко, Демченка, Демченко.',
    places: [
      { t: 'Грабовське', all: true, ref: 'hrabovske' },
      { t: 'Сумщині', all: true, ref: 'sumyOblast' },
      { t: 'РФ', all: true, ref: 'russia' },
      { t: 'України', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Андрій Демченко', why: 'person' },
      { t: 'Демченка', why: 'person' },
      { t: 'Демченко', n: 2, why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Грабовське', n: 1, ref: 'hrabovske', action: 'fighting', actor: 'RU', claimant: 'Андрій Демченко', asOf: ['2025-12-25'], note: '"У районі села Грабовське ... російським військам не вдається просунутися вглиб території України попри спроби атак"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-06-13',
    url: 'https://mynewsua.com/35/3051436',
    notes: 'Stored copy on MyNews (mynewsua.com, after Суспільне), its headline, standfirst and body as the store gives them; the date and time line (twice: "13 червня 2025 р. 10:56") and the closing block ("Схожі новини" and the comment rules) removed. The date is the date line\'s (13 June 2025). Events: the headline\'s "Дворічна ... не окупована повністю" and "Росіянам поки що не вдалося окупувати Дворічну повністю" (fighting, RU: a failed attempt, the fighting in the west of the village), DeepState\'s "Про окупацію Дворічної повідомили 12 червня" (captured, RU, 12 June, denied: the Khortytsia group says it is not fully occupied), "спроб знову захопити Дворічну" since the September 2022 counteroffensive (fighting, RU). Not events: "просування на захід від Дворічної відкриває можливість підійти ближче до Куп\'янська" (a prospect), "У 2022 році ворог окупував населений пункт, але втратив контроль над ним" and "росіяни вже зайшли в селище" (the clauses name no settlement: "населений пункт", "селище"), "На заході селища досі точаться бої" (no name). No claims. Traps: "Хортиця" and "Хортиці" (a grouping of forces), "Суспільному" (an outlet), Віктор Трегубов, Deep State.',
    places: [
      { t: 'Дворічна', ref: 'dvorichna' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Дворічну', all: true, ref: 'dvorichna' },
      { t: 'Дворічної', all: true, ref: 'dvorichna' },
      { t: "Куп'янська", ref: 'kupiansk' },
    ],
    traps: [
      { t: 'Хортиця', all: true, why: 'a Ukrainian grouping of forces' },
      { t: 'Хортиці', why: 'a Ukrainian grouping of forces' },
      { t: 'Суспільному', why: 'an outlet' },
      { t: 'Віктор Трегубов', why: 'person' },
      { t: 'Deep State', why: 'DeepState, a monitoring project' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Дворічна', ref: 'dvorichna', action: 'fighting', actor: 'RU', claimant: 'Віктор Трегубов', asOf: ['2025-06-13'], note: 'headline: "Дворічна на Харківщині не окупована повністю" (the village still fought for)' },
      { t: 'Дворічну', n: 1, ref: 'dvorichna', action: 'fighting', actor: 'RU', claimant: 'Віктор Трегубов', asOf: ['2025-06-13'], note: '"Росіянам поки що не вдалося окупувати Дворічну повністю"' },
      { t: 'Дворічної', n: 1, ref: 'dvorichna', action: 'captured', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2025-06-12'], note: '"Про окупацію Дворічної повідомили 12 червня аналітики Deep State" (not fully occupied, says Khortytsia)' },
      { t: 'Дворічну', n: 2, ref: 'dvorichna', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-09-01', '2025-06-13'], note: '"З того часу росіяни не полишали спроб знову захопити Дворічну"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-23',
    url: 'https://freeradio.com.ua/ukrainski-viiskovi-vidiishly-iz-siverska-henshtab-zsu/',
    notes: 'Stored copy on Вільне радіо (freeradio.com.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix and the map caption ("Місто Сіверськ на мапі, 23 грудня 2025 року. Фото: Мапа DeepState") removed, and the last sentence, cut by the store ("Ситуація на цьому напрямку залишається напруже"), removed. The date is the index\'s (23 December 2025). Events: "Сили оборони відійшли із Сіверська" (withdrew, UA, the General Staff), "В районі Сіверська тривають важкі бої" (fighting, RU, the General Staff), "дії росіяни поблизу Серебрянки" (fighting, RU, reported earlier: the month to the report). Not events: "У районі міста тривають важкі бої" and "відійшли з населеного пункту" (no name), "Сіверськ залишається під вогневим контролем" (fire control, not a hold), "на північному сході від Сіверська" (a location). No claims. Trap: "Вільного Радіо" (the outlet). Вільне радіо is an outlet of fresh42, none of fresh43 … fresh48.',
    places: [
      { t: 'Сіверська', all: true, ref: 'siversk' },
      { t: 'Сіверськ', ref: 'siversk' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Серебрянки', ref: 'serebrianka' },
    ],
    traps: [
      { t: 'Вільного Радіо', why: 'the outlet' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Сіверська', n: 1, ref: 'siversk', action: 'withdrew', actor: 'UA', claimant: GENSTAFF, asOf: ['2025-12-23'], note: '"Сили оборони відійшли із Сіверська на Донеччині"' },
      { t: 'Сіверська', n: 2, ref: 'siversk', action: 'fighting', actor: 'RU', claimant: GENSTAFF, asOf: ['2025-12-23'], note: '"В районі Сіверська тривають важкі бої"' },
      { t: 'Серебрянки', ref: 'serebrianka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-12-01', '2025-12-23'], note: '"Раніше журналісти ... писали про дії росіяни поблизу Серебрянки" (earlier, no day given)' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-12-26',
    url: 'https://news.liga.net/ua/politics/news/u-huliaypoli-vidbuvaiutsia-vulychni-boi-rosiiany-namahaiutsia-zavezty-hrupy-zakriplennia-zsu',
    notes: 'Stored copy on LIGA.net (news.liga.net, Ukrainian edition), its standfirst and body as the store gives them (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix and the photo caption ("Українські військові (Ілюстративне фото: Генштаб)") removed, and the last paragraph, cut by the store ("... з Покровського Дніпропетровської област"), removed. The date is the index\'s (26 December 2025). Events (all fighting, RU, Voloshyn, the day): "У Гуляйполі щодня фіксується від 20 до 30 бойових зіткнень", "У місті Гуляйполе ... тривають вуличні бої", "Ситуація в самому місті Гуляйполе доволі важка. Противник продовжує свої штурмові дії", clashes "безпосередньо в Гуляйполі". Not events: "Продовжує спроби витіснити Сили оборони з цього міста" (no name in the clause). No claims (clashes are no gold unit). Traps: Владислав Волошин (twice), Волошин.',
    places: [
      { t: 'Гуляйполі', all: true, ref: 'huliaipole' },
      { t: 'Гуляйполе', all: true, ref: 'huliaipole' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Владислав Волошин', all: true, why: 'person' },
      { t: 'Волошин', n: 3, why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Гуляйполі', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2025-12-26'], note: '"У Гуляйполі щодня фіксується від 20 до 30 бойових зіткнень"' },
      { t: 'Гуляйполе', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2025-12-26'], note: '"У місті Гуляйполе ... тривають вуличні бої"' },
      { t: 'Гуляйполе', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2025-12-26'], note: '"Ситуація в самому місті Гуляйполе доволі важка. Противник продовжує свої штурмові дії"' },
      { t: 'Гуляйполі', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2025-12-26'], note: '"бойових зіткнень, які відбуваються безпосередньо в Гуляйполі"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2024-05-11',
    url: 'https://armyinform.com.ua/2024/05/11/zhodnyh-pidstav-dlya-ogoloshennya-evakuacziyi-v-harkovi-nemaye-oleg-synyegubov/',
    notes: 'Stored copy on АрміяInform (armyinform.com.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); a teaser of another article before it ("Про це під час інтерв’ю АрміяInform розповів радник ...") removed, and the last sentence, cut by the store ("У районі Вовчанська росіяни перебувають в прикордонних територіях Україн"), removed. The date is the URL\'s (11 May 2024), the second day of the Russian offensive north of Kharkiv (fresh46 and fresh48 report its later days at Hlyboke, Lukiantsi and Vovchansk; these villages and this report are others). Events (all fighting, RU, the governor, the day): attacks repelled "поблизу населених пунктів Красне, Руховець, Олійникове, Гатище" and "активні бойові дії на території населених пунктів Стрілеча, Пильне, Борисівка, Олійникове та Огірцеве" (Oliinykove twice). Not claims: "близько 30 населених пунктів" under fire (shelled, not taken or held), "9 атак" (attacks are no gold unit). Traps: Олег Синєгубов, АрміяInform. Skipped: "Харківської обласної військової адміністрації" and ХОВА (the oblast inside an administration\'s name). Борисівка is the Kharkiv Oblast village, not Borisovka of Belgorod Oblast across the border; Красне is one of many villages of that name.',
    places: [
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Красне', ref: 'krasne' },
      { t: 'Руховець', ref: 'rukhovets' },
      { t: 'Олійникове', all: true, ref: 'oliinykove' },
      { t: 'Гатище', ref: 'hatyshche' },
      { t: 'Стрілеча', ref: 'strilecha' },
      { t: 'Пильне', ref: 'pylna' },
      { t: 'Борисівка', ref: 'borysivka' },
      { t: 'Огірцеве', ref: 'ohirtseve' },
    ],
    traps: [
      { t: 'Олег Синєгубов', why: 'person' },
      { t: 'АрміяInform', why: 'the outlet' },
    ],
    skipped: [
      { t: 'Харківської обласної військової адміністрації', why: OFFICIAL },
      { t: 'ХОВА', why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Красне', ref: 'krasne', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: KHARKIV_DAY, note: '"відбили 9 атак поблизу населених пунктів Красне ..."' },
      { t: 'Руховець', ref: 'rukhovets', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: KHARKIV_DAY, note: 'attacks repelled near it' },
      { t: 'Олійникове', n: 1, ref: 'oliinykove', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: KHARKIV_DAY, note: 'attacks repelled near it' },
      { t: 'Гатище', ref: 'hatyshche', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: KHARKIV_DAY, note: 'attacks repelled near it' },
      { t: 'Стрілеча', ref: 'strilecha', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: KHARKIV_DAY, note: '"тривають активні бойові дії на території населених пунктів Стрілеча ..."' },
      { t: 'Пильне', ref: 'pylna', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: KHARKIV_DAY, note: 'fighting on its territory' },
      { t: 'Борисівка', ref: 'borysivka', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: KHARKIV_DAY, note: 'fighting on its territory' },
      { t: 'Олійникове', n: 2, ref: 'oliinykove', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: KHARKIV_DAY, note: 'fighting on its territory' },
      { t: 'Огірцеве', ref: 'ohirtseve', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: KHARKIV_DAY, note: 'fighting on its territory' },
    ],
  },
];
