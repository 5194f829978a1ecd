// A consumer of the published package: .ci/run copies it into scratch ESM and CJS projects and
// type-checks it under moduleResolution node16 and bundler.
import { parseDataset, type Association, type Issue } from "kexie";
import { statisticalReport, type StatisticalReport } from "kexie/statistics";

const result = parseDataset({ formatVersion: 1, associations: [] }, { locale: "en" });
const first: Association | undefined = result.ok ? result.data.associations[0] : undefined;
const codes: string[] = result.issues.map((issue: Issue) => issue.code);
const filed: StatisticalReport | undefined = result.ok ? statisticalReport(result.data, { form: "1-1", year: 2018 }) : undefined;
export const summary = { first, codes, filed };
