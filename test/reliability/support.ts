/**
 * Shared pieces of the reliability suite: the fixtures as plain documents, every public computation
 * on a parsed dataset, and fault injection into valid documents with the issue each fault must cause.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as charter from "../../src/charter/index.js";
import * as csv from "../../src/csv/index.js";
import * as root from "../../src/index.js";
import * as metrics from "../../src/metrics/index.js";
import type { Dataset } from "../../src/index.js";
import { allResults } from "./all-results.mjs";

/** A JSON document as read from disk: every record a plain object. */
export interface Doc {
  formatVersion: number;
  divisionList?: { name: string; version: string };
  divisions: Rec[];
  associations: Rec[];
  committees: Rec[];
  members: Rec[];
  activities: Rec[];
}
export type Rec = Record<string, unknown>;
export type Collection = "divisions" | "associations" | "committees" | "members" | "activities";
export const COLLECTIONS: readonly Collection[] = ["divisions", "associations", "committees", "members", "activities"];

const read = (url: URL): Doc => JSON.parse(readFileSync(url, "utf8")) as Doc;

/** A fresh copy of a fixture document each call, so tests can change it. */
export const validDoc = (): Doc => read(new URL("../fixtures/valid-dataset.json", import.meta.url));
export const faultyDoc = (): Doc => read(new URL("../fixtures/faulty-dataset.json", import.meta.url));
export const tongchengDoc = (): Doc => read(new URL("../../examples/tongcheng/dataset.json", import.meta.url));

const TONGCHENG_TEXT = readFileSync(new URL("../../examples/tongcheng/dataset.json", import.meta.url), "utf8");
/** The Tongcheng document, parsed from text already read once. */
export const tongchengCopy = (): Doc => JSON.parse(TONGCHENG_TEXT) as Doc;

export { AS_OF } from "./all-results.mjs";

/**
 * Every public computation on a parsed dataset, as plain JSON: the charter reports, every metric, and
 * every metric flattened to rows and CSV (see all-results.mjs). The options are fixed so two datasets
 * holding the same records can be compared result by result.
 */
export function everything(ds: Dataset, roots?: readonly string[]): Record<string, unknown> {
  return allResults({ ...root, ...charter, ...metrics, ...csv }, ds, roots);
}

/** A fault planted in a document, and the issue codes `parseDataset` must report for it. */
export interface Planted {
  readonly what: string;
  readonly codes: readonly string[];
  /** The codes `buildHierarchy` must report on the document's association array. */
  readonly hierarchyCodes?: readonly string[];
}

/** Picks a record of a collection by a fraction, or undefined when the collection is empty. */
function pickAny(doc: Doc, name: Collection, at: number): { record: Rec; index: number } | undefined {
  const list = doc[name];
  if (list.length === 0) return undefined;
  const index = Math.min(list.length - 1, Math.floor(at * list.length));
  return { record: list[index] as Rec, index };
}

/**
 * Takes a record no earlier fault touched, and marks it touched: faults never land on the same record,
 * so each one's expected issue cannot be hidden by another (a cycle broken by a dangling parent, a
 * duplicate of a record whose id was made invalid).
 */
type Take = (name: Collection, at: number) => { record: Rec; index: number } | undefined;

function taker(doc: Doc, touched: Set<object>): Take {
  return (name, at) => {
    const found = pickAny(doc, name, at);
    if (found === undefined || typeof found.record !== "object" || found.record === null || touched.has(found.record)) return undefined;
    touched.add(found.record);
    return found;
  };
}

type Fault = (doc: Doc, at: number, other: number, take: Take) => Planted | undefined;

/**
 * Takes the record a fault's record refers to (the first with that id), so no other fault changes it and
 * hides the fact the fault plants; undefined when there is none or another fault has it.
 */
