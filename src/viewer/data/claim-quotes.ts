// The claims' quotes when the viewer opened claims.compact.geojson, whose claims carry empty quotes: a claim's line of
// claims.quotes.json is read with an HTTP range request (offsets from claims.quotes.index.json) when its popup
// opens, and written into the claim. Everything that needs every quote (an analyst export, an upload merging into the
// claims) asks for them all first: the whole file, read once. A server that ignores ranges sends the whole file.
import { z } from 'zod';
import type { ClaimFeature, ClaimsCollection } from '../../core/schema.ts';
import { claimQuoteIndexSchema, type ClaimQuoteIndex } from '../../core/mention-index.ts';
import { DataError } from './fetch-data.ts';

export interface ClaimQuoteSource {
  /** Whether this claim's quotes are still to be read. */
  pending(f: ClaimFeature): boolean;
  /** Reads this claim's quotes into it. */
  load(f: ClaimFeature): Promise<void>;
  /** Reads every claim's quotes into the claims. */
  loadAll(): Promise<void>;
}

const lineSchema = z.array(z.string()).min(1);

const INDEX_FILE = 'claims.quotes.index.json';

/** For the claims of claims.compact.geojson. The index is read on first use, not before the first idle; output
 * written before the quotes had a file of their own has no index, and its compact claims keep their quotes. */
export function createClaimQuoteSource(claims: ClaimsCollection, base: URL): ClaimQuoteSource {
  let indexRead: Promise<ClaimQuoteIndex | null> | null = null;
  const readIndex = (): Promise<ClaimQuoteIndex | null> =>
    (indexRead ??= (async () => {
      const res = await fetch(new URL(INDEX_FILE, base));
      if (res.status === 404) return null;
      if (!res.ok) throw new DataError(INDEX_FILE, [`HTTP ${res.status}`]);
      const parsed = claimQuoteIndexSchema.safeParse(await res.json());
      if (!parsed.success) throw new DataError(INDEX_FILE, ['does not validate']);
      return parsed.data;
    })().catch((e: unknown) => {
      indexRead = null; // a failed read may be retried
      throw e;
    }));
  let index: ClaimQuoteIndex | null | undefined; // undefined: not read yet
  const ready = async (): Promise<ClaimQuoteIndex | null> => (index !== undefined ? index : (index = await readIndex()));
  const done = new WeakSet<ClaimFeature>();
  const reads = new Map<string, Promise<void>>();
  let whole: Promise<Uint8Array> | null = null;
  const decoder = new TextDecoder();

  const url = (i: ClaimQuoteIndex): URL => new URL(i.file, base);
  const fill = (index: ClaimQuoteIndex, f: ClaimFeature, text: string): void => {
    const parsed = lineSchema.safeParse(JSON.parse(text));
    const p = f.properties;
    if (!parsed.success || parsed.data.length !== p.sources.length + 1)
      throw new DataError(index.file, [`the quotes of ${p.id} do not validate`]);
    p.quote = parsed.data[0]!;
    p.sources.forEach((x, i) => (x.quote = parsed.data[i + 1]!));
    done.add(f);
  };
  const readWhole = (index: ClaimQuoteIndex): Promise<Uint8Array> =>
    (whole ??= fetch(url(index))
      .then((res) => {
        if (!res.ok) throw new DataError(index.file, [`HTTP ${res.status}`]);
        return res.arrayBuffer();
      })
      .then((b) => new Uint8Array(b)));

  const isPending = (f: ClaimFeature): boolean => !done.has(f) && (index === undefined || (index !== null && index.claims[f.properties.id] !== undefined));

  return {
    pending: isPending,
    load(f) {
      if (!isPending(f)) return Promise.resolve();
      const id = f.properties.id;
      let p = reads.get(id);
      if (!p) {
        p = (async () => {
          const index = await ready();
          if (!index || !isPending(f)) return;
          const [from, to] = index.claims[id]!;
          let text: string;
          if (whole) text = decoder.decode((await whole).subarray(from, to));
          else {
            const res = await fetch(url(index), { headers: { Range: `bytes=${from}-${to - 1}` } });
            if (res.status === 206) text = await res.text();
            else if (!res.ok) throw new DataError(index.file, [`HTTP ${res.status}`]);
            else {
              whole = res.arrayBuffer().then((b) => new Uint8Array(b));
              text = decoder.decode((await whole).subarray(from, to));
            }
          }
          if (isPending(f)) fill(index, f, text);
        })();
        p.catch(() => reads.delete(id)); // a failed read may be retried
        reads.set(id, p);
      }
      return p;
    },
    async loadAll() {
      if (!claims.features.some(isPending)) return;
      const index = await ready();
      const todo = claims.features.filter(isPending);
      if (!index || todo.length === 0) return;
      const bytes = await readWhole(index).catch((e: unknown) => {
        whole = null;
        throw e;
      });
      for (const f of todo) if (isPending(f)) fill(index, f, decoder.decode(bytes.subarray(...index.claims[f.properties.id]!)));
    },
  };
}
