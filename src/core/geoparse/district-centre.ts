// Districts and hromadas named by the adjective of their centre (issue 9: "every place, in any spelling and case"):
// "Есманській громаді" (Есмань), "Бахмутского района" (Бахмут), "Шосткинського району" (Шостка), "Glushkovskiy
// district" (Glushkovo), "Bilopilska urban hromada" (Bilopillia), also with a qualifier between ("Грайворонского
// городского округа", "Глухівську міську громаду"). The districts layer covers the border oblasts only and one spelling
// of each adjective; a raion or hromada anywhere is named after its administrative centre, so the settlement the
// adjective derives from locates it: such a mention is mapped at that settlement with precision `district`.
import type { Gazetteer, IndexedEntry } from '../gazetteer/gazetteer.ts';
import { normalizeName } from '../text/normalize.ts';
import { ukToRu } from '../text/cross-spelling.ts';
import { isCapitalized, type Token } from '../text/tokens.ts';
import { COUNCIL_STEMS, CYRILLIC_DISTRICT_STEMS } from './admin-nouns.ts';
import { listHeads, UNIT_QUALIFIER, type Spot } from './spot.ts';
import { namedOblasts, respelledUnits } from './unit-spelling.ts';

/** District nouns after the adjective, any case: the district layer's (admin-nouns.ts) and the village councils,
 * which only their centre's adjective names (ОТГ/ТГ below). */
const CYRILLIC_NOUN = new RegExp(`^(${CYRILLIC_DISTRICT_STEMS}|${COUNCIL_STEMS.join('|')})`, 'iu');
/** Hromada abbreviations, and the raion's "р-н" in any case ("Ізюмський р-н", "в Купянском р-не"). */
const CYRILLIC_ABBREVIATION = /^(ОТГ|ТГ|МТГ|СТГ|ОТО|р-н[аеиіу]?)$/u;
/** Words that may stand between the adjective and the noun (one or two): urban, rural, settlement, municipal, territorial. */
const CYRILLIC_QUALIFIER = new RegExp(UNIT_QUALIFIER.source, 'iu');
const LATIN_NOUN =
  /^(districts?|raions?|rayons?|hromadas?|communit(y|ies)|okrugs?|municipalit(y|ies)|municipal|territorial|starostats?|O?TGs?|ATCs?)$/i;
const LATIN_QUALIFIER = /^(urban|rural|settlement|village|city|town|municipal|territorial|amalgamated|united|starosta)$/i;
/** A starosta district (старостинський округ, the village council's successor inside a hromada) is named after its
 * centre village, as the council was: "Біловодського старостинського округу", "Bilovodskyi starosta district". Its
 * noun is a district's (округ) but its centre may be a village, not only a town as a raion's or an okrug's. */
const STAROSTA_QUALIFIER = /^(старостинськ|старостинск|starosta$)/iu;

/** A district adjective of either alphabet: the stem before the suffix -ськ-/-цьк-/-ск-/-sk- and the case ending. */
const CYRILLIC_ADJECTIVE =
  /^(.{2,}?)(ськ|цьк|зьк|ск|цк|зк)(ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими|ая|ой|ую|ое|ие|ых|ыми|ом|ем|ые|ый|ей)$/u;
const LATIN_ADJECTIVE = /^(.{2,}?)(sk|ck|tsk|zk)(yi|yy|iy|ij|ii|y|i|a|aya|aia|e|oye|oe|oi|oy|ogo|ovo|ii)$/;

/** Prefixes of compound adjectives ("Великописарівська" ← Велика Писарівка, "Большесолдатский" ← Большое Солдатское):
 * the stem and the endings its adjective takes in a two-word name. */
const CYRILLIC_COMPOUND = /^(велик|мал|нов|стар|нижн|верхн|больш|красн|середн|сред)(о|е|ьо)-?(.{3,})$/u;
const CYRILLIC_COMPOUND_ENDINGS = ['а', 'я', 'ий', 'ій', 'е', 'є', 'і', 'ая', 'яя', 'ой', 'ый', 'ое', 'ее', 'ые', 'ие'];
/** Any other Ukrainian compound joins its parts with -о-/-е-: "Часовоярська" ← Часів Яр, "Криворізька" ← Кривий Ріг,
 * "Жовтоводська" ← Жовті Води, "Зеленопідська" ← Зелений Під: every such joint is tried (a candidate counts only if
 * the gazetteer knows it). */