function takeReferenced(doc: Doc, take: Take, name: Collection, id: unknown): Rec | undefined {
  const list = doc[name];
  const index = list.findIndex((r) => typeof r === "object" && r !== null && r["id"] === id);
  return index < 0 ? undefined : take(name, (index + 0.5) / list.length)?.record;
}

/** A day before every date in the fixtures. */
const LONG_AGO = "1901-01-01";

const MISSING = "no-such-record";

/** Faults that change one record in place and must each be reported by `parseDataset`. */
export const FAULTS: Readonly<Record<string, Fault>> = {
  "dangling member association": (doc, at, _other, take) => {
    const m = take("members", at);
    if (m === undefined) return undefined;
    m.record["associationId"] = MISSING;
    return { what: `members[${m.index}].associationId`, codes: ["ref.member-association"] };
  },
  "dangling committee association": (doc, at, _other, take) => {
    const c = take("committees", at);
    if (c === undefined) return undefined;
    c.record["associationId"] = MISSING;
    return { what: `committees[${c.index}].associationId`, codes: ["ref.committee-association"] };
  },
  "dangling seat holder": (doc, at, _other, take) => {
    const c = take("committees", at);
    const seats = c?.record["seats"] as { holdings: Rec[] }[] | undefined;
    const holding = seats?.find((seat) => seat.holdings.length > 0)?.holdings[0];
    if (holding === undefined) return undefined;
    holding["memberId"] = MISSING;
    return { what: `committees[${c?.index}] seat holder`, codes: ["ref.seat-holder"] };
  },
  "dangling activity organiser": (doc, at, _other, take) => {
    const a = take("activities", at);
    if (a === undefined) return undefined;
    a.record["organizerId"] = MISSING;
    return { what: `activities[${a.index}].organizerId`, codes: ["ref.activity-organizer"] };
  },
  "dangling co-organiser": (doc, at, _other, take) => {
    const a = take("activities", at);
    if (a === undefined) return undefined;
    a.record["coOrganizerIds"] = [MISSING];
    return { what: `activities[${a.index}].coOrganizerIds`, codes: ["ref.activity-co-organizer"] };
  },
  "dangling association parent": (doc, at, _other, take) => {
    const a = take("associations", at);
    if (a === undefined) return undefined;
    a.record["parentId"] = MISSING;
    return { what: `associations[${a.index}].parentId`, codes: ["ref.association-parent"], hierarchyCodes: ["hierarchy.missing-parent"] };
  },
  "unknown association division": (doc, at, _other, take) => {
    const a = take("associations", at);
    if (a === undefined || doc.divisions.length === 0) return undefined;
    a.record["divisionCode"] = "999999";
    return { what: `associations[${a.index}].divisionCode`, codes: ["ref.association-division"] };
  },
  "unknown division parent": (doc, at, _other, take) => {
    const d = take("divisions", at);
    if (d === undefined || d.record["parentCode"] === undefined) return undefined;
    d.record["parentCode"] = "99".repeat(String(d.record["parentCode"]).length / 2);
    return { what: `divisions[${d.index}].parentCode`, codes: ["ref.division-parent"] };
  },
  "association dissolved before it was established": (doc, at, _other, take) => {
    const a = take("associations", at);
    if (a === undefined) return undefined;
    a.record["establishedOn"] = "2019-05-02";
    a.record["dissolvedOn"] = "2019-05-01";
    return { what: `associations[${a.index}] dates`, codes: ["date.order"] };
  },
  "member left before joining": (doc, at, _other, take) => {
    const m = take("members", at);
    if (m === undefined) return undefined;
    m.record["joinedOn"] = "2020-01-01";
    m.record["leftOn"] = "2019-12-31";
    return { what: `members[${m.index}] dates`, codes: ["date.order"] };
  },
  "activity ends before it starts": (doc, at, _other, take) => {
    const a = take("activities", at);
    if (a === undefined) return undefined;
    a.record["startsOn"] = "2018-03-02";
    a.record["endsOn"] = "2018-03-01";
    return { what: `activities[${a.index}] dates`, codes: ["date.order"] };
  },
  "committee elected before its association was established": (doc, at, _other, take) => {
    const c = take("committees", at);
    if (c === undefined || takeReferenced(doc, take, "associations", c.record["associationId"]) === undefined) return undefined;
    c.record["electedOn"] = LONG_AGO;
    return { what: `committees[${c.index}].electedOn`, codes: ["committee.before-established"] };
  },
  "seat held before its holder joined": (doc, at, _other, take) => {
    const c = take("committees", at);
    const seats = c?.record["seats"] as { holdings: Rec[] }[] | undefined;
    const holding = seats?.find((seat) => seat.holdings.length > 0)?.holdings[0];
    if (holding === undefined || takeReferenced(doc, take, "members", holding["memberId"]) === undefined) return undefined;
    holding["startOn"] = LONG_AGO;
    return { what: `committees[${c?.index}] seat start`, codes: ["holding.before-joined"] };
  },
  "activity before its organiser was established": (doc, at, _other, take) => {
    const a = take("activities", at);
    if (a === undefined || takeReferenced(doc, take, "associations", a.record["organizerId"]) === undefined) return undefined;
    a.record["startsOn"] = LONG_AGO;
    return { what: `activities[${a.index}].startsOn`, codes: ["activity.before-established"] };
  },
  "division outside the parent's": (doc, at, _other, take) => {
    const a = take("associations", at);
    if (a === undefined || a.record["divisionCode"] === undefined) return undefined;
    const parent = takeReferenced(doc, take, "associations", a.record["parentId"]);
    if (parent === undefined || typeof parent["divisionCode"] !== "string" || String(parent["divisionCode"]).startsWith("65"))
      return undefined;
    // A district of Ürümqi, Xinjiang: inside no division of the fixtures.
    a.record["divisionCode"] = "650102";
    return { what: `associations[${a.index}].divisionCode`, codes: ["association.division-outside-parent"] };
  },
  "an impossible calendar date": (doc, at, _other, take) => {
    const a = take("associations", at);
    if (a === undefined) return undefined;
    a.record["establishedOn"] = "2019-02-29";
    return { what: `associations[${a.index}].establishedOn`, codes: ["shape.invalid-format"] };
  },
  "a field of the wrong type": (doc, at, other, take) => {
    const name = COLLECTIONS[Math.floor(other * COLLECTIONS.length)] as Collection;
    const r = take(name, at);
    if (r === undefined) return undefined;
    const field = name === "divisions" ? "name" : "id";
    r.record[field] = 42;
    return { what: `${name}[${r.index}].${field}`, codes: ["shape.invalid-type"] };
  },
  "an unknown field": (doc, at, other, take) => {
    const name = COLLECTIONS[Math.floor(other * COLLECTIONS.length)] as Collection;
    const r = take(name, at);
    if (r === undefined) return undefined;
    r.record["remark"] = "x";
    return { what: `${name}[${r.index}].remark`, codes: ["shape.unknown-key"] };
  },
  "a record replaced by a number": (doc, at, other, take) => {
    const name = COLLECTIONS[Math.floor(other * COLLECTIONS.length)] as Collection;
    const r = take(name, at);
    if (r === undefined) return undefined;
    doc[name][r.index] = 7 as unknown as Rec;
    return { what: `${name}[${r.index}]`, codes: ["shape.invalid-type"] };
  },
};

