/**
 * The report's tables of what associations hold and produce besides activities: facilities and
 * designations (设施与命名) in effect, and outputs (成果), each by year, association and kind.
 *
 * @module
 */
import { facilityStats, outputStats } from "../../metrics/index.js";
import { label, type ParsedDataset, type Locale } from "../../index.js";
import { headerCells, say } from "../messages.js";
import { textTable } from "../text-table.js";

function namesOf(data: ParsedDataset): Map<string, string> {
  return new Map(data.associations.map((a) => [a.id, a.name]));
}

/** Facilities and designations in effect on `asOf`, by the year designated, association and kind. */
export function facilityLines(data: ParsedDataset, asOf: string, locale: Locale): string[] {
  const names = namesOf(data);
  const result = facilityStats(data, { asOf, by: ["year", "association", "kind"] });
  if (result.groups.length === 0) return [say("report.none-recorded", locale)];
  return textTable(
    headerCells("header.facilities", locale),
    result.groups.map((g) => [
      String(g.year),
      names.get(g.associationId) ?? g.associationId,
      label("facilityKind", g.facilityKind, locale),
      g.records,
      g.units,
    ]),
  );
}

/** Outputs dated on or before `asOf`, by year, association, kind and stage. */
export function outputLines(data: ParsedDataset, asOf: string, locale: Locale): string[] {
  const names = namesOf(data);
  const result = outputStats(data, { asOf, by: ["year", "association", "kind", "stage"] });
  if (result.groups.length === 0) return [say("report.none-recorded", locale)];
  return textTable(
    headerCells("header.outputs", locale),
    result.groups.map((g) => [
      String(g.year),
      names.get(g.associationId) ?? g.associationId,
      label("outputKind", g.outputKind, locale),
      g.stage === null ? "" : label("outputStage", g.stage, locale),
      g.units,
    ]),
  );
}
