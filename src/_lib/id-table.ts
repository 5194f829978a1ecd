/**
 * An id → index table over typed arrays, built once and then only read.
 *
 * @module
 */

/**
 * A string hash (FNV-1a over UTF-16 code units, then a final avalanche), 32 bits.
 *
 * @example
 * ```ts
 * hashId("340881") === hashId("340881"); // → true
 * ```
 */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k += 1) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  // FNV alone leaves the low bits of near-identical codes (340881101201, …202) clustered.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/** Hashes of every string in a list (0 for anything else), in one pass of their own (see {@link IdTable}). */
function hashAll(keys: readonly unknown[]): Int32Array {
  const hashes = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i];
    if (typeof key === "string") hashes[i] = hashId(key);
  }
  return hashes;
}

/**
 * Maps ids to their index in a list, with open addressing (linear probing) over typed arrays.
 *
 * Why not a `Map`: inserting 665k ids into a `Map` takes 200–450 ms here, mostly in rehashing as it grows;
 * a table sized once takes a fraction of that. Each slot has a one-byte tag (empty, or seven bits of the
 * id's hash) in an array of its own, beside the index array: probing reads only the tags, a table of 1 MB
 * for 665k ids that stays in the processor's cache where the indexes (4 MB) would not, and an index is read
 * only when its tag matches, which for a different id happens once in 128 probes. Hashes are computed
 * before any slot is touched, by the caller while it reads the ids or in a pass of their own.
 *
 * @example
 * ```ts
 * const { table, first } = IdTable.of(["a", "b", "a"]);
 * table.get("b"); // → 1
 * first; // Int32Array [0, 1, 0]: the third id repeats the first
 * ```
 */
export class IdTable {
  /** 0 for an empty slot, else {@link tagOf} the hash of the id in it. */
  readonly #tags: Uint8Array;
  /** The index of the id in each occupied slot. */
  readonly #indexes: Int32Array;
  readonly #mask: number;
  readonly #ids: readonly (string | undefined)[];

  private constructor(ids: readonly (string | undefined)[]) {
    let size = 16;
    // At most two-thirds full, so probe runs stay short.
    while (size < ids.length * 1.5) size *= 2;
    this.#tags = new Uint8Array(size);
    this.#indexes = new Int32Array(size);
    this.#mask = size - 1;
    this.#ids = ids;
  }

  /**
   * Indexes a list of ids (absent ones are skipped). `first[i]` is the index of the first occurrence of
   * `ids[i]` (`i` itself when it is the first, -1 when absent); lookups give first occurrences.
   * `hashes` are the ids' {@link hashId}s, for a caller who computed them while reading the ids anyway.
   * `first` is where the answers go; it may be `hashes` itself, as each hash is read before its own answer
   * is written.
   */
  static of(
    ids: readonly (string | undefined)[],
    hashes: Int32Array = hashAll(ids),
    first: Int32Array = new Int32Array(ids.length),
  ): { table: IdTable; first: Int32Array } {
    const table = new IdTable(ids);
    const tags = table.#tags;
    const indexes = table.#indexes;
    const mask = table.#mask;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i];
      if (id === undefined) {
        first[i] = -1;
        continue;
      }
      const hash = hashes[i] as number;
      const tag = tagOf(hash);
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const seen = tags[slot] as number;
        if (seen === 0) {
          tags[slot] = tag;
          indexes[slot] = i;
          first[i] = i;
          break;
        }
        if (seen === tag && ids[indexes[slot] as number] === id) {
          first[i] = indexes[slot] as number;
          break;
        }
      }
    }
    return { table, first };
  }

  /** The index of `id`, or -1. Anything but a string is absent. */
  get(id: unknown): number {
    return typeof id === "string" ? this.find(id, hashId(id)) : -1;
  }

  /** The index of `id` whose {@link hashId} is `hash`, or -1. */
  find(id: string, hash: number): number {
    const tags = this.#tags;
    const mask = this.#mask;
    const tag = tagOf(hash);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const seen = tags[slot] as number;
      if (seen === 0) return -1;
      if (seen === tag) {
        const entry = this.#indexes[slot] as number;
        if (this.#ids[entry] === id) return entry;
      }
    }
  }
}

/**
 * A slot's tag: the top seven bits of the hash, with the high bit set so no tag is 0 (empty). The slot
 * number comes from the low bits, so the tag tells apart ids that land on the same slots.
 */
function tagOf(hash: number): number {
  return 0x80 | (hash >>> 25);
}
