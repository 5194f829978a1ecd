// Renders bench results as the Markdown page bench/results.md.

const int = (n) => (n === null || n === undefined ? "–" : Math.round(n).toLocaleString("en"));
const ms = (n) => (n === null || n === undefined ? "pending" : n >= 100 ? `${int(n)} ms` : `${n.toFixed(1)} ms`);
const mib = (bytes) => (bytes === null || bytes === undefined ? "–" : `${int(bytes / 2 ** 20)} MiB`);
const ratio = (r) => (r === null || r === undefined ? "pending" : r.toFixed(2));
const verdict = (ok) => (ok === null || ok === undefined ? "pending" : ok ? "yes" : "**no**");

function roundsText(rounds) {
  const groups = new Map();
  for (const [name, plan] of Object.entries(rounds)) {
    const key = `${plan.rounds} round${plan.rounds === 1 ? "" : "s"}${plan.warmup > 1 ? ` after ${plan.warmup} warm-ups` : plan.warmup > 0 ? " after a warm-up" : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), `\`${name}\``]);
  }
  return [...groups].map(([key, names]) => `${key} for ${names.join(", ")}`).join("; ");
}

/** The Markdown table of a results object written by bench/run.mjs. */
export function renderMarkdown(results) {
  const { dataset: d, medians: m, ratios: r, targets: t, met, memory, throughput: tp, machine } = results;
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(" | ")} |`);

  lines.push("# kexie benchmark results", "");
  lines.push(
    `Run on ${results.date} (${results.durationSeconds} s) with Node ${machine.node} (V8 ${machine.v8}), ${machine.cpu}, ` +
      `${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.platform}; load average ${machine.loadAverageAtStart.join(" ")} at the start, ` +
      `${machine.loadAverageAtEnd.join(" ")} at the end. Library built from commit ${results.source.commit ?? "unknown"}` +
      `${results.source.changedSourceFiles ? ` with ${results.source.changedSourceFiles} files under src/ changed` : ""}.` +
      `${results.quick ? " **Quick run: small data set, not the national one.**" : ""}`,
    "",
  );
  const c = d.counts;
  lines.push(
    `Data set (seed ${d.seed}, as of ${d.asOf}): ${int(c.divisions)} divisions, ${int(c.associations)} associations, ` +
      `${int(c.committees)} committees, ${int(c.members)} members, ${int(c.activities)} activities ` +
      `(${int(d.records)} records, ${int(d.jsonCharsTotal)} characters of JSON). ` +
      `Each figure is the median of its rounds: ${roundsText(results.rounds)}. Ratios above 1 mean kexie wins.`,
    "",
  );

  lines.push("## Targets", "");
  lines.push(
    "kexie and reference are wall-clock medians; the ratio is taken from them. The CPU ratio is the same ratio " +
      "from medians of the process's CPU time, which other load on the machine disturbs less.",
    "",
  );
  row("comparison", "kexie", "reference", "ratio", "CPU ratio", "target", "met");
  row("---", "---:", "---:", "---:", "---:", "---:", ":---:");
  const target = (name, label, subject, reference) =>
    row(
      label,
      subject,
      reference,
      `${name} ${ratio(r[name])}`,
      name in results.cpuRatios ? ratio(results.cpuRatios[name]) : "–",
      `≥ ${t[name]}`,
      verdict(met[name]),
    );
  target(
    "stratifyOverBuild",
    `\`buildHierarchy\` vs d3 \`stratify\`, ${int(c.associations)} associations`,
    ms(m.buildHierarchyMs),
    ms(m.stratifyMs),
  );
  target(
    "jsonParseOverCoverage",
    `\`coverageByArea\` (${int(d.coverageFigures?.areas)} areas) vs \`JSON.parse\` of divisions + associations (${int(d.coverageInputChars)} characters)`,
    ms(m.coverageByAreaMs),
    ms(m.jsonParseCoverageInputMs),
  );
  target(
    "ajvOverParse",
    `\`parseDataset\` vs ajv on the library's JSON Schema, ${int(d.records)} records`,
    ms(m.parseDatasetMs),
    ms(m.ajvMs),
  );
  target(
    "inputOverPeakMemory",
    `peak heap of the heaviest step (\`${memory.heaviestStep ?? "–"}\`) vs the parsed input held`,
    mib(memory.peakBytes),
    mib(memory.inputBytes),
  );
  target(
    "bushyOverDeepChain",
    `\`buildHierarchy\`: ${int(d.trees?.size)}-deep chain vs bushy tree of the same size`,
    ms(m.buildDeepChainMs),
    ms(m.buildBushyMs),
  );
  lines.push("");

  lines.push("## Throughput", "");
  row("step", "median", "throughput");
  row("---", "---:", "---:");
  const ch = d.charterCounts;
  row(
    `\`validateDataset\`, built-in rules${ch === null ? "" : ` (${int(ch.rules)} rules; ${int(ch.withIssues)} associations with issues)`}`,
    ms(m.validateDatasetMs),
    `${int(tp.validateDatasetAssociationsPerSecond)} associations/s (${int(tp.validateDatasetRecordsPerSecond)} records/s)`,
  );
  row(
    "`activityStats` by year, type and province, from the data set",
    ms(m.activityStatsMs),
    `${int(tp.activityStatsActivitiesPerSecond)} activities/s`,
  );
  row(
    "`activityStats`, same, from a prebuilt `indexDataset` index",
    ms(m.activityStatsIndexedMs),
    `${int(tp.activityStatsIndexedActivitiesPerSecond)} activities/s`,
  );
  row("`parseDataset`", ms(m.parseDatasetMs), `${int(tp.parseDatasetRecordsPerSecond)} records/s`);
  row("ajv", ms(m.ajvMs), `${int(tp.ajvRecordsPerSecond)} records/s`);
  lines.push("");

  lines.push("## Memory", "");
  lines.push(
    `Heap held after a full collection: ${mib(memory.inputBytes)} for the input as \`JSON.parse\` gives it, ` +
      `${mib(memory.parsedBytes)} for the parsed data set. For each step, on top of what was held when it started: ` +
      "the heap in use when the call returns (before any collection) and the peak resident set size sampled every millisecond.",
    "",
  );
  row("step", "heap on top", "peak RSS on top");
  row("---", "---:", "---:");
  for (const [step, s] of Object.entries(memory.steps)) row(`\`${step}\``, mib(s.heapBytes), mib(s.rssBytes));
  lines.push("");

  if (d.trees !== null && d.trees !== undefined) {
    lines.push("## Deep chains", "");
    row("step", "median");
    row("---", "---:");
    row(`\`buildHierarchy\`, ${int(d.trees.size)}-deep chain (depth ${int(d.trees.deepChainHeight)})`, ms(m.buildDeepChainMs));
    row(`\`buildHierarchy\`, ${int(d.trees.size)}-node bushy tree (height ${int(d.trees.bushyHeight)})`, ms(m.buildBushyMs));
    row(`\`buildHierarchy\`, ${int(d.trees.stratifyShortChain)}-deep chain`, ms(m.buildShortChainMs));
    row(`d3 \`stratify\`, ${int(d.trees.stratifyShortChain)}-deep chain`, ms(m.stratifyShortChainMs));
    row(`d3 \`stratify\`, ${int(d.trees.stratifyLongerChain)}-deep chain (one run)`, ms(m.stratifyLongerChainMs));
    lines.push("");
  }

  if (results.notes.length > 0 || results.pending.length > 0) {
    lines.push("## Notes", "");
    for (const note of results.notes) lines.push(`- ${note}`);
    if (results.pending.length > 0)
      lines.push(`- Pending (not exported yet, not measured): ${results.pending.map((n) => `\`${n}\``).join(", ")}.`);
    lines.push("");
  }
  lines.push("How each figure is measured: [docs/benchmarks.md](../docs/benchmarks.md).", "");
  return lines.join("\n");
}
