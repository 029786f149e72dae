import type { Fixture } from "./schema/fixture.ts";
import type { Assessment } from "./types.ts";

/** One way an assessment differs from what a fixture expects. */
export interface ExpectationMismatch {
  /** Path inside the fixture file of the expectation that failed, e.g. `["expect", "findings", "pp-94-2021/ikut-kampanye"]`. */
  readonly path: readonly (string | number)[];
  /** What was checked: `verdict`, a rule id, `cited pp-94-2021:…`. */
  readonly what: string;
  readonly expected: string;
  readonly actual: string;
}

function cited(assessment: Assessment, statuses: readonly string[]): Set<string> {
  return new Set(
    assessment.findings.filter((finding) => statuses.includes(finding.status)).flatMap((finding) => finding.provisions.map((provision) => provision.id)),
  );
}

/**
 * Compares an assessment with a fixture's `expect` block, the same checks the fixture test runs:
 * verdict, election, phase, local date, zone, each rule's status, provisions violated findings
 * must cite and provisions no finding may cite.
 */
export function compareWithExpectation(fixture: Fixture, assessment: Assessment): ExpectationMismatch[] {
  const expected = fixture.expect;
  const mismatches: ExpectationMismatch[] = [];
  const check = (key: string, want: string | undefined, got: string) => {
    if (want !== undefined && want !== got) mismatches.push({ path: ["expect", key], what: key, expected: want, actual: got });
  };
  check("verdict", expected.verdict, assessment.verdict);
  check("election", expected.election, assessment.election.id);
  check("phase", expected.phase, assessment.phase.id);
  check("localDate", expected.localDate, assessment.occurrence.localDate);
  check("zone", expected.zone, assessment.region.zone);
  const statuses = new Map(assessment.findings.map((finding) => [finding.ruleId, finding.status] as const));
  for (const [ruleId, status] of Object.entries(expected.findings ?? {})) {
    const actual = statuses.get(ruleId) ?? "-";
    if (actual !== status) mismatches.push({ path: ["expect", "findings", ruleId], what: ruleId, expected: status, actual });
  }
  const violated = cited(assessment, ["violated"]);
  (expected.cited ?? []).forEach((id, index) => {
    if (!violated.has(id)) mismatches.push({ path: ["expect", "cited", index], what: `cited ${id}`, expected: "violated", actual: "-" });
  });
  const any = cited(assessment, ["violated", "not_violated", "undetermined", "not_applicable"]);
  (expected.notCited ?? []).forEach((id, index) => {
    if (any.has(id)) mismatches.push({ path: ["expect", "notCited", index], what: `notCited ${id}`, expected: "-", actual: "cited" });
  });
  return mismatches;
}
