/**
 * The export: a data set laid out as the workbook the template describes, one sheet per kind of record,
 * with cells the import reads back to the same data set. Pure: the spreadsheet writer turns the sheets
 * into a file.
 *
 * @module
 */
import type { DatasetInput, Locale } from "kexie";
import { joinList, type Cell } from "./cells.js";
import {
  EXAMPLE_MARKERS,
  EXTRA_PREFIXES,
  ROW_NUMBER_HEADERS,
  SHEETS,
  fieldOfHeader,
  headerKey,
  type FieldLayout,
  type SheetKind,
} from "./headers.js";
import { enumLabel, enumValues } from "./labels-reverse.js";

/**
 * How a column's cells are written: text (kept as text, so codes keep their zeros), a date, a whole number,
 * one choice of a list (a drop-down), or free text holding a list.
 */
export type ColumnFormat = "text" | "date" | "number" | "choice" | "list";

/** One column of an exported sheet: its header, its format, and for a choice the labels to choose from. */
export interface ExportColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  readonly choices?: readonly string[];
}

/** One exported sheet: its title, kind, columns and rows of cells (dates as `YYYY-MM-DD` text). */
export interface ExportSheet {
  readonly title: string;
  readonly kind: SheetKind;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Options of {@link exportTables} and {@link templateTables}. */
export interface ExportOptions {
  /** The language of sheet titles, headers and labels; zh-CN by default. */
  readonly locale?: Locale;
}

type Fields = Readonly<Record<string, unknown>>;

const YES_NO: Readonly<Record<Locale, readonly [string, string]>> = { "zh-CN": ["是", "否"], en: ["yes", "no"] };
const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { "zh-CN": "、", en: ", " };

function valueAt(record: Fields, key: string): unknown {
  let node: unknown = record;
  for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Fields)[part] : undefined;
  return node;
}

/** The format a field's cells are written in. */
function formatOf(field: FieldLayout): ColumnFormat {
  switch (field.value.type) {
    case "date":
      return "date";
    case "number":
      return "number";
    case "boolean":
    case "choice":
      return "choice";
    case "choices":
    case "texts":
    case "refs":
      return "list";
    default:
      return "text";
  }
}

/** The labels a choice column offers. */
function choicesOf(field: FieldLayout, locale: Locale): readonly string[] | undefined {
  if (field.value.type === "boolean") return YES_NO[locale];
  if (field.value.type !== "choice") return undefined;
  const of = field.value.of;
  return enumValues(of).map((value) => enumLabel(of, value, locale));
}

/** A field's value as a cell. */
function cellOf(field: FieldLayout, value: unknown, locale: Locale): Cell {
  if (value === undefined || value === null) return undefined;
  const type = field.value;
  switch (type.type) {
    case "boolean":
      return value === true ? YES_NO[locale][0] : YES_NO[locale][1];
    case "choice":
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a choice holds an enum value, a string
      return enumLabel(type.of, String(value), locale);
    case "choices":
      return joinList(
        (value as string[]).map((v) => enumLabel(type.of, v, locale)),
        LIST_SEPARATOR[locale],
      );
    case "texts":
    case "refs":
      return joinList(value as string[], LIST_SEPARATOR[locale]);
    case "number":
      return value as number;
    default:
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the other fields hold text: a date, a code, an id or a reference
      return String(value);
  }
}

/** One sheet's rows: each a record's fields, then its extra values, with the extra columns found. */
class SheetRows {
  readonly rows: Cell[][] = [];
  readonly #extraKeys: string[] = [];
  readonly #extraIndex = new Map<string, number>();
  readonly #fields: readonly FieldLayout[];
  readonly #locale: Locale;

  constructor(fields: readonly FieldLayout[], locale: Locale) {
    this.#fields = fields;
    this.#locale = locale;
  }

  add(values: Fields, extra: unknown): void {
    const row: Cell[] = this.#fields.map((field) => cellOf(field, valueAt(values, field.key), this.#locale));
    if (typeof extra === "object" && extra !== null) {
      for (const [key, value] of Object.entries(extra as Fields)) {
        let index = this.#extraIndex.get(key);
        if (index === undefined) {
          index = this.#extraKeys.length;
          this.#extraIndex.set(key, index);
          this.#extraKeys.push(key);
        }
        // Excel's own word for an empty value: the import reads it back as null.
        row[this.#fields.length + index] = value === null ? "#NULL!" : (value as Cell);
      }
    }
    this.rows.push(row);
  }

  /** The extra columns' headers: a name the import would read as a field gets the extra prefix. */
  extraHeaders(kind: SheetKind): string[] {
    const prefix = EXTRA_PREFIXES[this.#locale === "en" ? 1 : 0] as string;
    const seen = new Set<string>();
    return this.#extraKeys.map((key) => {
      const k = headerKey(key);
      const taken =
        fieldOfHeader(kind, key) !== undefined ||
        ROW_NUMBER_HEADERS.some((h) => headerKey(h) === k) ||
        EXTRA_PREFIXES.some((p) => k.startsWith(headerKey(p))) ||
        seen.has(k);
      seen.add(k);
      return taken ? `${prefix}${key}` : key;
    });
  }
}

/**
 * A data set as workbook sheets, in the layout of {@link SHEETS}: one row per record (per approval, congress,
 * postponement and seat holding), labels in the locale, references as ids, extra values in columns of their own. The
 * import reads them back to the same data set.
 *
 * @example
 * ```ts
 * const sheets = exportTables(dataset, { locale: "zh-CN" });
 * sheets.map((s) => s.title);
 * // ["科协组织", "批复", "代表大会", "换届延期", "委员会", "委员会席位", "人员", "会员", "活动", "设施", "成果", "行政区划", "区划来源"]
 * ```
 */
