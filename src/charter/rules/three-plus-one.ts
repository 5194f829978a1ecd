/**
 * "3+1" leadership: the 三长 (and, in variants, other sector heads) sit in the leadership of county and
 * township associations.
 *
 * @module
 */
import type { IssuePath, Locale } from "../../issue/issue.js";
import type { AssociationKind } from "../../model/association.js";
import type { AppointmentMode, Holding, Post, UnitKind } from "../../model/committee.js";
import { label } from "../../model/labels.js";
import type { SectorRole } from "../../model/member.js";
import {
  headEquivalentsSchema,
  rolesSatisfying,
  seatedHeads,
  unitKindsOfHead,
  type HeadEquivalents,
  type SeatedHead,
} from "../../model/sector-heads.js";
import { charterIssue, type CharterIssue, type CharterIssueCode } from "../messages.js";
import type { AppliesTo, Bilingual, Citation, CommitteeInOffice, CharterRule, RuleInput } from "../rule.js";
import { buildNamedRule } from "../rule-options.js";
import * as z from "zod";
import { checkOptions } from "../../_lib/check-options.js";
import { lazy } from "../../_lib/lazy.js";
import { dateOption } from "../../model/option-schemas.js";

/** Options of {@link threePlusOne}. */
export interface ThreePlusOneOptions {
  readonly id: string;
  readonly title: Bilingual;
  readonly source: Citation | readonly Citation[];
  /** The sector heads that must be seated, such as the 三长. */
  readonly requiredHeads: readonly SectorRole[];
  /** The association kinds (levels) it applies to. */
  readonly kinds: readonly AssociationKind[];
  /** The posts that count; any seat of the committee when absent. */
  readonly posts?: readonly Post[];
  /**
   * The appointment modes that count (e.g. 兼职 and 挂职); any when absent. A holding whose mode is not
   * recorded always counts.
   */
  readonly appointmentModes?: readonly AppointmentMode[];
  /** Which roles satisfy which head, over `HEAD_EQUIVALENTS` (卫生院院长 counts as 医院院长, …). */
  readonly equivalents?: HeadEquivalents;
  /**
   * Whether to warn when a seated head's recorded unit (`onBehalfOf`) is of a kind the head does not lead
   * or lies outside the association's area; true by default.
   */
  readonly checkUnits?: boolean;
  /** A division-code prefix, and a window, narrowing where and when it applies. */
  readonly region?: string;
  readonly from?: string;
  readonly until?: string;
  /** Of a missing head; `error` by default. Unit findings are warnings. */
  readonly severity?: "error" | "warning";
}

function listLabel(values: readonly string[], locale: Locale, zhSeparator: string, enSeparator: string): string {
  return values.join(locale === "en" ? enSeparator : zhSeparator);
}

function postsLabel(posts: readonly Post[] | undefined, modes: readonly AppointmentMode[] | undefined, locale: Locale): string {
  const where =
    posts === undefined
      ? locale === "en"
        ? "any committee seat"
        : "任一委员会职务"
      : listLabel(
          posts.map((post) => label("post", post, locale)),
          locale,
          "、",
          ", ",
        );
  if (modes === undefined) return where;
  const how = listLabel(
    modes.map((mode) => label("appointmentMode", mode, locale)),
    locale,
    "或",
    " or ",
  );
  return locale === "en" ? `${where}; ${how}` : `${where}，${how}`;
}

const optionsSchema = lazy(() =>
  z.object({ equivalents: headEquivalentsSchema().optional(), from: dateOption().optional(), until: dateOption().optional() }),
);

/**
 * A "3+1"-style leadership rule: on `asOf`, each required sector head must hold a seat (in one of
 * `posts`, in one of `appointmentModes`, when given) of the committee in office. A head is held by anyone
 * whose role satisfies it (`equivalents`; by default a township's 卫生院院长 is its hospital director, a
 * 中心学校校长 its school principal, a 农业（综合）服务中心主任 its agri-station head); roles are read from the
 * member record or its person. Each missing head is its own issue; with no committee in office, every
 * head is missing. Where a seated head's holding records the unit it represents (`onBehalfOf`), a
 * warning says when that unit is of a kind the head does not lead, or lies outside the association's
 * area (neither division code within the other).
 *
 * @throws TypeError when `equivalents` is malformed.
 * @example
 * ```ts
 * const luzhou = threePlusOne({
 *   id: "three-plus-one/luzhou",
 *   title: { "zh-CN": "泸州“N+1”", en: "Luzhou N+1" },
 *   source: { title: "…", issuer: "泸州市科协", date: null, link: null },
 *   requiredHeads: ["hospital-director", "school-principal", "agri-station-head", "veterinary-station-head"],
 *   kinds: ["township"],
 *   region: "5105",
 * });
 * ```
 */
