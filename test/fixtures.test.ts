import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEvaluator, type Assessment } from "../src/index.ts";
import { loadFixtures } from "../src/node/index.ts";

const fixturesDir = fileURLToPath(new URL("../fixtures", import.meta.url));
const cases = loadFixtures(fixturesDir);
const evaluator = createEvaluator();

function citedBy(assessment: Assessment, statuses: readonly string[]): Set<string> {
  return new Set(
    assessment.findings.filter((finding) => statuses.includes(finding.status)).flatMap((finding) => finding.provisions.map((provision) => provision.id)),
  );
}

describe("every fixture through the public API", () => {
  it("finds fixtures", () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((entry) => [entry.file ?? "?", entry] as const))("%s", async (_file, { fixture }) => {
    const options = fixture.interpretation ? { interpretation: fixture.interpretation } : {};
    const assessment = await evaluator.evaluate(fixture.incident, options);
    const { expect: expected } = fixture;
    if (expected.verdict) expect(assessment.verdict, fixture.title).toBe(expected.verdict);
    if (expected.election) expect(assessment.election.id).toBe(expected.election);
    if (expected.phase) expect(assessment.phase.id).toBe(expected.phase);
    if (expected.localDate) expect(assessment.occurrence.localDate).toBe(expected.localDate);
    if (expected.zone) expect(assessment.region.zone).toBe(expected.zone);
    const statuses = Object.fromEntries(assessment.findings.map((finding) => [finding.ruleId, finding.status]));
    for (const [ruleId, status] of Object.entries(expected.findings ?? {})) {
      expect(statuses[ruleId], `${ruleId} in "${fixture.title}"`).toBe(status);
    }
    const violatedCitations = citedBy(assessment, ["violated"]);
    for (const id of expected.cited ?? []) expect(violatedCitations, `cites ${id}`).toContain(id);
    for (const id of expected.notBreached ?? []) expect(violatedCitations, `no violated finding cites ${id}`).not.toContain(id);
    const anyCitation = citedBy(assessment, ["violated", "not_violated", "undetermined", "not_applicable"]);
    for (const id of expected.notCited ?? []) expect(anyCitation, `does not cite ${id}`).not.toContain(id);
    for (const finding of assessment.findings) {
      expect(finding.explanation.id.length).toBeGreaterThan(0);
      expect(finding.explanation.en.length).toBeGreaterThan(0);
      if (finding.status === "undetermined") expect(finding.missingFacts.length, `${finding.ruleId} names its missing facts`).toBeGreaterThan(0);
    }
    // The json-rules-engine reference path must agree on every finding.
    const reference = await evaluator.evaluate(fixture.incident, { ...options, engine: "json-rules-engine" });
    expect(Object.fromEntries(reference.findings.map((finding) => [finding.ruleId, finding.status]))).toEqual(statuses);
  });
});
