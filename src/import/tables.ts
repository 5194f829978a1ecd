/**
 * Tables as readers give them, read into columns and data rows: the header row found below any title
 * rows, the kind of record told from the sheet's name or its headers, each column matched to a field,
 * and blank rows, notes, totals and the template's example row set aside.
 *
 * @module
 */
import { createIssue, formatMessage, type Issue, type IssueParams, type Locale, type ParamsOf, type Severity } from "kexie";
import { cellText, columnLetter, isBlank, matchKey, type Cell } from "./cells.js";
import {
  EXAMPLE_MARKERS,
  EXTRA_PREFIXES,
  LIST_SHEET_TITLES,
  ROW_NUMBER_HEADERS,
  SHEETS,
  fieldByKey,
  fieldOfHeader,
  headerKey,
  type FieldLayout,
  type SheetKind,
} from "./headers.js";
import { IMPORT_MESSAGES, IMPORT_WORDS, WHERE_MESSAGES, type ImportIssue, type ImportIssueCode } from "./messages.js";

/**
 * A table whose rows are objects keyed by their column headers, as CSV readers with a header line give
 * them. Row `i` is numbered `rowNumbers[i]`, or `i + 2` (after a header on row 1).
 *
 * @example
 * ```ts
 * const table: KeyedTable = { name: "组织名单", rows: [{ 名称: "孔城镇科协", 类型: "乡镇科协", 成立日期: "2019/6/1" }] };
 * ```
 */
export interface KeyedTable {
  readonly name: string;
  readonly rows: readonly Readonly<Record<string, Cell>>[];
  readonly rowNumbers?: readonly number[];
  /** What the table records, when the caller knows; otherwise told from its name and headers. */
  readonly kind?: SheetKind;
}

/**
 * A table as a grid of cells, row 1 first, as spreadsheet readers give it: title rows, the header row,
 * data, blank rows and notes. The header row is found, not assumed.
 *
 * @example
 * ```ts
 * const table: GridTable = { name: "会员", cells: [["桐城市会员名单"], ["姓名", "科协", "入会日期"], ["王医生", "tc-health", 43617]] };
 * ```
 */
export interface GridTable {
  readonly name: string;
  readonly cells: readonly (readonly Cell[])[];
  readonly kind?: SheetKind;
}

/** A table to import: keyed rows or a grid. */
export type ImportTable = KeyedTable | GridTable;

/** A column of a read table: a field, an extra value under a name, or a row number to pass over. */
export type Column =
  | { readonly use: "field"; readonly header: string; readonly field: FieldLayout }
  | { readonly use: "extra"; readonly header: string; readonly key: string }
  | { readonly use: "ignore"; readonly header: string };

/** A table read into its kind, columns and data rows (each with the row number people see). */
export interface ReadTable {
  readonly name: string;
  readonly kind: SheetKind;
  readonly columns: readonly Column[];
  readonly rows: readonly { readonly row: number; readonly cells: readonly Cell[] }[];
}

/** How many rows from the top are searched for the header row. */
const HEADER_SCAN = 30;

const NOTE_START = /^(注|备注|说明|填表|制表|审核|负责人|联系人|联系电话|填报|单位（盖章）|单位\(盖章\)|note|notes)/i;
const TOTALS = new Set(["合计", "总计", "小计", "total", "totals", "sum"]);

/** The params of an import issue that its caller gives: all but `where`, which the place makes. */
export type ReportParams<K extends ImportIssueCode> = Omit<ParamsOf<(typeof IMPORT_MESSAGES)[K]>, "where">;

/** Reports an issue at a table, a row or a cell. */
export type Report = <K extends ImportIssueCode>(code: K, severity: Severity, at: Place, params: ReportParams<K>) => void;

/** A place in the tables: a table, a row of it, a cell. */
export interface Place {
  readonly table: string;
  readonly row?: number;
  readonly column?: string;
}

