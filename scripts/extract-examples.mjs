// @ts-check
/**
 * Extracts every `@example` of src/ into a TypeScript file of its own and type-checks them all, so an example
 * that no longer compiles fails `npm run typecheck` and names its source line.
 *
 * Each example is compiled as a module: the names it uses that src/ exports are imported from the module that
 * declares them (its own module first), and the names it uses without defining them — the reader's `dataset`,
 * `index`, `text` — are declared once in scripts/examples-ambient.d.ts. Imports an example writes itself
 * (`import { toCsv } from "kexie/csv"`) are kept as written.
 *
 *   node scripts/extract-examples.mjs          write .examples/ and print how many
 *   node scripts/extract-examples.mjs --check  write them and type-check them; exit 1 on any error
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, ".examples");

/** Every .ts file under a folder, in a stable order. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sources(path);
      return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
    });
}

/** The names a file declares with `export`, and whether each is a type only. */
function exportsOf(file, text) {
  const names = new Map();
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const typeOnly = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.set(d.name.text, false);
    } else if ("name" in statement && statement.name && ts.isIdentifier(statement.name)) {
      // A value and a type of one name (a zod schema and its type) import as the value.
      names.set(statement.name.text, (names.get(statement.name.text) ?? true) && typeOnly);
    }
  }
  return names;
}

/** The `@example` code blocks of a file, with the line each starts on. */
function examplesOf(text) {
  const found = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```/.test(lines[j]) && !/\*\/\s*$/.test(lines[j]) && !/^\s*\*\s*@/.test(lines[j])) j++;
    if (j >= lines.length || !/^\s*\*\s*```/.test(lines[j])) continue;
    const start = j + 1;
    let end = start;
    while (end < lines.length && !/^\s*\*\s*```/.test(lines[end])) end++;
    const code = lines.slice(start, end).map((line) => line.replace(/^\s*\* ?/, ""));
    found.push({ line: start + 1, code: code.join("\n") });
    i = end;
  }
  return found;
}

/** Identifiers an example uses and the ones it declares itself. */
function namesIn(code) {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  const used = new Set();
  const declared = new Set();
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const bindings = node.importClause;
      if (bindings?.name) declared.add(bindings.name.text);
      const named = bindings?.namedBindings;
      if (named && ts.isNamedImports(named)) for (const e of named.elements) declared.add(e.name.text);
      if (named && ts.isNamespaceImport(named)) declared.add(named.name.text);
      return;
    }
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node)) &&
      node.name !== undefined
    ) {
      collectBinding(node.name, declared);
    }
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isProperty =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node);
      if (!isProperty) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { used, declared };
}

function collectBinding(name, into) {
  if (ts.isIdentifier(name)) into.add(name.text);
  else if (ts.isObjectBindingPattern(name) || ts.isArrayBindingPattern(name)) {
    for (const element of name.elements) if (!ts.isOmittedExpression(element)) collectBinding(element.name, into);
  }
}

function extract() {
  rmSync(out, { recursive: true, force: true });
  const files = sources(join(root, "src"));
  const texts = new Map(files.map((file) => [file, readFileSync(file, "utf8")]));
  /** name → [file, typeOnly][] */
  const declaring = new Map();
  for (const [file, text] of texts) {
    for (const [name, typeOnly] of exportsOf(file, text)) {
      if (!declaring.has(name)) declaring.set(name, []);
      declaring.get(name).push([file, typeOnly]);
    }
  }
  const written = [];
  for (const [file, text] of texts) {
    const own = exportsOf(file, text);
    examplesOf(text).forEach((example, n) => {
      const { used, declared } = namesIn(example.code);
      const imports = new Map();
      for (const name of used) {
        if (declared.has(name)) continue;
        // The command's modules are not the library: only the command's own examples may use their names.
        const candidates = (declaring.get(name) ?? []).filter(([source]) => !source.includes("/src/cli/") || file.includes("/src/cli/"));
        const from = own.has(name) ? [file, own.get(name)] : candidates[0];
        if (from === undefined) continue;
        const [source, typeOnly] = from;
        if (!imports.has(source)) imports.set(source, []);
        imports.get(source).push(typeOnly ? `type ${name}` : name);
      }
      const rel = relative(root, file);
      const target = join(out, rel.replace(/\.ts$/, `.example${n + 1}.ts`));
      mkdirSync(dirname(target), { recursive: true });
      const header = [...imports].map(([source, names]) => {
        let path = relative(dirname(target), source).replace(/\.ts$/, ".js");
        if (!path.startsWith(".")) path = `./${path}`;
        return `import { ${names.sort().join(", ")} } from "${path}";`;
      });
      // The example's own imports go first, as a module's must; the rest of it follows unchanged.
      const lines = example.code.split("\n");
      const ownImports = lines.filter((line) => /^import\s/.test(line));
      const body = lines.map((line) => (/^import\s/.test(line) ? "" : line));
      const mapping = `// ${rel}:${example.line}`;
      writeFileSync(target, [mapping, ...ownImports, ...header, "export {};", ...body, ""].join("\n"));
      written.push({
        target,
        rel,
        line: example.line,
        offset: 2 + ownImports.length + header.length,
        used: [...used].filter((name) => !declared.has(name)),
      });
    });
  }
  return written;
}

function check(written) {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.examples.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(d.messageText) },
  );
  if (config === undefined) process.exit(2);
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const byTarget = new Map(written.map((w) => [w.target, w]));
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || byTarget.has(d.file.fileName) || !d.file.fileName.includes("/.examples/"));
  for (const d of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    const w = d.file === undefined ? undefined : byTarget.get(d.file.fileName);
    if (w === undefined || d.start === undefined) {
      console.error(`${d.file?.fileName ?? ""}: TS${d.code} ${message}`);
      continue;
    }
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    console.error(`${w.rel}:${w.line + line - w.offset} @example: TS${d.code} ${message}`);
  }
  return diagnostics.length;
}

export { extract };

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();

function main() {
  const written = extract();
  if (process.argv.includes("--check")) {
    const errors = check(written);
    console.log(`${written.length} examples type-checked: ${errors === 0 ? "no errors" : `${errors} errors`}`);
    process.exit(errors === 0 ? 0 : 1);
  } else {
    console.log(`${written.length} examples written to .examples/`);
  }
}
