// A consumer of the published package: .ci/run copies it into scratch ESM and CJS projects and
// type-checks it under moduleResolution node16 and bundler.
import { parseDataset, type Association, type Issue } from "kexie";
import { importTables, type ImportResult } from "kexie/import";
import { statisticalReport, type StatisticalReport } from "kexie/statistics";

const result = parseDataset({ formatVersion: 1, associations: [] }, { locale: "en" });
const first: Association | undefined = result.ok ? result.data.associations[0] : undefined;
const codes: string[] = result.issues.map((issue: Issue) => issue.code);
const filed: StatisticalReport | undefined = result.ok ? statisticalReport(result.data, { form: "1-1", year: 2018 }) : undefined;
export const summary = { first, codes, filed };

const imported: ImportResult = importTables([{ name: "组织", rows: [{ 名称: "桐城市科协", 类型: "县级科协", 成立日期: "1980-01-01" }] }]);
export const importedIssues: readonly Issue[] = imported.issues;

// Each subpath, so its declarations are checked under both resolutions too. The metric is named, not
// called, so this file does not restate its options.
import { buildHierarchy, type Hierarchy } from "kexie/hierarchy";
import { DEFAULT_RULES, validateDataset, type ValidationReport } from "kexie/charter";
import { organisationalCoverage, type OrganisationalCoverage } from "kexie/metrics";
import { toCsv, type Row } from "kexie/csv";

const tree: Hierarchy<Association> = buildHierarchy(result.ok ? result.data.associations : []).hierarchy;
const report: ValidationReport | undefined = result.ok
  ? validateDataset(result.data, { asOf: "2020-01-01", rules: [DEFAULT_RULES] })
  : undefined;
const metric: (...args: never[]) => OrganisationalCoverage = organisationalCoverage;
const rows: readonly Row[] = [{ associations: tree.size, findings: report?.counts.error ?? 0 }];
export const subpaths = { metric, csv: toCsv(rows) };
