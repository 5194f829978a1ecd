/**
 * The layer order of ARCHITECTURE.md is a lint rule: a module that imports from a higher layer, or from a
 * folder beside its own, fails `npm run lint`, and so does I/O outside the command.
 */
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

// The probes are text, not files of the project, so the rules that need type information are left out.
const eslint = new ESLint({ cwd: new URL("../..", import.meta.url).pathname, overrideConfig: tseslint.configs.disableTypeChecked });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the layer rule", () => {
  it("rejects an import from a higher layer", async () => {
    const found = await restricted(
      "src/model/probe.ts",
      'import { defineRule } from "../charter/rule.js";\nexport const x = defineRule;\n',
    );
    expect(found).toEqual([expect.stringContaining("src/model may not import src/charter")]);
  });

  it("rejects an import from a folder beside its own", async () => {
    const found = await restricted(
      "src/dataset/probe.ts",
      'import { buildHierarchy } from "../hierarchy/build.js";\nexport const x = buildHierarchy;\n',
    );
    expect(found).toEqual([expect.stringContaining("src/dataset may not import src/hierarchy")]);
  });

  it("keeps the internals below the rules", async () => {
    const found = await restricted("src/_lib/probe.ts", 'import { defineRule } from "../charter/rule.js";\nexport const x = defineRule;\n');
    expect(found).toEqual([expect.stringContaining("src/_lib may not import src/charter")]);
  });

  it("rejects I/O in the core and allows it in the command", async () => {
    const code = 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n';
    expect(await restricted("src/metrics/probe.ts", code)).toEqual([expect.stringContaining("only src/cli may do I/O")]);
    expect(await restricted("src/cli/probe.ts", code)).toEqual([]);
  });

  it("allows imports from lower layers and from the internals", async () => {
    const code =
      'import { lazy } from "../_lib/lazy.js";\nimport { parseDataset } from "../dataset/parse.js";\nexport const x = [lazy, parseDataset];\n';
    expect(await restricted("src/charter/probe.ts", code)).toEqual([]);
  });
});
