/**
 * The built-in rule sets.
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { optionsObject } from "../_lib/misuse.js";
import { numberOption } from "../model/option-schemas.js";
import { OPTION_BOUNDS } from "../_lib/option-bounds.js";
import { GRASSROOTS_KINDS, type AssociationKind } from "../model/association.js";
import type { AppointmentMode, Post } from "../model/committee.js";
import type { HeadEquivalents } from "../model/sector-heads.js";
import type { AllowedParents } from "../hierarchy/allowed-parents.js";
import type { AppliesTo } from "./rule.js";
import { composeRuleSets, defineRuleSet, type RuleSet, type CharterRuleSet } from "./rule-set.js";
import { charterAdopted } from "./rules/charter-adopted.js";
import { committeeElected } from "./rules/committee-elected.js";
import { committeeSize } from "./rules/committee-size.js";
import { committeeTerm } from "./rules/committee-term.js";
import { congressCycle } from "./rules/congress-cycle.js";
import { fiveHasRules } from "./rules/five-has.js";
import { grassrootsUnderCounty } from "./rules/grassroots-under-county.js";
import { groupMembers } from "./rules/group-members.js";
import { individualMembers } from "./rules/individual-members.js";
import { leaderBasis } from "./rules/leader-basis.js";
import { parentIsCounty } from "./rules/parent-county.js";
import { parentKind } from "./rules/parent-kind.js";
import { partyApproval } from "./rules/party-approval.js";
import { postHolders } from "./rules/post-holders.js";
import { seatsAfterDissolution } from "./rules/seats-after-dissolution.js";
import { threePlusOne, type ThreePlusOneOptions } from "./rules/three-plus-one.js";
import { ENTERPRISE_2008, UNIVERSITY_ASSOCIATIONS } from "./unit-presets.js";
import {
  CAST_3PLUS1_NOTICE,
  CAST_CHARTER,
  DATA_INTEGRITY,
  FIVE_HAS_SOURCE,
  JIANGSU_4PLUS1_SOURCE,
  PARENT_KINDS_SOURCE,
  SEED_ARTICLE,
  SHANDONG_3PLUS1,
  TONGCHENG_OPINION,
} from "./sources.js";

/** Tongcheng (桐城市), a county-level city of Anqing, Anhui: GB/T 2260 code 340881. */
const TONGCHENG = "340881";

/** Options of {@link tongcheng2019}. */
export interface Tongcheng2019Options {
  /** The city association's id, when the parent must be that one association (not any county one). */
  readonly cityAssociationId?: string;
  /** A division-code prefix; Tongcheng's `340881` by default, `null` to apply anywhere. */
  readonly region?: string | null;
}

/**
 * The seed's rules for agency and public-institution associations (机关、事业单位科协), after the
 * implementing opinion of 桐城市科协, 市委组织部 and 市直工委: a committee of 7–9 seated members, 1 chair,
 * vice-chairs, 1 secretary-general, leaders who are unit leaders or experts, eligible group and
 * individual members, Party approval, guidance by the county-level city association, and a charter.
 *
 * They apply to `government-agency` and `public-institution` associations in Tongcheng. The seed also
 * names four school associations founded in the pilot, but states the rules for 机关、事业单位 only, so
 * school kinds are not covered. The rule set's date is unknown: the opinion is not dated, and the
 * associations it governs reported 2018 work; the id keeps its historical name `tongcheng-2019`.
 *
 * @example
 * ```ts
 * const anywhere = tongcheng2019({ region: null, cityAssociationId: "tc" });
 * validateDataset(dataset, { asOf: "2020-09-07", rules: [anywhere] });
 * ```
 */
