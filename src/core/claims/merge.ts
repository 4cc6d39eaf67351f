// One statement, many sources. The same figure for the same period by the same claimant — repeated in an article's
// headline, lead and quote, or syndicated to other outlets — is one claim whose `sources[]` lists every publication,
// as ACLED and UCDP count the sources of one event. The claim keeps its first source's article, quote and offsets, and
// `published` is the earliest source's date: when the statement first became known.
import { isShareFigure, type ClaimFeature, type ClaimProperties, type ClaimSource } from '../schema.ts';
import { claimantIdentity, joinsClaimants, type ClaimantIdentity } from '../text/claimant-identity.ts';

/** What makes two claims the same statement, apart from who states it. */
function statementKey(p: ClaimProperties): string {
  const period = `${p.asOf.start}/${p.asOf.end}`;
  switch (p.type) {
    case 'count':
      return [p.type, p.counts, p.valueMin, p.valueMax, p.place ?? '-', period].join('|');
    case 'movement':
      return [p.type, p.from, p.to, period].join('|');
    default:
      // A share (lost, held, or a peak written as one) keys by its percent, apart from a figure in km² of the same kind.
      return isShareFigure(p)
        ? [p.type, 'percent', p.side ?? '-', p.region, p.percentMin, p.percentMax, period].join('|')
        : [p.type, p.side ?? '-', p.region, p.areaKm2Min, p.areaKm2Max, period].join('|');
  }
}

