// A set of (name, entry id) pairs: which readings of a name are weaker ones (gazetteer.ts). Some 300,000 of them, so
// they are kept as a map from the name (a key the index already holds) to its ids rather than as joined strings,
// which cost a string of their own each (and a second one once hashed).
export class NamePairs {
  readonly #ids = new Map<string, string | string[]>();

  add(name: string, id: string): void {
    const known = this.#ids.get(name);
    if (known === undefined) this.#ids.set(name, id);
    else if (typeof known === 'string') {
      if (known !== id) this.#ids.set(name, [known, id]);
    } else if (!known.includes(id)) known.push(id);
  }

  /** Every pair, grouped by name: what a cached index stores. */
  list(): [string, string[]][] {
    return [...this.#ids].map(([name, ids]) => [name, typeof ids === 'string' ? [ids] : [...ids]]);
  }

  has(name: string, id: string): boolean {
    const known = this.#ids.get(name);
    return known === id || (typeof known === 'object' && known.includes(id));
  }
}