/**
 * An issue at a place: the path is `[table, row, column]` as far as known, and the message starts with
 * the place as people read it ("组织名单 第 14 行「成立日期」").
 *
 * @example
 * ```ts
 * importIssue("import.value-missing", "error", { table: "组织名单", row: 14, column: "名称" }, {}, "zh-CN").message;
 * // "组织名单 第 14 行「名称」：必填，不能为空"
 * ```
 */
export function importIssue<K extends ImportIssueCode>(
  code: K,
  severity: Severity,
  at: Place,
  params: ReportParams<K>,
  locale: Locale,
): ImportIssue {
  const path = [
    at.table,
    ...(at.row === undefined ? [] : [at.row]),
    ...(at.row !== undefined && at.column !== undefined ? [at.column] : []),
  ];
  const all: IssueParams = {
    ...params,
    where: whereText(at, locale),
    table: at.table,
    ...(at.row === undefined ? {} : { row: at.row }),
    ...(at.column === undefined ? {} : { column: at.column }),
  };
  // The code's own params with the place added: the types cannot follow a spread of a generic code's params.
  const issue = createIssue({
    catalog: IMPORT_MESSAGES,
    code,
    params: all as ParamsOf<(typeof IMPORT_MESSAGES)[K]>,
    path,
    severity,
    locale,
  });
  return issue as Issue as ImportIssue;
}

/**
 * A place as people read it, in a locale: "组织名单 第 14 行「成立日期」", "组织名单 row 14 [成立日期]".
 *
 * @example
 * ```ts
 * whereText({ table: "会员", row: 3 }, "en"); // → "会员 row 3"
 * ```
 */
export function whereText(at: Place, locale: Locale): string {
  const template = at.row === undefined ? WHERE_MESSAGES.table : at.column === undefined ? WHERE_MESSAGES.row : WHERE_MESSAGES.cell;
  return formatMessage(template[locale], { table: at.table, row: at.row ?? 0, column: at.column ?? "" });
}

/** A table's rows as a grid with a header row, and each row's number. */
function gridOf(table: ImportTable): { grid: readonly (readonly Cell[])[]; numbers: (index: number) => number; keyed: boolean } {
  if ("cells" in table) return { grid: table.cells, numbers: (index) => index + 1, keyed: false };
  const headers: string[] = [];
  const position = new Map<string, number>();
  for (const row of table.rows) {
    for (const key of Object.keys(row)) {
      if (!position.has(key)) {
        position.set(key, headers.length);
        headers.push(key);
      }
    }
  }
  const grid: Cell[][] = [headers];
  for (const row of table.rows) {
    const cells = new Array<Cell>(headers.length);
    for (const key of Object.keys(row)) cells[position.get(key) as number] = row[key];
    grid.push(cells);
  }
  const numbers = table.rowNumbers;
  return { grid, numbers: (index) => (index === 0 ? 1 : (numbers?.[index - 1] ?? index + 1)), keyed: true };
}

/** The kind a table's name says, when it is a sheet title or alias exactly. */
function kindByName(name: string): SheetKind | undefined {
  const key = headerKey(name.replace(/\.(csv|xlsx|txt)$/i, ""));
  for (const sheet of SHEETS) {
    if ([sheet.kind, sheet.titles["zh-CN"], sheet.titles.en, ...sheet.aliases].some((n) => headerKey(n) === key)) return sheet.kind;
  }
  return undefined;
}

/** The kinds whose title or an alias the table's name contains (组织名单2020 → associations). */
function kindsInName(name: string): SheetKind[] {
  const key = headerKey(name);
  return SHEETS.filter((sheet) => [sheet.titles["zh-CN"], ...sheet.aliases].some((n) => key.includes(headerKey(n)))).map((s) => s.kind);
}

/** How many distinct fields of a kind a row's cells name, counting mapped headers. */
function score(kind: SheetKind, cells: readonly Cell[], mapping: ReadonlyMap<string, string>): number {
  const fields = new Set<string>();
  for (const cell of cells) {
    if (typeof cell !== "string" || cell.trim() === "") continue;
    const mapped = mapping.get(headerKey(cell));
    const field = mapped !== undefined ? fieldByKey(kind, mapped) : fieldOfHeader(kind, cell);
    if (field !== undefined) fields.add(field.key);
  }
  return fields.size;
}