const CYRILLIC_JOINT = /(?<=^.{3,}?)(ьо|о|е)(?=.{2,}$)/gu;
const LATIN_COMPOUND = /^(velyk|velik|mal|nov|star|nyzhn|nizhn|verkhn|bolsh|krasn|seredn|sredn)(o|e|io|yo)-?(.{3,})$/;
const LATIN_COMPOUND_ENDINGS = ['a', 'ia', 'ya', 'yi', 'yy', 'iy', 'y', 'i', 'e', 'ie', 'aya', 'oye', 'oe', 'ye', 'oy', 'iye'];

/** Nominatives the settlement behind a Cyrillic district stem may have: Есман- → Есмань, Шосткин- → Шостка, Суджан- →
 * Суджа, Білопіль- → Білопілля, Глушков- → Глушково, Покров- → Покровськ, Курахів- → Курахове, Новослобід- → Слобода. */
function cyrillicCentres(stem: string, suffix: string): string[] {
  const stems = new Set([stem]);
  if (stem.endsWith('ь')) stems.add(stem.slice(0, -1));
  const alt = stem.replace(/і([^аеєиіїоуюяь]+)$/u, 'о$1'); // Ukrainian і/о: Слобід- ← Слобода
  if (alt !== stem) stems.add(alt);
  // A fleeting е before the suffix: Липецька ← Липці, Роменська ← Ромни.
  const fleetingE = /(?<=[^аеєиіїоуюяь])е$/u.test(stem) ? stem.slice(0, -1) : null;
  if (fleetingE && fleetingE.length >= 3) stems.add(fleetingE);
  const out = new Set<string>();
  for (const s of stems) {
    for (const e of ['', 'ь', 'а', 'я', 'ка', 'ки', 'і', 'и', 'ы', 'е', 'о', 'ово', 'ево', 'ино', 'ине', 'ля', 'ье', 'є']) out.add(s + e);
    out.add(s + suffix.replace(/ь$/u, '') + 'ь'); // (rare) Торецьк written with its soft sign
    for (const sfx of ['ськ', 'цьк', 'ск', 'цк']) out.add(s + sfx); // Покровськ, Рыльск, Торецьк
    if (/[иы]н$/u.test(s)) (out.add(s.slice(0, -2) + 'ка'), out.add(s.slice(0, -2) + 'а')); // Шосткинський ← Шостка
    // Ворожбянська ← Ворожба, Солонянська ← Солоне, Сніжнянська ← Сніжне, Мирненська ← Мирне.
    if (/[яае]н$/u.test(s)) for (const e of ['а', 'я', 'е']) out.add(s.slice(0, -2) + e);
    if (/[іо]в$/u.test(s)) {
      const base = s.slice(0, -2);
      for (const e of ['ове', 'ово', 'еве', 'єве']) out.add(base + e); // Курахове, Зайцеве, Дебальцеве
      out.add(s + 'ка'); // Юнаківка
      // The -ів- of a plural or -ка/-я name: Пологи, Олешки, Чумаки, Велика Новосілка, Терпіння.
      for (const e of ['и', 'і', 'а', 'я']) out.add(base + e);
      // ... and of a neuter adjective-shaped name: Широківська ← Широке, Широковская ← Широкое.
      for (const e of ['е', 'ое']) out.add(base + e);
    }
    if (/[іи]н$/u.test(s)) out.add(s + 'на'); // Кремінська ← Кремінна
    if (/чан$/u.test(s)) for (const e of ['чка', 'чки']) out.add(s.slice(0, -3) + e); // Малотокмачанська ← Мала Токмачка
    if (/іль$/u.test(s)) (out.add(s.slice(0, -1) + 'ля'), out.add(s.slice(0, -3) + 'оле')); // Білопілля, Гуляйполе
    // The name is the adjective itself: Покровське, Слобожанське, Новгород-Сіверський, Красногвардейское.
    const bare = suffix.replace(/ь$/u, '');
    for (const e of ['е', 'ее', 'ии', 'ое', 'ыи']) out.add(s + (e === 'ии' || e === 'е' ? suffix : bare) + e);
    // The suffix swallowed or softened the stem's last consonant: Волноваха → Волноваський, Бурлук → Бурлуцький,
    // Острог → Острозький, Сірогози → Сірогозький, Харцизьк → Харцизький.
    if (suffix.startsWith('с')) for (const e of ['ха', 'хи', 'ш', 'ша', 'с', 'са']) out.add(s + e); // Свеська ← Свеса
    // -ц- of the adjective is the name's -ць/-ця/-ці (Кролевець, Бобровиця, Липці) or its к/ч (Бахмацька ← Бахмач).
    if (suffix.startsWith('ц')) for (const e of ['к', 'ка', 'ки', 'ок', 'ць', 'ця', 'ці', 'ч']) out.add(s + e);
    if (suffix.startsWith('з')) for (const e of ['г', 'га', 'ги', 'з', 'за', 'зи', 'зьк']) out.add(s + e);
    // A name in -ія: Балаклійська ← Балаклія. A plural in -и: Ріпкинська ← Ріпки, Холминська ← Холми, and with the
    // fleeting е of the stem, Роменська ← Ромни.
    if (/й$/u.test(s)) out.add(s.slice(0, -1) + 'я');
    if (/[иы]н$/u.test(s)) out.add(s.slice(0, -2) + 'и');
    if (/[^аеєиіїоуюяь]ен$/u.test(s)) out.add(s.slice(0, -2) + 'ни');
  }
  // A hyphenated name declines its first part as an adjective or noun of its own: Середино-Будська ← Середина-Буда.
  const dash = stem.lastIndexOf('-');
  if (dash > 1) {
    const head = stem.slice(0, dash);
    const base = head.replace(/[оеа]$/u, '');
    const heads = [head, ...['а', 'я', 'е', 'о', 'ий', 'ый', 'ое', 'ая'].map((e) => base + e)];
    for (const rest of cyrillicCentres(stem.slice(dash + 1), suffix)) for (const h of heads) out.add(`${h}-${rest}`);
  }
  return [...out];
}