/** Two associations made each other's parent: the references resolve, and the parent links form a cycle. */
function plantCycle(at: number, other: number, take: Take): Planted | undefined {
  const a = take("associations", at);
  const b = take("associations", other);
  if (a === undefined || b === undefined) return undefined;
  a.record["parentId"] = b.record["id"];
  b.record["parentId"] = a.record["id"];
  return {
    what: `cycle ${String(a.record["id"])} ⇄ ${String(b.record["id"])}`,
    codes: ["association.parent-cycle"],
    hierarchyCodes: ["hierarchy.cycle"],
  };
}

/** A record appended again: its id (or division code) is then used twice. */
function plantDuplicate(doc: Doc, name: Collection, at: number, take: Take): Planted | undefined {
  const r = take(name, at);
  if (r === undefined) return undefined;
  doc[name].push(structuredClone(r.record));
  return {
    what: `${name}[${r.index}] again`,
    codes: ["id.duplicate"],
    ...(name === "associations" ? { hierarchyCodes: ["hierarchy.duplicate-id"] } : {}),
  };
}

/** Records of every collection dropped (by fraction of a collection), before any fault is planted. */
export function dropRecords(doc: Doc, drops: readonly { name: Collection; at: number }[]): void {
  for (const { name, at } of drops) {
    const r = pickAny(doc, name, at);
    if (r !== undefined) doc[name].splice(r.index, 1);
  }
}

