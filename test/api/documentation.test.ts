import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every value the package exports (functions, constants, classes), from the root and from each subpath,
// carries a JSDoc summary and an @example, because the API reference is generated from these comments.
// Types are held to a summary. kexie/import uses the root by the package's own name.
const SUBPATHS = {
  "kexie/hierarchy": "src/hierarchy/index.ts",
  "kexie/charter": "src/charter/index.ts",
  "kexie/metrics": "src/metrics/index.ts",
  "kexie/csv": "src/csv/index.ts",
  "kexie/statistics": "src/statistics/index.ts",
  "kexie/import": "src/import/index.ts",
} as const;
const ENTRIES = ["src/index.ts", ...Object.values(SUBPATHS)];
const program = ts.createProgram(ENTRIES, {
  strict: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  paths: { kexie: ["./src/index.ts"] },
});
const checker = program.getTypeChecker();
const exportsOf = (file: string): ts.Symbol[] => {
  const entry = program.getSourceFile(file);
  return entry === undefined ? [] : checker.getExportsOfModule(checker.getSymbolAtLocation(entry) as ts.Symbol);
};
const exported = exportsOf("src/index.ts");
const everyExport = ENTRIES.flatMap(exportsOf);

function resolved(symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

// `export type { Association }` names a zod schema's type only: no run-time name at the entry.
function isTypeOnlyExport(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((declaration) => ts.isTypeOnlyImportOrExportDeclaration(declaration));
}

describe("the public API's documentation", () => {
  it("keeps the root to at most 100 run-time names, the rest in the subpaths", () => {
    const runtime = exported.filter((symbol) => (resolved(symbol).flags & ts.SymbolFlags.Value) !== 0 && !isTypeOnlyExport(symbol));
    expect(runtime.length).toBeGreaterThan(0);
    expect(runtime.length).toBeLessThanOrEqual(100);
  });

  it("exports no internal helper from any entry", () => {
    const names = new Set(everyExport.map((symbol) => symbol.name));
    for (const internal of [
      "listOf",
      "buildRule",
      "deadlineStatusWith",
      "zodErrorMap",
      "OptionOf",
      "NodeOf",
      "ResultOf",
      "misuse",
      "optionsObject",
    ]) {
      expect(names.has(internal), internal).toBe(false);
    }
  });

  it("declares no entry by `export *`, so every public name is chosen", () => {
    for (const file of ENTRIES) expect(program.getSourceFile(file)?.text, file).not.toMatch(/^export \*/m);
  });

  it("gives every exported value a summary and an @example, and every type a summary", () => {
    const missing: string[] = [];
    for (const symbol of everyExport) {
      const target = resolved(symbol);
      const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
      const isValue = (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
      const hasExample = target.getJsDocTags(checker).some((tag) => tag.name === "example");
      if (summary === "") missing.push(`${symbol.name}: no summary`);
      else if (isValue && !hasExample) missing.push(`${symbol.name}: no @example`);
    }
    expect(missing).toEqual([]);
  });
});

describe("each subpath entry", () => {
  const load: Readonly<Record<keyof typeof SUBPATHS, () => Promise<Record<string, unknown>>>> = {
    "kexie/hierarchy": () => import("../../src/hierarchy/index.js"),
    "kexie/charter": () => import("../../src/charter/index.js"),
    "kexie/metrics": () => import("../../src/metrics/index.js"),
    "kexie/csv": () => import("../../src/csv/index.js"),
    "kexie/statistics": () => import("../../src/statistics/index.js"),
    "kexie/import": () => import("../../src/import/index.js"),
  };
  for (const subpath of Object.keys(SUBPATHS) as (keyof typeof SUBPATHS)[]) {
    it(`${subpath} loads and exports functions`, async () => {
      const functions = Object.values(await load[subpath]()).filter((value) => typeof value === "function");
      expect(functions.length, subpath).toBeGreaterThan(0);
    });
  }
});
