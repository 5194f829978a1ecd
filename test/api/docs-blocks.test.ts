/**
 * Every TypeScript and JavaScript block of README.md and docs/*.md runs against the built package, as a reader
 * would paste it, and every value a block shows with `// → value` is the value it gives.
 *
 * A block is run on its own, in a scratch directory, with the names the guides take as given (the Tongcheng
 * data set as `text`, `dataset`, `associations`, `divisions`, its `hierarchy`, a sheet's `grid`). A block
 * fenced as ```ts no-run shows a shape or a fragment and is not run; the fence says so to the reader too.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const DATASET = join(root, "examples/tongcheng/dataset.json");
const GUIDES = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];

interface Block {
  readonly line: number;
  readonly code: string;
  /** The block this one continues, whose code runs first. */
  readonly before?: Block;
}

/** The runnable blocks of a guide. */
function blocksOf(guide: string): Block[] {
  const text = readFileSync(join(root, guide), "utf8");
  const blocks: Block[] = [];
  const fence = /^```(ts|js|typescript|javascript)([^\n]*)\n([\s\S]*?)^```/gm;
  for (const match of text.matchAll(fence)) {
    const meta = match[2] ?? "";
    if (/\bno-run\b/.test(meta)) continue;
    const line = text.slice(0, match.index).split("\n").length + 1;
    const previous = blocks.at(-1);
    // A block fenced ```ts continued goes on from the one before it, as one script.
    if (/\bcontinued\b/.test(meta) && previous !== undefined) blocks.push({ line, code: match[3] ?? "", before: previous });
    else blocks.push({ line, code: match[3] ?? "" });
  }
  return blocks;
}

// What the guides take as given; a block that defines one of these names itself shadows it.
const PRELUDE = `
import { readFileSync as __read } from "node:fs";
import { isDeepStrictEqual as __equal, inspect as __inspect } from "node:util";
import * as __kexie from "kexie";
const text = __read(${JSON.stringify(DATASET)}, "utf8");
const dataset = __kexie.parseDataset(JSON.parse(text)).data;
const { associations, divisions } = dataset;
const { hierarchy } = __kexie.buildHierarchy(associations);
const grid = [["名称", "类型", "成立日期"], ["桐城市科协", "县级科协", "1980-01-01"]];
const valueOf = () => 1;
const __failures = [];
function __shown(actual, shown, where) {
  let expected;
  try {
    expected = new Function("return (" + shown + ");")();
  } catch {
    if (String(actual) !== shown) __failures.push(where + ": shows " + shown + ", gives " + __inspect(actual, { depth: 6 }));
    return;
  }
  const plain = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  if (!__equal(plain(actual), plain(expected))) __failures.push(where + ": shows " + shown + ", gives " + __inspect(actual, { depth: 6 }));
}
`;

const IMPORT = /^import\s[\s\S]*?from\s+["'][^"']+["'];?[ \t]*(?:\/\/[^\n]*)?$/gm;

/** A block's imports and its lines, each `expr; // → value` turned into an assertion; a continued block's own come after the block it continues. */
function partsOf(guide: string, block: Block): { imports: string[]; lines: string[] } {
  const before = block.before === undefined ? { imports: [], lines: [] } : partsOf(guide, block.before);
  const imports: string[] = [];
  // Imports move to the top, as a module's must; their lines stay, empty, so line numbers hold.
  const code = block.code.replace(IMPORT, (declaration) => {
    imports.push(declaration);
    return declaration.replace(/[^\n]/g, "");
  });
  const lines = code.split("\n").map((line, n) => {
    const shown = /^(\s*)(.+?);\s*\/\/ → (.+)$/.exec(line);
    return shown === null
      ? line
      : `${shown[1]}__shown(${shown[2]}, ${JSON.stringify(shown[3])}, ${JSON.stringify(`${guide}:${block.line + n}`)});`;
  });
  return { imports: [...before.imports, ...imports], lines: [...before.lines, ...lines] };
}

/** A block as a module: the imports of the guide so far, then its body in a scope of its own. */
function moduleOf(guide: string, block: Block, earlier: readonly Block[]): string {
  // A guide is read in order: what an earlier block imported, a later one may use.
  const { imports, lines } = partsOf(guide, block);
  const all = [...new Set([...earlier.flatMap((before) => before.code.match(IMPORT) ?? []), ...imports])];
  const source = [
    ...all,
    PRELUDE,
    "{",
    ...lines,
    "}",
    'if (__failures.length > 0) { console.error(__failures.join("\\n")); process.exit(1); }',
  ].join("\n");
  return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
}

// The modules live inside the package, so `import "kexie"` resolves to the build through its own exports.
const scripts = join(root, ".docs-blocks");
const scratch = mkdtempSync(join(tmpdir(), "kexie-docs-"));
mkdirSync(scripts, { recursive: true });
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe.each(GUIDES.filter((guide) => blocksOf(guide).length > 0))("%s", (guide) => {
  const blocks = blocksOf(guide);
  it.each(blocks.map((block, n) => [block.line, block, blocks.slice(0, n)] as const))(
    "the block at line %i runs and shows what it gives",
    (_line, block, earlier) => {
      const file = join(scripts, `${guide.replace(/[/.]/g, "-")}-${block.line}.mjs`);
      writeFileSync(file, moduleOf(guide, block, earlier));
      let output = "";
      try {
        output = execFileSync(process.execPath, [file, DATASET], { cwd: scratch, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      } catch (error) {
        const { stderr, stdout } = error as { stderr?: string; stdout?: string };
        expect.fail(`${guide}:${block.line} failed:\n${stderr ?? ""}${stdout ?? ""}`);
      }
      expect(typeof output).toBe("string");
    },
  );
});
