// Streams per-article results into places.geojson, claims.geojson, events.geojson and report.json, in article order, holding
// only O(places) in memory: claims and report lines go straight to their files; issues and mentions are
// spilled to temporary files and read back at the end. Place features are written in id order: the mention spill
// is sorted into one file per range of places (ranges sized to a budget) in one pass, then each range is read back
// on its own, so the end of a run needs no more memory than one range. Output is byte-identical to serialising
// src/core/pipeline.ts's in-memory result.
import { join } from 'node:path';
import type { Gazetteer } from '../../core/gazetteer/gazetteer.ts';
import { ClaimMerger } from '../../core/claims/merge.ts';
import { compactClaim } from '../../core/compact-claims.ts';
import { GENERATOR, reportAbout } from '../../core/pipeline.ts';
import type { ClaimFeature, CorpusAbout } from '../../core/schema.ts';
import { PlaceTally } from '../../core/pipeline/places.ts';
import { TotalsTally, type Totals } from '../../core/pipeline/totals.ts';
import { FileStream } from './file-stream.ts';
import { ArrayWriter, jsonAt } from './pretty-json.ts';
import { MENTION_DEPTH, NEWLINE_STAND_IN, type PrintedArticle } from './printed-article.ts';
import { copyInto, forEachLine } from './read-back.ts';
import { RecordSpill } from './record-spill.ts';

const MENTIONS_MARK = '"mentions": []';
const MENTION_INDENT = '  '.repeat(MENTION_DEPTH);

export { OUTPUT_FILES, VIEWER_FILES } from '../../core/output-files.ts';
/** Mentions per page of mentions.json: a popup shows one page, then more on request. */
export const MENTION_PAGE = 50;

export interface CorpusWriterOptions {
  /** Characters of spilled mentions per range of places read back together: bounds peak memory at the end of a run. */
  passBudgetChars: number; // default 8 Mi characters
}

export const defaultWriterOptions: CorpusWriterOptions = { passBudgetChars: 8 << 20 };

/** A claim read back from its spill. Made here, not in add(): a closure made there would keep the whole article alive. */
const parsedLater = (read: () => string) => (): ClaimFeature => JSON.parse(read()) as ClaimFeature;

export class CorpusWriter {
  readonly #places: FileStream;
  readonly #claims: FileStream;
  readonly #events: FileStream;
  readonly #report: FileStream;
  readonly #issues: FileStream; // spill: report issues, already formatted as array elements
  readonly #mentions: FileStream; // spill: one `placeId<TAB>mention JSON` line per mention
  readonly #claimSpill: RecordSpill; // spill: each claim as printed, read back when claims are merged
  readonly #streams: FileStream[] = [];
  readonly #compact: FileStream; // places.compact.geojson
  readonly #pages: FileStream; // mentions.json
  readonly #index: FileStream; // mentions.index.json
  readonly #compactClaims: FileStream; // claims.compact.geojson
  readonly #summary: FileStream; // report.summary.json: report.json with "issues": [], unindented
  readonly #quotes: FileStream; // claims.quotes.json
  readonly #quotesIndex: FileStream; // claims.quotes.index.json
  readonly #compactEvents: FileStream; // events.compact.geojson
  #compactEventCount = 0;
  #compactClaimCount = 0;
  #pageBytes = 0;
  #indexed = 0;
  #compactList: ArrayWriter | null = null;
  /** Per place, the indexes (in report order) of the articles that mention it: highlights and source lists. */
  readonly #placeArticles = new Map<string, number[]>();
  readonly #articleFiles: string[] = [];
  /** Each article's outlet: a claim's one source in claims.compact.geojson is its article's, outlet from here. */
  readonly #outlets = new Map<string, string>();
  #summaryArticles = 0;
  readonly #claimList: ArrayWriter;
  readonly #eventList: ArrayWriter;
  /** Claims are grouped as they arrive so syndicated copies merge across articles; the merger holds what grouping
   * needs and where the claim is in the spill, not the claim (a held area's circle is dozens of coordinate pairs). */
  readonly #claimMerger = new ClaimMerger();
  readonly #articleList: ArrayWriter;
  readonly #issueList: ArrayWriter;
  readonly #tally = new PlaceTally();
  readonly #totals = new TotalsTally();
  readonly #spilledChars = new Map<string, number>();
  readonly #outDir: string;

