/**
 * Fixtures become data sets the library accepts only through parseDataset: this parses one and fails
 * loudly, naming every error, when it does not parse.
 */
import { Dataset, parseDataset, type ParsedDataset } from "../../src/index.js";
import { deepFreeze } from "./deep-freeze.js";

/** The parsed data set of a document that must parse without an error, deep-frozen. */
export function parsed(document: unknown): ParsedDataset {
  const result = parseDataset(document, { locale: "en" });
  if (!result.ok) {
    const errors = result.issues
      .filter((issue) => issue.severity === "error")
      .map((issue) => `${issue.code} at ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`the fixture must parse without errors:\n${errors.join("\n")}`);
  }
  return deepFreeze(result.data);
}

/** The codes of parseDataset's checks of facts across records (cycles, containment, lifetimes, terms). */
const FACT_CODES =
  /^(association\.(parent-cycle|division-outside-parent|kind-level|kind-sub-kind)|committee\.(before-established|after-dissolved|term-duplicate|term-order)|holding\.(before-joined|after-left)|activity\.(before-established|after-dissolved))$/;

/**
 * A rule test's data set: parsed when it parses; when its only errors are facts across records, which
 * such a test plants on purpose (a cycle of parents, a committee elected before its association), it is
 * shaped by the schema and given the parsed mark by hand, as data that skipped those checks would carry
 * it. The rules must stay sound on such data: the mark is a registered symbol anyone can set.
 */
export function parsedForRules(document: unknown): ParsedDataset {
  const result = parseDataset(document, { locale: "en" });
  if (result.ok) return deepFreeze(result.data);
  const errors = result.issues.filter((issue) => issue.severity === "error");
  if (errors.length === 0 || !errors.every((issue) => FACT_CODES.test(issue.code))) return parsed(document);
  const shaped = Dataset.parse(document) as Record<PropertyKey, unknown>;
  Object.defineProperty(shaped, Symbol.for("kexie.parsed-dataset"), { value: true });
  return deepFreeze(shaped as unknown as ParsedDataset);
}

type Parts = { readonly divisions?: readonly unknown[]; readonly associations?: readonly unknown[] };

function partsDocument(parts: Parts): unknown {
  return {
    formatVersion: 1,
    divisions: parts.divisions ?? [],
    associations: parts.associations ?? [],
    committees: [],
    members: [],
    activities: [],
  };
}

/** The parsed data set of the given collections and nothing else: for metrics tests that need only divisions and associations. */
export function parsedParts(parts: Parts): ParsedDataset {
  return parsed(partsDocument(parts));
}

/**
 * A data set of the given collections shaped by the schema and given the parsed mark by hand, without
 * the checks across records: for tests that plant what parseDataset refuses (a code listed twice) to
 * show that the metrics stay sound on data that skipped those checks.
 */
export function markedParts(parts: Parts): ParsedDataset {
  const shaped = Dataset.parse(partsDocument(parts)) as Record<PropertyKey, unknown>;
  Object.defineProperty(shaped, Symbol.for("kexie.parsed-dataset"), { value: true });
  return deepFreeze(shaped as unknown as ParsedDataset);
}
