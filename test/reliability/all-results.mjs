/**
 * Every public computation on a parsed dataset, as plain JSON, given the library's entries merged into
 * one object (the root, kexie/charter, kexie/metrics and kexie/csv): the charter reports and every metric
 * with its rows and CSV. The reliability tests run it on the sources in
 * process and on the built package in child processes under other time zones, and compare.
 */

/** The day every computation is asked about: the seed article's date. */
export const AS_OF = "2020-09-07";

export function allResults(kexie, ds, roots = ["tc", "tc-agency-health", "no-such-id"]) {
  const metrics = {
    organisationalCoverage: kexie.organisationalCoverage(ds, { asOf: AS_OF, bySubKind: true }),
    scopedCoverage: kexie.organisationalCoverage(ds, { asOf: AS_OF, scope: "340881" }),
    coverageByArea: kexie.coverageByArea(ds, { asOf: AS_OF }),
    targetCoverage: kexie.targetCoverage(ds, {
      asOf: AS_OF,
      targets: [
        { id: "t1", name: "桐城中学", category: "school" },
        { id: "t2", name: "桐城市卫生和计划生育委员会", category: "agency" },
        { id: "t3", name: "无此单位" },
      ],
    }),
    growth: kexie.growth(ds, { kinds: ["enterprise", "school", "village"], from: "2017-12-31", asOf: AS_OF }),
    leadershipCoverage: kexie.leadershipCoverage(ds, {
      asOf: AS_OF,
      kinds: ["township", "subdistrict", "development-zone"],
      requiredHeads: ["agri-station-head", "school-principal"],
    }),
    workCoverage: kexie.workCoverage(ds, { from: "2018-01-01", asOf: "2018-12-31" }),
    dormantAssociations: kexie.dormantAssociations(ds, { asOf: AS_OF, months: 12 }),
    dormantLater: kexie.dormantAssociations(ds, { asOf: "2024-02-29", months: 6, defaultTermYears: 5 }),
    activityStats: kexie.activityStats(ds, { asOf: AS_OF, by: ["subtree", "type", "campaign", "year"], subtreeRoots: roots }),
    facilityStats: kexie.facilityStats(ds, { asOf: AS_OF, by: ["subtree", "area", "kind", "year"], subtreeRoots: roots }),
    facilitiesDesignated: kexie.facilityStats(ds, { from: "2018-01-01", asOf: "2018-12-31", by: ["kind"] }),
    outputStats: kexie.outputStats(ds, { asOf: AS_OF, by: ["subtree", "year", "kind", "stage"], subtreeRoots: roots }),
    checklistScores: kexie.scoreChecklist(ds, { asOf: AS_OF }),
  };
  const out = {
    validate: kexie.validateDataset(ds, { asOf: AS_OF }),
    // A leap day, a year end and a term boundary: the days where time-zone arithmetic slips.
    validateLeapDay: kexie.validateDataset(ds, { asOf: "2024-02-29", locale: "en" }),
    validateYearEnd: kexie.validateDataset(ds, { asOf: "2023-12-31" }),
    // The opt-in national 3+1 pilot, with its head equivalences, appointment modes and unit checks.
    validatePilot: kexie.validateDataset(ds, { asOf: AS_OF, rules: [kexie.CAST_3PLUS1_2018] }),
    leadershipPosts: kexie.toRows(
      kexie.leadershipCoverage(ds, { asOf: AS_OF, kinds: ["county", "township", "subdistrict"], requiredHeads: ["hospital-director"] }),
      "posts",
    ),
  };
  for (const [name, result] of Object.entries(metrics)) {
    out[name] = result;
    out[`${name}.csv`] = kexie.toCsv(kexie.toRows(result));
  }
  return out;
}
