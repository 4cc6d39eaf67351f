// Streams per-article results into places.geojson, claims.geojson and report.json, in article order, holding
// only O(places) in memory: claims and report lines go straight to their files; issues and mentions are
// spilled to temporary files and read back at the end. Place features are written in id order, a range of
// places at a time, each range gathered in one pass over the mention spill (one pass for corpora whose
// mentions fit the budget). Output is byte-identical to serialising src/core/pipeline.ts's in-memory result.
import { join } from 'node:path';
import type { Gazetteer } from '../../core/gazetteer/gazetteer.ts';
import { GENERATOR, type ArticleResult } from '../../core/pipeline.ts';
import { PlaceTally } from '../../core/pipeline/places.ts';
import { TotalsTally, type Totals } from '../../core/pipeline/totals.ts';
import type { Mention } from '../../core/schema.ts';
import { FileStream } from './file-stream.ts';
import { ArrayWriter, jsonAt } from './pretty-json.ts';
import { copyInto, forEachLine } from './read-back.ts';

export const OUTPUT_FILES = ['places.geojson', 'claims.geojson', 'report.json'] as const;

export interface CorpusWriterOptions {
  /** Characters of spilled mentions gathered per pass when writing places: bounds peak memory at the end of a run. */
  passBudgetChars: number; // default 32 Mi characters
}

export const defaultWriterOptions: CorpusWriterOptions = { passBudgetChars: 32 << 20 };

export class CorpusWriter {
  readonly #places: FileStream;
  readonly #claims: FileStream;
  readonly #report: FileStream;
  readonly #issues: FileStream; // spill: report issues, already formatted as array elements
  readonly #mentions: FileStream; // spill: one `placeId<TAB>mention JSON` line per mention
  readonly #streams: FileStream[];
  readonly #claimList: ArrayWriter;
  readonly #articleList: ArrayWriter;
  readonly #issueList: ArrayWriter;
  readonly #tally = new PlaceTally();
  readonly #totals = new TotalsTally();
  readonly #spilledChars = new Map<string, number>();

  constructor(
    outDir: string,
    private readonly gazetteer: Gazetteer,
    private readonly options: CorpusWriterOptions = defaultWriterOptions,
  ) {
    this.#streams = [];
    const open = (name: string): FileStream => {
      const s = new FileStream(join(outDir, name));
      this.#streams.push(s);
      return s;
    };
    try {
      this.#places = open('places.geojson');
      this.#claims = open('claims.geojson');
      this.#report = open('report.json');
      this.#issues = open('report.issues');
      this.#mentions = open('places.mentions');
    } catch (err) {
      this.abort();
      throw err;
    }
    this.#claims.write('{\n  "type": "FeatureCollection",\n  "features": [');
    this.#claimList = new ArrayWriter((c) => this.#claims.write(c), 2);
    this.#report.write(`{\n  "generator": ${JSON.stringify(GENERATOR)},\n  "articles": [`);
    this.#articleList = new ArrayWriter((c) => this.#report.write(c), 2);
    this.#issueList = new ArrayWriter((c) => this.#issues.write(c), 2);
  }

  /** Results must arrive in article order. */
  add(r: ArticleResult): void {
    for (const pm of r.mentions) {
      this.#tally.add(pm);
      if (/[\t\n]/.test(pm.placeId)) throw new Error(`gazetteer id ${JSON.stringify(pm.placeId)} contains a tab or newline`);
      const line = `${pm.placeId}\t${JSON.stringify(pm.mention)}\n`;
      this.#mentions.write(line);
      this.#spilledChars.set(pm.placeId, (this.#spilledChars.get(pm.placeId) ?? 0) + line.length);
    }
    for (const c of r.claims) this.#claimList.push(c);
    for (const i of r.issues) this.#issueList.push(i);
    this.#articleList.push(r.report);
    this.#totals.add(r.report);
  }

  /** Writes what is left and moves the three files into place; returns the report totals and the pass count. */
  finish(): { totals: Totals; passes: number } {
    try {
      this.#claimList.close();
      this.#claims.write('\n}\n');
      const passes = this.#writePlaces();
      const totals = this.#totals.totals(this.#tally.size);
      this.#articleList.close();
      this.#report.write(`,\n  "totals": ${jsonAt(totals, 1)},\n  "issues": [`);
      this.#issueList.close();
      this.#issues.close();
      copyInto(this.#issues.tmp, (c) => this.#report.write(c));
      this.#report.write('\n}\n');
      this.#places.commit();
      this.#claims.commit();
      this.#report.commit();
      this.#issues.abort();
      this.#mentions.abort();
      return { totals, passes };
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** Removes every temporary file; the output folder is left as it was. */
  abort(): void {
    for (const s of this.#streams) s.abort();
  }

  #writePlaces(): number {
    this.#mentions.close();
    this.#places.write('{\n  "type": "FeatureCollection",\n  "features": [');
    const list = new ArrayWriter((c) => this.#places.write(c), 2);
    const ids = this.#tally.ids();
    let passes = 0;
    for (let from = 0; from < ids.length; ) {
      // The next range of ids whose spilled mentions fit the budget (at least one place, however large).
      let to = from;
      let chars = 0;
      while (to < ids.length && (to === from || chars + this.#spilledChars.get(ids[to]!)! <= this.options.passBudgetChars)) chars += this.#spilledChars.get(ids[to++]!)!;
      const range = new Map<string, Mention[]>(ids.slice(from, to).map((id) => [id, []]));
      forEachLine(this.#mentions.tmp, (line) => {
        const tab = line.indexOf('\t');
        range.get(line.slice(0, tab))?.push(JSON.parse(line.slice(tab + 1)) as Mention);
      });
      for (const [id, mentions] of range) list.push(this.#tally.feature(id, this.gazetteer, mentions));
      passes++;
      from = to;
    }
    list.close();
    this.#places.write('\n}\n');
    return passes;
  }
}