export function tongcheng2019(options?: Tongcheng2019Options): CharterRuleSet {
  const { region: wanted, cityAssociationId } = optionsObject("tongcheng2019", options);
  const region = wanted === undefined ? TONGCHENG : wanted;
  const appliesTo: AppliesTo = {
    kinds: ["government-agency", "public-institution"],
    ...(region === null ? {} : { region }),
  };
  const source = [TONGCHENG_OPINION, SEED_ARTICLE];
  const base = (name: string) => ({ id: `tongcheng-2019/${name}`, source, appliesTo });
  const parentOptions = cityAssociationId === undefined ? {} : { parentId: cityAssociationId };
  return defineRuleSet({
    id: "tongcheng-2019",
    title: { "zh-CN": "桐城市机关、事业单位科协组织建设", en: "Tongcheng agency and public-institution associations" },
    // The implementing opinion is undated; the associations it governs existed by 2018 (see TONGCHENG_OPINION).
    date: null,
    rules: [
      committeeElected(base("committee-elected")),
      committeeSize({ ...base("committee-size"), min: 7, max: 9 }),
      postHolders({ ...base("chair-count"), post: "chair", min: 1, max: 1, code: "charter.chair-count" }),
      postHolders({ ...base("vice-chair-count"), post: "vice-chair", min: 1, code: "charter.vice-chair-missing" }),
      postHolders({
        ...base("secretary-general-count"),
        post: "secretary-general",
        min: 1,
        max: 1,
        code: "charter.secretary-general-count",
      }),
      leaderBasis(base("leader-basis")),
      groupMembers(base("group-members")),
      individualMembers(base("individual-members")),
      partyApproval(base("party-approval")),
      parentIsCounty({ ...base("parent-county"), ...parentOptions }),
      charterAdopted(base("charter")),
    ],
  });
}

/**
 * {@link tongcheng2019} with its defaults: Tongcheng (340881), any county parent.
 *
 * @example
 * ```ts
 * TONGCHENG_2019.rules.map((rule) => rule.id); // ["tongcheng-2019/committee-elected", …]
 * ```
 */
export const TONGCHENG_2019: CharterRuleSet = tongcheng2019();

// A rule set holding one leadership rule: the shape of every "3+1" preset.
function leadershipSet(set: Omit<RuleSet, "rules">, rule: ThreePlusOneOptions): CharterRuleSet {
  return defineRuleSet({ ...set, rules: [threePlusOne(rule)] });
}

const SANZHANG = ["hospital-director", "school-principal", "agri-station-head"] as const;
// County and township-level associations: 乡镇 and 街道 alike, as the pilot names them.
const COUNTY_AND_TOWNSHIP: readonly AssociationKind[] = ["county", "township", "subdistrict"];

/** Options of {@link cast3plus1}. */
export interface Cast3plus1Options {
  /** The posts a head may hold; chair, executive vice-chair and vice-chair by default. */
  readonly posts?: readonly Post[];
  /**
   * The appointment modes that count; concurrent and seconded (兼职、挂职) by default. A holding whose mode
   * is not recorded counts.
   */
  readonly appointmentModes?: readonly AppointmentMode[];
  /** Which roles satisfy which head, over `HEAD_EQUIVALENTS`. */
  readonly equivalents?: HeadEquivalents;
  /** `error` by default; `warning` for a softer reading of a pilot. */
  readonly severity?: "error" | "warning";
}

/**
 * CAST's national "3+1" pilot (提升基层科协组织力“3+1”试点, from early 2018): the three heads (医院院长,
 * 学校校长, 农技站站长, in any of their equivalent forms such as 卫生院院长, 中心学校校长, 农业服务中心主任) sit in
 * the leadership of every county, township and sub-district association, as concurrent or seconded
 * (兼职/挂职) vice-chairs. The sources name the vice-chair post; a head who is chair or executive vice-chair
 * holds a higher leadership post and counts too, while standing members and members do not, unless
 * `posts` says so.
 *
 * @example
 * ```ts
 * const anyRank = cast3plus1({ posts: ["chair", "executive-vice-chair", "vice-chair", "standing-member", "member"] });
 * ```
 */
