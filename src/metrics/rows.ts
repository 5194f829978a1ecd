/**
 * Flattening any metric result into flat records (one level of string, number, boolean or null cells),
 * for data frames, spreadsheets and {@link toCsv}.
 *
 * @module
 */
import type { ChecklistScores } from "../charter/checklist-score.js";
import { quoteValue } from "../_lib/misuse.js";
import { levelOfCode } from "../model/division-code.js";
import type { DivisionListInfo } from "../model/division.js";
import type { ActivityStats } from "./activity-stats.js";
import type { CoverageByArea } from "./coverage-by-area.js";
import type { OrganisationalCoverage } from "./coverage.js";
import type { Dormancy } from "./dormancy.js";
import type { FacilityStats } from "./facility-stats.js";
import type { Growth } from "./growth.js";
import type { LeadershipCoverage } from "./leadership.js";
import type { OutputStats } from "./output-stats.js";
import type { Tally } from "./ratio.js";
import type { TargetCoverage } from "./target-coverage.js";
import type { WorkCoverage } from "./work-coverage.js";

/** A cell of a flat record. */
export type Cell = string | number | boolean | null;

/** A flat record: column name to cell. Every row of one table has the same columns, in the same order. */
export type Row = Readonly<Record<string, Cell>>;

/**
 * Any metric result, told apart by `kind`.
 *
 * @example
 * ```ts
 * const results: MetricResult[] = [
 *   organisationalCoverage(dataset, { scope: "340881", asOf: "2020-09-07" }),
 *   growth(dataset, { kinds: ["enterprise"], from: "2017-12-31", asOf: "2020-09-07" }),
 * ];
 * results.map((result) => toRows(result)[0]?.metric); // → ["organisational-coverage", "growth"]
 * ```
 */
export type MetricResult =
  | OrganisationalCoverage
  | CoverageByArea
  | TargetCoverage
  | Growth
  | LeadershipCoverage
  | WorkCoverage
  | Dormancy
  | ActivityStats
  | FacilityStats
  | OutputStats
  | ChecklistScores;

/**
 * The tables each metric flattens to; the first is the default of {@link toRows}.
 *
 * @example
 * ```ts
 * ROW_PARTS["organisational-coverage"]; // → ["summary", "gaps"]
 * ```
 */
export const ROW_PARTS = {
  "organisational-coverage": ["summary", "gaps"],
  "coverage-by-area": ["areas"],
  "target-coverage": ["summary", "targets"],
  growth: ["summary"],
  "leadership-coverage": ["summary", "associations", "posts"],
  "work-coverage": ["summary", "associations"],
  dormancy: ["associations", "summary"],
  "activity-stats": ["groups", "total"],
  "facility-stats": ["groups", "total"],
  "output-stats": ["groups", "total"],
  "checklist-scores": ["associations", "items"],
} as const satisfies Record<MetricResult["kind"], readonly string[]>;

/** The table names a result of type `R` flattens to. */
export type RowPart<R extends MetricResult> = (typeof ROW_PARTS)[R["kind"]][number];

/**
 * How a list becomes one cell: joined with a semicolon, which neither ids nor enum values contain, and
 * which spreadsheets do not read as a column break in a comma-separated file.
 */
const LIST_SEPARATOR = ";";

