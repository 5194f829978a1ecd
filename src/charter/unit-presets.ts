/**
 * Rule sets for associations set up inside a unit under national texts: enterprises (《企业科学技术协会
 * 组织通则》, 2008) and universities. Each holds only rules verified from a published text; what could not
 * be verified is left out (see docs/charter.md).
 *
 * @module
 */
import { defineRuleSet, type CharterRuleSet } from "./rule-set.js";
import { charterAdopted } from "./rules/charter-adopted.js";
import { parentIsLocal } from "./rules/parent-local.js";
import { ENTERPRISE_GENERAL_RULES, HUNAN_UNIVERSITY_2019, UNIVERSITY_OPINION } from "./sources.js";

/**
 * Enterprise associations under 《企业科学技术协会组织通则》 (2008-06-18), for every enterprise
 * association: `enterprise-2008/parent-local` ("业务上接受地方科学技术协会的指导": the parent is a local
 * association of any level) and `enterprise-2008/charter` (the application to set one up carries a draft
 * charter, so an association that exists has one). The approval (批复) by the local association is in the
 * text too, but is not checked here: the data format records only a Party approval so far.
 *
 * @example
 * ```ts
 * validateDataset(dataset, { asOf: "2020-09-07", rules: [ENTERPRISE_2008] });
 * ```
 */
export const ENTERPRISE_2008: CharterRuleSet = defineRuleSet({
  id: "enterprise-2008",
  title: { "zh-CN": "企业科协（《企业科学技术协会组织通则》，2008）", en: "Enterprise associations (general rules, 2008)" },
  date: "2008-06-18",
  rules: [
    parentIsLocal({
      id: "enterprise-2008/parent-local",
      title: { "zh-CN": "业务上接受地方科协指导", en: "Guided by a local association" },
      source: ENTERPRISE_GENERAL_RULES,
      appliesTo: { kinds: ["enterprise"] },
    }),
    charterAdopted({
      id: "enterprise-2008/charter",
      title: { "zh-CN": "有企业科协章程", en: "A charter is adopted" },
      source: ENTERPRISE_GENERAL_RULES,
      appliesTo: { kinds: ["enterprise"] },
    }),
  ],
});

/**
 * University associations: `universities/parent-local`, "高校科协是科协基层组织" (the CAST and Ministry of
 * Education opinion, restated by Hunan in 2019) read as guidance by a local association of any level —
 * a university association hangs under a provincial, city or county association. 《高等学校科学技术协会
 * 组织通则（试行）》 (2017) was not found in public sources, so none of its articles is encoded.
 *
 * @example
 * ```ts
 * UNIVERSITY_ASSOCIATIONS.rules.map((rule) => rule.id); // → ["universities/parent-local"]
 * ```
 */
export const UNIVERSITY_ASSOCIATIONS: CharterRuleSet = defineRuleSet({
  id: "universities",
  title: { "zh-CN": "高校科协（已核实的规则）", en: "University associations (verified rules)" },
  date: null,
  rules: [
    parentIsLocal({
      id: "universities/parent-local",
      title: { "zh-CN": "高校科协是科协基层组织，接受地方科协指导", en: "A grassroots organisation guided by a local association" },
      source: [UNIVERSITY_OPINION, HUNAN_UNIVERSITY_2019],
      appliesTo: { kinds: ["university"] },
    }),
  ],
});
