/**
 * What every built-in rule factory takes: the rule's id, its source, what it applies to, and optionally
 * another title.
 *
 * @module
 */
import { checkedRule, type AppliesTo, type Bilingual, type Citation, type Rule, type RuleInput } from "./rule.js";
import type { CharterIssue, CharterIssueCode } from "./messages.js";
import { optionsObject } from "../_lib/misuse.js";

/**
 * Options common to the built-in rule factories, so that a rule written for one place can be reused,
 * under another id and source, for another.
 *
 * @example
 * ```ts
 * const options: RuleOptions = {
 *   id: "chengdu-2019/committee-size",
 *   source: { title: "…", issuer: "成都市科协", date: "2019", link: null },
 *   appliesTo: { kinds: ["government-agency"], region: "5101" },
 * };
 * ```
 */
export interface RuleOptions {
  readonly id: string;
  readonly title?: Bilingual;
  readonly source: Citation | readonly Citation[];
  readonly appliesTo: AppliesTo;
}

/**
 * Defines a built-in rule from factory options, a default title, its codes and a check that receives
 * the rule id.
 *
 * @example
 * ```ts
 * const options = { id: "mine/charter", source, appliesTo: { kinds: ["village"] as const } };
 * const rule = buildRule(options, { "zh-CN": "章程", en: "Charter" }, ["charter.charter-missing"], () => []);
 * rule.title.en; // → "Charter"
 * ```
 */
export function buildRule(
  options: RuleOptions,
  title: Bilingual,
  codes: readonly CharterIssueCode[],
  check: (input: RuleInput, ruleId: string) => readonly CharterIssue[],
): Rule<CharterIssue> {
  return buildNamedRule("buildRule", options, title, codes, check);
}

/**
 * {@link buildRule} on behalf of a rule factory: misuse (options that are not an object, no id, no
 * source) throws a `TypeError` that starts with the factory's name.
 *
 * @example
 * ```ts
 * const title = { "zh-CN": "章程", en: "Charter" };
 * buildNamedRule("charterAdopted", { id: "", source, appliesTo: { kinds: "all" } }, title, [], () => []); // throws TypeError: charterAdopted: options.id …
 * ```
 */
export function buildNamedRule(
  fn: string,
  options: RuleOptions,
  title: Bilingual,
  codes: readonly CharterIssueCode[],
  check: (input: RuleInput, ruleId: string) => readonly CharterIssue[],
): Rule<CharterIssue> {
  const { id } = optionsObject(fn, options, true);
  // Misuse names the factory's options: `committeeSize: options.id must be a non-empty string; got ""`.
  return checkedRule(
    fn,
    { id, title: options.title ?? title, source: options.source, appliesTo: options.appliesTo, codes, check: (input) => check(input, id) },
    "options",
  );
}