export function threePlusOne(options: ThreePlusOneOptions): CharterRule {
  // What the rule builder does not check itself; the rest goes through buildNamedRule.
  const { equivalents, from, until } = checkOptions("threePlusOne", optionsSchema(), options);
  const { requiredHeads, posts, appointmentModes } = options;
  const checkUnits = options.checkUnits ?? true;
  const severity = options.severity ?? "error";
  const unitKinds = new Map(requiredHeads.map((head) => [head, unitKindsOfHead(head, equivalents)]));
  const appliesTo: AppliesTo = {
    kinds: options.kinds,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(from === undefined ? {} : { from }),
    ...(until === undefined ? {} : { until }),
  };
  const codes: CharterIssueCode[] = ["charter.sector-head-missing"];
  if (checkUnits) codes.push("charter.sector-head-unit-kind", "charter.sector-head-unit-area");
  return buildNamedRule("threePlusOne", { ...options, appliesTo }, options.title, codes, (input, id) => {
    const { association, context, asOf, locale, office } = input;
    const seated =
      office === undefined
        ? []
        : seatedHeads(requiredHeads, office.committee, context.memberById, asOf, {
            posts,
            appointmentModes,
            equivalents,
            personById: context.personById,
          });
    const found = new Set(seated.map((s) => s.head));
    const path = office === undefined ? input.path : [...office.path, "seats"];
    const issues: CharterIssue[] = [];
    for (const head of requiredHeads) {
      if (found.has(head)) continue;
      issues.push(
        charterIssue(input, id, "charter.sector-head-missing", severity, path, {
          role: head,
          roleLabel: label("sectorRole", head, locale),
          satisfiedBy: [...rolesSatisfying(head, equivalents)],
          kindLabel: label("associationKind", association.kind, locale),
          posts: posts === undefined ? null : [...posts],
          postsLabel: postsLabel(posts, appointmentModes, locale),
        }),
      );
    }
    if (checkUnits && office !== undefined) {
      for (const issue of unitIssues(input, id, office, seated, unitKinds)) issues.push(issue);
    }
    return issues;
  });
}

/**
 * The unit findings, one per holding at most of each kind: a holding that satisfies several heads (one
 * person recorded as two heads) may represent a unit of any of them.
 */
function unitIssues(
  input: RuleInput,
  id: string,
  office: CommitteeInOffice,
  seated: readonly SeatedHead[],
  unitKinds: ReadonlyMap<SectorRole, readonly UnitKind[]>,
): CharterIssue[] {
  const byHolding = new Map<Holding, SeatedHead[]>();
  for (const s of seated) {
    if (s.holding.onBehalfOf === undefined) continue;
    const list = byHolding.get(s.holding);
    if (list === undefined) byHolding.set(s.holding, [s]);
    else list.push(s);
  }
  const { locale } = input;
  const area = input.context.divisionCodeOf(input.association);
  const issues: CharterIssue[] = [];
  for (const [holding, heads] of byHolding) {
    const unit = holding.onBehalfOf;
    const first = heads[0];
    if (unit === undefined || first === undefined) continue;
    const holdingIndex = office.committee.seats[first.seatIndex]?.holdings.indexOf(holding) ?? -1;
    const at: IssuePath = [...office.path, "seats", first.seatIndex, "holdings", holdingIndex, "onBehalfOf"];
    const headRoles = heads.map((s) => s.head);
    const params = {
      heads: headRoles,
      headLabel: listLabel(
        headRoles.map((head) => label("sectorRole", head, locale)),
        locale,
        "、",
        ", ",
      ),
      memberId: holding.memberId,
      unitName: unit.name,
    };
    const expected: UnitKind[] = [];
    for (const head of headRoles) for (const kind of unitKinds.get(head) ?? []) if (!expected.includes(kind)) expected.push(kind);
    if (unit.kind !== undefined && !expected.includes(unit.kind)) {
      issues.push(
        charterIssue(input, id, "charter.sector-head-unit-kind", "warning", [...at, "kind"], {
          ...params,
          unitKind: unit.kind,
          unitKindLabel: label("unitKind", unit.kind, locale),
          expected,
          expectedLabel: listLabel(
            expected.map((kind) => label("unitKind", kind, locale)),
            locale,
            "或",
            " or ",
          ),
        }),
      );
    }
    const code = unit.divisionCode;
    if (code !== undefined && area !== undefined && !code.startsWith(area) && !area.startsWith(code)) {
      issues.push(
        charterIssue(input, id, "charter.sector-head-unit-area", "warning", [...at, "divisionCode"], {
          ...params,
          unitDivisionCode: code,
          areaCode: area,
        }),
      );
    }
  }
  return issues;
}
