/**
 * The `@example` blocks of src/ run, and show what they give: `expr; // → value` is checked against the value,
 * `expr; // throws TypeError(…)` against a thrown TypeError. npm run typecheck compiles every example
 * (scripts/extract-examples.mjs); this runs those of the library (the command's own examples read and write
 * files, and are only compiled), with the names the examples take as given — the Tongcheng data set as
 * `dataset`, its `index` and `text`, a `source` to cite — defined as scripts/examples-ambient.d.ts declares them.
 */
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a script without types of its own
import { extract } from "../../scripts/extract-examples.mjs";
import { indexDataset, parseDataset, type ParsedDataset } from "../../src/index.js";
import { SEED_ARTICLE } from "../../src/charter/index.js";

interface Written {
  readonly target: string;
  readonly rel: string;
  readonly line: number;
  readonly offset: number;
}

const text = readFileSync(new URL("../../examples/tongcheng/dataset.json", import.meta.url), "utf8");
const parsed = parseDataset(JSON.parse(text));
if (!parsed.ok) throw new Error("the Tongcheng data set does not parse");
const given: Record<string, unknown> = {
  dataset: parsed.data,
  index: indexDataset(parsed.data as ParsedDataset),
  text,
  source: SEED_ARTICLE,
};
Object.assign(globalThis, given);

const examples = (extract() as Written[]).filter((w) => !w.rel.startsWith("src/cli/"));

/** The value a `// → value` comment shows, or the text itself when it is not a JavaScript value. */
function shownValue(shown: string): { value: unknown } | { text: string } {
  try {
    return { value: new Function(`return (${shown});`)() as unknown };
  } catch {
    return { text: shown };
  }
}

/** The example's lines with each shown value or throw made a check, run as a module. */
async function run(example: Written): Promise<string[]> {
  const failures: string[] = [];
  const source = readFileSync(example.target, "utf8").split("\n");
  const checks = source.map((line, n) => {
    const at = `${example.rel}:${example.line + n - example.offset}`;
    const shown = /^(\s*)(.+?);\s*\/\/ → (.+)$/.exec(line);
    if (shown !== null) return `${shown[1]}globalThis.__shown(() => (${shown[2]}), ${JSON.stringify(shown[3])}, ${JSON.stringify(at)});`;
    const throws = /^(\s*)(.+?);\s*\/\/ throws\b/.exec(line);
    if (throws !== null) return `${throws[1]}globalThis.__throws(() => (${throws[2]}), ${JSON.stringify(at)});`;
    return line;
  });
  Object.assign(globalThis, {
    __shown(actual: () => unknown, shown: string, at: string) {
      const got = actual();
      const expected = shownValue(shown);
      const plain = (v: unknown): unknown => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as unknown));
      const same = "value" in expected ? isDeepStrictEqual(plain(got), plain(expected.value)) : String(got) === expected.text;
      if (!same) failures.push(`${at}: shows ${shown}, gives ${JSON.stringify(got)}`);
    },
    __throws(call: () => unknown, at: string) {
      try {
        call();
      } catch (error) {
        if (!(error instanceof TypeError)) failures.push(`${at}: throws ${String(error)}, not a TypeError`);
        return;
      }
      failures.push(`${at}: shows a throw, returns`);
    },
  });
  const file = example.target.replace(/\.ts$/, ".run.mts");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(file, checks.join("\n"));
  await import(/* @vite-ignore */ file);
  return failures;
}

describe("the @example blocks of src/", () => {
  it.each(examples.map((w) => [`${w.rel}:${w.line}`, w] as const))("%s runs and shows what it gives", async (_at, example) => {
    expect(await run(example)).toEqual([]);
  });
});
