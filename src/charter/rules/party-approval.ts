/**
 * Party approval: the seed's "经本单位党组织批准成立".
 *
 * @module
 */
import { isApprovedBy } from "../../model/approval.js";
import { charterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionsObject } from "../../_lib/misuse.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/**
 * Requires the host unit's Party organisation's approval to be recorded, dated on or before `asOf`: in
 * `partyApproval`, or as an approval by `party-organisation` in `approvals`.
 *
 * @example
 * ```ts
 * const rule = partyApproval({ id: "mine/party-approval", source, appliesTo: { kinds: ["government-agency"] } });
 * ```
 */
export function partyApproval(options: RuleOptions): CharterRule {
  optionsObject("partyApproval", options, true);
  const title = { "zh-CN": "经本单位党组织批准成立", en: "Approved by the host unit's Party organisation" };
  return buildNamedRule("partyApproval", options, title, ["charter.party-approval-missing"], (input, id) => {
    if (isApprovedBy(input.association, ["party-organisation"], input.asOf)) return [];
    return [charterIssue(input, id, "charter.party-approval-missing", "error", [...input.path, "partyApproval"], { asOf: input.asOf })];
  });
}
