// Word lists that tell place names from the other capitalised words of news prose. They are general English (and
// Ukrainian/Russian) vocabulary — titles, given names, organisation heads, calendar words — not names from any one article.

const set = (words: string): ReadonlySet<string> =>
  new Set(
    words
      .trim()
      .split(/\s+/)
      .map((w) => w.toLowerCase()),
  );

/** Words that precede a person's name: "President Zelensky", "analyst Rob Lee", "Gen. Syrskyi". */
export const PERSON_TITLES = set(`
  president vice-president premier minister secretary spokesman spokeswoman spokesperson chancellor king queen prince
  princess emperor pope general gen colonel col lieutenant lt major maj captain capt sergeant sgt admiral commander
  marshal governor mayor senator congressman congresswoman rep representative deputy ambassador envoy director chief
  head leader chairman chairwoman chair dr doctor prof professor mr mrs ms miss sir dame lord lady
  analyst expert researcher fellow correspondent reporter journalist editor officer official sheikh ayatollah
  president-elect vice-president-elect sen gov judge justice patriarch metropolitan bishop rabbi imam
  президент министр генерал губернатор мэр глава президента міністр генерал голова
`);

/** Common given names across the languages of this reporting; a capitalised word right after one is a surname. */
export const GIVEN_NAMES = set(`
  aaron adam adrian alan albert alex alexander alexandr alexei alexey aleksandr aleksei alina alla amy andrew andrei andriy
  andrii andrzej angela ann anna anne anthony anton antony arseniy artem arthur barack ben benjamin bernard bill bob boris
  brian bruce carl carlos catherine charles chris christian christine christopher claire daniel danylo david denis dennis
  denys dmitry dmitri dmytro donald douglas edward elena elizabeth emily emma emmanuel eric evgeny fedir frank franz
  friedrich gabriel gary george gerhard gordon grace gregory hakan hanna hannah harry helen henry herman hillary hugh
  igor ihor ilya ivan jack jacob james jane janet jason jean jeff jeffrey jennifer jens jim joe johann john jonathan jose
  joseph josh julia julian kamala karl kate katherine keir kevin kim kirill kyrylo kyryll larry laura leonid linda lloyd
  lisa liz lyudmila marco margaret maria marie mark martin mary matthew max maxim maria michael michel mike mikhail
  mykhailo mykola nancy natalia nataliya nick nicholas nicolas nikolai oleg oleh oleksandr oleksii oleksiy olga olena
  olaf oliver patrick paul peter petro philip pierre rachel ralph ramzan richard rishi rob robert roman rustem ruslan
  ryan sabrina sam samuel sarah scott sean serhiy serhii sergei sergey sergiy simon sophie stanislav stefan stephen
  steve steven susan svetlana taras thomas tim timothy tom tony ursula valery valeriy vasyl vera viktor viktoria
  vitali vitaliy vladimir vladislav volodymyr walter wang william xi yevgeny yevhen yulia yuri yuriy zbigniew
  jd jake justin joe kamala antony lloyd
`);

/** Heads of organisation names: "Storm Corps", "Foreign Policy Research Institute", "The New York Times". */
export const ORGANISATION_HEADS = set(`
  army corps brigade battalion regiment division company platoon squad fleet force forces command guard guards
  ministry department directorate agency service services bureau office council committee commission parliament duma
  rada senate congress assembly court government administration authority
  institute institution university college school academy centre center foundation fund society association union
  league party movement group network alliance organisation organization bank corporation inc ltd llc plc
  times post journal herald tribune news telegraph guardian gazette review press agency radio television tv channel
  daily weekly magazine monitor observer express independent standard report reuters
  airlines airways railways motors
  forum summit conference congress festival expo exhibition
  форум саміт самміт конференція конференция
`);

/** Nouns after which a capitalised word is a model or product, not a place: "Bradley infantry fighting vehicles". */
export const EQUIPMENT_NOUNS = set(`
  vehicle vehicles tank tanks missile missiles rocket rockets drone drones jet jets aircraft plane planes helicopter
  helicopters system systems launcher launchers howitzer howitzers rifle rifles gun guns fighter fighters bomber bombers
  infantry ship ships submarine submarines truck trucks apc apcs ifv ifvs
`);
/** Weapon-class abbreviations a model's name follows ("MLRS Grad", "ATGM Kornet"), lower-cased. */
export const WEAPON_CLASS_ABBREVIATIONS = set(`
  mlrs mrls spg sph atgm sam manpads tos
`);

/** Calendar words are never places here, even where a hamlet shares the name. */
export const CALENDAR = set(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  jan feb mar apr jun jul aug sep sept oct nov dec
  январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
  січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень
`);

/** Capitalised words that start sentences or headings; a place spelled the same needs more evidence. */
export const COMMON_CAPITALISED = set(`
  the a an this that these those there their they it its he she we you our his her i in on at by for from with as of
  to and or but if when while after before since despite however although though also still yet so then thus
  security read reports report according unlike aside additional cartography copyright play screenshot footage
  western eastern northern southern central political military social implications future new old great
  calculated move edit explore war peace state states republic people national
`);

/** Words that make a capitalised word next to them part of a person's name rather than a place. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds stated states noted notes wrote writes argued argues explained explains
  believes believe warned warns confirmed confirms claimed claims estimated estimates announced announces
`);

/** Capitalised words after a place name that keep it a place: "Sudzha District", "Kyiv Mayor", "Kursk Nuclear Power Plant". */
export const PLACE_HEADS = set(`
  district raion rayon county oblast region province municipality city town village airport airfield station river
  bridge street square nuclear power plant front direction axis sector salient border governor mayor administration
  metro railway highway dam reservoir bay sea lake mountains
`);

/** Formal names and abbreviations of countries, in the three languages of this reporting (Cyrillic ones are declined). */
export const FORMAL_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  RU: ['Российская Федерация', 'Російська Федерація', 'Russian Federation', 'РФ', 'RF', 'Росія', 'Россия'],
  UA: ['Украина', 'Україна'],
  BY: ['Республика Беларусь', 'Республіка Білорусь', 'Беларусь', 'Білорусь', 'Белоруссия'],
  KP: ['КНДР', 'DPRK', 'Северная Корея', 'Північна Корея'],
  KR: ['Южная Корея', 'Південна Корея', 'Республика Корея', 'Республіка Корея'],
  US: ['США', 'USA', 'Соединённые Штаты', 'Сполучені Штати'],
};

/** Names of the Russian-installed "republics" in occupied Ukrainian oblasts and their abbreviations: places of that
 * oblast as a whole (precision region), by the oblast's admin-1 name. Cyrillic ones are declined. */
export const FORMAL_REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  // Natural Earth names the peninsula's admin-1 unit only in full ("Автономна Республіка Крим"); the press says Крим.
  'RU|Autonomous Republic of Crimea': ['Крым', 'Крим', 'Республика Крым', 'Республіка Крим'],
  'UA|Donetsk Oblast': [
    'ДНР',
    'DPR',
    'DNR',
    'Донецкая Народная Республика',
    'Донецька Народна Республіка',
    "Donetsk People's Republic",
    'Donetsk Peoples Republic',
  ],
  'UA|Luhansk Oblast': [
    'ЛНР',
    'LPR',
    'LNR',
    'Луганская Народная Республика',
    'Луганська Народна Республіка',
    "Luhansk People's Republic",
    "Lugansk People's Republic",
    'Luhansk Peoples Republic',
  ],
};
