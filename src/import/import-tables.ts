/**
 * `importTables`: tables of rows from any spreadsheet reader → a kexie data set, with every problem an
 * issue at the table, row and column it is in.
 *
 * @module
 */
import {
  Activity,
  Approval,
  Association,
  Committee,
  Congress,
  CongressPostponement,
  Division,
  DivisionListInfo,
  Facility,
  GroupMember,
  Holding,
  IndividualMember,
  Output,
  Person,
  Seat,
  parseDataset,
  type DatasetInput,
  type ExtraValue,
  type Locale,
  type ParsedDataset,
} from "kexie";
import { cellText, foldText, isBlank, isExcelError, matchKey, readWholeNumber, readYesNo, splitList, type Cell } from "./cells.js";
import { readDate } from "./date-forms.js";
import { DivisionNames } from "./division-names.js";
import { fieldByKey, sheetLayout, type FieldLayout, type RefTarget, type SheetKind } from "./headers.js";
import { enumLabel, enumValue, enumValues } from "./labels-reverse.js";
import { locateIssue, type ImportSources, type SourceRow } from "./locate.js";
import { IMPORT_WORDS, type ImportIssue, type ImportIssueCode } from "./messages.js";
import { importIssue, readTable, type ImportTable, type Place, type ReadTable, type Report } from "./tables.js";

/** An issue `parseDataset` reports, moved to the table row it came from. */
type DatasetIssue = ReturnType<typeof parseDataset>["issues"][number];

/** Options of {@link importTables}. */
export interface ImportOptions {
  /** The language of issue messages; zh-CN by default. */
  readonly locale?: Locale;
  /** Headers it does not know, mapped to field keys (`{ "成立时间": "establishedOn" }`). */
  readonly columns?: Readonly<Record<string, string>>;
  /** What a table records, by table name, when its name and headers do not say. */
  readonly kinds?: Readonly<Record<string, SheetKind>>;
  /**
   * The division list that division names are resolved against; its divisions join the data set's
   * (after those of a divisions table, which win on the same code).
   */
  readonly divisions?: readonly Division[];
  /** The name and version of `divisions`, unless a table gives them. */
  readonly divisionList?: DivisionListInfo;
}

/** What {@link importTables} returns. */
export interface ImportResult {
  /** True when no issue is an error; `data` is then the parsed data set. */
  readonly ok: boolean;
  readonly data?: ParsedDataset;
  /** The data set document built from the tables, as `parseDataset` reads it. */
  readonly dataset: DatasetInput;
  /** The import's issues, then `parseDataset`'s issues on the document, each at the table row it came from. */
  readonly issues: readonly (ImportIssue | DatasetIssue)[];
  /** Where each record came from, for {@link locateIssue} on later findings. */
  readonly sources: ImportSources;
}

type Fields = Record<string, unknown>;

/** One data row read: its field values, the references still to resolve, and its extra values. */
interface RowData {
  readonly table: number;
  readonly row: number;
  readonly kind: SheetKind;
  readonly values: Fields;
  readonly refs: Map<string, { readonly text: string | readonly string[]; readonly header: string }>;
  readonly headers: ReadonlyMap<string, string>;
  /** The row's cells, by column (for moving a value into extra). */
  readonly cells: readonly Cell[];
  extra: Record<string, ExtraValue> | undefined;
  id?: string;
}

/** The field types read by one function, with the issue a cell it cannot read gets. */
const PLAIN_READERS: Partial<Record<FieldLayout["value"]["type"], { read: (cell: Cell) => unknown; problem: ImportIssueCode }>> = {
  code: { read: normalDivisionCode, problem: "import.code-invalid" },
  number: { read: readWholeNumber, problem: "import.number-invalid" },
  boolean: { read: readYesNo, problem: "import.boolean-invalid" },
};

/** The kinds of record that have ids, with the prefix of the ids given to rows without one. */
const ID_PREFIX = {
  associations: "a",
  committees: "c",
  persons: "p",
  members: "m",
  activities: "act",
  facilities: "fac",
  outputs: "out",
} as const;
type IdKind = keyof typeof ID_PREFIX;

/** The rows nested in an association, each kind in the association's field of the same name. */
const ASSOCIATION_ROWS = ["approvals", "congresses", "congressPostponements"] as const;

const SHAPES = {
  associations: Object.keys(Association.shape),
  committees: Object.keys(Committee.shape),
  persons: Object.keys(Person.shape),
  individual: Object.keys(IndividualMember.shape),
  group: Object.keys(GroupMember.shape),
  activities: Object.keys(Activity.shape),
  facilities: Object.keys(Facility.shape),
  outputs: Object.keys(Output.shape),
  divisions: Object.keys(Division.shape),
  approvals: Object.keys(Approval.shape),
  congresses: Object.keys(Congress.shape),
  congressPostponements: Object.keys(CongressPostponement.shape),
  seats: Object.keys(Seat.shape),
  holdings: Object.keys(Holding.shape),
  divisionList: Object.keys(DivisionListInfo.shape),
};