  /** `outDir`: an empty folder of its own (a fresh generation of the output set). */
  constructor(
    outDir: string,
    private readonly gazetteer: Gazetteer,
    private readonly options: CorpusWriterOptions = defaultWriterOptions,
    about: CorpusAbout = {},
  ) {
    this.#outDir = outDir;
    try {
      this.#places = this.#open('places.geojson');
      this.#claims = this.#open('claims.geojson');
      this.#events = this.#open('events.geojson');
      this.#report = this.#open('report.json');
      this.#issues = this.#open('report.issues');
      this.#mentions = this.#open('places.mentions');
      this.#claimSpill = new RecordSpill(this.#open('claims.spill'));
      this.#compact = this.#open('places.compact.geojson');
      this.#pages = this.#open('mentions.json');
      this.#index = this.#open('mentions.index.json');
      this.#compactClaims = this.#open('claims.compact.geojson');
      this.#summary = this.#open('report.summary.json');
      this.#quotes = this.#open('claims.quotes.json');
      this.#quotesIndex = this.#open('claims.quotes.index.json');
      this.#compactEvents = this.#open('events.compact.geojson');
    } catch (err) {
      this.abort();
      throw err;
    }
    this.#claims.write('{\n  "type": "FeatureCollection",\n  "features": [');
    this.#claimList = new ArrayWriter((c) => this.#claims.write(c), 2);
    this.#events.write('{\n  "type": "FeatureCollection",\n  "features": [');
    this.#eventList = new ArrayWriter((c) => this.#events.write(c), 2);
    // Key order is the in-memory report's: generator, title?, subtitle?, articles, totals, issues.
    const head = jsonAt({ generator: GENERATOR, ...reportAbout(about) }, 0);
    this.#report.write(`${head.slice(0, head.lastIndexOf('\n'))},\n  "articles": [`);
    this.#articleList = new ArrayWriter((c) => this.#report.write(c), 2);
    // The summary unindented, an article per line: a third fewer bytes for the viewer to read before its first draw.
    const compactHead = JSON.stringify({ generator: GENERATOR, ...reportAbout(about) });
    this.#summary.write(`${compactHead.slice(0, -1)},"articles":[`);
    this.#issueList = new ArrayWriter((c) => this.#issues.write(c), 2);
  }

  /** Results must arrive in article order. */
  add(r: PrintedArticle): void {
    const article = this.#articleFiles.length;
    this.#articleFiles.push(r.report.file);
    this.#outlets.set(r.report.file, r.report.outlet);
    r.mentions.forEach((pm, i) => {
      this.#tally.add(pm);
      const seen = this.#placeArticles.get(pm.placeId);
      if (!seen) this.#placeArticles.set(pm.placeId, [article]);
      else if (seen[seen.length - 1] !== article) seen.push(article);
      const line = r.mentionLines[i]!;
      this.#mentions.write(line);
      this.#spilledChars.set(pm.placeId, (this.#spilledChars.get(pm.placeId) ?? 0) + line.length);
    });
    for (const printed of r.claims)
      this.#claimMerger.addStored((JSON.parse(printed) as ClaimFeature).properties, parsedLater(this.#claimSpill.add(printed)));
    for (const e of r.events) {
      this.#eventList.pushRaw(e);
      const first = this.#compactEventCount++ === 0;
      this.#compactEvents.write(`${first ? '{"type":"FeatureCollection","features":[\n' : ',\n'}${JSON.stringify(JSON.parse(e))}`);
    }
    for (const i of r.issues) this.#issueList.pushRaw(i);
    this.#articleList.push(r.report);
    this.#summary.write(`${this.#summaryArticles++ === 0 ? '' : ','}\n${JSON.stringify(r.report)}`);
    this.#totals.add(r.report);
  }