/** Claimants compared without case, articles or possessives: "a Ukrainian military source" = "Ukrainian military source". */
const claimantKey = (who: string | null): string | null =>
  who === null
    ? null
    : who
        .toLowerCase()
        .replace(/^(?:the|a|an)\s+/, '')
        .replace(/['’]s\b/g, '')
        .replace(/\s+/g, ' ')
        .trim();

const nested = (a: string | null, b: string): boolean => a !== null && (a.startsWith(`${b} `) || b.startsWith(`${a} `));

/** What grouping reads of a claim. The whole feature is fetched only when its group is merged (features()), so a
 * caller can keep claims out of memory: the CLI spills them to a file, since a held area's circle alone is dozens of
 * coordinate pairs and a large corpus has tens of thousands of claims. */
interface Member {
  at: number; // insertion index: output order and ties
  article: string;
  claimant: string | null; // claimantKey(attributedTo)
  identity: ClaimantIdentity | null; // claimantIdentity(attributedTo): one speaker across scripts, spellings and titles
  countSide: string | null | undefined; // a count's side; undefined for other types
  load: () => ClaimFeature;
}

interface Group {
  first: number; // insertion index of the first member: output order
  members: Member[];
}

/** Claims merged statement by statement, in a deterministic order: groups in the order their first member arrived,
 * sources by publication date, then arrival, then offset. Feed articles in manifest order. */
export class ClaimMerger {
  readonly #groups = new Map<string, Group[]>();
  #count = 0;

  add(claims: readonly ClaimFeature[]): void {
    for (const feature of claims) this.addStored(feature.properties, () => feature);
  }

  /** A claim whose `load` gives back the feature of these properties, each time it is called. */
  addStored(p: ClaimProperties, load: () => ClaimFeature): void {
    const at = this.#count++;
    const key = statementKey(p);
    // (a source carried from the report around the figure groups as none: carried-claimant.ts)
    const own = p.attributionCarried ? null : p.attributedTo;
    const who = claimantKey(own);
    const identity = own === null ? null : claimantIdentity(own);
    const groups = this.#groups.get(key) ?? [];
    this.#groups.set(key, groups);
    const side = p.type === 'count' ? p.side : null;
    const same = groups.find((g) => {
      // Counts of one figure by opposite sides are two statements ("Russia took 28 villages"; "Ukraine holds 28");
      // a side left unsaid in one of them (a headline) does not part them.
      if (side !== null && g.members.some((m) => m.countSide !== undefined && ![null, side].includes(m.countSide))) return false;
      const sameArticle = g.members.filter((m) => m.article === p.article);
      const names = new Set(g.members.map((m) => m.claimant).filter((n) => n !== null));
      // Unattributed repetitions (a headline) join the statement they repeat, if it is the only one or in the same article.
      if (who === null) return names.size <= 1 || sameArticle.length > 0;
      if (names.size === 0) return sameArticle.length > 0;
      // In one article the same figure for the same period is one statement however its speaker is named
      // ("Ukrainian commander says …", "Ukraine’s top military commander says …").
      if (names.has(who) || sameArticle.length > 0 || g.members.some((m) => nested(m.claimant, who))) return true;
      // Across articles and languages: the same speaker by another spelling, script or title ("Syrskyi", "Сирський",
      // "Commander-in-Chief Oleksandr Syrskyi"), unless a member with that surname has another given name or side.
      const named = g.members.flatMap((m) => (m.identity ? [m.identity] : []));
      return joinsClaimants(named, [identity!]);
    });
    const member: Member = {
      at,
      article: p.article,
      claimant: who,
      identity,
      countSide: p.type === 'count' ? p.side : undefined,
      load,
    };
    if (same) same.members.push(member);
    else groups.push({ first: at, members: [member] });
  }

  features(): ClaimFeature[] {
    return [...this.eachFeature()];
  }

  /** The merged claims one at a time, in features() order: with stored claims, one group's features in memory at once. */
  *eachFeature(): Generator<ClaimFeature> {
    const groups = [...this.#groups.values()].flat().sort((a, b) => a.first - b.first);
    for (const g of groups) yield merged(g);
  }
}

function merged(g: Group): ClaimFeature {
  if (g.members.length === 1) return g.members[0]!.load();
  const members = g.members
    .map((m) => ({ feature: m.load(), at: m.at }))
    .sort((a, b) => a.feature.properties.published.localeCompare(b.feature.properties.published) || a.at - b.at);
  const sources: ClaimSource[] = [];
  const seen = new Set<string>();
  for (const m of members)
    for (const s of m.feature.properties.sources) {
      const k = `${s.article}:${s.start}`;
      if (!seen.has(k)) (sources.push(s), seen.add(k));
    }
  sources.sort(
    (a, b) => a.published.localeCompare(b.published) || order(members, a.article) - order(members, b.article) || a.start - b.start,
  );
  const base = members[0]!.feature;
  // (a source read in a member's own sentence before one carried from its report)
  const ownOf = (p: ClaimProperties): string | null => (p.attributionCarried ? null : p.attributedTo);
  const fs = members.map((m) => m.feature);
  const said = fs.find((f) => ownOf(f.properties) !== null) ?? fs.find((f) => f.properties.attributedTo !== null);
  const attributedTo = said?.properties.attributedTo ?? null;
  const carried = said?.properties.attributionCarried === true ? { attributionCarried: true } : {};
  const first = sources[0]!;
  const side =
    base.properties.type === 'count'
      ? {
          side:
            members.map((m) => (m.feature.properties.type === 'count' ? m.feature.properties.side : null)).find((s) => s !== null) ?? null,
        }
      : {};
  // (the flag is set only when the source kept was carried: no own-key left undefined)
  const { attributionCarried: _, ...rest } = base.properties;
  return {
    ...base,
    properties: {
      ...rest,
      ...side,
      article: first.article,
      published: first.published,
      quote: first.quote,
      start: first.start,
      end: first.end,
      sources,
      attributedTo,
      ...carried,
    },
  } as ClaimFeature;
}

const order = (members: readonly { feature: ClaimFeature; at: number }[], article: string): number =>
  members.find((m) => m.feature.properties.article === article)?.at ?? 0;

/** One article's or one corpus's claims merged (see ClaimMerger). */
export function mergeClaims(claims: readonly ClaimFeature[]): ClaimFeature[] {
  const m = new ClaimMerger();
  m.add(claims);
  return m.features();
}
