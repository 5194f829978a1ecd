/**
 * kexie/import: spreadsheet tables in, kexie data sets out, and back. Pure and browser-safe: it reads rows
 * any spreadsheet reader gives, and lays data sets out as sheets any writer can write.
 *
 * @packageDocumentation
 */
export * from "./cells.js";
export * from "./date-forms.js";
export * from "./labels-reverse.js";
export * from "./division-names.js";
export * from "./headers.js";
export * from "./messages.js";
export { importIssue, readTable, whereText, type Column, type GridTable, type ImportTable, type KeyedTable, type Place, type ReadTable, type ReadTableOptions, type Report } from "./tables.js";
export * from "./import-tables.js";
export * from "./locate.js";
export * from "./export-tables.js";
