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
 * An issue's `params`: the values its message was built from, by placeholder name. Any issue's params are
 * these; a known code's are narrower (see {@link ParamsOf}).
 *
 * @example
 * ```ts
 * const params: IssueParams = { entity: "associations", id: "a1", first: "associations[0]" };
 * ```
 */
export type IssueParams = Readonly<Record<string, IssueParam>>;

/**
 * One problem found in the data, with code `C` and params `P`. A function's result names the codes it can
 * return as a union of these, keyed by `code` (see {@link IssueOf}), so a `switch (issue.code)` narrows
 * `params`; `Issue` with no arguments is any issue, such as one from a user-defined rule.
 *
 * @example
 * ```ts
 * const issue: Issue<"id.duplicate", { entity: string; id: string; first: string }> = {
 *   code: "id.duplicate",
 *   severity: "error",
 *   path: ["associations", 3, "id"],
 *   message: "associations 中的编号 a1 重复（首次出现于 associations[0]）",
 *   params: { entity: "associations", id: "a1", first: "associations[0]" },
 * };
 * ```
 */
export interface Issue<C extends string = string, P extends IssueParams = IssueParams> {
  /** A stable, dotted identifier of the kind of problem, such as `ref.member-association`. */
  readonly code: C;
  readonly severity: Severity;
  readonly path: IssuePath;
  /** The message in the locale asked for. */
  readonly message: string;
  /** The values the message was built from, for programs that format their own. */
  readonly params: Readonly<P>;
  /** The id of the charter rule that found it, when a rule did. */
  readonly rule?: string;
}

/** A message template per locale; `{name}` placeholders are filled from an issue's params. */
export type MessageTemplates = Readonly<Record<Locale, string>>;

/** A table of message templates keyed by issue code. */
export type MessageCatalog = Readonly<Record<string, MessageTemplates>>;

/** The names of a template's `{name}` placeholders, as a union. */
type PlaceholdersOf<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** One param per name; with no names, none at all (`{}` would take any object). */
type NamedParams<N extends string> = [N] extends [never] ? { readonly [name: string]: never } : { readonly [Name in N]: IssueParam };

/**
 * Message templates whose params are declared, because they carry more than the placeholders show (ids
 * for programs, a cycle as a list) or are narrower than any {@link IssueParam}. The key exists in the type
 * only: at run time the templates are the plain object.
 *
 * @example
 * ```ts
 * type Cycle = TemplatesWithParams<{ "zh-CN": "循环：{cyclePath}"; en: "cycle: {cyclePath}" }, { cyclePath: string; cycle: readonly string[] }>;
 * ```
 */
export type TemplatesWithParams<T extends MessageTemplates, P extends IssueParams> = T & { readonly "~params"?: P };

/**
 * The params an issue of templates `T` carries: those declared with {@link withParams}, else one
 * {@link IssueParam} per placeholder of its messages, else (templates not known as literals) any params.
 *
 * @example
 * ```ts
 * type P = ParamsOf<(typeof HIERARCHY_MESSAGES)["hierarchy.self-parent"]>; // { readonly id: IssueParam }
 * ```
 */
export type ParamsOf<T extends MessageTemplates> = T extends { readonly "~params"?: infer P; readonly en: string }
  ? unknown extends P
    ? string extends T[Locale]
      ? IssueParams
      : NamedParams<PlaceholdersOf<T["zh-CN"]> | PlaceholdersOf<T["en"]>>
    : P
  : never;

/**
 * The issues a catalog's codes `K` make: a union keyed by `code`, each with its own `params`.
 *
 * @example
 * ```ts
 * function describe(issue: IssueOf<typeof HIERARCHY_MESSAGES>): string {
 *   switch (issue.code) {
 *     case "hierarchy.cycle":
 *       return `cycle of ${String(issue.params.count)}`;
 *     default:
 *       return issue.message;
 *   }
 * }
 * ```
 */
export type IssueOf<C extends MessageCatalog, K extends keyof C & string = keyof C & string> = {
  readonly [Code in keyof C & string]: Issue<Code, ParamsOf<C[Code]>>;
}[K];

