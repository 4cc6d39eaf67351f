// The gazetteer's quick "no such name" test before its map of names.
/** A Bloom filter over strings. Most capitalised words the spotter reads are no name at all; two bits in a table of
 * about a hundred kilobytes say so faster than a miss in the map of some fifty thousand names, whose buckets are rarely
 * in cache (a false "maybe", about 1% of absent words, costs only that map lookup). */
export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(keys: Iterable<string>, count: number) {
    // At least 16 bits a key, a power of two.
    let size = 1 << 16;
    while (size < count * 16 && size < 1 << 26) size <<= 1;
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
    for (const key of keys) this.add(key);
  }

  /** A key indexed after the filter was built (the gazetteer's deferred names). */
  add(key: string): void {
    const h = fnv1a(key);
    this.set(h);
    this.set(rehash(h));
  }

  mayHave(key: string): boolean {
    const h = fnv1a(key);
    return this.get(h) && this.get(rehash(h));
  }

  private set(h: number): void {
    const bit = h & this.mask;
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  private get(h: number): boolean {
    const bit = h & this.mask;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A second, independent-enough index from the first hash (a multiplicative mix of it). */
const rehash = (h: number): number => (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ (h >>> 12)) >>> 0;