export function exportTables(dataset: DatasetInput, options: ExportOptions = {}): ExportSheet[] {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
  if (typeof dataset !== "object" || dataset === null) throw new TypeError("exportTables: dataset must be a data set object");
  const locale = options.locale ?? "zh-CN";
  return SHEETS.map((sheet) => {
    const rows = new SheetRows(sheet.fields, locale);
    for (const [values, extra] of recordsOf(sheet.kind, dataset)) rows.add(values, extra);
    const columns: ExportColumn[] = sheet.fields.map((field) => {
      const choices = choicesOf(field, locale);
      return { header: field.headers[locale][0] as string, format: formatOf(field), ...(choices === undefined ? {} : { choices }) };
    });
    for (const header of rows.extraHeaders(sheet.kind)) columns.push({ header, format: "text" });
    return { title: sheet.titles[locale], kind: sheet.kind, columns, rows: rows.rows };
  });
}

/** The rows of a kind of sheet: each as its field values and its extra values. */
function* recordsOf(kind: SheetKind, dataset: DatasetInput): Generator<[Fields, unknown]> {
  switch (kind) {
    case "associations":
    case "committees":
    case "persons":
    case "members":
    case "activities":
    case "facilities":
    case "outputs":
    case "divisions":
      for (const record of (dataset[kind] ?? []) as Fields[]) yield [record, record["extra"]];
      return;
    case "divisionList":
      if (dataset.divisionList !== undefined) yield [dataset.divisionList, dataset.divisionList.extra];
      return;
    case "approvals":
    case "congresses":
    case "congressPostponements":
      for (const association of dataset.associations ?? []) {
        for (const row of (association[kind] ?? []) as Fields[]) yield [{ ...row, association: association.id }, row["extra"]];
      }
      return;
    case "seats":
      for (const committee of dataset.committees ?? []) {
        let number = 0;
        for (const seat of committee.seats) {
          number += 1;
          const at = { committee: committee.id, seat: number, post: seat.post };
          // A seat's own row carries its extra values; a seat with no holdings still needs a row to exist.
          if (seat.extra !== undefined || seat.holdings.length === 0) yield [at, seat.extra];
          for (const holding of seat.holdings) yield [{ ...at, ...holding }, holding.extra];
        }
      }
      return;
  }
}

/** A small data set with one record of every kind, each marked as the example row. */
function example(locale: Locale): DatasetInput {
  const mark = EXAMPLE_MARKERS[locale];
  const association = "孔城镇科协";
  return {
    formatVersion: 1,
    divisionList: { name: mark, version: "2.7.0" },
    divisions: [{ code: mark, name: "孔城镇", level: "township", parentCode: "340881" }],
    associations: [
      {
        id: mark,
        name: association,
        kind: "township",
        divisionCode: "340881100",
        parentId: "桐城市科协",
        establishedOn: "2019-06-01",
        hostUnit: { name: "孔城镇人民政府" },
        approvals: [
          {
            authority: "association",
            body: "桐城市科协",
            approvedOn: "2019-05-20",
            associationId: "桐城市科协",
            documentNumber: "桐科协〔2019〕12号",
          },
        ],
        charter: { adoptedOn: "2019-06-01" },
        congresses: [{ heldOn: "2019-06-01", number: 1 }],
        congressPostponements: [
          {
            authority: "association",
            body: "桐城市科协",
            approvedOn: "2024-04-01",
            associationId: "桐城市科协",
            postponedTo: "2024-12-31",
          },
        ],
        resources: { office: true, staff: 2, funds: true },
      },
    ],
    committees: [
      {
        id: mark,
        associationId: association,
        term: 1,
        electedOn: "2019-06-01",
        termYears: 5,
        seats: [
          {
            post: "vice-chair",
            holdings: [
              {
                memberId: "王某",
                startOn: "2019-06-01",
                basis: "sector-head",
                appointment: "concurrent",
                onBehalfOf: { name: "孔城镇农业综合服务中心", kind: "agri-service-centre", divisionCode: "340881100" },
              },
            ],
          },
        ],
      },
    ],
    persons: [
      {
        id: mark,
        name: "王某",
        gender: "male",
        birthYear: 1975,
        titleLevel: "intermediate",
        field: "agriculture",
        sectorRoles: ["agri-integrated-service-centre-director"],
      },
    ],
    members: [
      { id: mark, associationId: association, joinedOn: "2019-06-01", type: "individual", personId: "王某", worksInHostUnit: true },
    ],
    activities: [
      {
        id: mark,
        organizerId: association,
        type: "training-class",
        title: "水稻种植技术培训班",
        startsOn: "2019-07-10",
        participantTimes: 60,
        trainees: 60,
        venues: ["village"],
        campaigns: ["science-week"],
        fundingYuan: 3000,
      },
    ],
    facilities: [
      {
        id: mark,
        kind: "science-e-station",
        name: "孔城村科普e站",
        divisionCode: "孔城村",
        associationId: association,
        designatedOn: "2019-09-01",
      },
    ],
    outputs: [
      { id: mark, kind: "award", stage: "applied", associationId: association, date: "2019-10-15", title: "水稻栽培技术推广", count: 1 },
    ],
  };
}

/**
 * The empty workbook's sheets: the layout of {@link exportTables} with one example row per sheet, marked
 * 示例 (example) in its first column so the import passes over it.
 *
 * @example
 * ```ts
 * templateTables({ locale: "en" })[0]?.rows[0]?.[0]; // → "example"
 * ```
 */
export function templateTables(options: ExportOptions = {}): ExportSheet[] {
  return exportTables(example(options.locale ?? "zh-CN"), options);
}
