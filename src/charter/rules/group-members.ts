/**
 * Group members: the seed's "市直机关、事业单位的内设机构和下属单位为团体会员".
 *
 * @module
 */
import type { GroupRelation } from "../../model/member.js";
import { label } from "../../model/labels.js";
import { currentMembers } from "../current-members.js";
import { charterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionsObject } from "../../_lib/misuse.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/**
 * Requires every group member in effect on `asOf` to be an internal department or a subordinate unit
 * of the host unit. Each other group member is its own issue.
 *
 * @example
 * ```ts
 * const rule = groupMembers({ id: "mine/group-members", source, appliesTo: { kinds: ["public-institution"] } });
 * ```
 */
export function groupMembers(options: RuleOptions & { readonly relations?: readonly GroupRelation[] }): CharterRule {
  optionsObject("groupMembers", options, true);
  const allowed = new Set<GroupRelation>(options.relations ?? ["internal-department", "subordinate-unit"]);
  const title = {
    "zh-CN": "团体会员为本单位内设机构和下属单位",
    en: "Group members are departments or subordinate units of the host unit",
  };
  return buildNamedRule("groupMembers", options, title, ["charter.group-member-relation"], (input, id) =>
    currentMembers(input, "group")
      .filter(({ member }) => !allowed.has(member.relation))
      .map(({ member, path }) =>
        charterIssue(input, id, "charter.group-member-relation", "error", [...path, "relation"], {
          memberId: member.id,
          name: member.name,
          relation: member.relation,
          relationLabel: label("groupRelation", member.relation, input.locale),
        }),
      ),
  );
}
