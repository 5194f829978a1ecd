/**
 * Findings a person can act on: each issue with the association it concerns (name and id, not only a
 * record path), listed errors first, as text lines for the terminal.
 *
 * @module
 */
import { formatPath, type Dataset, type Issue, type Locale, type Severity } from "../index.js";
import type { ValidationReport } from "../charter/index.js";
import { say } from "./messages.js";

/** The association a finding concerns, as far as the data names it. */
export interface AssociationRef {
  readonly id: string | undefined;
  readonly name: string | undefined;
}

/** An issue and the association it concerns, when there is one. */
export interface Finding {
  readonly issue: Issue;
  readonly association: AssociationRef | undefined;
}

/**
 * Makes the findings of one severity, anew each time it is called, so they can be listed errors first
 * without sorting or copying a million of them.
 */
export type FindingSource = (severity: Severity) => Iterable<Finding>;

/** Severities from the worst, the order findings are listed in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

// The raw JSON is anything JSON.parse can give; only own properties count, so a key such as
// "constructor" reads as absent rather than as Object.prototype's.
function own(value: unknown, key: string | number): unknown {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

// The field by which a record of each collection names its association.
const ASSOCIATION_FIELD: Readonly<Record<string, string>> = {
  committees: "associationId",
  members: "associationId",
  activities: "organizerId",
};

/**
 * The findings of `parseDataset`, each with the association its record belongs to, read from the JSON that
 * was parsed (the data set itself does not exist when parsing failed).
 */
export function parseFindings(issues: readonly Issue[], json: unknown): FindingSource {
  if (issues.length === 0) return () => [];
  let names: Map<string, string> | undefined;
  const nameOf = (id: string): string | undefined => {
    if (names === undefined) {
      names = new Map();
      const records = own(json, "associations");
      if (Array.isArray(records)) {
        for (const record of records) {
          const key = text(own(record, "id"));
          const name = text(own(record, "name"));
          if (key !== undefined && name !== undefined && !names.has(key)) names.set(key, name);
        }
      }
    }
    return names.get(id);
  };
  const associationOf = (issue: Issue): AssociationRef | undefined => {
    const [collection, index] = issue.path;
    if (typeof collection !== "string" || typeof index !== "number") return undefined;
    const record = own(own(json, collection), index);
    if (collection === "associations") {
      const id = text(own(record, "id"));
      const name = text(own(record, "name"));
      return id === undefined && name === undefined ? undefined : { id, name };
    }
    const field = ASSOCIATION_FIELD[collection];
    const id = field === undefined ? undefined : text(own(record, field));
    return id === undefined ? undefined : { id, name: nameOf(id) };
  };
  return function* (severity) {
    for (const issue of issues) if (issue.severity === severity) yield { issue, association: associationOf(issue) };
  };
}

/** The charter findings of a validation, each with its association's name from the data set. */
export function charterFindings(report: ValidationReport, data: Dataset): FindingSource {
  let names: Map<string, string> | undefined;
  return function* (severity) {
    names ??= new Map(data.associations.map((a) => [a.id, a.name]));
    for (const entry of report.associations) {
      if (entry.counts[severity] === 0) continue;
      const association = { id: entry.associationId, name: names.get(entry.associationId) };
      for (const issue of entry.issues) if (issue.severity === severity) yield { issue, association };
    }
  };
}

/** Two sources as one: the first's findings of a severity, then the second's. */
export function bothFindings(first: FindingSource, second: FindingSource): FindingSource {
  return function* (severity) {
    yield* first(severity);
    yield* second(severity);
  };
}

/** Whether a severity is at least as bad as the least one asked for. */
export function atLeast(severity: Severity, least: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(least);
}

/** The findings of at least a severity, errors first, then warnings, then the rest, each in source order. */
export function* bySeverity(source: FindingSource, least: Severity): Generator<Finding> {
  for (const severity of SEVERITIES) {
    if (!atLeast(severity, least)) break;
    yield* source(severity);
  }
}

/** An association as people know it: `桐城市人民医院科协 (tc-inst-hospital)`. */
export function associationLabel(association: AssociationRef): string {
  if (association.name === undefined) return `(${association.id ?? ""})`;
  return association.id === undefined ? association.name : `${association.name} (${association.id})`;
}

/** One line for a finding: `错误  桐城市人民医院科协 (tc-inst-hospital)  committees[2].seats  [rule]  message`. */
export function findingLine(finding: Finding, locale: Locale): string {
  const { issue, association } = finding;
  const who = association === undefined ? "" : `${associationLabel(association)}  `;
  const where = formatPath(issue.path) || "$";
  return `  ${say(`severity.${issue.severity}`, locale)}  ${who}${where}  [${issue.rule ?? issue.code}]  ${issue.message}`;
}

/** The lines of the findings of at least a severity, errors first. */
export function* findingLines(source: FindingSource, locale: Locale, least: Severity): Generator<string> {
  for (const finding of bySeverity(source, least)) yield findingLine(finding, locale);
}
