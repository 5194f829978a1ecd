import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every value the package exports (functions, constants, classes) carries a JSDoc summary and an
// @example, because the API reference is generated from these comments. Types are held to a summary.
const program = ts.createProgram(["src/index.ts"], { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
const checker = program.getTypeChecker();
const entry = program.getSourceFile("src/index.ts");
const exported = entry === undefined ? [] : checker.getExportsOfModule(checker.getSymbolAtLocation(entry) as ts.Symbol);

function resolved(symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

describe("the public API's documentation", () => {
  it("exports a few hundred names", () => {
    expect(exported.length).toBeGreaterThan(150);
  });

  it("gives every exported value a summary and an @example, and every type a summary", () => {
    const missing: string[] = [];
    for (const symbol of exported) {
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
