// `npm run bench`: builds the national data set and measures kexie against its references in one
// process, then writes bench/results.json and bench/results.md. See docs/benchmarks.md.
//
//   node --expose-gc --max-old-space-size=8192 bench/run.mjs [--quick]
//
// --quick runs a small data set (Beijing and Anhui only) with fewer rounds and prints the results
// without writing them. KEXIE_BENCH_LIBRARY=/path/to/index.js measures another build of the library.
import { cpus, loadavg, totalmem } from "node:os";
import { constants as bufferConstants } from "node:buffer";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { stratify } from "d3-hierarchy";
import { RssSampler, heapHeld, interleave } from "./measure.mjs";
import { AS_OF, nationalDataset } from "./national-dataset.mjs";
import { renderMarkdown } from "./report.mjs";
import { bushy, chain } from "./trees.mjs";

const QUICK = process.argv.includes("--quick");
const SEED = 20200907;
const SIZES = QUICK
  ? { provinces: ["11", "34"], members: 200_000, activities: 100_000, tree: 100_000, stratifyChain: 5_000 }
  : { provinces: undefined, members: 2_000_000, activities: 1_000_000, tree: 1_000_000, stratifyChain: 20_000 };
// Fast steps (under a second a call): two warm-ups, then 9 rounds, since a round costs little and on a
// shared machine the median of nine moves less from run to run than the median of five. Slow steps (tens
// of seconds a call): 3 rounds; a warm-up only where a call is short enough for it to matter.
const FAST = QUICK ? { warmup: 1, rounds: 3 } : { warmup: 2, rounds: 9 };
const SLOW = QUICK ? { warmup: 1, rounds: 2 } : { warmup: 1, rounds: 3 };
const SLOWEST = QUICK ? { warmup: 0, rounds: 1 } : { warmup: 0, rounds: 3 };
const LIBRARY = process.env.KEXIE_BENCH_LIBRARY ?? "../dist/index.js";
const TARGETS = { stratifyOverBuild: 5, jsonParseOverCoverage: 1, ajvOverParse: 0.67, inputOverPeakMemory: 0.67, bushyOverDeepChain: 0.5 };

