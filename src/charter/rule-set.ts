/**
 * Rule sets: named, dated lists of rules, and their composition.
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import type { Issue } from "../issue/issue.js";
import type { CharterIssue } from "./messages.js";
import { bilingualSchema, isRule, type Bilingual, type Rule } from "./rule.js";

/**
 * A named, dated list of rules. `date` is when the rules took effect or were published (a year, month
 * or day), or `null` when that is not known.
 *
 * @example
 * ```ts
 * TONGCHENG_2019.rules.map((rule) => rule.id);
 * ```
 */
export interface RuleSet<I extends Issue = Issue> {
  readonly id: string;
  readonly title: Bilingual;
  readonly date: string | null;
  readonly rules: readonly Rule<I>[];
}

const definitionSchema = lazy(() =>
  z.object({
    id: z.string().min(1, { error: "a non-empty string" }),
    title: bilingualSchema(),
    date: z.custom<string | null>((value) => value === null || typeof value === "string", {
      error: "a date (a year, month or day) or null",
    }),
    rules: z.array(z.custom<Rule>(isRule, { error: "a rule from defineRule" })).superRefine((rules, ctx) => {
      const seen = new Set<string>();
      rules.forEach((rule, i) => {
        if (seen.has(rule.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "an id no other rule of the set has" });
        seen.add(rule.id);
      });
    }),
  }),
);

/**
 * A set of built-in rules: its issues are {@link CharterIssue}s, which narrow by code.
 *
 * @example
 * ```ts
 * const report = validateDataset(dataset, { asOf: "2020-09-07", rules: [TONGCHENG_2019 satisfies CharterRuleSet] });
 * ```
 */
export type CharterRuleSet = RuleSet<CharterIssue>;

/**
 * Checks a rule set and returns it frozen. Two rules with one id in one set is a programming error and
 * throws a `TypeError`, as does anything that is not a rule:
 * `defineRuleSet: definition.rules[1].id must be an id no other rule of the set has; got "tongcheng-2019/charter"`.
 *
 * @example
 * ```ts
 * const mine = defineRuleSet({
 *   id: "mine-2024",
 *   title: { "zh-CN": "本市规则（2024）", en: "Our city's rules (2024)" },
 *   date: "2024-03-01",
 *   rules: [...TONGCHENG_2019.rules, committeeSize({ id: "mine-2024/committee-size", source, appliesTo: { kinds: ["village"] }, min: 5 })],
 * });
 * ```
 */
export function defineRuleSet<I extends Issue>(definition: RuleSet<I>): RuleSet<I> {
  const d = checkOptions("defineRuleSet", definitionSchema(), definition, "definition");
  return Object.freeze({ id: d.id, title: Object.freeze({ ...d.title }), date: d.date, rules: Object.freeze([...definition.rules]) });
}

/**
 * Flattens rules and rule sets into one list, one rule per id. When an id comes again, the later rule
 * replaces the earlier one in the earlier one's place: a user's rule with a built-in id overrides the
 * built-in rule without changing the order of the report.
 *
 * @example
 * ```ts
 * const stricter = committeeSize({ id: "tongcheng-2019/committee-size", source, appliesTo: { kinds: ["village"] }, min: 7 });
 * // A rule with an id already in the set takes its place.
 * flattenRules([TONGCHENG_2019, stricter]).length === TONGCHENG_2019.rules.length; // → true
 * ```
 */
export function flattenRules<I extends Issue>(parts: readonly (Rule<I> | RuleSet<I>)[]): Rule<I>[] {
  const slot = new Map<string, number>();
  const rules: Rule<I>[] = [];
  const add = (rule: Rule<I>): void => {
    const at = slot.get(rule.id);
    if (at === undefined) {
      slot.set(rule.id, rules.length);
      rules.push(rule);
    } else rules[at] = rule;
  };
  for (const part of parts) {
    if (isRule(part)) add(part);
    else for (const rule of part.rules) add(rule);
  }
  return rules;
}

/**
 * Composes rule sets (and single rules) into one rule set, one rule per id (later wins, in the earlier
 * place; see {@link flattenRules}). Its id and title join the parts'; its date is the latest known.
 * Rename it with `defineRuleSet({ ...composed, id, title })`.
 *
 * @example
 * ```ts
 * const agencies = composeRuleSets(TONGCHENG_2019, TERMS_AND_CONGRESSES);
 * agencies.id; // → "tongcheng-2019+terms-and-congresses"
 * ```
 */
export function composeRuleSets<I extends Issue>(...parts: readonly (Rule<I> | RuleSet<I>)[]): RuleSet<I> {
  let date: string | null = null;
  const ids: string[] = [];
  const zh: string[] = [];
  const en: string[] = [];
  for (const part of parts) {
    ids.push(part.id);
    zh.push(part.title["zh-CN"]);
    en.push(part.title.en);
    if (!isRule(part) && part.date !== null && (date === null || part.date > date)) date = part.date;
  }
  return Object.freeze({
    id: ids.join("+"),
    title: Object.freeze({ "zh-CN": zh.join(" + "), en: en.join(" + ") }),
    date,
    rules: Object.freeze(flattenRules(parts)),
  });
}
