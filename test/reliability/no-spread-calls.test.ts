/**
 * No call spreads an array into arguments, and nothing calls `.apply`: `Math.max(...rows)` or
 * `lines.push(...more)` passes every element as an argument on the stack and fails with "Maximum call
 * stack size exceeded" at some 100,000 elements, which national-scale data reaches. A spread of a module
 * constant (`composeRuleSets(...BUILT_IN_RULE_SETS)`) has a size fixed in the source and is allowed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const files = readdirSync("src", { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".ts"))
  .map((name) => join("src", name));

function offences(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 80)}`;
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments !== undefined) {
      for (const argument of node.arguments) {
        if (ts.isSpreadElement(argument) && !/^[A-Z][A-Z0-9_]*$/.test(argument.expression.getText())) found.push(where(node));
      }
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === "apply") found.push(where(node));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no spread or apply over data-sized arrays in src/", () => {
  it("reads every source file", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("finds none", () => {
    expect(files.flatMap((file) => offences(file, readFileSync(file, "utf8")))).toEqual([]);
  });

  it("would find them (the check can fail)", () => {
    const text = "const a = Math.max(...xs); out.push(...more); f.apply(null, xs); g(...ALL_SETS);";
    expect(offences("example.ts", text)).toHaveLength(3);
  });
});
