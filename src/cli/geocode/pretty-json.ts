// Pieces of pretty-printed JSON that concatenate to exactly JSON.stringify(whole, null, 2): how the streamed
// output stays byte-identical to the in-memory pipeline's.

/** `value` as JSON.stringify(value, null, 2) prints it at nesting depth `depth`, without leading indentation. */
export const jsonAt = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

/** Writes the elements of a JSON array member `"key": [ … ]` of an object at depth `depth - 1`, one at a time. */
export class ArrayWriter {
  #count = 0;

  constructor(
    private readonly write: (chunk: string) => void,
    private readonly depth: number,
  ) {}

  push(value: unknown): void {
    this.pushRaw(jsonAt(value, this.depth));
  }

  /** An element already printed at this depth (or its beginning: the caller writes the rest before the next push). */
  pushRaw(json: string): void {
    this.write(`${this.#count === 0 ? '' : ','}\n${'  '.repeat(this.depth)}${json}`);
    this.#count++;
  }

  get count(): number {
    return this.#count;
  }

  /** The closing bracket: `]` right after `[` for an empty array, as JSON.stringify prints it. */
  close(): void {
    this.write(this.#count === 0 ? ']' : `\n${'  '.repeat(this.depth - 1)}]`);
  }
}
