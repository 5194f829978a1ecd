/**
 * Messages for the issues `importTables` reports, in zh-CN and en. Every message starts with where the
 * problem is: the table, the row as the spreadsheet numbers it, and the column header.
 *
 * @module
 */
import { defineMessages, type Issue, type ParamsOf } from "kexie";

/**
 * Every issue code `importTables` can report, with its message templates; `{where}` is the table, row and
 * column (see {@link WHERE_MESSAGES}).
 *
 * @example
 * ```ts
 * IMPORT_MESSAGES["import.date-invalid"]["zh-CN"]; // → "{where}：{value} 不是有效日期"
 * ```
 */
export const IMPORT_MESSAGES = defineMessages({
  "import.table-kind-unknown": {
    "zh-CN": "{where}：无法判断这张表记录的是什么（科协组织、委员会、会员、活动……），请按模板命名工作表或列标题；表中 {rows} 行未导入",
    en: "{where}: cannot tell what this table records (associations, committees, members, activities…); name the sheet or its headers as the template does. Its {rows} rows were not imported",
  },
  "import.header-not-found": {
    "zh-CN": "{where}：找不到标题行（前 {scanned} 行中没有认识的列标题）；表中 {rows} 行未导入",
    en: "{where}: no header row found (no known column header in the first {scanned} rows); its {rows} rows were not imported",
  },
  "import.column-extra": {
    "zh-CN": "{where}：列「{column}」不是 kexie 的字段，其值保存在 extra 中",
    en: "{where}: column {column} is not a kexie field; its values are kept in extra",
  },
  "import.column-duplicate": {
    "zh-CN": "{where}：列「{column}」与列「{first}」都表示 {field}，只读取第一列；本列的值保存在 extra 中",
    en: "{where}: columns {first} and {column} both mean {field}; the first is read and this one's values are kept in extra",
  },
  "import.column-mapping": {
    "zh-CN": "{where}：列映射把「{column}」指向 {field}，但此表（{kind}）没有这个字段；按未知列处理",
    en: "{where}: the column mapping sends {column} to {field}, which this table ({kind}) does not have; it is read as an unknown column",
  },
  "import.row-skipped": {
    "zh-CN": "{where}：看作{reason}，未导入：{text}",
    en: "{where}: read as {reason} and not imported: {text}",
  },
  "import.column-missing": {
    "zh-CN": "{where}：缺少必填列「{column}」（{field}），每行都缺这一项",
    en: "{where}: the required column {column} ({field}) is missing, so every row lacks it",
  },
  "import.value-missing": {
    "zh-CN": "{where}：必填，不能为空",
    en: "{where}: required, but empty",
  },
  "import.cell-error": {
    "zh-CN": "{where}：单元格是 Excel 错误值 {value}，请修正公式",
    en: "{where}: the cell holds the Excel error {value}; fix its formula",
  },
  "import.cell-unreadable": {
    "zh-CN": "{where}：单元格的值无法读取（{value}）",
    en: "{where}: the cell's value cannot be read ({value})",
  },
  "import.date-invalid": {
    "zh-CN": "{where}：{value} 不是有效日期",
    en: "{where}: {value} is not a valid date",
  },
  "import.date-ambiguous": {
    "zh-CN": "{where}：{value} 有两种读法（{readings}），请写成 2019-03-15 的形式",
    en: "{where}: {value} can be read two ways ({readings}); write it as 2019-03-15",
  },
  "import.date-partial": {
    "zh-CN": "{where}：{value} 缺少月或日，请写出完整日期",
    en: "{where}: {value} has no month or day; write the whole date",
  },
  "import.number-invalid": {
    "zh-CN": "{where}：{value} 不是整数",
    en: "{where}: {value} is not a whole number",
  },
  "import.boolean-invalid": {
    "zh-CN": "{where}：{value} 应为“是”或“否”",
    en: "{where}: {value} should be yes or no",
  },
  "import.code-invalid": {
    "zh-CN": "{where}：{value} 不是代码（应只含数字和字母）",
    en: "{where}: {value} is not a code (digits and letters only)",
  },
  "import.label-unknown": {
    "zh-CN": "{where}：不认识「{value}」，可填：{allowed}",
    en: "{where}: {value} is not known; one of: {allowed}",
  },
  "import.field-not-applicable": {
    "zh-CN": "{where}：{type}没有此项，值保存在 extra 中",
    en: "{where}: a {type} has no such field; the value is kept in extra",
  },
  "import.ref-unknown": {
    "zh-CN": "{where}：找不到编号或名称为「{value}」的{target}",
    en: "{where}: no {target} has the id or name {value}",
  },
  "import.ref-ambiguous": {
    "zh-CN": "{where}：名称「{value}」有 {count} 个{target}：{candidates}；请改填编号",
    en: "{where}: {count} {target} records are named {value}: {candidates}; give the id instead",
  },
  "import.division-unknown": {
    "zh-CN": "{where}：区划列表中找不到「{value}」",
    en: "{where}: {value} is not in the division list",
  },
  "import.division-ambiguous": {
    "zh-CN": "{where}：区划「{value}」有 {count} 处：{candidates}；请填代码，或写出上级（如 孔城镇孔城村）",
    en: "{where}: {count} divisions are called {value}: {candidates}; give the code, or the names above it as well (town and village)",
  },
  "import.division-no-list": {
    "zh-CN": "{where}：「{value}」是名称而不是代码，但没有给出区划列表，无法换算",
    en: "{where}: {value} is a name, not a code, and no division list was given to look it up in",
  },
  "import.row-unplaced": {
    "zh-CN": "{where}：找不到此行所属的{parent}，未导入",
    en: "{where}: the {parent} this row belongs to cannot be found; not imported",
  },
  "import.seat-post-conflict": {
    "zh-CN": "{where}：同一席位（{seat} 号）的职务前后不一致：{first} 与 {post}",
    en: "{where}: one seat (number {seat}) has two posts: {first} and {post}",
  },
});

