/**
 * Individual members: the seed's "在本单位工作的各级科协所属学会、协会会员、具有初级以上专业技术职务的教学、
 * 科研、科技管理人员为个人会员".
 *
 * Read literally, a doctor or an agronomist with a title but no society membership is not "teaching,
 * research or S&T-management staff", yet a health or agriculture association is made of them. So the
 * qualifying fields are an option whose default is the seed's words, and members in the fields the text
 * leaves open are reported as warnings to check, not as errors.
 *
 * @module
 */
import { individualView } from "../../model/person.js";
import { label } from "../../model/labels.js";
import { OccupationField, type IndividualMember, type TitleLevel } from "../../model/member.js";
import { currentMembers } from "../current-members.js";
import { charterIssue, type CharterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { isList, optionsObject } from "../../_lib/misuse.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

// 初级以上: junior and every level above it.
const JUNIOR_OR_HIGHER = new Set<TitleLevel>(["junior", "intermediate", "associate-senior", "senior"]);

/**
 * The fields the seed names (教学、科研、科技管理): staff in them with a junior or higher title qualify.
 *
 * @example
 * ```ts
 * SEED_QUALIFYING_FIELDS; // → ["teaching", "research", "st-management"]
 * ```
 */
export const SEED_QUALIFYING_FIELDS: readonly OccupationField[] = Object.freeze(["teaching", "research", "st-management"]);

/**
 * The fields the seed's words neither name nor exclude — professional fields whose titled staff are
 * S&T workers in practice (医疗卫生, 农业, 工程技术) and `other` — reported as uncertain by default.
 *
 * @example
 * ```ts
 * UNCERTAIN_FIELDS.includes("medicine"); // → true
 * ```
 */
export const UNCERTAIN_FIELDS: readonly OccupationField[] = Object.freeze(["medicine", "agriculture", "engineering", "other"]);

/** Which occupation fields qualify, and which are left uncertain; see {@link individualEligibility}. */
export interface EligibilityFields {
  /** Fields whose staff with a junior or higher title qualify; {@link SEED_QUALIFYING_FIELDS} by default. */
  readonly qualifyingFields?: readonly OccupationField[];
  /** Fields that may qualify, to be checked by a person; {@link UNCERTAIN_FIELDS} by default. */
  readonly uncertainFields?: readonly OccupationField[];
}

/**
 * An individual member's eligibility: `not-in-unit` (recorded as working elsewhere), `eligible` (a
 * society member, or a junior or higher title in a qualifying field), `uncertain` (a junior or higher
 * title in an uncertain field, or in a field not recorded), or `unqualified` (no title and no society,
 * or a field neither qualifying nor uncertain, such as administration).
 *
 * @example
 * ```ts
 * individualEligibility({ titleLevel: "senior", field: "medicine" }); // → "uncertain"
 * individualEligibility({ titleLevel: "senior", field: "medicine" }, { qualifyingFields: ["medicine"] }); // → "eligible"
 * individualEligibility({ titleLevel: "none", field: "research" }); // → "unqualified"
 * ```
 */
export function individualEligibility(
  member: Pick<IndividualMember, "titleLevel" | "field" | "worksInHostUnit" | "societyMemberships">,
  fields: EligibilityFields = {},
): "eligible" | "uncertain" | "unqualified" | "not-in-unit" {
  if (member.worksInHostUnit === false) return "not-in-unit";
  if ((member.societyMemberships?.length ?? 0) > 0) return "eligible";
  if (member.titleLevel === undefined || !JUNIOR_OR_HIGHER.has(member.titleLevel)) return "unqualified";
  if (member.field === undefined) return "uncertain";
  if ((fields.qualifyingFields ?? SEED_QUALIFYING_FIELDS).includes(member.field)) return "eligible";
  return (fields.uncertainFields ?? UNCERTAIN_FIELDS).includes(member.field) ? "uncertain" : "unqualified";
}

/**
 * Whether an individual member is certainly eligible under the seed's rule, read literally: works in
 * the host unit (unless that is recorded as false), and either belongs to a society or is teaching,
 * research or S&T-management staff with a junior or higher professional title.
 *
 * @example
 * ```ts
 * isEligibleIndividual({ titleLevel: "junior", field: "research" }); // → true
 * isEligibleIndividual({ titleLevel: "none", field: "research", societyMemberships: ["桐城市医学会"] }); // → true
 * isEligibleIndividual({ titleLevel: "senior", field: "administration" }); // → false
 * ```
 */
export function isEligibleIndividual(
  member: Pick<IndividualMember, "titleLevel" | "field" | "worksInHostUnit" | "societyMemberships">,
): boolean {
  return individualEligibility(member) === "eligible";
}

function requireFields(name: string, value: readonly OccupationField[] | undefined): void {
  if (
    value !== undefined &&
    (!isList(value) || value.some((field: unknown) => !(OccupationField.options as readonly unknown[]).includes(field)))
  ) {
    throw new TypeError(`individualMembers: ${name} must be a list of occupation fields`);
  }
}

/**
 * Requires every individual member in effect on `asOf` to be eligible (see {@link individualEligibility}).
 * Each member is at most one issue: `charter.member-not-in-unit` (error) when recorded as working
 * elsewhere, `charter.member-unqualified` (error) when certainly unqualified, and
 * `charter.member-eligibility-uncertain` (warning) when the field leaves it open.
 *
 * @throws TypeError when `qualifyingFields` or `uncertainFields` holds an unknown field.
 * @example
 * ```ts
 * const hospitals = individualMembers({
 *   id: "mine/members", source, appliesTo: { kinds: ["public-institution"] },
 *   qualifyingFields: ["teaching", "research", "st-management", "medicine"],
 * });
 * ```
 */
export function individualMembers(options: RuleOptions & EligibilityFields): CharterRule {
  optionsObject("individualMembers", options, true);
  requireFields("qualifyingFields", options.qualifyingFields);
  requireFields("uncertainFields", options.uncertainFields);
  const qualifying = options.qualifyingFields ?? SEED_QUALIFYING_FIELDS;
  const fields: EligibilityFields = { qualifyingFields: qualifying, uncertainFields: options.uncertainFields ?? UNCERTAIN_FIELDS };
  const title = { "zh-CN": "个人会员资格", en: "Individual member eligibility" };
  const codes = ["charter.member-not-in-unit", "charter.member-unqualified", "charter.member-eligibility-uncertain"] as const;
  return buildNamedRule("individualMembers", options, title, codes, (input, id) => {
    const issues: CharterIssue[] = [];
    for (const current of currentMembers(input, "individual")) {
      // The person's title, field and societies count when the member record leaves them out.
      const member = individualView(current.member, input.context.personById);
      const path = current.path;
      const status = individualEligibility(member, fields);
      if (status === "eligible") continue;
      const params = { memberId: member.id, name: member.name ?? null };
      if (status === "not-in-unit") {
        issues.push(charterIssue(input, id, "charter.member-not-in-unit", "error", [...path, "worksInHostUnit"], params));
        continue;
      }
      const { locale } = input;
      const fieldsLabel = qualifying.map((field) => label("occupationField", field, locale)).join(locale === "en" ? ", " : "、");
      const described = { ...params, titleLevel: member.titleLevel ?? null, field: member.field ?? null, fieldsLabel };
      if (status === "unqualified") {
        issues.push(charterIssue(input, id, "charter.member-unqualified", "error", path, described));
        continue;
      }
      issues.push(
        charterIssue(input, id, "charter.member-eligibility-uncertain", "warning", path, {
          ...described,
          titleLabel:
            member.titleLevel === undefined
              ? locale === "en"
                ? "no recorded title"
                : "未记录职称"
              : label("titleLevel", member.titleLevel, locale),
          fieldLabel:
            member.field === undefined
              ? locale === "en"
                ? "an unrecorded field"
                : "未记录的领域"
              : label("occupationField", member.field, locale),
        }),
      );
    }
    return issues;
  });
}