export function cast3plus1(options: Cast3plus1Options = {}): CharterRuleSet {
  const posts = options.posts ?? ["chair", "executive-vice-chair", "vice-chair"];
  return leadershipSet(
    {
      id: "cast-3plus1-2018",
      title: { "zh-CN": "中国科协提升基层科协组织力“3+1”试点（2018）", en: "CAST 3+1 pilot (2018)" },
      date: "2018",
    },
    {
      id: "three-plus-one/cast-2018",
      title: {
        "zh-CN": "“三长”兼职、挂职进入县乡科协领导班子",
        en: "The three heads sit, concurrently or seconded, in county and township leadership",
      },
      source: CAST_3PLUS1_NOTICE,
      requiredHeads: SANZHANG,
      kinds: COUNTY_AND_TOWNSHIP,
      posts,
      appointmentModes: options.appointmentModes ?? ["concurrent", "seconded"],
      from: "2018-01-01",
      ...(options.equivalents === undefined ? {} : { equivalents: options.equivalents }),
      ...(options.severity === undefined ? {} : { severity: options.severity }),
    },
  );
}

/**
 * {@link cast3plus1} with its defaults. A pilot, not a rule every association is bound by: it is not
 * part of `DEFAULT_RULES`; pass it to judge a pilot area.
 *
 * @example
 * ```ts
 * validateDataset(dataset, { asOf: "2021-12-31", rules: [CAST_3PLUS1_2018] });
 * ```
 */
export const CAST_3PLUS1_2018: CharterRuleSet = cast3plus1();

/**
 * Shandong's "3+1", its implementation of the national pilot: the 三长 (hospital director, school
 * principal, agri-station head, or their equivalents) hold a seat of any rank, chair included, in county,
 * township and sub-district associations in Shandong (division code 37). The provincial document it was
 * built from could not be found: its date and details are unverified (see `SHANDONG_3PLUS1.note`); the
 * id keeps the year earlier releases gave it.
 *
 * @example
 * ```ts
 * validateDataset(dataset, { asOf: "2020-12-31", rules: [SHANDONG_3PLUS1_2020] });
 * ```
 */
export const SHANDONG_3PLUS1_2020: CharterRuleSet = leadershipSet(
  { id: "shandong-3plus1-2020", title: { "zh-CN": "山东省基层科协“3+1”", en: "Shandong 3+1 leadership" }, date: null },
  {
    id: "three-plus-one/shandong-2020",
    title: { "zh-CN": "“三长”进入县乡科协领导班子", en: "The three heads sit in county and township leadership" },
    source: SHANDONG_3PLUS1,
    requiredHeads: SANZHANG,
    kinds: COUNTY_AND_TOWNSHIP,
    region: "37",
  },
);

/**
 * Jiangsu's "4+1": the 三长 and a technology entrepreneur in county, township and sub-district
 * associations in Jiangsu (division code 32). Its date is not known.
 *
 * @example
 * ```ts
 * JIANGSU_4PLUS1.rules[0]!.id; // → "three-plus-one/jiangsu-4plus1"
 * ```
 */
export const JIANGSU_4PLUS1: CharterRuleSet = leadershipSet(
  { id: "jiangsu-4plus1", title: { "zh-CN": "江苏省基层科协“4+1”", en: "Jiangsu 4+1 leadership" }, date: null },
  {
    id: "three-plus-one/jiangsu-4plus1",
    title: {
      "zh-CN": "“三长”和科技型企业家进入县乡科协领导班子",
      en: "The three heads and a tech entrepreneur sit in county and township leadership",
    },
    source: JIANGSU_4PLUS1_SOURCE,
    requiredHeads: [...SANZHANG, "tech-entrepreneur"],
    kinds: COUNTY_AND_TOWNSHIP,
    region: "32",
  },
);

/**
 * The seed's Tongcheng practice: each town's (and sub-district's) agri-station head is a vice-chair of
 * its association (“15个乡镇（街道）农技站站长作为乡镇（街道）科协副主席”).
 *
 * @example
 * ```ts
 * TONGCHENG_3PLUS1.rules[0]!.appliesTo.kinds; // → ["township", "subdistrict"]
 * ```
 */
