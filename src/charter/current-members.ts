/**
 * The members of an association on a day, with their dataset paths.
 *
 * @module
 */
import { listOf } from "../_lib/list-of.js";
import type { IssuePath } from "../issue/issue.js";
import type { Member } from "../model/member.js";
import type { RuleInput } from "./rule.js";

/**
 * Whether a membership is in effect on a day: joined on or before it, and not yet left. `leftOn` is the
 * first day the member no longer belongs, as `dissolvedOn` is for an association.
 *
 * @example
 * ```ts
 * isMemberOn({ joinedOn: "2019-01-01", leftOn: "2020-01-01" }, "2019-12-31"); // → true
 * isMemberOn({ joinedOn: "2019-01-01", leftOn: "2020-01-01" }, "2020-01-01"); // → false
 * ```
 */
export function isMemberOn(member: Pick<Member, "joinedOn" | "leftOn">, date: string): boolean {
  return member.joinedOn <= date && (member.leftOn === undefined || date < member.leftOn);
}

/**
 * The association's members of one type in effect on `asOf`, each with its path in the dataset, in
 * dataset order.
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const input = createRuleInput(dataset.associations[2]!, 2, context, "2020-09-07", "zh-CN");
 * currentMembers(input, "group").map(({ member }) => member.relation); // → []
 * ```
 */
export function currentMembers<T extends Member["type"]>(
  input: Pick<RuleInput, "association" | "context" | "asOf">,
  type: T,
): { member: Extract<Member, { type: T }>; path: IssuePath }[] {
  const found: { member: Extract<Member, { type: T }>; path: IssuePath }[] = [];
  for (const member of listOf(input.context.membersByAssociation, input.association.id)) {
    if (member.type !== type || !isMemberOn(member, input.asOf)) continue;
    const position = input.context.positionOf("members", member);
    found.push({ member: member as Extract<Member, { type: T }>, path: position >= 0 ? ["members", position] : [] });
  }
  return found;
}