/** The seat sheet's columns that belong to a holding rather than to its seat or committee. */
const HOLDING_KEYS: readonly string[] = sheetLayout("seats")
  .fields.map((f) => f.key)
  .filter((key) => SHAPES.holdings.includes(key.split(".")[0] as string));

/** A division name to resolve to a code, into a record's field, looked for within `scope()` when ambiguous. */
interface PendingDivision {
  readonly row: RowData;
  readonly record: Fields;
  readonly key: string;
  readonly scope: () => string | undefined;
}

/** A copy of a record with its fields in the model's order, absent ones left out. */
function ordered(record: Fields, keys: readonly string[]): Fields {
  const out: Fields = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

/** Sets a dotted path's value, making the objects on the way. */
function setPath(record: Fields, key: string, value: unknown): void {
  const parts = key.split(".");
  let node = record;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== "object" || node[part] === null) node[part] = {};
    node = node[part] as Fields;
  }
  node[parts.at(-1) as string] = value;
}

/**
 * A division code as written in lists: full-width digits and spaces folded, and the zero-padded forms of
 * statistical tables read as the code they pad (340881000000 is the county 340881, 340800 the prefecture
 * 3408). Undefined when it is not all digits.
 *
 * @example
 * ```ts
 * normalDivisionCode("３４０８８１ １００"); // → "340881100"
 * normalDivisionCode("340881100000"); // → "340881100"
 * ```
 */
export function normalDivisionCode(cell: Cell): string | undefined {
  let code = foldText(cellText(cell)).replace(/\s+/g, "");
  if (!/^\d+$/.test(code)) return undefined;
  while ((code.length === 12 || code.length === 9) && code.endsWith("000")) code = code.slice(0, -3);
  while ((code.length === 6 || code.length === 4) && code.endsWith("00")) code = code.slice(0, -2);
  return code;
}

/**
 * Imports tables of rows into a kexie data set. It finds each table's header row and kind, reads every
 * cell by its column's field (dates in every common form, labels in Chinese or English, yes/no, lists,
 * division names against `options.divisions`), gives ids to rows without one, resolves references by id
 * or unique name, keeps unknown columns in `extra`, and checks the result with `parseDataset`. Every
 * problem is an issue at its table, spreadsheet row and column; nothing is dropped without one. Throws a
 * `TypeError` only when `tables` or `options` are not what they must be.
 *
 * @example
 * ```ts
 * const result = importTables([
 *   { name: "组织", rows: [{ 名称: "桐城市科协", 类型: "县级科协", 区划代码: "340881", 成立日期: "1980年1月1日" }] },
 * ]);
 * result.ok; // → true
 * result.data?.associations[0]?.id; // → "a-1"
 * ```
 */
export function importTables(tables: readonly ImportTable[], options: ImportOptions = {}): ImportResult {
  checkArguments(tables, options);
  const locale = options.locale ?? "zh-CN";
  const issues: (ImportIssue | DatasetIssue)[] = [];
  const report: Report = (code, severity, at, params) => issues.push(importIssue(code, severity, at, params, locale));
  const read: ReadTable[] = [];
  for (const table of tables) {
    const one = readTable(
      table,
      {
        locale,
        ...(options.columns === undefined ? {} : { columns: options.columns }),
        ...(options.kinds === undefined ? {} : { kinds: options.kinds }),
      },
      report,
    );
    if (one !== undefined) read.push(one);
  }
  const builder = new Builder(read, options, locale, report);
  const { document, sources } = builder.build();
  return finish(document, sources, issues, locale, builder.missingColumns);
}

function checkArguments(tables: unknown, options: unknown): void {
  if (!Array.isArray(tables)) throw new TypeError("importTables: tables must be an array of { name, rows } or { name, cells }");
  for (const table of tables as unknown[]) {
    const t = table as { name?: unknown; rows?: unknown; cells?: unknown } | null;
    const rows = t?.rows;
    const cells = t?.cells;
    const fine =
      typeof t === "object" &&
      t !== null &&
      typeof t.name === "string" &&
      (Array.isArray(rows)
        ? rows.every((row) => typeof row === "object" && row !== null && !Array.isArray(row))
        : Array.isArray(cells) && cells.every((row) => row === undefined || Array.isArray(row)));
    if (!fine)
      throw new TypeError("importTables: every table must be { name: string, rows: object[] } or { name: string, cells: Cell[][] }");
  }
  if (typeof options !== "object" || options === null) throw new TypeError("importTables: options must be an object");
  const divisions = (options as ImportOptions).divisions;
  if (divisions !== undefined && !Array.isArray(divisions))
    throw new TypeError("importTables: options.divisions must be an array of divisions");
}

