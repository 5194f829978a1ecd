/**
 * Fixtures become data sets the library accepts only through parseDataset: this parses one and fails
 * loudly, naming every error, when it does not parse.
 */
import { parseDataset, type ParsedDataset } from "../../src/index.js";
import { deepFreeze } from "./deep-freeze.js";

/** The parsed data set of a document that must parse without an error, deep-frozen. */
export function parsed(document: unknown): ParsedDataset {
  const result = parseDataset(document, { locale: "en" });
  if (!result.ok) {
    const errors = result.issues.filter((issue) => issue.severity === "error").map((issue) => `${issue.code} at ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`the fixture must parse without errors:\n${errors.join("\n")}`);
  }
  return deepFreeze(result.data);
}
