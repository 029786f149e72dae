import type { Ruleset } from "../ruleset/types.ts";
import type { Assessment, Finding } from "../types.ts";

// The shapes of the service's responses that are not library results as they are.

/** detail=summary: the assessment with each finding's trace left out (most of a full assessment's size). */
export function assessmentSummary(assessment: Assessment): Omit<Assessment, "findings"> & { readonly findings: readonly Omit<Finding, "trace">[] } {
  return { ...assessment, findings: assessment.findings.map(({ trace: _trace, ...finding }) => finding) };
}

/** GET /v1/rules: one line per rule. */
export function ruleSummaries(ruleset: Ruleset) {
  return {
    rulesetVersion: ruleset.version,
    rules: ruleset.rules.map((rule) => ({
      id: rule.id,
      title: rule.title,
      prohibition: rule.prohibition,
      provisions: rule.provisions,
      inForce: rule.inForce,
      ...(rule.electionKinds ? { electionKinds: rule.electionKinds } : {}),
      ...(rule.confidence ? { confidence: rule.confidence } : {}),
    })),
  };
}

/** GET /v1/provisions: the catalogue, each provision with its instrument. */
export function provisionList(ruleset: Ruleset) {
  return { rulesetVersion: ruleset.version, provisions: [...ruleset.provisions.values()] };
}

/** GET /v1/calendars: each calendar with its coverage and phase periods. */
export function calendarSummaries(ruleset: Ruleset) {
  return {
    rulesetVersion: ruleset.version,
    calendars: [...ruleset.calendars.values()].map((calendar) => ({
      id: calendar.id,
      kind: calendar.kind,
      title: calendar.title,
      legalBasis: calendar.legalBasis,
      confidence: calendar.confidence,
      coverage: { from: calendar.coverage.from, to: calendar.coverage.to },
      phases: calendar.phases.map((period) => ({ id: period.phase, from: period.from, to: period.to })),
    })),
  };
}
