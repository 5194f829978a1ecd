/**
 * "3+1" leadership: the 三长 (and, in variants, other sector heads) sit in the leadership of county and
 * township associations.
 *
 * @module
 */
import type { Locale } from "../../issue/issue.js";
import type { AssociationKind } from "../../model/association.js";
import type { Post } from "../../model/committee.js";
import { requireDateOption } from "../../model/date-option.js";
import { label } from "../../model/labels.js";
import type { SectorRole } from "../../model/member.js";
import { missingSectorHeads } from "../../model/sector-heads.js";
import { charterIssue } from "../messages.js";
import type { AppliesTo, Bilingual, Citation, Rule } from "../rule.js";
import { optionsObject } from "../../issue/misuse.js";
import { buildNamedRule } from "../rule-options.js";

/** Options of {@link threePlusOne}. */
export interface ThreePlusOneOptions {
  readonly id: string;
  readonly title: Bilingual;
  readonly source: Citation | readonly Citation[];
  /** The sector roles that must be seated, such as the 三长. */
  readonly requiredHeads: readonly SectorRole[];
  /** The association kinds (levels) it applies to. */
  readonly kinds: readonly AssociationKind[];
  /** The posts that count; any seat of the committee when absent. */
  readonly posts?: readonly Post[];
  /** A division-code prefix, and a window, narrowing where and when it applies. */
  readonly region?: string;
  readonly from?: string;
  readonly until?: string;
  /** `error` by default. */
  readonly severity?: "error" | "warning";
}

function postsLabel(posts: readonly Post[] | undefined, locale: Locale): string {
  if (posts === undefined) return locale === "en" ? "any committee seat" : "任一委员会职务";
  return posts.map((post) => label("post", post, locale)).join(locale === "en" ? ", " : "、");
}

/**
 * A "3+1"-style leadership rule: on `asOf`, each required sector head must hold a seat (in one of
 * `posts`, when given) of the committee in office. Each missing head is its own issue; with no committee
 * in office, every head is missing.
 *
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
export function threePlusOne(options: ThreePlusOneOptions): Rule {
  optionsObject("threePlusOne", options, true);
  const { requiredHeads, posts } = options;
  const severity = options.severity ?? "error";
  const appliesTo: AppliesTo = {
    kinds: options.kinds,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.from === undefined ? {} : { from: requireDateOption("threePlusOne", "options.from", options.from) }),
    ...(options.until === undefined ? {} : { until: requireDateOption("threePlusOne", "options.until", options.until) }),
  };
  return buildNamedRule("threePlusOne", { ...options, appliesTo }, options.title, ["charter.sector-head-missing"], (input, id) => {
    const { association, context, asOf, locale, office } = input;
    const missing = missingSectorHeads(requiredHeads, office?.committee, context.memberById, asOf, posts);
    const path = office === undefined ? input.path : [...office.path, "seats"];
    return missing.map((role) =>
      charterIssue(input, id, "charter.sector-head-missing", severity, path, {
        role,
        roleLabel: label("sectorRole", role, locale),
        kindLabel: label("associationKind", association.kind, locale),
        posts: posts === undefined ? null : [...posts],
        postsLabel: postsLabel(posts, locale),
      }),
    );
  });
}