/** The header row and the kind of a grid: the row within the first rows that names the most fields. */
function findHeader(
  grid: readonly (readonly Cell[])[],
  known: SheetKind | undefined,
  name: string,
  mapping: ReadonlyMap<string, string>,
): { index: number; kind: SheetKind | undefined } | undefined {
  const kinds = known === undefined ? SHEETS.map((s) => s.kind) : [known];
  let best: { index: number; score: number; kinds: SheetKind[] } | undefined;
  for (let index = 0; index < Math.min(grid.length, HEADER_SCAN); index += 1) {
    const cells = grid[index] ?? [];
    let top = 0;
    let tops: SheetKind[] = [];
    for (const kind of kinds) {
      const s = score(kind, cells, mapping);
      if (s > top) [top, tops] = [s, [kind]];
      else if (s === top && s > 0) tops.push(kind);
    }
    if (top > 0 && (best === undefined || top > best.score)) best = { index, score: top, kinds: tops };
  }
  if (best === undefined) return undefined;
  if (best.kinds.length === 1) return { index: best.index, kind: best.kinds[0] };
  const named = kindsInName(name).filter((kind) => best.kinds.includes(kind));
  return { index: best.index, kind: named.length === 1 ? named[0] : undefined };
}

/** Options of {@link readTable}: header-to-field mappings, kinds by table name, the locale of issues. */
export interface ReadTableOptions {
  readonly columns?: Readonly<Record<string, string>>;
  readonly kinds?: Readonly<Record<string, SheetKind>>;
  readonly locale: Locale;
}

/**
 * Reads a table into its kind, columns and data rows, reporting what it sets aside. A table whose kind or
 * header row cannot be found, or the sheet of drop-down lists, gives undefined (the first two reported).
 *
 * @example
 * ```ts
 * const cells = [["名称", "类型", "成立日期"], ["孔城镇科协", "乡镇科协", "2019/6/1"]];
 * const codes: string[] = [];
 * const read = readTable({ name: "组织名单", cells }, { locale: "zh-CN" }, (code) => codes.push(code));
 * read?.kind; // → "associations"
 * codes; // → []
 * ```
 */
export function readTable(table: ImportTable, options: ReadTableOptions, report: Report): ReadTable | undefined {
  const name = table.name;
  if (Object.values(LIST_SHEET_TITLES).some((title) => headerKey(title) === headerKey(name))) return undefined;
  const mapping = new Map(Object.entries(options.columns ?? {}).map(([header, key]) => [headerKey(header), key]));
  const { grid, numbers, keyed } = gridOf(table);
  const given = table.kind ?? options.kinds?.[name] ?? kindByName(name);
  const dataRows = (from: number): number => grid.slice(from).filter((cells) => cells.some((c) => !isBlank(c))).length;
  const header = keyed
    ? { index: 0, kind: given ?? findHeader(grid, undefined, name, mapping)?.kind }
    : findHeader(grid, given, name, mapping);
  if (header === undefined) {
    report("import.header-not-found", "error", { table: name }, { scanned: Math.min(grid.length, HEADER_SCAN), rows: dataRows(0) });
    return undefined;
  }
  const kind = given ?? header.kind;
  if (kind === undefined) {
    report("import.table-kind-unknown", "error", { table: name }, { rows: dataRows(header.index + 1) });
    return undefined;
  }
  for (let index = 0; index < header.index; index += 1) {
    const cells = grid[index] ?? [];
    if (cells.filter((c) => !isBlank(c)).length > 1) {
      report(
        "import.row-skipped",
        "info",
        { table: name, row: numbers(index) },
        { reason: IMPORT_WORDS.above[options.locale], text: rowText(cells) },
      );
    }
  }
  const columns = readColumns(grid, header.index, kind, name, mapping, options.locale, report);
  return { name, kind, columns, rows: dataRowsOf(grid, header.index, numbers, columns, name, options.locale, report) };
}

