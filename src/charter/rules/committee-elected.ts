/**
 * A committee must be in office: the seed's "选举产生科协委员会".
 *
 * @module
 */
import { charterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionsObject } from "../../_lib/misuse.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/**
 * Requires a committee in office on `asOf` (the one `committeeOn` picks). The other committee rules
 * say nothing when there is none, so a missing committee is reported once, here.
 *
 * @example
 * ```ts
 * const rule = committeeElected({ id: "mine/committee", source, appliesTo: { kinds: ["school"] } });
 * ```
 */
export function committeeElected(options: RuleOptions): CharterRule {
  optionsObject("committeeElected", options, true);
  return buildNamedRule(
    "committeeElected",
    options,
    { "zh-CN": "选举产生委员会", en: "A committee is elected" },
    ["charter.committee-missing"],
    (input, id) =>
      input.office === undefined ? [charterIssue(input, id, "charter.committee-missing", "error", input.path, { asOf: input.asOf })] : [],
  );
}
