/**
 * Issues: data problems reported as values, never thrown.
 *
 * @module
 */

import { clipText, describeValue } from "../_lib/describe.js";
// A cycle (misuse.ts reads LOCALES), harmless: each side reads the other only inside functions.
import { misuse, quoteValue, requireLocale } from "../_lib/misuse.js";

/** The languages every label and message exists in. `zh-CN` is the default. */
export type Locale = "zh-CN" | "en";

/**
 * Every supported locale, in a stable order.
 *
 * @example
 * ```ts
 * for (const locale of LOCALES) console.log(label("post", "chair", locale)); // 主席, chair
 * ```
 */
export const LOCALES: readonly Locale[] = ["zh-CN", "en"];

/** How bad an issue is: `error` makes data unusable or non-compliant, `warning` asks for attention. */
export type Severity = "error" | "warning" | "info";

/** Where in the input an issue is: object keys and array indexes from the root. */
export type IssuePath = readonly (string | number)[];

/** A value that may appear in an issue's `params`: plain JSON, so issues serialise as they are. */
export type IssueParam = string | number | boolean | null | readonly (string | number)[];

/**
 * One problem found in the data.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "id.duplicate",
 *   severity: "error",
 *   path: ["associations", 3, "id"],
 *   message: "associations 中的编号 a1 重复（首次出现于 associations[0]）",
 *   params: { entity: "associations", id: "a1", first: "associations[0]" },
 * };
 * ```
 */
export interface Issue {
  /** A stable, dotted identifier of the kind of problem, such as `ref.member-association`. */
  readonly code: string;
  readonly severity: Severity;
  readonly path: IssuePath;
  /** The message in the locale asked for. */
  readonly message: string;
  /** The values the message was built from, for programs that format their own. */
  readonly params: Readonly<Record<string, IssueParam>>;
  /** The id of the charter rule that found it, when a rule did. */
  readonly rule?: string;
}

/** A message template per locale; `{name}` placeholders are filled from an issue's params. */
export type MessageTemplates = Readonly<Record<Locale, string>>;

/** A table of message templates keyed by issue code. */
export type MessageCatalog = Readonly<Record<string, MessageTemplates>>;

/**
 * Declares a module's issue codes with their messages in every locale.
 *
 * The return type keeps the literal codes, so `createIssue` only accepts codes that have messages.
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   "demo.empty": { "zh-CN": "{field} 不能为空", en: "{field} must not be empty" },
 * });
 * ```
 */
export function defineMessages<const C extends Record<string, MessageTemplates>>(catalog: C): C {
  return catalog;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function formatParam(value: IssueParam | undefined): string {
  if (value === undefined || value === null) return "";
  // Arrays in params are paths of ids (a cycle, a chain of parents), so they read as a chain.
  if (Array.isArray(value)) return clipText(value.join(" → "));
  return describeValue(value);
}

/**
 * Fills a message template's `{name}` placeholders from params.
 *
 * @example
 * ```ts
 * formatMessage("{a} 与 {b}", { a: "甲", b: "乙" }); // "甲 与 乙"
 * ```
 */
export function formatMessage(template: string, params: Readonly<Record<string, IssueParam>>): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) =>
    Object.hasOwn(params, name) ? formatParam(params[name]) : `{${name}}`,
  );
}

/**
 * Builds an issue whose message comes from a catalog, in the locale asked for. A code the catalog does
 * not have, or a locale it has no message in, is misuse (a `TypeError`): the issue would have no text.
 *
 * @example
 * ```ts
 * const messages = defineMessages({ "demo.empty": { "zh-CN": "{field} 为空", en: "{field} is empty" } });
 * const issue = createIssue(messages, "demo.empty", "error", ["name"], { field: "name" }, "en");
 * issue.message; // "name is empty"
 * ```
 */
export function createIssue<C extends MessageCatalog>(
  catalog: C,
  code: keyof C & string,
  severity: Severity,
  path: IssuePath,
  params: Readonly<Record<string, IssueParam>>,
  locale: Locale,
  rule?: string,
): Issue {
  const templates = Object.hasOwn(catalog, code) ? catalog[code] : undefined;
  const template = templates !== undefined && Object.hasOwn(templates, locale) ? templates[locale] : undefined;
  if (typeof template !== "string") {
    // Checked only when the look-up failed: issues are made by the million, and a good look-up is proof.
    if (templates === undefined) misuse("createIssue", `the catalog has no code ${quoteValue(code)}`);
    requireLocale("createIssue", locale, "locale");
    misuse("createIssue", `the catalog has no ${locale} message for ${code}`);
  }
  const message = formatMessage(template, params);
  return rule === undefined ? { code, severity, path, message, params } : { code, severity, path, message, params, rule };
}

/**
 * Renders a path the way people read it: `associations[3].id`.
 *
 * @example
 * ```ts
 * formatPath(["associations", 3, "id"]); // "associations[3].id"
 * ```
 */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

/**
 * Counts issues by severity.
 *
 * @example
 * ```ts
 * countBySeverity([{ code: "x", severity: "error", path: [], message: "", params: {} }]);
 * // { error: 1, warning: 0, info: 0 }
 * ```
 */
export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
