import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every value the package exports (functions, constants, classes), from the root and from each subpath,
// carries a JSDoc summary and an @example, because the API reference is generated from these comments.
// Types are held to a summary. kexie/import uses the root by the package's own name.
const ENTRIES = ["src/index.ts", "src/statistics/index.ts", "src/import/index.ts"];
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

describe("the public API's documentation", () => {
  it("exports a few hundred names", () => {
    expect(exported.length).toBeGreaterThan(150);
    expect(exportsOf("src/import/index.ts").length).toBeGreaterThan(40);
  });

  it("the statistics subpath exports its own names", () => {
    expect(exportsOf("src/statistics/index.ts").map((symbol) => symbol.name)).toContain("statisticalReport");
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