  /** Writes what is left and makes the output files durable (the caller commits them as a set); returns the report
   * totals and the number of place ranges. */
  finish(): { totals: Totals; placeRanges: number } {
    try {
      // Claims merged across articles, then written twice: indented (the contract) and one per line without the quotes
      // (the viewer's), the quotes going to a line of their own: [claim quote, ...source quotes].
      this.#quotesIndex.write('{"file":"claims.quotes.json","claims":{');
      let quoteBytes = 0;
      this.#claimSpill.close();
      for (const c of this.#claimMerger.eachFeature()) {
        this.#claimList.push(c);
        const first = this.#compactClaimCount++ === 0;
        const p = c.properties;
        const light = compactClaim(c, this.#circleCentre(c), (file) => this.#outlets.get(file));
        this.#compactClaims.write(`${first ? '{"type":"FeatureCollection","features":[\n' : ',\n'}${JSON.stringify(light)}`);
        const line = `${JSON.stringify([p.quote, ...p.sources.map((x) => x.quote)])}\n`;
        const bytes = Buffer.byteLength(line);
        this.#quotes.write(line);
        this.#quotesIndex.write(`${first ? '' : ','}\n${JSON.stringify(p.id)}:[${quoteBytes},${quoteBytes + bytes}]`);
        quoteBytes += bytes;
      }
      this.#compactClaims.write(this.#compactClaimCount === 0 ? '{"type":"FeatureCollection","features":[]}\n' : '\n]}\n');
      this.#quotesIndex.write('\n}}\n');
      this.#claimList.close();
      this.#claims.write('\n}\n');
      this.#eventList.close();
      this.#compactEvents.write(this.#compactEventCount === 0 ? '{"type":"FeatureCollection","features":[]}\n' : '\n]}\n');
      this.#events.write('\n}\n');
      const placeRanges = this.#writePlaces();
      const totals = this.#totals.totals(this.#tally.size);
      this.#articleList.close();
      this.#report.write(`,\n  "totals": ${jsonAt(totals, 1)},\n  "issues": [`);
      this.#summary.write(`${this.#summaryArticles === 0 ? '' : '\n'}],"totals":${JSON.stringify(totals)},"issues":[]}\n`);
      this.#issueList.close();
      this.#issues.close();
      copyInto(this.#issues.path, (c) => this.#report.write(c));
      this.#report.write('\n}\n');
      this.#issues.abort(); // spills go before the outputs are made durable: the generation holds only outputs
      this.#mentions.abort();
      this.#claimSpill.abort();
      for (const s of [
        this.#places,
        this.#claims,
        this.#events,
        this.#report,
        this.#compact,
        this.#pages,
        this.#index,
        this.#compactClaims,
        this.#summary,
        this.#quotes,
        this.#quotesIndex,
        this.#compactEvents,
      ])
        s.close(true);
      return { totals, placeRanges };
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** Where a held area's circle is drawn around: its anchor's coordinates (compactClaim checks that they give back
   * exactly the circle written). */
  #circleCentre(c: ClaimFeature): [number, number] | null {
    if (c.properties.type !== 'area-held') return null;
    const anchor = this.gazetteer.byId(c.properties.anchor);
    return anchor && anchor.lon !== null && anchor.lat !== null ? [anchor.lon, anchor.lat] : null;
  }

  #open(name: string, flushAt?: number): FileStream {
    const s = new FileStream(join(this.#outDir, name), flushAt);
    this.#streams.push(s);
    return s;
  }

  /** Removes every file written so far. */
  abort(): void {
    this.#claimSpill?.abort(); // unset if the constructor failed before it
    for (const s of this.#streams) s.abort();
  }

  #writePlaces(): number {
    this.#mentions.close();
    this.#places.write('{\n  "type": "FeatureCollection",\n  "features": [');
    const list = new ArrayWriter((c) => this.#places.write(c), 2);
    this.#compact.write('{\n  "type": "FeatureCollection",\n  "features": [');
    this.#compactList = new ArrayWriter((c) => this.#compact.write(c), 2);
    this.#index.write(
      `{\n"pageSize": ${MENTION_PAGE},\n"file": "mentions.json",\n"articles": ${JSON.stringify(this.#articleFiles)},\n"places": {`,
    );
    const ranges = this.#ranges();
    if (ranges.length === 1) this.#writeRange(list, ranges[0]!, this.#mentions.path);
    else {
      // One pass sorts the spill into a file per range; each range is then read back on its own.
      const rangeOf = new Map<string, number>();
      ranges.forEach((ids, r) => ids.forEach((id) => rangeOf.set(id, r)));
      const files = ranges.map((_, r) => this.#open(`places.mentions.${r}`, 1 << 16));
      forEachLine(this.#mentions.path, (line) => files[rangeOf.get(line.slice(0, line.indexOf('\t')))!]!.write(`${line}\n`));
      ranges.forEach((ids, r) => {
        files[r]!.close();
        this.#writeRange(list, ids, files[r]!.path);
        files[r]!.abort();
      });
    }
    list.close();
    this.#places.write('\n}\n');
    this.#compactList!.close();
    this.#compact.write('\n}\n');
    this.#index.write('\n}\n}\n');
    return ranges.length;
  }

  /** Place ids in output order, cut into ranges whose spilled mentions fit the budget (a place over it alone). */
  #ranges(): string[][] {
    const ranges: string[][] = [];
    let chars = Infinity;
    for (const id of this.#tally.ids()) {
      const size = this.#spilledChars.get(id)!;
      if (chars + size > this.options.passBudgetChars) {
        ranges.push([]);
        chars = 0;
      }
      ranges[ranges.length - 1]!.push(id);
      chars += size;
    }
    return ranges;
  }

  /** The features of one range of places from a spill holding (at least) their mentions. A single place is streamed
   * from the file into the output; several are gathered first (a range's file is within the budget). */
  #writeRange(list: ArrayWriter, ids: readonly string[], spill: string): void {
    const eachSpilled = (fn: (placeId: string, printedMention: string) => void): void =>
      forEachLine(spill, (line) => {
        const tab = line.indexOf('\t');
        fn(line.slice(0, tab), line.slice(tab + 1));
      });
    if (ids.length === 1) {
      const id = ids[0]!;
      this.#writePlace(list, id, (emit) => eachSpilled((lineId, printed) => lineId === id && emit(printed)));
      return;
    }
    const gathered = new Map<string, string[]>(ids.map((id) => [id, []]));
    eachSpilled((id, printed) => gathered.get(id)?.push(printed));
    for (const [id, mentions] of gathered) this.#writePlace(list, id, (emit) => mentions.forEach(emit));
  }

  /** One place feature, its mention list streamed in where the shell has `"mentions": []` (a key: inside JSON
   * strings every quote is escaped, so the marker cannot occur in a value). */
  #writePlace(list: ArrayWriter, id: string, eachMention: (emit: (printedMention: string) => void) => void): void {
    const shell = jsonAt(this.#tally.shell(id, this.gazetteer), 2);
    const at = shell.indexOf(MENTIONS_MARK);
    list.pushRaw(shell.slice(0, at + MENTIONS_MARK.length - 1));
    this.#compactList!.pushRaw(shell);
    let n = 0;
    const offsets = [this.#pageBytes];
    let page: string[] = [];
    const flushPage = (): void => {
      const chunk = `[${page.join(',')}]\n`;
      this.#pages.write(chunk);
      this.#pageBytes += Buffer.byteLength(chunk);
      offsets.push(this.#pageBytes);
      page = [];
    };
    eachMention((printed) => {
      const mention = printed.replaceAll(NEWLINE_STAND_IN, '\n');
      this.#places.write(`${n++ === 0 ? '' : ','}\n${MENTION_INDENT}${mention}`);
      page.push(mention);
      if (page.length === MENTION_PAGE) flushPage();
    });
    if (page.length) flushPage();
    if (n !== this.#tally.mentionCount(id))
      throw new Error(`place ${id}: ${n} mentions read back, ${this.#tally.mentionCount(id)} tallied`);
    this.#places.write(`\n${MENTION_INDENT.slice(2)}]${shell.slice(at + MENTIONS_MARK.length)}`);
    this.#index.write(
      `${this.#indexed++ === 0 ? '' : ','}\n${JSON.stringify(id)}: {"pages": ${JSON.stringify(offsets)}, "articles": ${JSON.stringify(this.#placeArticles.get(id) ?? [])}}`,
    );
  }
}
