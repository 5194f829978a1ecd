/**
 * kexie/import: spreadsheet tables in, kexie data sets out, and back. Pure and browser-safe: it reads rows
 * any spreadsheet reader gives, and lays data sets out as sheets any writer can write.
 *
 * @packageDocumentation
 */
export {
  cellText,
  columnLetter,
  foldText,
  isBlank,
  isExcelError,
  joinList,
  matchKey,
  readWholeNumber,
  readYesNo,
  splitList,
  type Cell,
} from "./cells.js";
export { calendarDate, dateOfExcelSerial, excelSerialOfDate, readDate, type DateReading } from "./date-forms.js";
export { enumLabel, enumValue, enumValues, enumVariants, type ImportEnum } from "./labels-reverse.js";
export { DivisionNames, type DivisionMatch } from "./division-names.js";
export {
  EXAMPLE_MARKERS,
  EXTRA_PREFIXES,
  LIST_SHEET_TITLES,
  ROW_NUMBER_HEADERS,
  SHEETS,
  SHEET_COLLECTION,
  fieldByKey,
  fieldOfHeader,
  headerKey,
  sheetLayout,
  type FieldLayout,
  type FieldType,
  type MemberType,
  type RefTarget,
  type SheetKind,
  type SheetLayout,
} from "./headers.js";
export { IMPORT_MESSAGES, IMPORT_WORDS, WHERE_MESSAGES, type ImportIssue, type ImportIssueCode } from "./messages.js";
export {
  importIssue,
  readTable,
  whereText,
  type Column,
  type GridTable,
  type ImportTable,
  type KeyedTable,
  type Place,
  type ReadTable,
  type ReadTableOptions,
  type Report,
} from "./tables.js";
export { importTables, normalDivisionCode, type ImportOptions, type ImportResult } from "./import-tables.js";
export { locateIssue, placeOf, type ImportSources, type SourceRow } from "./locate.js";
export {
  exportTables,
  templateTables,
  type ColumnFormat,
  type ExportColumn,
  type ExportOptions,
  type ExportSheet,
} from "./export-tables.js";
