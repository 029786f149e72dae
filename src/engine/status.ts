import type { FindingStatus, Verdict } from "../schema/fixture.ts";
import type { TraceNode } from "./trace.ts";

// Statuses and verdicts: how three-valued results become a finding's status, and findings a verdict.

/** A finding's status from its two three-valued results: applicability first, then the elements. */
export function statusFromResults(applicability: boolean | undefined, conditions: boolean | undefined): FindingStatus {
  if (applicability === false) return "not_applicable";
  if (conditions === false) return "not_violated";
  if (applicability === true && conditions === true) return "violated";
  return "undetermined";
}

/** Finding status from the two trees: applicability first, then the elements of the breach. */
export function statusOf(applicability: TraceNode, conditions: TraceNode): FindingStatus {
  return statusFromResults(applicability.result, conditions.result);
}

/**
 * The status a finding has in an assessment: a rule that binds the person but whose conduct the
 * report does not mention is not alleged, whatever its elements would give.
 */
export function scopedStatus(status: FindingStatus, alleged: boolean): FindingStatus {
  return alleged || status === "not_applicable" ? status : "not_alleged";
}

/**
 * The verdict of a list of statuses: any violated finding makes a violation; else an undetermined
 * (alleged) one leaves the facts insufficient; else a not-violated one clears the person; else a
 * report that states no conduct at all (`conductStated` false) alleges nothing to judge.
 */
export function verdictOfStatuses(statuses: Iterable<FindingStatus>, conductStated: boolean): Verdict {
  let seen = 0;
  for (const status of statuses) seen |= STATUS_BITS[status];
  if (seen & STATUS_BITS.violated) return "violation";
  if (seen & STATUS_BITS.undetermined) return "insufficient_facts";
  if (seen & STATUS_BITS.not_violated) return "no_violation";
  // Conduct was reported, but no rule about it binds the person: not applicable, not "nothing alleged".
  if (seen & STATUS_BITS.not_alleged && !conductStated) return "nothing_alleged";
  return "not_applicable";
}

const STATUS_BITS: Readonly<Record<FindingStatus, number>> = { violated: 1, undetermined: 2, not_violated: 4, not_alleged: 8, not_applicable: 16 };

/** The verdict of findings (see {@link verdictOfStatuses}). */
export function verdictOf(findings: readonly { readonly status: FindingStatus }[], conductStated = true): Verdict {
  return verdictOfStatuses(
    findings.map((finding) => finding.status),
    conductStated,
  );
}

/**
 * Which of a rule's outcomes on several acts of one report (several posts, several activities)
 * stands for the rule: the rule is broken if it is broken by one act, unsettled if one act leaves
 * it open, and so on down this order.
 */
export const STATUS_STRENGTH: Readonly<Record<FindingStatus, number>> = { violated: 4, undetermined: 3, not_violated: 2, not_alleged: 1, not_applicable: 0 };
