// The first key given twice in one object of a JSON text. JSON.parse keeps the last silently, so a manifest with
// "published" twice (a merge, a hand edit) would be read with one of its dates dropped and no word said. One pass over
// the token stream of text JSON.parse has already accepted (so only strings and brackets need reading); a key is
// compared decoded, as JSON.parse compares it ("publi\u0073hed" is "published").

export interface DuplicateKey {
  /** Where the object lies: keys and array indices from the root. */
  path: (string | number)[];
  /** The key, decoded. */
  key: string;
}

type Frame = { object: true; keys: Set<string>; key: string | null; expectKey: boolean } | { object: false; index: number };

/** The first duplicate key of valid JSON text, or null. */
export function firstDuplicateKey(json: string): DuplicateKey | null {
  const stack: Frame[] = [];
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    const top = stack.at(-1);
    if (c === 0x7b) stack.push({ object: true, keys: new Set(), key: null, expectKey: true });
    else if (c === 0x5b) stack.push({ object: false, index: 0 });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c && top) {
      if (top.object) top.expectKey = true;
      else top.index++;
    } else if (c === 0x3a && top?.object) top.expectKey = false;
    else if (c === 0x22) {
      const start = i;
      for (i++; json.charCodeAt(i) !== 0x22; i++) if (json.charCodeAt(i) === 0x5c) i++; // a backslash escapes the next
      if (!top?.object || !top.expectKey) continue;
      const key = JSON.parse(json.slice(start, i + 1)) as string;
      if (top.keys.has(key)) return { path: pathTo(stack), key };
      top.keys.add(key);
      top.key = key;
    }
  }
  return null;
}

/** The keys and indices leading to the innermost frame. */
function pathTo(stack: readonly Frame[]): (string | number)[] {
  return stack.slice(0, -1).map((f) => (f.object ? f.key! : f.index));
}