/** A row's cells as one line of text, for messages. */
function rowText(cells: readonly Cell[]): string {
  return cells
    .map(cellText)
    .filter((text) => text !== "")
    .join(" ");
}

function readColumns(
  grid: readonly (readonly Cell[])[],
  headerIndex: number,
  kind: SheetKind,
  name: string,
  mapping: ReadonlyMap<string, string>,
  locale: Locale,
  report: Report,
): Column[] {
  const headerCells = grid[headerIndex] ?? [];
  let width = headerCells.length;
  for (let index = headerIndex + 1; index < grid.length; index += 1) width = Math.max(width, grid[index]?.length ?? 0);
  const hasData = (column: number): boolean => {
    for (let index = headerIndex + 1; index < grid.length; index += 1) if (!isBlank(grid[index]?.[column])) return true;
    return false;
  };
  const taken = new Map<string, string>();
  const extraKeys = new Set<string>();
  const columns: Column[] = [];
  for (let column = 0; column < width; column += 1) {
    const header = cellText(headerCells[column]) || `${locale === "en" ? "column " : "列"}${columnLetter(column)}`;
    const key = headerKey(header);
    const prefix = EXTRA_PREFIXES.find((p) => header.toLowerCase().startsWith(p) || key.startsWith(headerKey(p)));
    if (ROW_NUMBER_HEADERS.some((h) => headerKey(h) === key)) {
      columns.push({ use: "ignore", header });
      continue;
    }
    let field: FieldLayout | undefined;
    if (prefix === undefined) {
      const mapped = mapping.get(key);
      if (mapped !== undefined) {
        field = fieldByKey(kind, mapped);
        if (field === undefined) report("import.column-mapping", "warning", { table: name }, { column: header, field: mapped, kind });
      } else field = fieldOfHeader(kind, header);
    }
    let duplicate = false;
    if (field !== undefined && taken.has(field.key)) {
      report(
        "import.column-duplicate",
        "warning",
        { table: name },
        { column: header, first: taken.get(field.key) as string, field: field.key },
      );
      [field, duplicate] = [undefined, true];
    }
    if (field !== undefined) {
      taken.set(field.key, header);
      columns.push({ use: "field", header, field });
      continue;
    }
    let extraKey = prefix === undefined ? header : header.slice(prefix.length).trim() || header;
    // Two columns with one header (two 备注) keep both: the later is named by its column letter too.
    if (extraKeys.has(extraKey)) extraKey = `${extraKey} (${columnLetter(column)})`;
    extraKeys.add(extraKey);
    columns.push({ use: "extra", header, key: extraKey });
    if (prefix === undefined && !duplicate && hasData(column)) report("import.column-extra", "info", { table: name }, { column: header });
  }
  return columns;
}

function dataRowsOf(
  grid: readonly (readonly Cell[])[],
  headerIndex: number,
  numbers: (index: number) => number,
  columns: readonly Column[],
  name: string,
  locale: Locale,
  report: Report,
): { row: number; cells: readonly Cell[] }[] {
  const markers = new Set(Object.values(EXAMPLE_MARKERS).map(matchKey));
  const first = columns.findIndex((c) => c.use === "field");
  const rows: { row: number; cells: readonly Cell[] }[] = [];
  for (let index = headerIndex + 1; index < grid.length; index += 1) {
    const cells = grid[index] ?? [];
    const filled = cells.filter((c) => !isBlank(c));
    if (filled.length === 0) continue;
    const row = numbers(index);
    const lead = cellText(filled[0]);
    const skip = (reason: keyof typeof IMPORT_WORDS) => {
      report("import.row-skipped", "info", { table: name, row }, { reason: IMPORT_WORDS[reason][locale], text: rowText(cells) });
    };
    if (TOTALS.has(matchKey(lead).replace(/[:：]$/, ""))) skip("total");
    else if (filled.length === 1 && NOTE_START.test(lead)) skip("note");
    else if (first >= 0 && markers.has(matchKey(cellText(cells[first])))) skip("example");
    else rows.push({ row, cells });
  }
  return rows;
}
