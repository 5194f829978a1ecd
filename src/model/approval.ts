/**
 * Approvals (批准、批复): who approved an association's establishment, and approved postponements of its
 * congress (换届延期).
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { CalendarDate, Id, Name } from "./primitives.js";

/**
 * Who approves: the host unit's Party organisation (党组织批准, the seed's rule for agency associations),
 * an association (科协批复, as the local association approves an enterprise association), a government
 * body, or another body.
 *
 * @example
 * ```ts
 * ApprovalAuthority.parse("association");
 * ```
 */
export const ApprovalAuthority = z.enum(["party-organisation", "association", "government", "other"]);
/** An approving authority; see {@link ApprovalAuthority}. */
export type ApprovalAuthority = z.infer<typeof ApprovalAuthority>;

// The fields every approval has; a postponement adds its new date.
const approvalFields = {
  authority: ApprovalAuthority,
  /** The approving body's name, as written on the approval. */
  body: Name,
  approvedOn: CalendarDate,
  /** The approving association's id, when it is in the dataset (a 科协's 批复). */
  associationId: Id.optional(),
  /** The document number (文号), such as 〔2019〕12号. */
  documentNumber: z.string().min(1).max(100).optional(),
};

/**
 * An approval of an association's establishment.
 *
 * @example
 * ```ts
 * Approval.parse({ authority: "association", body: "遂溪县科协", associationId: "sx", approvedOn: "2019-03-01" });
 * ```
 */
export const Approval = z.strictObject({
  ...approvalFields,
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** An approval; see {@link Approval}. */
export type Approval = z.infer<typeof Approval>;

/**
 * An approved postponement of the association's congress (and so of its committee's re-election): the
 * charter lets a congress be held late "in special circumstances" with approval. Until `postponedTo`,
 * the congress is not overdue and the committee's term has not run out.
 *
 * @example
 * ```ts
 * CongressPostponement.parse({
 *   authority: "association", body: "湛江市科协", approvedOn: "2024-03-01", postponedTo: "2024-12-31",
 * });
 * ```
 */
export const CongressPostponement = z.strictObject({
  ...approvalFields,
  postponedTo: CalendarDate,
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** A congress postponement; see {@link CongressPostponement}. */
export type CongressPostponement = z.infer<typeof CongressPostponement>;

/** What {@link isApprovedBy} and {@link postponedUntil} read of an association. */
export interface ApprovalRecords {
  readonly partyApproval?: { readonly approvedOn: string } | undefined;
  readonly approvals?: readonly Pick<Approval, "authority" | "approvedOn">[] | undefined;
  readonly congressPostponements?: readonly Pick<CongressPostponement, "approvedOn" | "postponedTo">[] | undefined;
}

/**
 * Whether the association's establishment is approved, on or before `asOf`, by one of `authorities`.
 * The older `partyApproval` field counts as an approval by the Party organisation.
 *
 * @example
 * ```ts
 * isApprovedBy({ approvals: [{ authority: "association", approvedOn: "2019-03-01" }] }, ["association"], "2020-01-01"); // → true
 * isApprovedBy({ partyApproval: { approvedOn: "2019-03-01" } }, ["party-organisation"], "2019-02-28"); // → false
 * ```
 */
export function isApprovedBy(records: ApprovalRecords, authorities: readonly ApprovalAuthority[], asOf: string): boolean {
  const party = records.partyApproval;
  if (party !== undefined && party.approvedOn <= asOf && authorities.includes("party-organisation")) return true;
  for (const approval of records.approvals ?? []) {
    if (approval.approvedOn <= asOf && authorities.includes(approval.authority)) return true;
  }
  return false;
}

/**
 * The latest date a congress due after `since` is postponed to, by postponements approved on or before
 * `asOf`; undefined when none. A postponement to a day on or before `since` belongs to an earlier cycle
 * and is ignored.
 *
 * @example
 * ```ts
 * const a = { congressPostponements: [{ approvedOn: "2024-03-01", postponedTo: "2024-12-31" }] };
 * postponedUntil(a, "2019-05-10", "2024-06-30"); // → "2024-12-31"
 * postponedUntil(a, "2019-05-10", "2024-02-29"); // undefined: not yet approved
 * ```
 */
export function postponedUntil(records: ApprovalRecords, since: string, asOf: string): string | undefined {
  let latest: string | undefined;
  for (const postponement of records.congressPostponements ?? []) {
    const { approvedOn, postponedTo } = postponement;
    if (approvedOn <= asOf && postponedTo > since && (latest === undefined || postponedTo > latest)) latest = postponedTo;
  }
  return latest;
}

/**
 * A deadline moved to a postponement's date when that is later: the last valid day under the approval.
 *
 * @example
 * ```ts
 * deadlineAfterPostponement("2024-05-10", "2024-12-31"); // → "2024-12-31"
 * deadlineAfterPostponement("2024-05-10", undefined); // → "2024-05-10"
 * ```
 */
export function deadlineAfterPostponement(deadline: string, postponedTo: string | undefined): string {
  return postponedTo !== undefined && postponedTo > deadline ? postponedTo : deadline;
}
