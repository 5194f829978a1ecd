/**
 * Division names resolved to codes against a division list the caller gives: 孔城村, 孔城镇孔城村,
 * 孔城镇/孔城村 or 桐城市 孔城镇 孔城村, and the short forms people write for committees' long names
 * (孔城村 for 孔城村委会, 钱庄社区 for 钱庄居委会).
 *
 * @module
 */
import { parentCodeOf, type Division } from "kexie";
import { foldText } from "./cells.js";

/**
 * What a division name resolves to: one code, several candidates (ambiguous), or nothing (unknown).
 */
export type DivisionMatch =
  | { readonly found: "one"; readonly code: string }
  | { readonly found: "many"; readonly candidates: readonly Division[] }
  | { readonly found: "none" };

/** What separates the parts of a written path: spaces, slashes, 、, ＞, >, -, ·. */
const PATH_SEPARATOR = /[\s/\\、>＞·|-]+/;

/** Name endings that people leave out or write another way, longest first. */
const COMMITTEE_ENDINGS: readonly (readonly [string, string])[] = [
  ["社区居民委员会", "居"],
  ["社区居委会", "居"],
  ["居民委员会", "居"],
  ["居委会", "居"],
  ["社区", "居"],
  ["村民委员会", "村"],
  ["村委会", "村"],
  ["村委", "村"],
  ["村", "村"],
  ["街道办事处", "街道"],
  ["办事处", "街道"],
  ["人民政府", ""],
];

/** A name's stem and the kind of unit its ending says (居 for residents, 村 for villagers). */
function stemOf(name: string): { stem: string; kind: string } {
  const folded = foldText(name).replace(/\s+/g, "");
  for (const [ending, kind] of COMMITTEE_ENDINGS) {
    if (folded.length > ending.length && folded.endsWith(ending)) {
      let stem = folded.slice(0, -ending.length);
      if (kind === "街道") return { stem: `${stem}街道`, kind: "" };
      // The formal name repeats the unit: 孔城村村民委员会 is 孔城村 + 村民委员会.
      const unit = kind === "村" ? "村" : kind === "居" ? "社区" : "";
      if (unit !== "" && stem.length > unit.length && stem.endsWith(unit)) stem = stem.slice(0, -unit.length);
      return { stem, kind };
    }
  }
  return { stem: folded, kind: "" };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * An index of a division list by name, built once (linear in the list), for resolving many names.
 *
 * @example
 * ```ts
 * const names = new DivisionNames(dataset.divisions);
 * names.resolve("孔城镇桐梓村委会"); // → { found: "one", code: "340881100204" }
 * names.resolve("桃源村"); // → { found: "none" }
 * ```
 */
export class DivisionNames {
  readonly #byCode = new Map<string, Division>();
  readonly #byName = new Map<string, Division[]>();
  readonly #byStem = new Map<string, Division[]>();

  /**
   * Indexes a division list; later duplicates of a code are ignored.
   *
   * @example
   * ```ts
   * new DivisionNames([{ code: "340881100", name: "孔城镇", level: "township" }]);
   * ```
   */
  constructor(divisions: Iterable<Division>) {
    for (const division of divisions) {
      if (this.#byCode.has(division.code)) continue;
      this.#byCode.set(division.code, division);
      push(this.#byName, foldText(division.name).replace(/\s+/g, ""), division);
      push(this.#byStem, stemOf(division.name).stem, division);
    }
  }

  /**
   * The division with a code, if listed.
   *
   * @example
   * ```ts
   * const names = new DivisionNames(dataset.divisions);
   * names.get("340881100")?.name; // → "孔城镇"
   * ```
   */
  get(code: string): Division | undefined {
    return this.#byCode.get(code);
  }

  /**
   * Resolves a written name or path of names to one code. Inside `scope` (a division code), only
   * divisions under it count, and a match there wins over matches elsewhere.
   *
   * @example
   * ```ts
   * const names = new DivisionNames(dataset.divisions);
   * names.resolve("桐梓村委会", "340881100"); // → { found: "one", code: "340881100204" }
   * names.resolve("桐梓村委会", "340881101"); // → { found: "one", code: "340881100204" }
   * ```
   */
  resolve(text: string, scope?: string): DivisionMatch {
    const parts = foldText(text)
      .split(PATH_SEPARATOR)
      .filter((part) => part !== "");
    const last = parts.at(-1);
    if (last === undefined) return { found: "none" };
    let candidates = parts.length > 1 ? this.#named(last, parts.slice(0, -1)) : this.#written(last);
    if (scope !== undefined) {
      const inside = candidates.filter((d) => d.code.startsWith(scope) && d.code !== scope);
      if (inside.length > 0) candidates = inside;
    }
    if (candidates.length === 1) return { found: "one", code: (candidates[0] as Division).code };
    return candidates.length === 0 ? { found: "none" } : { found: "many", candidates };
  }

  /** Divisions called `name` whose ancestors include each of `above`, in order from the top. */
  #named(name: string, above: readonly string[]): Division[] {
    return this.#called(name).filter((d) => this.#ancestorsMatch(d.code, above.join("")));
  }

  /** Divisions a single written word names: a name, or a path written without separators (孔城镇孔城村). */
  #written(text: string): Division[] {
    const exact = this.#called(text);
    if (exact.length > 0) return exact;
    const found: Division[] = [];
    // Every proper suffix that names a division, with the rest naming its ancestors.
    for (let start = 1; start < text.length; start += 1) {
      const prefix = text.slice(0, start);
      for (const d of this.#called(text.slice(start))) if (this.#ancestorsMatch(d.code, prefix)) found.push(d);
    }
    return found;
  }

  /** Divisions with this name: exactly, else by stem and kind of unit, else by stem alone. */
  #called(name: string): Division[] {
    const exact = this.#byName.get(name);
    if (exact !== undefined) return exact;
    const { stem, kind } = stemOf(name);
    const same = this.#byStem.get(stem) ?? [];
    const sameKind = kind === "" ? same : same.filter((d) => stemOf(d.name).kind === kind);
    return sameKind.length > 0 ? sameKind : same;
  }

  /**
   * Whether `written` is the names of some of a code's ancestors run together, from the top down (桐城市孔城镇
   * for a village of 孔城镇), with nothing left over.
   */
  #ancestorsMatch(code: string, written: string): boolean {
    let rest = written;
    for (let parent = parentCodeOf(code); parent !== undefined && rest !== ""; parent = parentCodeOf(parent)) {
      const division = this.#byCode.get(parent);
      if (division === undefined) continue;
      const name = foldText(division.name).replace(/\s+/g, "");
      const stem = stemOf(division.name).stem;
      if (rest.endsWith(name)) rest = rest.slice(0, -name.length);
      else if (stem !== name && rest.endsWith(stem)) rest = rest.slice(0, -stem.length);
    }
    return rest === "";
  }
}