/**
 * Declares a module's issue codes with their messages in every locale.
 *
 * The return type keeps the literal codes and templates, so `createIssue` only accepts codes that have
 * messages, with the params their placeholders name.
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

/**
 * Declares the params of one code's templates inside {@link defineMessages}, when they carry more than
 * the placeholders show or are narrower than any {@link IssueParam}. Returns the templates as they are.
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   "demo.cycle": withParams<{ cyclePath: string; cycle: readonly string[] }>()({
 *     "zh-CN": "循环：{cyclePath}",
 *     en: "cycle: {cyclePath}",
 *   }),
 * });
 * ```
 */
export function withParams<P extends IssueParams>(): <const T extends MessageTemplates>(templates: T) => DeclaredTemplates<T, P> {
  return identity as <const T extends MessageTemplates>(templates: T) => DeclaredTemplates<T, P>;
}

/**
 * The templates with their declared params, or, when a placeholder is not among them, a type no catalog
 * accepts, naming the placeholders left out (a message would print `{name}` as it is).
 */
type DeclaredTemplates<T extends MessageTemplates, P extends IssueParams> = [
  Exclude<PlaceholdersOf<T["zh-CN"]> | PlaceholdersOf<T["en"]>, keyof P & string>,
] extends [never]
  ? TemplatesWithParams<T, P>
  : { readonly "placeholders not in the declared params": Exclude<PlaceholdersOf<T["zh-CN"]> | PlaceholdersOf<T["en"]>, keyof P & string> };

function identity<T>(value: T): T {
  return value;
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
 * formatMessage("{a} 与 {b}", { a: "甲", b: "乙" }); // → "甲 与 乙"
 * ```
 */
export function formatMessage(template: string, params: Readonly<Record<string, IssueParam>>): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => (Object.hasOwn(params, name) ? formatParam(params[name]) : `{${name}}`));
}

/**
 * What {@link createIssue} takes: the catalog and one of its codes, the params that code's messages need,
 * where the problem is; `severity` is `error` and `locale` `zh-CN` unless given; `rule` is the id of the
 * charter rule that found it.
 *
 * @example
 * ```ts
 * const init: IssueInit<typeof HIERARCHY_MESSAGES, "hierarchy.self-parent"> = {
 *   catalog: HIERARCHY_MESSAGES,
 *   code: "hierarchy.self-parent",
 *   params: { id: "a1" },
 *   path: [0, "parentId"],
 * };
 * ```
 */
export interface IssueInit<C extends MessageCatalog, K extends keyof C & string> {
  readonly catalog: C;
  readonly code: K;
  readonly params: ParamsOf<C[K]>;
  readonly path: IssuePath;
  readonly severity?: Severity | undefined;
  readonly locale?: Locale | undefined;
  readonly rule?: string | undefined;
}

/**
 * Builds an issue whose message comes from a catalog, in the locale asked for. A code the catalog does
 * not have, or a locale it has no message in, is misuse (a `TypeError`): the issue would have no text.
 *
 * @example
 * ```ts
 * const messages = defineMessages({ "demo.empty": { "zh-CN": "{field} 为空", en: "{field} is empty" } });
 * const issue = createIssue({ catalog: messages, code: "demo.empty", params: { field: "name" }, path: ["name"], locale: "en" });
 * issue.message; // → "name is empty"
 * ```
 */
export function createIssue<const C extends MessageCatalog, const K extends keyof C & string>(init: IssueInit<C, K>): IssueOf<C, K> {
  const { catalog, code, params, path, severity = "error", locale = "zh-CN", rule } = init;
  const templates = Object.hasOwn(catalog, code) ? catalog[code] : undefined;
  const template = templates !== undefined && Object.hasOwn(templates, locale) ? templates[locale] : undefined;
  if (typeof template !== "string") {
    // Checked only when the look-up failed: issues are made by the million, and a good look-up is proof.
    if (templates === undefined) misuse("createIssue", `the catalog has no code ${quoteValue(code)}`);
    requireLocale("createIssue", locale, "locale");
    misuse("createIssue", `the catalog has no ${locale} message for ${code}`);
  }
  const message = formatMessage(template, params);
  const issue: Issue<K, ParamsOf<C[K]>> = rule === undefined
    ? { code, severity, path, message, params }
    : { code, severity, path, message, params, rule };
  return issue;
}

/**
 * Renders a path the way people read it: `associations[3].id`.
 *
 * @example
 * ```ts
 * formatPath(["associations", 3, "id"]); // → "associations[3].id"
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
