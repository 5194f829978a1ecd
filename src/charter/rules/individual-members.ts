/**
 * Individual members: the seed's "在本单位工作的各级科协所属学会、协会会员、具有初级以上专业技术职务的教学、
 * 科研、科技管理人员为个人会员".
 *
 * @module
 */
import type { IndividualMember, OccupationField, TitleLevel } from "../../model/member.js";
import { individualView } from "../../model/person.js";
import type { Issue } from "../../issue/issue.js";
import { currentMembers } from "../current-members.js";
import { charterIssue } from "../messages.js";
import type { Rule } from "../rule.js";
import { optionsObject } from "../../issue/misuse.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

// 初级以上: junior and every level above it.
const JUNIOR_OR_HIGHER = new Set<TitleLevel>(["junior", "intermediate", "associate-senior", "senior"]);
const QUALIFYING_FIELDS = new Set<OccupationField>(["teaching", "research", "st-management"]);

/**
 * Whether an individual member is eligible under the seed's rule: works in the host unit (unless that
 * is recorded as false), and either belongs to a society or is teaching, research or S&T-management
 * staff with a junior or higher professional title.
 *
 * @example
 * ```ts
 * isEligibleIndividual({ titleLevel: "junior", field: "research" }); // true
 * isEligibleIndividual({ titleLevel: "none", field: "research", societyMemberships: ["桐城市医学会"] }); // true
 * isEligibleIndividual({ titleLevel: "senior", field: "administration" }); // false
 * ```
 */
export function isEligibleIndividual(
  member: Pick<IndividualMember, "titleLevel" | "field" | "worksInHostUnit" | "societyMemberships">,
): boolean {
  return member.worksInHostUnit !== false && isQualified(member);
}

function isQualified(member: Pick<IndividualMember, "titleLevel" | "field" | "societyMemberships">): boolean {
  if ((member.societyMemberships?.length ?? 0) > 0) return true;
  const { titleLevel, field } = member;
  return titleLevel !== undefined && JUNIOR_OR_HIGHER.has(titleLevel) && field !== undefined && QUALIFYING_FIELDS.has(field);
}

/**
 * Requires every individual member in effect on `asOf` to be eligible (see {@link isEligibleIndividual}).
 * Each ineligible member is one issue: `charter.member-not-in-unit` when recorded as working elsewhere,
 * otherwise `charter.member-unqualified`.
 *
 * @example
 * ```ts
 * const rule = individualMembers({ id: "mine/members", source, appliesTo: { kinds: ["public-institution"] } });
 * ```
 */
export function individualMembers(options: RuleOptions): Rule {
  optionsObject("individualMembers", options, true);
  const title = { "zh-CN": "个人会员资格", en: "Individual member eligibility" };
  return buildNamedRule("individualMembers", options, title, ["charter.member-not-in-unit", "charter.member-unqualified"], (input, id) => {
    const issues: Issue[] = [];
    for (const current of currentMembers(input, "individual")) {
      // The person's title, field and societies count when the member record leaves them out.
      const member = individualView(current.member, input.context.personById);
      const path = current.path;
      const params = { memberId: member.id, name: member.name ?? null };
      if (member.worksInHostUnit === false) {
        issues.push(charterIssue(input, id, "charter.member-not-in-unit", "error", [...path, "worksInHostUnit"], params));
      } else if (!isQualified(member)) {
        issues.push(
          charterIssue(input, id, "charter.member-unqualified", "error", path, {
            ...params,
            titleLevel: member.titleLevel ?? null,
            field: member.field ?? null,
          }),
        );
      }
    }
    return issues;
  });
}
