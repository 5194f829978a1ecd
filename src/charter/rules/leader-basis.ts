/**
 * Who may lead: the seed's "主席、副主席由单位领导或专家担任".
 *
 * @module
 */
import type { Post, SeatBasis } from "../../model/committee.js";
import { label } from "../../model/labels.js";
import { charterIssue, type CharterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionsObject } from "../../_lib/misuse.js";

import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/** Options of {@link leaderBasis}. */
export interface LeaderBasisOptions extends RuleOptions {
  /** The posts checked; chair and vice-chair by default. */
  readonly posts?: readonly Post[];
  /** The accepted bases; unit leader and expert by default. */
  readonly bases?: readonly SeatBasis[];
}

/**
 * Requires every holding in effect on `asOf` in the leading posts to rest on an accepted basis. Each
 * offending holding is its own issue.
 *
 * @example
 * ```ts
 * const rule = leaderBasis({ id: "mine/leaders", source, appliesTo: { kinds: ["school"] }, bases: ["unit-leader"] });
 * ```
 */
export function leaderBasis(options: LeaderBasisOptions): CharterRule {
  optionsObject("leaderBasis", options, true);
  const posts = new Set<Post>(options.posts ?? ["chair", "vice-chair"]);
  const bases = new Set<SeatBasis>(options.bases ?? ["unit-leader", "expert"]);
  const title = { "zh-CN": "主席、副主席由单位领导或专家担任", en: "Chair and vice-chairs are unit leaders or experts" };
  return buildNamedRule("leaderBasis", options, title, ["charter.leader-basis"], (input, id) => {
    const office = input.office;
    if (office === undefined) return [];
    const issues: CharterIssue[] = [];
    for (const { post, seatIndex, holding } of office.seated) {
      if (!posts.has(post) || bases.has(holding.basis)) continue;
      const holdingIndex = office.committee.seats[seatIndex]?.holdings.indexOf(holding) ?? -1;
      issues.push(
        charterIssue(input, id, "charter.leader-basis", "error", [...office.path, "seats", seatIndex, "holdings", holdingIndex, "basis"], {
          memberId: holding.memberId,
          post,
          postLabel: label("post", post, input.locale),
          basis: holding.basis,
          basisLabel: label("seatBasis", holding.basis, input.locale),
        }),
      );
    }
    return issues;
  });
}