/** Checks the document with parseDataset and merges its issues, moved to their rows, with the import's. */
function finish(
  document: DatasetInput,
  sources: ImportSources,
  issues: (ImportIssue | DatasetIssue)[],
  locale: Locale,
  missingColumns: ReadonlySet<string>,
): ImportResult {
  const parsed = parseDataset(document, { locale });
  const placed = new Set<string>();
  for (const issue of issues) if (issue.severity === "error" && issue.path.length === 3) placed.add(issue.path.join("\u0000"));
  for (const issue of parsed.issues) {
    const located = locateIssue(issue, sources, locale);
    // A cell the import already reported (a bad date left out, a missing required value) is not reported again.
    if (located !== issue && placed.has(located.path.join("\u0000"))) continue;
    if (located !== issue && located.path.length === 3 && missingColumns.has(`${String(located.path[0])}\u0000${String(located.path[2])}`))
      continue;
    issues.push(located);
  }
  const ok = !issues.some((issue) => issue.severity === "error");
  return ok && parsed.ok
    ? { ok, data: parsed.data, dataset: document, issues, sources }
    : { ok: false, dataset: document, issues, sources };
}

/** Builds the data set from read tables: reads cells, names records, resolves references, nests rows. */
class Builder {
  readonly missingColumns = new Set<string>();
  readonly #tables: readonly ReadTable[];
  readonly #options: ImportOptions;
  readonly #locale: Locale;
  readonly #report: Report;
  readonly #rows: Record<SheetKind, RowData[]> = {
    associations: [],
    approvals: [],
    congresses: [],
    congressPostponements: [],
    committees: [],
    seats: [],
    persons: [],
    members: [],
    activities: [],
    facilities: [],
    outputs: [],
    divisions: [],
    divisionList: [],
  };
  #names: DivisionNames | undefined;

  constructor(tables: readonly ReadTable[], options: ImportOptions, locale: Locale, report: Report) {
    this.#tables = tables;
    this.#options = options;
    this.#locale = locale;
    this.#report = report;
  }

  build(): { document: DatasetInput; sources: ImportSources } {
    this.#tables.forEach((table, index) => {
      this.#readRows(table, index);
    });
    for (const kind of Object.keys(ID_PREFIX) as IdKind[]) this.#assignIds(kind);
    const refs = new References(this.#rows, this.#tables, this.#locale);
    const records: Record<string, SourceRow[]> = {};
    const nested: Record<string, SourceRow> = {};
    const flat = (kind: "associations" | "committees" | "persons" | "activities" | "facilities" | "outputs"): Fields[] => {
      records[kind] = this.#rows[kind].map((row): SourceRow => [row.table, row.row]);
      return this.#rows[kind].map((row) => this.#record(row, refs));
    };

    const divisions = this.#divisions(records);
    this.#names = new DivisionNames(divisions as Division[]);
    const associations = flat("associations");
    const byId = new Map<string, Fields>();
    for (const a of associations) if (typeof a["id"] === "string") byId.set(a["id"], a);
    const divisionOf = (id: unknown): string | undefined => {
      const code = typeof id === "string" ? byId.get(id)?.["divisionCode"] : undefined;
      return typeof code === "string" ? code : undefined;
    };
    // An ambiguous village name is looked for again under the parent association's division.
    this.#resolveDivisions(this.#divisionNames("associations", associations, (a) => divisionOf(a["parentId"]), []));
    for (const kind of ASSOCIATION_ROWS) this.#nestInAssociations(kind, associations, refs, nested);
    const committees = flat("committees");
    const persons = flat("persons");
    const members = this.#rows.members.map((row) => this.#member(row, refs));
    records["members"] = this.#rows.members.map((row): SourceRow => [row.table, row.row]);
    refs.indexMembers(members, this.#rows.members, persons);
    refs.indexCommittees(committees);
    // A facility's and a represented unit's division names are looked for within their association's.
    const pending = this.#seats(committees, refs, nested, divisionOf);
    const activities = flat("activities");
    const facilities = flat("facilities");
    this.#resolveDivisions(this.#divisionNames("facilities", facilities, (f) => divisionOf(f["associationId"]), pending));
    const outputs = flat("outputs");

    const document: Fields = { formatVersion: 1 };
    const list = this.#divisionList(nested);
    if (list !== undefined) document["divisionList"] = list;
    document["divisions"] = divisions;
    document["associations"] = associations.map((a) => ordered(a, SHAPES.associations));
    document["committees"] = committees.map((c) => ordered(c, SHAPES.committees));
    document["members"] = members.map((m) => ordered(m, m["type"] === "group" ? SHAPES.group : SHAPES.individual));
    document["activities"] = activities.map((a) => ordered(a, SHAPES.activities));
    // Data sets without persons leave the collection out (parseDataset keeps it absent then).
    if (persons.length > 0) document["persons"] = persons.map((p) => ordered(p, SHAPES.persons));
    document["facilities"] = facilities.map((f) => ordered(f, SHAPES.facilities));
    document["outputs"] = outputs.map((o) => ordered(o, SHAPES.outputs));
    const tables = this.#tables.map((table) => ({ name: table.name, columns: columnHeaders(table, this.#locale) }));
    return { document: document as DatasetInput, sources: { tables, records, nested } };
  }

  /** Reads every data row of a table into field values, references to resolve and extra values. */
  #readRows(table: ReadTable, tableIndex: number): void {
    const layout = sheetLayout(table.kind);
    const headers = new Map<string, string>();
    for (const column of table.columns) if (column.use === "field") headers.set(column.field.key, column.header);
    for (const field of layout.fields) {
      if (field.required === true && !headers.has(field.key) && table.rows.length > 0) {
        const header = field.headers[this.#locale][0] as string;
        this.#report("import.column-missing", "error", { table: table.name }, { column: header, field: field.key });
        this.missingColumns.add(`${table.name}\u0000${header}`);
      }
    }
    for (const { row, cells } of table.rows) {
      const data: RowData = { table: tableIndex, row, kind: table.kind, values: {}, refs: new Map(), headers, cells, extra: undefined };
      table.columns.forEach((column, index) => {
        const cell = cells[index];
        if (column.use === "ignore" || isBlank(cell)) return;
        if (column.use === "extra") {
          data.extra = { ...data.extra, [column.key]: extraValue(cell) };
          return;
        }
        this.#readCell(data, column.field, column.header, cell, { table: table.name, row, column: column.header });
      });
      for (const field of layout.fields) {
        if (field.required !== true || data.values[field.key] !== undefined || data.refs.has(field.key) || !headers.has(field.key))
          continue;
        if (!this.#cellReported(table, row, headers.get(field.key) as string)) {
          this.#report("import.value-missing", "error", { table: table.name, row, column: headers.get(field.key) as string }, {});
        }
      }
      this.#rows[table.kind].push(data);
    }
  }

  readonly #problemCells = new Set<string>();

  #cellReported(table: ReadTable, row: number, header: string): boolean {
    return this.#problemCells.has(`${table.name}\u0000${row}\u0000${header}`);
  }

  #problem(code: Parameters<Report>[0], at: Place, params: Readonly<Record<string, string | number>>): void {
    this.#problemCells.add(`${at.table}\u0000${at.row ?? ""}\u0000${at.column ?? ""}`);
    this.#report(code, "error", at, params);
  }

  /** Reads one cell by its field's type into the row; problems are reported and the value left out. */
  #readCell(data: RowData, field: FieldLayout, header: string, cell: Cell, at: Place): void {
    if (typeof cell !== "string" && typeof cell !== "number" && typeof cell !== "boolean") {
      this.#problem("import.cell-unreadable", at, { value: Object.prototype.toString.call(cell) });
      return;
    }
    if (isExcelError(cell)) {
      this.#problem("import.cell-error", at, { value: cellText(cell) });
      return;
    }
    const text = cellText(cell);
    const value = field.value;
    const plain = PLAIN_READERS[value.type];
    if (plain !== undefined) {
      const read = plain.read(cell);
      if (read === undefined) this.#problem(plain.problem, at, { value: text });
      else data.values[field.key] = read;
      return;
    }
    switch (value.type) {
      case "id":
        data.values[field.key] = foldText(text);
        return;
      case "text":
        data.values[field.key] = text;
        return;
      case "key":
        data.values[field.key] = foldText(text).replace(/\s+/g, "").toUpperCase();
        return;
      case "division": {
        const code = normalDivisionCode(cell);
        if (code !== undefined) data.values[field.key] = code;
        else data.refs.set(field.key, { text, header });
        return;
      }
      case "date": {
        const reading = readDate(cell);
        if (reading.ok) data.values[field.key] = reading.date;
        else this.#problem(`import.date-${reading.problem}`, at, { value: text, readings: (reading.readings ?? []).join(" / ") });
        return;
      }
      case "choice": {
        const found = enumValue(value.of, text);
        if (found === undefined) this.#unknownLabel(value.of, text, at);
        else data.values[field.key] = found;
        return;
      }
      case "choices": {
        const found: string[] = [];
        for (const item of splitList(cell)) {
          const one = enumValue(value.of, item);
          if (one === undefined) this.#unknownLabel(value.of, item, at);
          else if (!found.includes(one)) found.push(one);
        }
        if (found.length > 0) data.values[field.key] = found;
        return;
      }
      case "texts":
        data.values[field.key] = splitList(cell);
        return;
      case "ref":
        data.refs.set(field.key, { text, header });
        return;
      case "refs":
        data.refs.set(field.key, { text: splitList(cell), header });
        return;
    }
  }

  #unknownLabel(of: Parameters<typeof enumValue>[0], text: string, at: Place): void {
    const allowed = enumValues(of)
      .map((v) => enumLabel(of, v, this.#locale))
      .join(this.#locale === "en" ? ", " : "、");
    this.#problem("import.label-unknown", at, { value: text, allowed });
  }

  /** Gives every row without an id one: the collection's prefix and a number no other record has. */
  #assignIds(kind: IdKind): void {
    const taken = new Set<string>();
    for (const row of this.#rows[kind]) {
      const id = row.values["id"];
      if (typeof id === "string" && id !== "") taken.add(id);
    }
    let next = 1;
    for (const row of this.#rows[kind]) {
      const id = row.values["id"];
      if (typeof id === "string" && id !== "") {
        row.id = id;
        continue;
      }
      while (taken.has(`${ID_PREFIX[kind]}-${next}`)) next += 1;
      row.id = `${ID_PREFIX[kind]}-${next}`;
      next += 1;
      row.values["id"] = row.id;
    }
  }

  /**
   * A record of one row: field values and resolved references, but for the `skip` keys (the record a
   * nested row belongs to) and division names (resolved later, once the divisions they are looked for in are known).
   */
  #record(row: RowData, refs: References, skip: readonly string[] = []): Fields {
    const record: Fields = {};
    for (const [key, value] of Object.entries(row.values)) setPath(record, key, value);
    for (const [key, { text, header }] of row.refs) {
      if (skip.includes(key) || fieldByKey(row.kind, key)?.value.type === "division") continue;
      const at = { table: this.#tables[row.table]?.name ?? "", row: row.row, column: header };
      const target = refTarget(row.kind, key);
      if (typeof text === "string") {
        const id = refs.resolve(target, text, at, this, undefined);
        if (id !== undefined) record[key] = id;
      } else {
        const ids: string[] = [];
        for (const item of text) {
          const id = refs.resolve(target, item, at, this, undefined);
          if (id !== undefined) ids.push(id);
        }
        if (ids.length > 0) record[key] = ids;
      }
    }
    if (row.extra !== undefined) record["extra"] = row.extra;
    return record;
  }

  readonly #missingTypeColumns = new Set<string>();

  /** A member: individual or group, by its type column or, failing that, by whether it has a relation. */
  #member(row: RowData, refs: References): Fields {
    const record = this.#record(row, refs);
    const type = (row.values["type"] as string | undefined) ?? (row.values["relation"] !== undefined ? "group" : "individual");
    record["type"] = type;
    const table = this.#tables[row.table];
    for (const field of sheetLayout("members").fields) {
      const header = row.headers.get(field.key);
      if (header === undefined) {
        // A column every member of this type needs, missing from the table: said once for the table.
        const key = `${row.table}\u0000${field.key}`;
        if (field.required === type && !this.#missingTypeColumns.has(key)) {
          this.#missingTypeColumns.add(key);
          const column = field.headers[this.#locale][0] as string;
          this.#report("import.column-missing", "error", { table: table?.name ?? "" }, { column, field: field.key });
          this.missingColumns.add(`${table?.name ?? ""}\u0000${column}`);
        }
        continue;
      }
      if (field.only !== undefined && field.only !== type && record[field.key] !== undefined) {
        this.#report(
          "import.field-not-applicable",
          "warning",
          { table: table?.name ?? "", row: row.row, column: header },
          { type: IMPORT_WORDS[type as "individual"][this.#locale] },
        );
        const column = table?.columns.findIndex((c) => c.header === header) ?? -1;
        record["extra"] = { ...(record["extra"] as Fields | undefined), [header]: extraValue(row.cells[column]) };
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a record is a plain object built field by field; the field moves to extra
        delete record[field.key];
      }
      if (field.required === type && record[field.key] === undefined && !this.#cellReported(table as ReadTable, row.row, header)) {
        this.#report("import.value-missing", "error", { table: table?.name ?? "", row: row.row, column: header }, {});
      }
    }
    return record;
  }

  /** Adds a kind of rows' division names, still to resolve into their records, to `pending`, and gives it. */
  #divisionNames(
    kind: SheetKind,
    records: readonly Fields[],
    scope: (record: Fields) => string | undefined,
    pending: PendingDivision[],
  ): PendingDivision[] {
    this.#rows[kind].forEach((row, index) => {
      const record = records[index] as Fields;
      for (const key of row.refs.keys()) {
        if (fieldByKey(kind, key)?.value.type === "division") pending.push({ row, record, key, scope: () => scope(record) });
      }
    });
    return pending;
  }

  /** Division names resolved to codes; an ambiguous name is tried again within its scope's division. */
  #resolveDivisions(pending: readonly PendingDivision[]): void {
    const unresolved = pending.filter((one) => !this.#resolveDivision(one, undefined, false));
    for (const one of unresolved) this.#resolveDivision(one, one.scope(), true);
  }

  #resolveDivision(pending: PendingDivision, scope: string | undefined, last: boolean): boolean {
    const { row, record, key } = pending;
    const { text, header } = row.refs.get(key) as { text: string; header: string };
    const at = { table: this.#tables[row.table]?.name ?? "", row: row.row, column: header };
    if (this.#divisionCount === 0) {
      if (last) this.#problem("import.division-no-list", at, { value: text });
      return false;
    }
    const match = (this.#names as DivisionNames).resolve(text, scope);
    if (match.found === "one") {
      setPath(record, key, match.code);
      return true;
    }
    if (!last) return false;
    if (match.found === "none") this.#problem("import.division-unknown", at, { value: text });
    else {
      const candidates = match.candidates.slice(0, 10).map((d) => `${d.code} ${this.#divisionPath(d.code)}`);
      this.#problem("import.division-ambiguous", at, {
        value: text,
        count: match.candidates.length,
        candidates: candidates.join(this.#locale === "en" ? "; " : "；"),
      });
    }
    return false;
  }

  #divisionCount = 0;

  /** A division's names from the top: 桐城市孔城镇孔城村委会. */
  #divisionPath(code: string): string {
    const names: string[] = [];
    for (
      let c: string | undefined = code;
      c !== undefined;
      c = c.length > 2 ? c.slice(0, c.length === 12 || c.length === 9 ? c.length - 3 : c.length - 2) : undefined
    ) {
      const d = this.#names?.get(c);
      if (d !== undefined) names.unshift(d.name);
    }
    return names.join("");
  }

  /** The divisions table's records, then the caller's divisions with codes not in it. */
  #divisions(records: Record<string, SourceRow[]>): Fields[] {
    const out: Fields[] = [];
    const codes = new Set<string>();
    const rows: SourceRow[] = [];
    for (const row of this.#rows.divisions) {
      const record = ordered({ ...row.values, ...(row.extra === undefined ? {} : { extra: row.extra }) }, SHAPES.divisions);
      out.push(record);
      rows.push([row.table, row.row]);
      if (typeof record["code"] === "string") codes.add(record["code"]);
    }
    for (const division of this.#options.divisions ?? []) {
      if (codes.has(division.code)) continue;
      codes.add(division.code);
      out.push(division);
    }
    records["divisions"] = rows;
    this.#divisionCount = out.length;
    return out;
  }

  #divisionList(nested: Record<string, SourceRow>): Fields | undefined {
    const [first, ...more] = this.#rows.divisionList;
    for (const row of more) {
      this.#report(
        "import.row-skipped",
        "warning",
        { table: this.#tables[row.table]?.name ?? "", row: row.row },
        { reason: IMPORT_WORDS.secondList[this.#locale], text: Object.values(row.values).join(" ") },
      );
    }
    if (first === undefined) return this.#options.divisionList === undefined ? undefined : { ...this.#options.divisionList };
    nested["divisionList"] = [first.table, first.row];
    return ordered({ ...first.values, ...(first.extra === undefined ? {} : { extra: first.extra }) }, SHAPES.divisionList);
  }

  /** Rows nested in associations (approvals, congresses, postponements) placed in them, in row order. */
  #nestInAssociations(
    kind: (typeof ASSOCIATION_ROWS)[number],
    associations: Fields[],
    refs: References,
    nested: Record<string, SourceRow>,
  ): void {
    const index = new Map<string, number>();
    associations.forEach((a, k) => {
      if (typeof a["id"] === "string") index.set(a["id"], k);
    });
    for (const row of this.#rows[kind]) {
      const ref = row.refs.get("association");
      const id =
        ref === undefined ? undefined : refs.resolve("associations", ref.text as string, this.#place(row, "association"), this, undefined);
      const k = id === undefined ? undefined : index.get(id);
      // A row whose association is missing or unknown is reported at that cell, and placed nowhere.
      if (k === undefined) continue;
      const list = ((associations[k] as Fields)[kind] ??= []) as Fields[];
      nested[`associations/${k}/${kind}/${list.length}`] = [row.table, row.row];
      list.push(ordered(this.#record(row, refs, ["association"]), SHAPES[kind]));
    }
  }

  #place(row: RowData, key: string): Place {
    return { table: this.#tables[row.table]?.name ?? "", row: row.row, column: row.refs.get(key)?.header ?? row.headers.get(key) ?? key };
  }

  /**
   * Seat rows grouped into seats of their committees; rows with a member are holdings. Gives the division
   * names of represented units, to resolve within the division of the committee's association.
   */
  #seats(
    committees: Fields[],
    refs: References,
    nested: Record<string, SourceRow>,
    divisionOf: (id: unknown) => string | undefined,
  ): PendingDivision[] {
    const index = new Map<string, number>();
    committees.forEach((c, k) => {
      if (typeof c["id"] === "string") index.set(c["id"], k);
    });
    const pending: PendingDivision[] = [];
    const seats = new Map<string, { committee: number; seat: number; post: unknown }>();
    for (const row of this.#rows.seats) {
      const k = this.#committeeOf(row, refs, index);
      if (k === undefined) continue;
      const committee = committees[k] as Fields;
      const list = (committee["seats"] ??= []) as Fields[];
      const number = row.values["seat"];
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a seat number is read from a cell: a string or a number
      const key = number === undefined ? undefined : `${k}#${String(number)}`;
      let placed = key === undefined ? undefined : seats.get(key);
      if (placed === undefined) {
        placed = { committee: k, seat: list.length, post: row.values["post"] };
        if (key !== undefined) seats.set(key, placed);
        nested[`committees/${k}/seats/${list.length}`] = [row.table, row.row];
        list.push({ post: row.values["post"], holdings: [] });
      } else if (row.values["post"] !== undefined && placed.post !== undefined && row.values["post"] !== placed.post) {
        this.#problem("import.seat-post-conflict", this.#place(row, "post"), {
          seat: String(number),
          // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a post is read from a cell as an enum value, a string
          first: enumLabel("post", String(placed.post), this.#locale),
          // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a post is read from a cell as an enum value, a string
          post: enumLabel("post", String(row.values["post"]), this.#locale),
        });
      }
      const seat = list[placed.seat] as Fields;
      const table = this.#tables[row.table] as ReadTable;
      const isHolding = HOLDING_KEYS.some(
        (h) => row.values[h] !== undefined || row.refs.has(h) || this.#cellReported(table, row.row, row.headers.get(h) ?? ""),
      );
      if (!isHolding) {
        if (row.extra !== undefined) seat["extra"] = { ...(seat["extra"] as Fields | undefined), ...row.extra };
        continue;
      }
      const holding: Fields = {};
      const member = row.refs.get("memberId");
      if (member !== undefined) {
        const id = refs.resolve(
          "members",
          member.text as string,
          this.#place(row, "memberId"),
          this,
          committee["associationId"] as string | undefined,
        );
        if (id !== undefined) holding["memberId"] = id;
      }
      for (const [h, value] of Object.entries(row.values)) if (HOLDING_KEYS.includes(h)) setPath(holding, h, value);
      if (row.extra !== undefined) holding["extra"] = row.extra;
      for (const h of ["memberId", "startOn", "basis"]) {
        const header = row.headers.get(h);
        if (holding[h] === undefined && !row.refs.has(h) && !this.#cellReported(table, row.row, header ?? "")) {
          this.#problem(
            "import.value-missing",
            { table: table.name, row: row.row, column: header ?? (fieldByKey("seats", h)?.headers[this.#locale][0] as string) },
            {},
          );
        }
      }
      const holdings = seat["holdings"] as Fields[];
      nested[`committees/${k}/seats/${placed.seat}/holdings/${holdings.length}`] = [row.table, row.row];
      const record = ordered(holding, SHAPES.holdings);
      holdings.push(record);
      for (const h of row.refs.keys()) {
        if (fieldByKey("seats", h)?.value.type === "division")
          pending.push({ row, record, key: h, scope: () => divisionOf(committee["associationId"]) });
      }
    }
    for (const c of committees) {
      c["seats"] ??= [];
      c["seats"] = (c["seats"] as Fields[]).map((s) => ordered(s, SHAPES.seats));
    }
    return pending;
  }

  /** The committee a seat row belongs to: by its id, or by association and term (or the association's only one). */
  #committeeOf(row: RowData, refs: References, index: ReadonlyMap<string, number>): number | undefined {
    const table = this.#tables[row.table]?.name ?? "";
    const byId = row.refs.get("committee");
    if (byId !== undefined) {
      const id = refs.resolve("committees", byId.text as string, this.#place(row, "committee"), this, undefined);
      return id === undefined ? undefined : index.get(id);
    }
    const association = row.refs.get("association");
    if (association !== undefined) {
      const id = refs.resolve("associations", association.text as string, this.#place(row, "association"), this, undefined);
      if (id === undefined) return undefined;
      const found = refs.committeeOf(id, row.values["term"] as number | undefined);
      if (found !== undefined) return index.get(found);
    }
    this.#problem("import.row-unplaced", { table, row: row.row }, { parent: IMPORT_WORDS.committees[this.#locale] });
    return undefined;
  }

  /** Reports a reference problem (used by {@link References}). */
  referenceProblem(
    code: "import.ref-unknown" | "import.ref-ambiguous",
    at: Place,
    params: Readonly<Record<string, string | number>>,
  ): void {
    this.#problem(code, at, params);
  }
}

/** The target of a referring field. */
function refTarget(kind: SheetKind, key: string): RefTarget {
  const field = fieldByKey(kind, key);
  return field !== undefined && (field.value.type === "ref" || field.value.type === "refs") ? field.value.to : "associations";
}

/** What an extra cell keeps: text trimmed, numbers and booleans as they are, Excel's #NULL! as null. */
function extraValue(cell: Cell): ExtraValue {
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  const text = cellText(cell);
  return text.toUpperCase() === "#NULL!" ? null : text;
}

/** Each field's header, and each extra value's, in a read table (for placing later issues). */
function columnHeaders(table: ReadTable, locale: Locale): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const field of sheetLayout(table.kind).fields) columns[field.key] = field.headers[locale][0] as string;
  for (const column of table.columns) {
    if (column.use === "field") columns[column.field.key] = column.header;
    else if (column.use === "extra") columns[`extra:${column.key}`] = column.header;
  }
  if (table.kind === "seats") {
    // A committee's own fields sit in the committee table; these name the seat row's columns.
    columns["holdings"] = columns["memberId"] ?? "";
  }
  return columns;
}

/** Resolves references by id or unique name, within an association first for members. */
class References {
  readonly #ids: Record<RefTarget, Set<string>>;
  readonly #byName: Record<RefTarget, Map<string, { id: string; association?: string; table: number; row: number }[]>>;
  readonly #tables: readonly ReadTable[];
  readonly #locale: Locale;
  readonly #committees = new Map<string, { id: string; term: unknown }[]>();

  constructor(rows: Readonly<Record<SheetKind, readonly RowData[]>>, tables: readonly ReadTable[], locale: Locale) {
    this.#tables = tables;
    this.#locale = locale;
    this.#ids = { associations: new Set(), members: new Set(), committees: new Set(), persons: new Set() };
    this.#byName = { associations: new Map(), members: new Map(), committees: new Map(), persons: new Map() };
    for (const target of ["associations", "members", "committees", "persons"] as const) {
      for (const row of rows[target]) if (row.id !== undefined) this.#ids[target].add(row.id);
    }
    for (const target of ["associations", "persons"] as const) {
      for (const row of rows[target]) this.#addName(target, row.values["name"], row.id as string, row, undefined);
    }
  }

  #addName(target: RefTarget, name: unknown, id: string, row: { table: number; row: number }, association: string | undefined): void {
    if (typeof name !== "string" || name === "") return;
    const key = matchKey(name);
    const list = this.#byName[target].get(key);
    const entry = { id, table: row.table, row: row.row, ...(association === undefined ? {} : { association }) };
    if (list === undefined) this.#byName[target].set(key, [entry]);
    else list.push(entry);
  }

  /**
   * Indexes members by name, with their associations (members and their rows in the same order); a member
   * that leaves its name to its person goes by the person's name.
   */
  indexMembers(members: readonly Fields[], rows: readonly RowData[], persons: readonly Fields[]): void {
    const personNames = new Map<unknown, unknown>();
    for (const p of persons) personNames.set(p["id"], p["name"]);
    members.forEach((m, k) => {
      const name = m["name"] ?? (m["personId"] === undefined ? undefined : personNames.get(m["personId"]));
      this.#addName("members", name, m["id"] as string, rows[k] as RowData, m["associationId"] as string | undefined);
    });
  }

  indexCommittees(committees: readonly Fields[]): void {
    for (const c of committees) {
      const association = c["associationId"];
      if (typeof association !== "string") continue;
      const list = this.#committees.get(association) ?? [];
      list.push({ id: c["id"] as string, term: c["term"] });
      this.#committees.set(association, list);
    }
  }

  /** An association's committee of a term, or its only committee when no term is given. */
  committeeOf(association: string, term: number | undefined): string | undefined {
    const list = this.#committees.get(association) ?? [];
    const matching = term === undefined ? list : list.filter((c) => c.term === term);
    return matching.length === 1 ? matching[0]?.id : undefined;
  }

  /** The id a cell refers to, or undefined with an issue (unknown, or a name several records share). */
  resolve(target: RefTarget, text: string, at: Place, builder: Builder, association: string | undefined): string | undefined {
    const trimmed = text.trim();
    if (this.#ids[target].has(trimmed)) return trimmed;
    const folded = foldText(trimmed);
    if (this.#ids[target].has(folded)) return folded;
    let candidates = this.#byName[target].get(matchKey(trimmed)) ?? [];
    if (association !== undefined && candidates.length > 1) {
      const inside = candidates.filter((c) => c.association === association);
      if (inside.length > 0) candidates = inside;
    }
    const word = IMPORT_WORDS[target][this.#locale];
    if (candidates.length === 1) return candidates[0]?.id;
    if (candidates.length === 0) {
      builder.referenceProblem("import.ref-unknown", at, { value: trimmed, target: word });
      return undefined;
    }
    const shown = candidates.slice(0, 10).map((c) => {
      const table = this.#tables[c.table]?.name ?? "";
      return this.#locale === "en" ? `${c.id} (${table} row ${c.row})` : `${c.id}（${table} 第 ${c.row} 行）`;
    });
    builder.referenceProblem("import.ref-ambiguous", at, {
      value: trimmed,
      target: word,
      count: candidates.length,
      candidates: shown.join(this.#locale === "en" ? ", " : "、"),
    });
    return undefined;
  }
}
