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
 * hashId("340881") === hashId("340881"); // true
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
 * Maps ids to their index in a list, with open addressing (linear probing) in an `Int32Array`.
 *
 * Why not a `Map`: inserting 665k ids into a `Map` takes 200–450 ms here, mostly in rehashing as it grows;
 * a table sized once takes a fraction of that. Hashes are computed in a pass of their own before any slot
 * is touched: interleaving the string reads with random slot reads lets only one cache miss be in flight
 * at a time, and measured three times slower.
 *
 * @example
 * ```ts
 * const { table, first } = IdTable.of(["a", "b", "a"]);
 * table.get("b"); // 1
 * first; // Int32Array [0, 1, 0]: the third id repeats the first
 * ```
 */
export class IdTable {
  /** Pairs of (index, hash) per slot, side by side so one cache line holds both; index -1 = empty. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #ids: readonly (string | undefined)[];

  private constructor(ids: readonly (string | undefined)[]) {
    let size = 16;
    // At most two-thirds full: probe runs stay within a cache line or two, and the table stays small
    // (8 MB for 665k ids; a bigger one costs more in allocation and collection than it saves in probes).
    while (size < ids.length * 1.5) size *= 2;
    this.#slots = new Int32Array(size * 2).fill(-1);
    this.#mask = size - 1;
    this.#ids = ids;
  }

  /**
   * Indexes a list of ids (absent ones are skipped). `first[i]` is the index of the first occurrence of
   * `ids[i]` (`i` itself when it is the first, -1 when absent); lookups give first occurrences.
   * `hashes` are the ids' {@link hashId}s, for a caller who computed them while reading the ids anyway.
   */
  static of(ids: readonly (string | undefined)[], hashes: Int32Array = hashAll(ids)): { table: IdTable; first: Int32Array } {
    const table = new IdTable(ids);
    const first = new Int32Array(ids.length).fill(-1);
    const slots = table.#slots;
    const mask = table.#mask;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i];
      if (id === undefined) continue;
      const hash = hashes[i] as number;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const entry = slots[2 * slot] as number;
        if (entry < 0) {
          slots[2 * slot] = i;
          slots[2 * slot + 1] = hash;
          first[i] = i;
          break;
        }
        // Equal hashes first: a colliding id's string is then almost never read.
        if (slots[2 * slot + 1] === hash && ids[entry] === id) {
          first[i] = entry;
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
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot] as number;
      if (entry < 0 || (slots[2 * slot + 1] === hash && this.#ids[entry] === id)) return entry;
    }
  }
}