export const TONGCHENG_3PLUS1: CharterRuleSet = leadershipSet(
  {
    id: "tongcheng-3plus1",
    title: { "zh-CN": "桐城市“3+1”试点：农技站站长任乡镇科协副主席", en: "Tongcheng 3+1 pilot: the agri-station head is a vice-chair" },
    date: "2020-09-07",
  },
  {
    id: "three-plus-one/tongcheng-agri-station",
    title: { "zh-CN": "农技站站长任乡镇（街道）科协副主席", en: "The agri-station head is a vice-chair of the town association" },
    source: SEED_ARTICLE,
    requiredHeads: ["agri-station-head"],
    kinds: ["township", "subdistrict"],
    posts: ["vice-chair"],
    region: TONGCHENG,
  },
);

/** Options of {@link termRules}. */
export interface TermRulesOptions {
  /** The term length for committees that record none; 5 years by default. */
  readonly termYears?: number;
  /** Years between congresses; 5 by default. */
  readonly congressYears?: number;
  /** How many months before a deadline the warning starts; 6 by default, 0 for none. */
  readonly warnMonths?: number;
  /** The kinds checked; every kind by default. */
  readonly kinds?: readonly AssociationKind[];
}

const termRulesSchema = lazy(() =>
  z
    .object({
      warnMonths: numberOption(OPTION_BOUNDS.warnMonths).optional(),
      termYears: numberOption(OPTION_BOUNDS.termYears).optional(),
      congressYears: numberOption(OPTION_BOUNDS.congressYears).optional(),
    })
    .optional(),
);

/**
 * Terms and congresses under the CAST charter, for every association kind: `terms/committee-expired`
 * (the committee in office has outlived its term) and `terms/congress-overdue` (no congress within the
 * cycle), each a warning in the last `warnMonths` months and an error after.
 *
 * @example
 * ```ts
 * const societies = termRules({ termYears: 4, congressYears: 4, warnMonths: 3, kinds: ["society"] });
 * ```
 */
export function termRules(options?: TermRulesOptions): CharterRuleSet {
  const fn = "termRules";
  // Checked here too, so a bad value is named after the function that was called.
  checkOptions(fn, termRulesSchema(), options);
  const { kinds, warnMonths, termYears, congressYears } = options ?? {};
  const appliesTo: AppliesTo = { kinds: kinds ?? "all" };
  const warn = warnMonths === undefined ? {} : { warnMonths };
  return defineRuleSet({
    id: "terms-and-congresses",
    title: { "zh-CN": "按期换届与召开代表大会", en: "Terms and congresses" },
    date: null,
    rules: [
      committeeTerm({
        id: "terms/committee-expired",
        source: CAST_CHARTER,
        appliesTo,
        ...warn,
        ...(termYears === undefined ? {} : { termYears }),
      }),
      congressCycle({
        id: "terms/congress-overdue",
        source: CAST_CHARTER,
        appliesTo,
        ...warn,
        ...(congressYears === undefined ? {} : { years: congressYears }),
      }),
    ],
  });
}

/**
 * {@link termRules} with its defaults: 5-year terms and congresses, warnings 6 months ahead.
 *
 * @example
 * ```ts
 * validateDataset(dataset, { asOf: "2024-05-11", rules: [TERMS_AND_CONGRESSES] });
 * ```
 */
export const TERMS_AND_CONGRESSES: CharterRuleSet = termRules();

/** Options of {@link structureRules}. */
export interface StructureRulesOptions {
  /** Replaces entries of the hierarchy's `ALLOWED_PARENT_KINDS`, or decides by a predicate. */
  readonly allowedParents?: AllowedParents;
  /** The local kinds grassroots associations may hang under; `["county"]` by default. */
  readonly grassrootsUnder?: readonly AssociationKind[];
}

