import type { BundledRuleId } from "./ruleset/bundled-ids.generated.ts";

/**
 * The finding of one rule in an assessment or a verdict summary, or `undefined` when that rule
 * was not judged (not in force on the incident's date, or not in the rule set). The rule id
 * completes to the bundled rules' ids; any other id is allowed for a custom rule set.
 * @example
 * ```ts
 * const assessment = await evaluateIncident(incident);
 * const mobilisation = findingOf(assessment, "pp-94-2021/pengerahan-pns");
 * if (mobilisation?.status === "violated") console.log(mobilisation.provisions[0]?.citation);
 * ```
 * @category Evaluation
 */
export function findingOf<F extends { readonly ruleId: string }>(result: { readonly findings: readonly F[] }, ruleId: BundledRuleId | (string & {})): F | undefined {
  return result.findings.find((finding) => finding.ruleId === ruleId);
}