/** A permutation of a list, from fast-check's random keys, so it shrinks and replays with the seed. */
export function permute<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((x, y) => x.key - y.key || x.i - y.i)
    .map(({ item }) => item);
}

/** A plan of changes to a valid document: records dropped, collections shuffled, faults planted. */
export interface MutationPlan {
  readonly drops: readonly { name: Collection; at: number }[];
  readonly order: Readonly<Record<Collection, readonly number[]>>;
  readonly faults: readonly { fault: string; at: number; other: number }[];
  readonly cycle: { at: number; other: number } | null;
  readonly duplicates: readonly { name: Collection; at: number }[];
}

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const collection = fc.constantFrom(...COLLECTIONS);
const keys = fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 30 });

export const mutationPlan: fc.Arbitrary<MutationPlan> = fc.record({
  drops: fc.array(fc.record({ name: collection, at: fraction }), { maxLength: 4 }),
  order: fc.record({ divisions: keys, associations: keys, committees: keys, members: keys, activities: keys }),
  faults: fc.array(fc.record({ fault: fc.constantFrom(...Object.keys(FAULTS)), at: fraction, other: fraction }), { maxLength: 3 }),
  cycle: fc.option(fc.record({ at: fraction, other: fraction }), { nil: null }),
  duplicates: fc.array(fc.record({ name: collection, at: fraction }), { maxLength: 2 }),
});

/** A plan that plants no fault: activities dropped, collections shuffled. */
export const cleanPlan: fc.Arbitrary<MutationPlan> = fc.record({
  drops: fc.array(fc.record({ name: fc.constant("activities" as const), at: fraction }), { maxLength: 3 }),
  order: fc.record({ divisions: keys, associations: keys, committees: keys, members: keys, activities: keys }),
  faults: fc.constant([]),
  cycle: fc.constant(null),
  duplicates: fc.constant([]),
});

/**
 * Applies a plan to a document: drops, then shuffles, then the cycle and the faults (which change
 * records in place, so a later fault on the same record adds to the first), then duplicates appended at
 * the end (so the first copy of an id keeps its place). Returns every fault planted.
 */
export function applyPlan(doc: Doc, plan: MutationPlan): Planted[] {
  dropRecords(doc, plan.drops);
  for (const name of COLLECTIONS) doc[name] = permute(doc[name], plan.order[name]);
  const planted: Planted[] = [];
  const take = taker(doc, new Set());
  if (plan.cycle !== null) {
    const cycle = plantCycle(plan.cycle.at, plan.cycle.other, take);
    if (cycle !== undefined) planted.push(cycle);
  }
  for (const { fault, at, other } of plan.faults) {
    const done = (FAULTS[fault] as Fault)(doc, at, other, take);
    if (done !== undefined) planted.push(done);
  }
  for (const { name, at } of plan.duplicates) {
    const done = plantDuplicate(doc, name, at, take);
    if (done !== undefined) planted.push(done);
  }
  return planted;
}
