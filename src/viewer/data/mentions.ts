// A place's mentions when the viewer opened the compact form: read from mentions.json a page at a time with an
// HTTP range request (the offsets come from mentions.index.json), validated, and kept once read. A server that
// ignores ranges sends the whole file: it is then read once and sliced.
import { z } from 'zod';
import { mentionSchema, type Mention, type PlaceFeature } from '../../core/schema.ts';
import type { MentionIndex } from '../../core/mention-index.ts';
import { DataError } from './fetch-data.ts';

export interface MentionSource {
  /** Pages of this place's mentions in the side file (0 when it has none there, e.g. an uploaded place). */
  pages(placeId: string): number;
  page(placeId: string, i: number): Promise<Mention[]>;
  /** Bytes of all this place's pages in the side file. */
  bytes(placeId: string): number;
  /** Every page of this place's mentions, with one read. */
  all(placeId: string): Promise<Mention[]>;
  /** Files of the articles that mention the place, in report order. */
  articles(placeId: string): string[];
}

const pageSchema = z.array(mentionSchema);

export function createMentionSource(index: MentionIndex, base: URL): MentionSource {
  const url = new URL(index.file, base);
  const cache = new Map<string, Promise<Mention[]>>();
  const allCache = new Map<string, Promise<Mention[]>>();
  let whole: Promise<Uint8Array> | null = null;
  const decoder = new TextDecoder();

  /** The bytes in [from, to) of the side file. */
  const read = async (from: number, to: number): Promise<Uint8Array> => {
    if (whole) return (await whole).subarray(from, to);
    const res = await fetch(url, { headers: { Range: `bytes=${from}-${to - 1}` } });
    if (res.status === 206) return new Uint8Array(await res.arrayBuffer());
    if (!res.ok) throw new DataError(index.file, [`HTTP ${res.status}`]);
    whole = res.arrayBuffer().then((b) => new Uint8Array(b));
    return (await whole).subarray(from, to);
  };
  const parsePage = (id: string, bytes: Uint8Array): Mention[] => {
    const parsed = pageSchema.safeParse(JSON.parse(decoder.decode(bytes)));
    if (!parsed.success) throw new DataError(index.file, [`the mentions of ${id} do not validate`]);
    return parsed.data;
  };

  return {
    pages: (id) => Math.max(0, (index.places[id]?.pages.length ?? 1) - 1),
    articles: (id) => (index.places[id]?.articles ?? []).map((i) => index.articles[i]!).filter(Boolean),
    page(id, i) {
      const key = `${id}\u0000${i}`;
      let p = cache.get(key);
      if (!p) {
        const offsets = index.places[id]?.pages;
        if (!offsets || i + 1 >= offsets.length) return Promise.resolve([]);
        p = read(offsets[i]!, offsets[i + 1]!).then((bytes) => parsePage(id, bytes));
        p.catch(() => cache.delete(key)); // a failed read may be retried
        cache.set(key, p);
      }
      return p;
    },
    bytes(id) {
      const offsets = index.places[id]?.pages ?? [0];
      return offsets[offsets.length - 1]! - offsets[0]!;
    },
    all(id) {
      const offsets = index.places[id]?.pages;
      if (!offsets || offsets.length < 2) return Promise.resolve([]);
      let p = allCache.get(id);
      if (!p) {
        const from = offsets[0]!;
        p = read(from, offsets[offsets.length - 1]!).then((bytes) => {
          const out: Mention[] = [];
          for (let i = 0; i + 1 < offsets.length; i++) out.push(...parsePage(id, bytes.subarray(offsets[i]! - from, offsets[i + 1]! - from)));
          return out;
        });
        p.catch(() => allCache.delete(id)); // a failed read may be retried
        allCache.set(id, p);
      }
      return p;
    },
  };
}

/** The files of the articles that mention a place: from the index for the compact form, plus uploaded mentions. */
export function articlesOfPlace(source: MentionSource | undefined, f: PlaceFeature): string[] {
  const files = source ? source.articles(f.properties.id) : [];
  if (f.properties.mentions.length === 0) return files;
  const seen = new Set(files);
  for (const m of f.properties.mentions)
    if (!seen.has(m.article)) {
      seen.add(m.article);
      files.push(m.article);
    }
  return files;
}