const log = (line) => process.stderr.write(`${line}\n`);
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const count = (n) => n.toLocaleString("en");
const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)} s`;
const round3 = (x) => Math.round(x * 1000) / 1000;

if (typeof globalThis.gc !== "function") throw new Error("bench/run.mjs needs node --expose-gc (use npm run bench)");

// The root and, beside it, the entries that hold validation and the activity figures (kexie/charter,
// kexie/metrics); a build from before the subpaths has them all at the root.
const besideLibrary = async (name) => {
  try {
    return await import(new URL(`${name}.js`, new URL(LIBRARY, import.meta.url)).href);
  } catch {
    return {};
  }
};
const lib = { ...(await besideLibrary("charter")), ...(await besideLibrary("metrics")), ...(await import(LIBRARY)) };
// Exports that other parts of the library may not have yet: their measurements are left pending and
// filled in by the first run after they land.
const pending = [];
const exported = (name) => {
  if (typeof lib[name] === "function") return lib[name];
  pending.push(name);
  log(`! ${name} is not exported by ${LIBRARY}: its measurement is pending`);
  return undefined;
};
const parseDataset = exported("parseDataset");
const toJsonSchema = exported("toJsonSchema");
const buildHierarchy = exported("buildHierarchy");
const coverageByArea = exported("coverageByArea");
const validateDataset = exported("validateDataset");
const activityStats = exported("activityStats");
const indexDataset = exported("indexDataset");

const rss = new RssSampler();
const medians = {};
const cpuMedians = {};
const samples = {};
const memorySteps = {};
const rounds = {};
const notes = [];

/** Measures contenders in interleaved rounds and files their medians, samples and memory under their names. */
function step(title, contenders, plan, { rename = {}, onResult } = {}) {
  log(
    `[${elapsed()}] ${title}: ${plan.warmup > 1 ? `${plan.warmup} warm-ups, then ` : plan.warmup > 0 ? `warm-up, then ` : ""}${plan.rounds} round${plan.rounds === 1 ? "" : "s"}`,
  );
  const results = interleave(contenders, { ...plan, rss, log, onResult });
  for (const [name, result] of Object.entries(results)) {
    const key = rename[name] ?? name;
    medians[`${key}Ms`] = round3(result.medianMs);
    cpuMedians[`${key}Ms`] = round3(result.cpuMedianMs);
    samples[key] = { wallMs: result.samplesMs.map(round3), cpuMs: result.cpuSamplesMs.map(round3) };
    memorySteps[key] = { heapBytes: result.heapBytes, rssBytes: result.rssBytes };
    rounds[key] = plan;
  }
}

// Which library source was measured: the commit, and how many files under src/ differ from it.
const git = (...args) => {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
};
const source = {
  commit: git("rev-parse", "--short", "HEAD"),
  changedSourceFiles: git("status", "--porcelain", "--", "src")?.split("\n").filter(Boolean).length ?? null,
};

const machine = {
  node: process.version,
  v8: process.versions.v8,
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  platform: `${process.platform} ${process.arch}`,
  loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
};

// 1. The input: the national data set as plain objects, the shape JSON.parse gives.
const baseline = heapHeld();
log(`[${elapsed()}] building the national data set (seed ${SEED})`);
let { dataset: input, provincialIds } = nationalDataset({
  seed: SEED,
  members: SIZES.members,
  activities: SIZES.activities,
  provinces: SIZES.provinces,
});
const inputBytes = heapHeld() - baseline;
const collections = ["divisions", "associations", "committees", "members", "activities"];
const counts = Object.fromEntries(collections.map((name) => [name, input[name].length]));
const records = Object.values(counts).reduce((a, b) => a + b, 0);
log(`[${elapsed()}] ${count(records)} records, ${mib(inputBytes)} of heap held`);

// The length of the data set's JSON text, counted in slices so no single string grows past V8's limit.
const jsonChars = {};
for (const name of collections) {
  let chars = JSON.stringify(name).length + 1;
  for (let i = 0; i < input[name].length; i += 100_000) chars += JSON.stringify(input[name].slice(i, i + 100_000)).length - 1;
  jsonChars[name] = chars + 1;
}
const jsonCharsTotal =
  Object.values(jsonChars).reduce((a, b) => a + b, 0) + JSON.stringify({ formatVersion: 1, divisionList: input.divisionList }).length;
const maxStringLength = bufferConstants.MAX_STRING_LENGTH;
log(`[${elapsed()}] JSON text: ${count(jsonCharsTotal)} characters (V8's string limit: ${count(maxStringLength)})`);
if (jsonCharsTotal > maxStringLength) {
  notes.push(
    `The whole data set's JSON text (${count(jsonCharsTotal)} characters) is longer than V8's maximum string length ` +
      `(${count(maxStringLength)}), so JSON.parse is measured on the text of what coverageByArea reads: ` +
      "formatVersion, divisionList, divisions and associations.",
  );
}

// 2. Shape validation: parseDataset against ajv running the library's own JSON Schema, on the same
// objects. A call takes tens of seconds, so there is no warm-up call; every round's answer is checked
// (outside the timed part): the data set must be valid for both.
let parsed;
if (parseDataset !== undefined && toJsonSchema !== undefined) {
  const ajv = new Ajv2020({ allErrors: true, formats: { date: true } });
  const validate = ajv.compile(toJsonSchema("dataset"));
  const check = (name, value, round) => {
    if (name === "parseDataset") {
      if (!value.ok) throw new Error(`the generated data set does not parse: ${JSON.stringify(value.issues.slice(0, 5))}`);
      if (round === SLOWEST.rounds - 1) parsed = value.data;
    } else if (value !== true) {
      throw new Error(`ajv rejects the generated data set: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
    }
  };
  step(
    `parseDataset against ajv on ${count(records)} records`,
    { parseDataset: () => parseDataset(input, { locale: "en" }), ajv: () => validate(input) },
    SLOWEST,
    { onResult: check },
  );
} else {
  parsed = { ...input };
  notes.push("parseDataset or toJsonSchema is not exported: shape validation was not measured.");
}

// From here on the parsed data set is the input; the raw objects are let go.
input = undefined;
const parsedBytes = heapHeld() - baseline;
log(`[${elapsed()}] parsed data set held: ${mib(parsedBytes)}`);

// 3. The hierarchy: buildHierarchy against d3-hierarchy's stratify on the same association records.
let hierarchy;
if (buildHierarchy !== undefined) {
  const built = buildHierarchy(parsed.associations);
  if (built.issues.length > 0 || built.hierarchy.size !== parsed.associations.length) {
    throw new Error(`buildHierarchy reports ${built.issues.length} issues on the national tree`);
  }
  hierarchy = built.hierarchy;
  const strat = stratify()
    .id((d) => d.id)
    .parentId((d) => d.parentId);
  step(
    `buildHierarchy against stratify on ${count(parsed.associations.length)} associations`,
    { buildHierarchy: () => buildHierarchy(parsed.associations), stratify: () => strat(parsed.associations) },
    FAST,
  );
}

// 4. Coverage of every area against JSON.parse of the text of what coverage reads (divisions and
// associations): the whole data set's text does not fit in one string.
let coverageFigures = null;
let coverageInputChars = null;
if (coverageByArea !== undefined) {
  let text = JSON.stringify({
    formatVersion: 1,
    divisionList: parsed.divisionList,
    divisions: parsed.divisions,
    associations: parsed.associations,
  });
  coverageInputChars = text.length;
  const options = { asOf: AS_OF };
  const onResult = (name, value) => {
    if (name !== "coverageByArea") return;
    coverageFigures = {
      areas: value.areas.length,
      tallies: 2 * value.areas.length + 2,
      township: value.total.township,
      village: value.total.village,
    };
  };
  step(
    `coverageByArea against JSON.parse of ${count(text.length)} characters`,
    { coverageByArea: () => coverageByArea(parsed, options), jsonParse: () => JSON.parse(text) },
    SLOW,
    { rename: { jsonParse: "jsonParseCoverageInput" }, onResult },
  );
  text = undefined;
}

// 5. Charter validation of every association with the built-in rules.
let charterCounts = null;
if (validateDataset !== undefined) {
  const onResult = (_name, report) => {
    charterCounts = { checked: report.checked, withIssues: report.associations.length, ...report.counts, rules: report.rules.length };
  };
  step(
    "validateDataset with the built-in rules",
    { validateDataset: () => validateDataset(parsed, { asOf: AS_OF, locale: "en" }) },
    SLOWEST,
    {
      onResult,
    },
  );
}

// 6. Activity statistics by year, type and province: from the data set (which indexes it first), then
// from an index built once.
if (activityStats !== undefined && hierarchy !== undefined) {
  const options = { asOf: AS_OF, by: ["year", "type", "subtree"], subtreeRoots: provincialIds, hierarchy };
  step("activityStats from the data set", { activityStats: () => activityStats(parsed, options) }, SLOWEST);
  if (indexDataset !== undefined) {
    let index = indexDataset(parsed);
    step("activityStats from a prebuilt index", { activityStatsIndexed: () => activityStats(index, options) }, FAST);
    index = undefined;
  }
}

const perSecond = (n, ms) => (ms === undefined ? null : Math.round(n / (ms / 1000)));
const throughput = {
  parseDatasetRecordsPerSecond: perSecond(records, medians.parseDatasetMs),
  ajvRecordsPerSecond: perSecond(records, medians.ajvMs),
  validateDatasetAssociationsPerSecond: perSecond(counts.associations, medians.validateDatasetMs),
  validateDatasetRecordsPerSecond: perSecond(records, medians.validateDatasetMs),
  activityStatsActivitiesPerSecond: perSecond(counts.activities, medians.activityStatsMs),
  activityStatsIndexedActivitiesPerSecond: perSecond(counts.activities, medians.activityStatsIndexedMs),
};

// 7. Depth: a 1,000,000-deep chain against a 1,000,000-node bushy tree. The parent-kind rule is switched
// off for both (every node is a society), so only the shape differs.
parsed = undefined;
hierarchy = undefined;
heapHeld();
let trees = null;
if (buildHierarchy !== undefined) {
  const deep = chain(SIZES.tree);
  const wide = bushy(SIZES.tree);
  const anyParent = { allowedParents: () => true };
  const deepBuilt = buildHierarchy(deep, anyParent);
  const wideBuilt = buildHierarchy(wide, anyParent);
  if (deepBuilt.issues.length > 0 || wideBuilt.issues.length > 0) throw new Error("buildHierarchy reports issues on the synthetic trees");
  trees = {
    size: SIZES.tree,
    deepChainHeight: deepBuilt.hierarchy.height(deep[0].id),
    bushyHeight: wideBuilt.hierarchy.height(wide[0].id),
    stratifyShortChain: SIZES.stratifyChain,
    stratifyLongerChain: 2 * SIZES.stratifyChain,
  };
  step(
    `buildHierarchy on a ${count(SIZES.tree)}-deep chain against a bushy tree of the same size`,
    { buildDeepChain: () => buildHierarchy(deep, anyParent), buildBushy: () => buildHierarchy(wide, anyParent) },
    FAST,
  );

  // stratify is quadratic on a chain, so it only runs on a short one, and once on one twice as long.
  const short = chain(SIZES.stratifyChain);
  const longer = chain(2 * SIZES.stratifyChain);
  const strat = stratify()
    .id((d) => d.id)
    .parentId((d) => d.parentId);
  step(
    `stratify against buildHierarchy on a ${count(SIZES.stratifyChain)}-deep chain`,
    { stratifyShortChain: () => strat(short), buildShortChain: () => buildHierarchy(short, anyParent) },
    SLOW,
  );
  step(
    `stratify on a ${count(2 * SIZES.stratifyChain)}-deep chain`,
    { stratifyLongerChain: () => strat(longer) },
    { warmup: 0, rounds: 1 },
  );
}
await rss.stop();

// Memory: the heaviest library step, on top of what was held when it started.
const LIBRARY_STEPS = ["parseDataset", "buildHierarchy", "coverageByArea", "validateDataset", "activityStats", "activityStatsIndexed"];
let heaviest = null;
for (const name of LIBRARY_STEPS) {
  const m = memorySteps[name];
  if (m !== undefined && (heaviest === null || m.heapBytes > memorySteps[heaviest].heapBytes)) heaviest = name;
}
const peakBytes = heaviest === null ? null : memorySteps[heaviest].heapBytes;

const ratio = (reference, subject) =>
  reference === undefined || subject === undefined || subject === 0 ? null : Math.round((reference / subject) * 1000) / 1000;
const timeRatios = (m) => ({
  stratifyOverBuild: ratio(m.stratifyMs, m.buildHierarchyMs),
  jsonParseOverCoverage: ratio(m.jsonParseCoverageInputMs, m.coverageByAreaMs),
  ajvOverParse: ratio(m.ajvMs, m.parseDatasetMs),
});
const ratios = {
  ...timeRatios(medians),
  inputOverPeakMemory: peakBytes === null ? null : ratio(inputBytes, peakBytes),
  bushyOverDeepChain: ratio(medians.buildBushyMs, medians.buildDeepChainMs),
};
// The same ratios from CPU time, as a check on the wall-clock ones when the machine is busy.
const cpuRatios = { ...timeRatios(cpuMedians), bushyOverDeepChain: ratio(cpuMedians.buildBushyMs, cpuMedians.buildDeepChainMs) };
const met = Object.fromEntries(Object.entries(TARGETS).map(([k, t]) => [k, ratios[k] === null ? null : ratios[k] >= t]));

const results = {
  kind: "kexie-bench",
  quick: QUICK,
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - began) / 1000),
  machine: { ...machine, loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
  source,
  dataset: {
    seed: SEED,
    asOf: AS_OF,
    counts,
    records,
    jsonChars,
    jsonCharsTotal,
    maxStringLength,
    coverageInputChars,
    coverageFigures,
    charterCounts,
    trees,
  },
  medians,
  cpuMedians,
  throughput,
  memory: { baselineBytes: baseline, inputBytes, parsedBytes, heaviestStep: heaviest, peakBytes, steps: memorySteps },
  ratios,
  cpuRatios,
  targets: TARGETS,
  met,
  pending,
  notes,
  rounds,
  samples,
};

const markdown = renderMarkdown(results);
if (QUICK) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n\n${markdown}`);
} else {
  writeFileSync(new URL("results.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(new URL("results.md", import.meta.url), markdown);
  process.stdout.write(markdown);
}
log(`[${elapsed()}] done`);
