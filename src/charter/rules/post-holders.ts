/**
 * How many people hold a post: the seed's "设主席1人，副主席若干人，秘书长1人".
 *
 * @module
 */
import type { Post } from "../../model/committee.js";
import { label } from "../../model/labels.js";
import { charterIssue, type CharterIssueCode } from "../messages.js";
import * as z from "zod";
import type { CharterRule } from "../rule.js";
import { checkOptions } from "../../_lib/check-options.js";
import { lazy } from "../../_lib/lazy.js";
import { numberOption } from "../../model/option-schemas.js";
import { maxAtLeastMin } from "./committee-size.js";
import { OPTION_BOUNDS } from "../../_lib/option-bounds.js";

import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/** Options of {@link postHolders}. */
export interface PostHoldersOptions extends RuleOptions {
  readonly post: Post;
  /** A whole number, 0–10,000. */
  readonly min: number;
  /** No upper bound when absent; else a whole number from `min` to 10,000. */
  readonly max?: number;
  /** The issue code reported; a code of {@link CHARTER_MESSAGES} with a `{count}` placeholder. */
  readonly code: CharterIssueCode;
}

const optionsSchema = lazy(() =>
  z
    .object({ min: numberOption(OPTION_BOUNDS.seats), max: numberOption(OPTION_BOUNDS.seats).optional() })
    .superRefine(({ min, max }, ctx) => {
      if (max !== undefined) maxAtLeastMin(min, max, ctx);
    }),
);

/**
 * Requires the number of distinct members seated in a post on `asOf` to be within `[min, max]`. A vacant
 * seat counts for nothing; the issue points at the first vacant seat of the post when there is one.
 *
 * @example
 * ```ts
 * const oneChair = postHolders({
 *   id: "mine/chair", source, appliesTo: { kinds: ["school"] },
 *   post: "chair", min: 1, max: 1, code: "charter.chair-count",
 * });
 * ```
 */
export function postHolders(options: PostHoldersOptions): CharterRule {
  const fn = "postHolders";
  const { min, max } = checkOptions(fn, optionsSchema(), options);
  const { post, code } = options;
  const title = {
    "zh-CN": `${label("post", post)} ${max === undefined ? `至少 ${min}` : min === max ? `${min}` : `${min}–${max}`} 人`,
    en: `${max === undefined ? `At least ${min}` : min === max ? `Exactly ${min}` : `${min}–${max}`} ${label("post", post, "en")}`,
  };
  return buildNamedRule("postHolders", options, title, [code], (input, id) => {
    const office = input.office;
    if (office === undefined) return [];
    const holders = new Set<string>();
    for (const seated of office.seated) if (seated.post === post) holders.add(seated.holding.memberId);
    const count = holders.size;
    if (count >= min && (max === undefined || count <= max)) return [];
    const occupied = new Set<number>();
    for (const seated of office.seated) occupied.add(seated.seatIndex);
    const vacant = count < min ? office.committee.seats.findIndex((seat, i) => seat.post === post && !occupied.has(i)) : -1;
    const path = vacant >= 0 ? [...office.path, "seats", vacant] : [...office.path, "seats"];
    return [
      charterIssue(input, id, code, "error", path, { count, min, max: max ?? null, post, postLabel: label("post", post, input.locale) }),
    ];
  });
}