function listCell(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

function listName(list: DivisionListInfo | "unknown"): string {
  return list === "unknown" ? list : `${list.name} ${list.version}`;
}

function tallyCells(t: Tally): Row {
  return { total: t.total, covered: t.covered, ratio: t.ratio };
}

function organisationalRows(r: OrganisationalCoverage, part: string): Row[] {
  const head = { metric: r.kind, asOf: r.asOf, divisionList: listName(r.divisionList), scopeCode: r.scope.code, scopeName: r.scope.name };
  if (part === "gaps") {
    return r.levels.flatMap((level) =>
      level.gaps.map((gap) => ({ ...head, level: level.level, code: gap.code, name: gap.name, subKind: gap.subKind })),
    );
  }
  const scopeArea = {
    areaCode: r.scope.code,
    areaName: r.scope.name,
    areaLevel: r.scope.code === null ? null : (levelOfCode(r.scope.code) ?? null),
  };
  // `breakdown` tells a level's total from its sub-kind rows, since a sub-kind may itself be null (a code
  // outside the known ranges).
  const rows: Row[] = [];
  for (const level of r.levels) {
    rows.push({ ...head, breakdown: "level", ...scopeArea, level: level.level, subKind: null, ...tallyCells(level) });
    for (const sub of level.bySubKind ?? []) {
      rows.push({ ...head, breakdown: "sub-kind", ...scopeArea, level: level.level, subKind: sub.subKind, ...tallyCells(sub) });
    }
  }
  for (const area of r.areas) {
    const cells = { breakdown: "area", areaCode: area.code, areaName: area.name, areaLevel: area.level };
    rows.push({ ...head, ...cells, level: "township", subKind: null, ...tallyCells(area.township) });
    rows.push({ ...head, ...cells, level: "village", subKind: null, ...tallyCells(area.village) });
  }
  return rows;
}

function byAreaRows(r: CoverageByArea): Row[] {
  const head = { metric: r.kind, asOf: r.asOf, divisionList: listName(r.divisionList) };
  return r.areas.map((area) => ({
    ...head,
    code: area.code,
    name: area.name,
    level: area.level,
    townshipTotal: area.township.total,
    townshipCovered: area.township.covered,
    townshipRatio: area.township.ratio,
    villageTotal: area.village.total,
    villageCovered: area.village.covered,
    villageRatio: area.village.ratio,
  }));
}

function targetRows(r: TargetCoverage, part: string): Row[] {
  const head = { metric: r.kind, asOf: r.asOf, kinds: r.kinds === null ? null : listCell(r.kinds) };
  if (part === "targets") {
    return r.targets.map((t) => ({
      ...head,
      id: t.id,
      name: t.name,
      category: t.category,
      covered: t.covered,
      matchedBy: t.matchedBy,
      associationIds: listCell(t.associationIds),
    }));
  }
  return [{ ...head, category: null, ...tallyCells(r) }, ...r.byCategory.map((c) => ({ ...head, category: c.category, ...tallyCells(c) }))];
}

function growthRows(r: Growth): Row[] {
  const head = { metric: r.kind, from: r.from, asOf: r.asOf, scope: r.scope };
  const change = (c: Growth | Growth["byKind"][number]): Row => ({
    before: c.before,
    after: c.after,
    change: c.change,
    relativeChange: c.relativeChange,
  });
  return [
    { ...head, associationKind: listCell(r.kinds), ...change(r) },
    ...r.byKind.map((k) => ({ ...head, associationKind: k.associationKind, ...change(k) })),
  ];
}

function leadershipRows(r: LeadershipCoverage, part: string): Row[] {
  const head = {
    metric: r.kind,
    asOf: r.asOf,
    kinds: listCell(r.kinds),
    requiredHeads: listCell(r.requiredHeads),
    posts: r.posts === null ? null : listCell(r.posts),
    scope: r.scope,
  };
  if (part === "associations") {
    return r.associations.map((a) => ({
      ...head,
      id: a.id,
      name: a.name,
      associationKind: a.associationKind,
      divisionCode: a.divisionCode,
      committeeId: a.committeeId,
      complete: a.complete,
      missingHeads: listCell(a.missingHeads),
      seatedHeads: listCell(a.seatedHeads.map((h) => `${h.role}:${h.post}`)),
    }));
  }
  if (part === "posts") {
    return [...r.byPost.map((p) => ({ ...head, post: p.post, heads: p.heads })), { ...head, post: null, heads: r.heads }];
  }
  return [
    { ...head, role: null, ...tallyCells(r) },
    ...r.byRole.map((b) => ({ ...head, role: b.role, total: r.total, covered: b.seated, ratio: b.ratio })),
  ];
}

function workRows(r: WorkCoverage, part: string): Row[] {
  const head = {
    metric: r.kind,
    from: r.from,
    asOf: r.asOf,
    kinds: r.kinds === null ? null : listCell(r.kinds),
    scope: r.scope,
    coOrganizers: r.coOrganizers,
  };
  if (part === "associations") {
    return r.associations.map((a) => ({ ...head, id: a.id, name: a.name, associationKind: a.associationKind, activities: a.activities }));
  }
  return [{ ...head, ...tallyCells(r) }];
}

function dormancyRows(r: Dormancy, part: string): Row[] {
  const head = {
    metric: r.kind,
    asOf: r.asOf,
    months: r.months,
    since: r.since,
    kinds: r.kinds === null ? null : listCell(r.kinds),
    scope: r.scope,
  };
  if (part === "summary") return [{ ...head, total: r.total, dormant: r.dormant, ratio: r.ratio }];
  return r.associations.map((a) => ({
    ...head,
    id: a.id,
    name: a.name,
    associationKind: a.associationKind,
    lastActivityOn: a.lastActivityOn,
    committeeId: a.committeeId,
    termEndsOn: a.termEndsOn,
    reasons: listCell(a.reasons),
  }));
}

/** Rows of a statistic whose groups and total are flat already, their keys in a fixed order. */
function statsRows(head: Row, r: { readonly total: object; readonly groups: readonly object[] }, part: string): Row[] {
  if (part === "total") return [{ ...head, ...(r.total as Row) }];
  return r.groups.map((g) => ({ ...head, ...(g as Row) }));
}

function checklistRows(r: ChecklistScores, part: string): Row[] {
  const head = { metric: r.kind, checklistId: r.checklistId, asOf: r.asOf, scope: r.scope };
  if (part === "items") return r.items.map((item) => ({ ...head, total: r.total, ...item }));
  // One column per item, named `item:<id>`: every association has the same items, so every row the same columns.
  return r.associations.map((a) => {
    const row: Record<string, Cell> = {
      ...head,
      id: a.id,
      name: a.name,
      associationKind: a.associationKind,
      divisionCode: a.divisionCode,
      score: a.score,
      maxScore: a.maxScore,
      ratio: a.ratio,
      met: a.met,
      unmet: a.unmet,
      unknown: a.unknown,
      complete: a.complete,
    };
    for (const item of a.items) row[`item:${item.id}`] = item.status;
    return row;
  });
}

/**
 * Flattens a metric result into flat records, one table at a time: `part` picks the table (see
 * {@link ROW_PARTS}; default the first). Every row starts with a `metric` column naming the result's
 * kind; lists become one cell joined with `;`; absent values are `null`.
 *
 * @throws TypeError when `result` is not a metric result or `part` is not one of its tables.
 * @example
 * ```ts
 * const result = organisationalCoverage(dataset, { scope: "340881", asOf: "2020-09-07" });
 * const rows = toRows(result);
 * [rows[0]?.level, rows[0]?.covered]; // → ["township", 17]
 * toRows(result, "gaps").length; // → 5
 * ```
 */
export function toRows<R extends MetricResult>(result: R, part?: RowPart<R>): Row[] {
  const kind = (result as { kind?: unknown } | null)?.kind;
  if (typeof kind !== "string" || !Object.hasOwn(ROW_PARTS, kind)) {
    throw new TypeError(`toRows: result.kind must be the kind of a metric result; got ${quoteValue(kind)}`);
  }
  const parts: readonly string[] = ROW_PARTS[kind as MetricResult["kind"]];
  const chosen: string = part ?? (parts[0] as string);
  if (!parts.includes(chosen)) {
    throw new TypeError(`toRows: part must be one of ${parts.join(", ")} (the tables of ${kind}); got ${quoteValue(chosen)}`);
  }
  // The union, not the generic R: a switch on the kind narrows only a union.
  const r: MetricResult = result;
  switch (r.kind) {
    case "organisational-coverage":
      return organisationalRows(r, chosen);
    case "coverage-by-area":
      return byAreaRows(r);
    case "target-coverage":
      return targetRows(r, chosen);
    case "growth":
      return growthRows(r);
    case "leadership-coverage":
      return leadershipRows(r, chosen);
    case "work-coverage":
      return workRows(r, chosen);
    case "dormancy":
      return dormancyRows(r, chosen);
    case "activity-stats":
      return statsRows({ metric: r.kind, asOf: r.asOf, from: r.from, to: r.to }, r, chosen);
    case "facility-stats":
      return statsRows({ metric: r.kind, asOf: r.asOf, from: r.from, basis: r.basis, scope: r.scope, areaLevel: r.areaLevel }, r, chosen);
    case "output-stats":
      return statsRows({ metric: r.kind, asOf: r.asOf, from: r.from, to: r.to }, r, chosen);
    case "checklist-scores":
      return checklistRows(r, chosen);
  }
}
