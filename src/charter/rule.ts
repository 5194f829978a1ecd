/**
 * A charter rule: an id, a bilingual title, the text it comes from, the associations it applies to, and a
 * pure check that returns issues.
 *
 * @module
 */
import type { Issue, IssuePath, Locale } from "../issue/issue.js";
import type { CharterIssue } from "./messages.js";
import type { Association, AssociationKind } from "../model/association.js";
import type { Committee } from "../model/committee.js";
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { dateOption } from "../model/option-schemas.js";

import type { SeatedHolding } from "../model/committee-status.js";
import type { ValidationContext } from "./context.js";

/** A text in every supported locale. */
export type Bilingual = Readonly<Record<Locale, string>>;

/**
 * Where a rule comes from. `date` and `link` are `null` when they are not known: an absent date is
 * recorded as absent, never guessed. `date` may be a year (`"2019"`), a month or a day.
 *
 * @example
 * ```ts
 * const seed: Citation = {
 *   title: "桐城市科协：创新组织设置形式 建立市直机关科协",
 *   issuer: "桐城市科协 (via 澎湃新闻)",
 *   date: "2020-09-07",
 *   link: null,
 * };
 * ```
 */
export interface Citation {
  readonly title: string;
  readonly issuer: string;
  readonly date: string | null;
  readonly link: string | null;
  /** What the citation is for, or what is uncertain about it. */
  readonly note?: string;
}

/**
 * Which associations a rule applies to, as of the validation date.
 *
 * - `kinds`: the association kinds it covers (`"all"` for every kind).
 * - `region`: a division-code prefix (`"340881"` Tongcheng, `"37"` Shandong); an association's code is its
 *   own `divisionCode`, or else its nearest ancestor's.
 * - `from` / `until`: the window, inclusive, in which the rule is in force; compared with `asOf`. Each a
 *   `YYYY-MM-DD` date from 1900-01-01 to 2099-12-31, as `asOf` is.
 * - `status`: `"active"` (default) checks only associations that exist on `asOf`; `"any"` checks all,
 *   for rules about dissolved ones.
 *
 * @example
 * ```ts
 * const scope: AppliesTo = { kinds: ["township"], region: "37", from: "2020-01-01" };
 * ```
 */
export interface AppliesTo {
  readonly kinds: readonly AssociationKind[] | "all";
  readonly region?: string;
  readonly from?: string;
  readonly until?: string;
  readonly status?: "active" | "any";
}

/**
 * The committee in office on `asOf` (see `committeeOn`), with its dataset path and the holdings in
 * effect that day.
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const office = createRuleInput(dataset.associations[2]!, 2, context, "2020-09-07", "zh-CN").office;
 * office?.seatedMemberIds.size; // → undefined
 * ```
 */
export interface CommitteeInOffice {
  readonly committee: Committee;
  /** `["committees", i]`, or `[]` when the committee is not in the context's dataset. */
  readonly path: IssuePath;
  readonly seated: readonly SeatedHolding[];
  /** Distinct members holding a seat on `asOf`: the committee's "seated members". */
  readonly seatedMemberIds: ReadonlySet<string>;
}

/**
 * What a rule's check receives for one association. `office` is computed on first use and shared by
 * every rule that checks the same association.
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const hasWebsite = (input: RuleInput) => input.association.extra?.website !== undefined;
 * hasWebsite(createRuleInput(dataset.associations[2]!, 2, context, "2020-09-07", "zh-CN")); // → false
 * ```
 */
export interface RuleInput {
  readonly association: Association;
  /** `["associations", i]`, or `[]` when the association is not in the context's dataset. */
  readonly path: IssuePath;
  readonly context: ValidationContext;
  readonly asOf: string;
  readonly locale: Locale;
  readonly office: CommitteeInOffice | undefined;
}

/**
 * A charter rule. `check` must be pure: it reads its input and returns issues whose `rule` is the rule's
 * id. `codes` lists the issue codes it may return, for documentation and completeness tests. `I` is the
 * issues it reports: `CharterIssue` for the built-in rules, a user's own union for theirs (inferred by
 * {@link defineRule}), so a report's issues narrow by code.
 *
 * @example
 * ```ts
 * const title = { "zh-CN": "自定规则", en: "Our rule" };
 * const rule: Rule = defineRule({ id: "mine/charter", title, source, appliesTo: { kinds: "all" }, codes: [], check: () => [] });
 * rule.source.length; // → 1
 * ```
 */
export interface Rule<I extends Issue = Issue> {
  /** A stable id, `set/rule`, carried by every issue the rule reports. */
  readonly id: string;
  /** The rule's title in zh-CN and en. */
  readonly title: Bilingual;
  /** Where the rule comes from. */
  readonly source: readonly Citation[];
  /** Which associations, where and when, the rule judges. */
  readonly appliesTo: AppliesTo;
  /** The issue codes the rule can report. */
  readonly codes: readonly string[];
  /** The pure check: the issues for one association, or none. */
  readonly check: (input: RuleInput) => readonly I[];
}

/**
 * A built-in rule: its issues are {@link CharterIssue}s, which narrow by code.
 *
 * @example
 * ```ts
 * const rule: CharterRule = committeeSize({ id: "mine/committee-size", source, appliesTo: { kinds: ["village"] }, min: 5 });
 * ```
 */
export type CharterRule = Rule<CharterIssue>;

/** What {@link defineRule} accepts: a rule whose `source` may be one citation. */
export type RuleDefinition<I extends Issue = Issue> = Omit<Rule<I>, "source"> & { readonly source: Citation | readonly Citation[] };

