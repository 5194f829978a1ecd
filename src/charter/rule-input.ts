/**
 * What a rule's check (or a checklist item) receives for one association, with the committee in office
 * looked up on first use only; and whether a rule's scope takes in an association at all.
 *
 * @module
 */
import { listOf } from "../_lib/list-of.js";
import type { IssuePath, Locale } from "../issue/issue.js";
import { isActiveOn, type Association } from "../model/association.js";
import { committeeOn, seatedOn } from "../model/committee-status.js";
import type { ValidationContext } from "./context.js";
import type { CommitteeInOffice, RuleInput } from "./rule.js";

function officeOf(association: Association, context: ValidationContext, asOf: string): CommitteeInOffice | undefined {
  const committee = committeeOn(listOf(context.committeesByAssociation, association.id), asOf);
  if (committee === undefined) return undefined;
  const position = context.positionOf("committees", committee);
  const seated = seatedOn(committee, asOf);
  const seatedMemberIds = new Set<string>();
  for (const s of seated) seatedMemberIds.add(s.holding.memberId);
  return { committee, path: position >= 0 ? ["committees", position] : [], seated, seatedMemberIds };
}

// Every rule that checks one association shares this input, so the committee in office is found once.
class Input implements RuleInput {
  #office: CommitteeInOffice | undefined | null = null;
  constructor(
    readonly association: Association,
    readonly path: IssuePath,
    readonly context: ValidationContext,
    readonly asOf: string,
    readonly locale: Locale,
  ) {}
  get office(): CommitteeInOffice | undefined {
    if (this.#office === null) this.#office = officeOf(this.association, this.context, this.asOf);
    return this.#office;
  }
}

/**
 * The input of every rule (and checklist item) for one association at dataset position `position`
 * (-1 when it is not in the context's dataset, which gives it the path `[]`).
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const input = createRuleInput(dataset.associations[2]!, 2, context, "2020-09-07", "zh-CN");
 * input.path; // → ["associations", 2]
 * input.office?.committee.term; // → undefined
 * ```
 */
export function createRuleInput(
  association: Association,
  position: number,
  context: ValidationContext,
  asOf: string,
  locale: Locale,
): RuleInput {
  return new Input(association, position >= 0 ? ["associations", position] : [], context, asOf, locale);
}

/** The part of a rule's scope checked per association: its window, its region and its status. */
export interface ScopeWindow {
  readonly region?: string | undefined;
  readonly from?: string | undefined;
  readonly until?: string | undefined;
  /** Whether dissolved associations (and those not yet established) are judged too. */
  readonly anyStatus: boolean;
}

/**
 * Whether a rule (or a checklist) in force in its window on `asOf` judges an association: one that
 * exists on `asOf` (unless `anyStatus`), in its region (its own division code, or its nearest
 * ancestor's). Kinds are matched by the caller, who can index rules by kind.
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * appliesOn({ region: "340881", anyStatus: false }, dataset.associations[2]!, context, "2020-09-07"); // → true
 * appliesOn({ region: "340881", anyStatus: false }, dataset.associations[0]!, context, "2020-09-07"); // → false
 * ```
 */
export function appliesOn(scope: ScopeWindow, association: Association, context: ValidationContext, asOf: string): boolean {
  if (scope.from !== undefined && asOf < scope.from) return false;
  if (scope.until !== undefined && asOf > scope.until) return false;
  if (!scope.anyStatus && !isActiveOn(association, asOf)) return false;
  if (scope.region !== undefined && !(context.divisionCodeOf(association)?.startsWith(scope.region) ?? false)) return false;
  return true;
}