function latinCentres(stem: string, suffix: string): string[] {
  const out = new Set<string>();
  for (const e of [
    '',
    'a',
    'ia',
    'ya',
    'ka',
    'ky',
    'ki',
    'i',
    'y',
    'e',
    'o',
    'ovo',
    'evo',
    'ino',
    'ove',
    'ye',
    'ie',
    'lia',
    'lya',
    'sk',
    'tsk',
  ])
    out.add(stem + e);
  out.add(stem + suffix);
  if (/[iy]n$/.test(stem)) (out.add(stem.slice(0, -2) + 'ka'), out.add(stem.slice(0, -2) + 'a'));
  if (/(ia|ya|a)n$/.test(stem)) {
    const base = stem.replace(/(ia|ya|a)n$/, '');
    for (const e of ['a', 'ia', 'ya']) out.add(base + e);
  }
  if (/[io]v$/.test(stem)) (out.add(stem.slice(0, -2) + 'ove'), out.add(stem.slice(0, -2) + 'ovo'), out.add(stem + 'ka'));
  // As the Cyrillic stems: the -iv- of a plural or -a name (Derhachivska ← Derhachi), and the i/o alternation (Borivska ←
  // Borova; its -ove and -ovo are added above).
  if (/iv$/.test(stem)) for (const e of ['i', 'y', 'a', 'ova']) out.add(stem.slice(0, -2) + e);
  if (/(pil|pol)$/.test(stem)) for (const e of ['lia', 'llia', 'lya', 'llya', 'ye', 'ie', 'e']) out.add(stem + e);
  return [...out];
}

/** Candidate normal forms of the centre's nominative for a district adjective (one token), or none when the word is
 * not shaped like one. */