/**
 * Structure: parents of an allowed kind (the hierarchy's table), grassroots associations under a
 * county-level association, and no committee seat held after an association's dissolution.
 *
 * @example
 * ```ts
 * const lenient = structureRules({ grassrootsUnder: ["county", "prefectural"] });
 * ```
 */
export function structureRules(options?: StructureRulesOptions): CharterRuleSet {
  const { allowedParents, grassrootsUnder } = optionsObject("structureRules", options);
  return defineRuleSet({
    id: "structure",
    title: { "zh-CN": "组织结构", en: "Structure" },
    date: null,
    rules: [
      parentKind({
        id: "structure/parent-kind",
        source: PARENT_KINDS_SOURCE,
        appliesTo: { kinds: "all" },
        ...(allowedParents === undefined ? {} : { allowed: allowedParents }),
      }),
      grassrootsUnderCounty({
        id: "structure/grassroots-under-county",
        source: CAST_CHARTER,
        appliesTo: { kinds: GRASSROOTS_KINDS },
        ...(grassrootsUnder === undefined ? {} : { localKinds: grassrootsUnder }),
      }),
      seatsAfterDissolution({
        id: "structure/no-seat-after-dissolution",
        source: DATA_INTEGRITY,
        appliesTo: { kinds: "all", status: "any" },
      }),
    ],
  });
}

/**
 * {@link structureRules} with its defaults.
 *
 * @example
 * ```ts
 * STRUCTURE.rules.map((rule) => rule.id);
 * ```
 */
export const STRUCTURE: CharterRuleSet = structureRules();

/**
 * The 五有 checklist as warnings for grassroots associations: `five-has/organisation`, `/office`,
 * `/staff`, `/funds`, `/activities` (12 months).
 *
 * @example
 * ```ts
 * validateDataset(dataset, { asOf: "2020-09-07", rules: [FIVE_HAS] });
 * ```
 */
export const FIVE_HAS: CharterRuleSet = defineRuleSet({
  id: "five-has",
  title: { "zh-CN": "基层科协“五有”", en: "Five-haves checklist" },
  date: null,
  rules: fiveHasRules({ source: FIVE_HAS_SOURCE, appliesTo: { kinds: GRASSROOTS_KINDS } }),
});

/**
 * Every built-in rule set, for listings and documentation.
 *
 * @example
 * ```ts
 * BUILT_IN_RULE_SETS.flatMap((set) => set.rules.map((rule) => rule.id));
 * ```
 */
export const BUILT_IN_RULE_SETS: readonly CharterRuleSet[] = Object.freeze([
  TONGCHENG_2019,
  TONGCHENG_3PLUS1,
  SHANDONG_3PLUS1_2020,
  JIANGSU_4PLUS1,
  TERMS_AND_CONGRESSES,
  STRUCTURE,
  FIVE_HAS,
  CAST_3PLUS1_2018,
  ENTERPRISE_2008,
  UNIVERSITY_ASSOCIATIONS,
]);

// Pilots bind only the places that take part: listed among the built-in sets, left out of the defaults.
const OPT_IN: ReadonlySet<RuleSet> = new Set([CAST_3PLUS1_2018]);
const DEFAULT_SETS: readonly CharterRuleSet[] = BUILT_IN_RULE_SETS.filter((set) => !OPT_IN.has(set));

/**
 * The default rules: every built-in set but the national "3+1" pilot (`CAST_3PLUS1_2018`), which binds
 * only the places in the pilot. The place-bound sets carry their region (Tongcheng 340881, Shandong 37,
 * Jiangsu 32), so they judge only associations there; terms, structure, 五有 and the national enterprise
 * and university rules apply everywhere.
 *
 * @example
 * ```ts
 * validateDataset(dataset, { asOf: "2020-09-07" }); // same as rules: [DEFAULT_RULES]
 * ```
 */
export const DEFAULT_RULES: CharterRuleSet = defineRuleSet({
  ...composeRuleSets(...DEFAULT_SETS),
  id: "default",
  title: { "zh-CN": "全部内置规则", en: "All built-in rules" },
});