function isCitation(value: unknown): value is Citation {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The schema of a title in both languages, each a non-empty string; built on each call, so only inside
 * a `lazy` schema.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ title: bilingualSchema() }));
 * schema().safeParse({ title: { "zh-CN": "章程", en: "" } }).success; // → false
 * ```
 */
export function bilingualSchema(): z.ZodType<Bilingual> {
  const text = z.string().min(1, { error: "a non-empty string" });
  return z.object({ "zh-CN": text, en: text });
}

/**
 * The schema of a `source`: one citation or a non-empty list of them; built on each call, so only inside a
 * `lazy` schema.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ source: sourceSchema() }));
 * schema().safeParse({ source: [] }).success; // → false
 * ```
 */
export function sourceSchema(): z.ZodType<Citation | readonly Citation[]> {
  return z.custom<Citation | readonly Citation[]>(
    (value) => isCitation(value) || (Array.isArray(value) && value.length > 0 && value.every(isCitation)),
    { error: "a citation or a non-empty list of citations" },
  );
}

/**
 * The schema of `appliesTo.kinds`: a list of association kinds, or `"all"`; built on each call, so only
 * inside a `lazy` schema.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ appliesTo: z.object({ kinds: kindsSchema() }) }));
 * schema().safeParse({ appliesTo: { kinds: "all" } }).success; // → true
 * ```
 */
export function kindsSchema(): z.ZodType<"all" | readonly AssociationKind[]> {
  return z.custom<"all" | readonly AssociationKind[]>(
    (value) => value === "all" || (Array.isArray(value) && value.every((kind) => typeof kind === "string")),
    { error: 'a list of association kinds, or "all"' },
  );
}

// What a rule definition must hold. The rule keeps the caller's own values (its check function, the
// extra keys of appliesTo such as region), so only the check's verdict is used, not its output.
const definitionSchema = lazy(() =>
  z.object({
    id: z.string().min(1, { error: "a non-empty string" }),
    title: bilingualSchema(),
    source: sourceSchema(),
    appliesTo: z.object({
      kinds: kindsSchema(),
      // The window is compared with asOf as text, which is right only for dates asOf could be.
      from: dateOption().optional(),
      until: dateOption().optional(),
    }),
    codes: z.array(z.string()).optional(),
    check: z.custom<RuleDefinition["check"]>((value) => typeof value === "function", { error: "a function" }),
  }),
);

/**
 * Checks a rule definition and returns it frozen, with `source` as a list. A malformed definition is a
 * programming error and throws a `TypeError` of the one misuse form, e.g.
 * `defineRule: definition.appliesTo.kinds must be a list of association kinds, or "all"; got "some"`.
 *
 * @example
 * ```ts
 * import { createIssue, defineMessages } from "kexie";
 * import { defineRule } from "kexie/charter";
 *
 * const messages = defineMessages({
 *   "mine.name-too-long": { "zh-CN": "名称超过 {max} 个字", en: "name longer than {max} characters" },
 * });
 * const nameLength = defineRule({
 *   id: "mine/name-length",
 *   title: { "zh-CN": "名称长度", en: "Name length" },
 *   source: { title: "本单位命名规范", issuer: "本单位", date: null, link: null },
 *   appliesTo: { kinds: ["village"] },
 *   codes: ["mine.name-too-long"],
 *   check: ({ association, path, locale }) =>
 *     association.name.length > 20
 *       ? [createIssue({ catalog: messages, code: "mine.name-too-long", params: { max: 20 }, path: [...path, "name"], severity: "warning", locale, rule: "mine/name-length" })]
 *       : [],
 * });
 * ```
 */
export function defineRule<I extends Issue>(definition: RuleDefinition<I>): Rule<I> {
  return checkedRule("defineRule", definition);
}

/**
 * {@link defineRule} on behalf of another function (a rule factory), whose name starts every misuse
 * message, since that is the function the caller called; `argument` names what the caller passed
 * (`options` for a factory). Misuse reads `fn: definition.title.en must be a non-empty string; got ""`.
 *
 * @example
 * ```ts
 * const definition = { id: "", title: { "zh-CN": "章程", en: "Charter" }, source, appliesTo: { kinds: "all" as const }, codes: [], check: () => [] };
 * checkedRule("committeeSize", definition); // throws TypeError: committeeSize: definition.id must be a non-empty string …
 * ```
 */
export function checkedRule<I extends Issue>(fn: string, definition: RuleDefinition<I>, argument = "definition"): Rule<I> {
  checkOptions(fn, definitionSchema(), definition, argument);
  const d = definition;
  const sources: readonly Citation[] = isCitation(d.source) ? [d.source] : d.source;
  return Object.freeze({
    id: d.id,
    title: Object.freeze({ ...d.title }),
    source: Object.freeze([...sources]),
    appliesTo: Object.freeze({ ...d.appliesTo }),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a definition from JavaScript may leave codes out
    codes: Object.freeze([...(d.codes ?? [])]),
    check: d.check,
  });
}

/**
 * Whether a value looks like a rule (used to tell rules from rule sets in option lists).
 *
 * @example
 * ```ts
 * isRule(TONGCHENG_2019.rules[0]); // → true
 * isRule(TONGCHENG_2019); // → false
 * ```
 */
export function isRule(value: unknown): value is Rule {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Partial<Rule>).id === "string" &&
    typeof (value as Partial<Rule>).check === "function"
  );
}