export function centreNames(adjective: string): string[] {
  // Read on the lower-case word (the normal form folds й and ї, which the endings need); the names are normalised.
  const w = adjective.toLowerCase().replace(/ё/gu, 'е').replace(/[’ʼ`]/gu, "'");
  const cyr = CYRILLIC_ADJECTIVE.exec(w);
  const lat = cyr ? null : LATIN_ADJECTIVE.exec(w);
  const m = cyr ?? lat;
  if (!m) return [];
  const centres = cyr ? cyrillicCentres : latinCentres;
  const out = new Set(centres(m[1]!, m[2]!));
  const compound = (cyr ? CYRILLIC_COMPOUND : LATIN_COMPOUND).exec(m[1]!);
  if (compound) {
    const firsts = (cyr ? CYRILLIC_COMPOUND_ENDINGS : LATIN_COMPOUND_ENDINGS).map((e) => compound[1]! + e);
    for (const rest of centres(compound[3]!, m[2]!)) for (const f of firsts) out.add(`${f} ${rest}`);
  } else if (cyr && !m[1]!.includes('-')) {
    for (const joint of m[1]!.matchAll(CYRILLIC_JOINT)) {
      const head = m[1]!.slice(0, joint.index);
      // The first part as an adjective (Кривий, Жовті) or as a noun with its і/о alternation (Часово- ← Часів).
      const firsts = CYRILLIC_COMPOUND_ENDINGS.map((e) => head + e);
      if (head.endsWith('ов')) firsts.push(`${head.slice(0, -2)}ів`);
      for (const rest of centres(m[1]!.slice(joint.index + joint[0].length), m[2]!)) for (const f of firsts) out.add(`${f} ${rest}`);
    }
  }
  return [...new Set([...out].map(normalizeName))];
}

const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(['village', 'town', 'city']);
const THEATRE: ReadonlySet<string> = new Set(['UA', 'RU', 'BY']);

export interface CentreSpots {
  spots: Spot[];
  /** Starts of the spots whose readings are the district's centre (mapped with precision `district`). */
  byCentre: Set<number>;
}

/** Spots for "<district adjective> [qualifier] <district noun>" phrases the spotter did not read as a district: the
 * layer's district when the adjective and noun name one (a qualifier stood between them), else the settlements the
 * adjective derives from. Spots already read as a district of several words are left alone. */
export function spotDistrictsByCentre(text: string, tokens: readonly Token[], gazetteer: Gazetteer, spots: readonly Spot[]): CentreSpots {
  const covered = new Map<number, Spot>();
  for (const s of spots) for (let k = s.first; k < s.last; k++) covered.set(k, s);
  const out: CentreSpots = { spots: [], byCentre: new Set() };
  const heads = listHeads(text, tokens);
  // A word's centres depend on the word alone: read once per spelling, not at every repeat (a long list repeats them).
  const centresOf = new Map<string, { names: number; settlements: IndexedEntry[] }>();
  const areasOf = new Map<string, IndexedEntry[]>();
  let oblasts: Set<string> | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isCapitalized(t.text)) continue;
    const own = covered.get(k);
    if (own && (own.last - own.first > 1 || own.entries.some((e) => e.kind === 'district'))) continue;
    const cyrillic = /[\u0400-\u04ff]/u.test(t.text);
    const area = own ? null : AREA_NOUN.exec(t.text);
    if (area) {
      let known = areasOf.get(area[1]!);
      if (!known) areasOf.set(area[1]!, (known = areaCentres(area[1]!, gazetteer)));
      const entries = [...known];
      if (entries.length > 0) {
        out.spots.push({ start: t.start, end: t.end, text: t.text, first: k, last: k + 1, entries });
        out.byCentre.add(t.start);
      }
      continue;
    }
    const noun = cyrillic ? CYRILLIC_NOUN : LATIN_NOUN;
    const qualifier = cyrillic ? CYRILLIC_QUALIFIER : LATIN_QUALIFIER;
    let n = k + 1;
    const isNoun = (i: number): boolean =>
      !!tokens[i] && (noun.test(tokens[i]!.text) || (cyrillic && CYRILLIC_ABBREVIATION.test(tokens[i]!.text)));
    const joined = oneSpace(text, tokens, n);
    // Up to two qualifiers: "Шахівській сільській територіальній громаді" (the hromada's full official name).
    let starosta = false;
    if (joined)
      for (
        let q = 0;
        q < 2 &&
        !isNoun(n) &&
        (qualifier.test(tokens[n]!.text) || STAROSTA_QUALIFIER.test(tokens[n]!.text)) &&
        oneSpace(text, tokens, n + 1);
        q++
      )
        ((starosta ||= STAROSTA_QUALIFIER.test(tokens[n]!.text)), n++);
    // One of a list of adjectives that share the noun ("Есманська, Хотінська громади"): the adjective alone.
    // A word the spotter read as a settlement is such an adjective too when the list's noun follows ("Комишуваську,
    // Степногірську і Малокатеринівську громади": Степногірську is also Степногірськ's dative).
    // So is an oblast's adjective before a hromada's or raion's noun: "Миколаївська сільська, Білопільська … громади"
    // is the hromada of a Миколаївка, not Mykolaiv Oblast.
    const listable = !own || own.entries.every((e) => SETTLEMENT_KINDS.has(e.kind) || e.kind === 'region');
    const listed = !(joined && isNoun(n)) && listable ? heads.get(k) : undefined;
    const shared = listed !== undefined && isNoun(listed) ? listed : undefined;
    if (!(joined && isNoun(n)) && shared === undefined) continue;
    let read = centresOf.get(t.text);
    if (!read) centresOf.set(t.text, (read = settlementCentres(t.text, cyrillic, gazetteer, !own)));
    if (read.names === 0) continue;
    if (shared !== undefined) n = shared;
    const end = shared !== undefined ? t.end : tokens[n]!.end;
    const spot = (entries: readonly IndexedEntry[]): Spot => ({
      start: t.start,
      end,
      text: text.slice(t.start, end),
      first: k,
      last: shared !== undefined ? k + 1 : n + 1,
      entries,
    });
    // A qualifier between a known district's adjective and its noun: the layer's district.
    let layer = gazetteer.lookup(`${normalizeName(t.text)} ${normalizeName(tokens[n]!.text)}`).filter((e) => e.kind === 'district');
    // "Шалигінська громада" for Шалигинська: the official и/і of the stem, in an oblast the article names.
    if (layer.length === 0 && cyrillic) layer = respelledUnits(t.text, [tokens[n]!.text], gazetteer, (oblasts ??= namedOblasts(spots)));
    if (layer.length > 0) {
      out.spots.push(spot(layer));
      if (shared === undefined) k = n;
      continue;
    }
    // A raion is named after a town; a hromada may be named after a village.
    const all = [...read.settlements]; // a copy per spot: a spot's entries are its own
    const towns =
      !starosta && /^(район|округ|р-н|district|raion|rayon|okrug)/iu.test(tokens[n]!.text) ? all.filter((e) => e.kind !== 'village') : [];
    const entries = towns.length > 0 ? towns : all;
    if (entries.length === 0) continue;
    out.spots.push(spot(entries));
    out.byCentre.add(t.start);
    if (shared === undefined) k = n;
  }
  return out;
}

/** How many centre names a district adjective has, and the settlements of the theatre the gazetteer knows under them
 * (for Cyrillic, as one of their own nominatives). */
function settlementCentres(
  adjective: string,
  cyrillic: boolean,
  gazetteer: Gazetteer,
  unread: boolean,
): { names: number; settlements: IndexedEntry[] } {
  let names = centreNames(adjective);
  // English copy clips the adjective's ending, or its whole suffix: "Krasnopilsk" (Krasnopilska), "Bilopil community"
  // (Bilopilska ← Bilopillia), "Dergachiv community" (Derhachivska ← Derhachi). Read as the full adjective, for a word
  // the spotter did not read as a place; the stem itself is left out (a word that is a place name is spotted already).
  if (names.length === 0 && !cyrillic && unread) {
    const stem = normalizeName(adjective);
    names = centreNames(/(sk|tsk|zk)$/i.test(adjective) ? `${adjective}a` : `${adjective}ska`).filter((n) => n !== stem);
  }
  const centres = new Map<string, IndexedEntry>();
  for (const name of names)
    for (const e of gazetteer.lookup(name))
      if (SETTLEMENT_KINDS.has(e.kind) && THEATRE.has(e.country) && e.lon !== null && (!cyrillic || isNominative(e, name)))
        centres.set(e.id, e);
  return { names: names.length, settlements: [...centres.values()] };
}

/** The area around a town named by its -щина noun, as an oblast is by its own (Сумщина): "на Куп’янщині",
 * "Изюмщину", "Бахмутщина", Russian's genitive "Никопольщины". The noun is built on the stem of the town's adjective (Куп’янськ → куп’янський →
 * Куп’янщина), so the centre is read like a district adjective's; only towns and cities count, as raions are named
 * after them (a -щина word the gazetteer does not know as a town's area, "Батьківщина", is left alone). */
const AREA_NOUN = /^(\p{Lu}[\p{Ll}’'ʼ-]{2,}?)щин(а|и|ы|і|у|ою|ой|е)$/u;

function areaCentres(stem: string, gazetteer: Gazetteer): IndexedEntry[] {
  const centres = new Map<string, IndexedEntry>();
  for (const adjective of [`${stem}ський`, `${stem}ский`])
    for (const name of centreNames(adjective))
      for (const e of gazetteer.lookup(name))
        if ((e.kind === 'town' || e.kind === 'city') && THEATRE.has(e.country) && e.lon !== null && isNominative(e, name))
          centres.set(e.id, e);
  return [...centres.values()];
}

/** Whether a Cyrillic candidate is one of the entry's own nominatives, not a case form of another name (the index holds
 * both: "покрова" is Покров's genitive). */
function isNominative(e: IndexedEntry, name: string): boolean {
  if ([e.name, e.ru, e.uk, ...e.aliases].some((n) => !!n && normalizeName(n) === name)) return true;
  // A village known by its Ukrainian name only, named in Russian copy: its Russian spelling (cross-spelling.ts) is a
  // nominative too ("Новопавловская громада" ← Новопавлівка).
  return !e.ru && !!e.uk && ukToRu(e.uk).some((n) => normalizeName(n) === name);
}

function oneSpace(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && /^[ \u00a0]$/.test(text.slice(tokens[k - 1]!.end, t.start));
}