/** An issue code `importTables` can report. */
export type ImportIssueCode = keyof typeof IMPORT_MESSAGES;

/**
 * Where an import issue is, in every import issue's params: the table, and the row and column header when
 * the issue is at a row or a cell; `where` is the place as the message writes it.
 *
 * @example
 * ```ts
 * const place: ImportPlaceParams = { where: "组织名单 第 14 行「名称」", table: "组织名单", row: 14, column: "名称" };
 * ```
 */
export type ImportPlaceParams = { readonly where: string; readonly table: string; readonly row?: number; readonly column?: string };

/**
 * An issue `importTables` reports, keyed by `code`: its message's params and the place.
 *
 * @example
 * ```ts
 * const result = importTables([{ name: "组织名单", rows: [{ 名称: "孔城镇科协", 类型: "乡镇科协", 成立日期: "六月" }] }]);
 * const bad = result.issues.flatMap((issue) => (issue.code === "import.date-invalid" ? [issue.params.value] : []));
 * bad; // → ["六月"]
 * ```
 */
export type ImportIssue = {
  readonly [K in ImportIssueCode]: Issue<K, Omit<ParamsOf<(typeof IMPORT_MESSAGES)[K]>, keyof ImportPlaceParams> & ImportPlaceParams>;
}[ImportIssueCode];

/**
 * How a place in the tables is written in messages: a table, a row of it, a cell.
 *
 * @example
 * ```ts
 * formatMessage(WHERE_MESSAGES.cell["zh-CN"], { table: "组织名单", row: 14, column: "成立日期" });
 * // "组织名单 第 14 行「成立日期」"
 * ```
 */
export const WHERE_MESSAGES = defineMessages({
  table: { "zh-CN": "{table}", en: "{table}" },
  row: { "zh-CN": "{table} 第 {row} 行", en: "{table} row {row}" },
  cell: { "zh-CN": "{table} 第 {row} 行「{column}」", en: "{table} row {row} [{column}]" },
});

/**
 * Words the import messages put in their placeholders: the kinds of record, the reasons a row is skipped.
 *
 * @example
 * ```ts
 * IMPORT_WORDS.associations.en; // → "association"
 * ```
 */
export const IMPORT_WORDS = defineMessages({
  associations: { "zh-CN": "科协组织", en: "association" },
  members: { "zh-CN": "会员", en: "member" },
  committees: { "zh-CN": "委员会", en: "committee" },
  persons: { "zh-CN": "人员", en: "person" },
  individual: { "zh-CN": "个人会员", en: "individual member" },
  group: { "zh-CN": "团体会员", en: "group member" },
  note: { "zh-CN": "表尾注释", en: "a note" },
  total: { "zh-CN": "合计行", en: "a total row" },
  example: { "zh-CN": "模板示例行", en: "the template's example row" },
  above: { "zh-CN": "标题行以上的内容", en: "text above the header row" },
  secondList: { "zh-CN": "多余的区划来源行（只读第一行）", en: "a second division-list row (only the first is read)" },
});
