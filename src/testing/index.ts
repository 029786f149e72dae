import { coverageReport, formatCoverageGaps, type CoverageReport, type FixtureCase } from "../coverage.ts";
import { loadFixtures, loadRulesetFromDir } from "../node/index.ts";
import type { Ruleset } from "../ruleset/types.ts";

/**
 * What to check: a rule set (or its directory) and fixtures (or their directory). Defaults: the bundled ones.
 * @example
 * ```ts
 * assertFullCoverage({ rulesDir: "./rules", fixturesDir: "./fixtures" });
 * ```
 * @category Coverage
 */
export interface CoverageTarget {
  readonly ruleset?: Ruleset;
  readonly rulesDir?: string;
  readonly fixtures?: readonly FixtureCase[];
  readonly fixturesDir?: string;
}

/**
 * Thrown by {@link assertFullCoverage}; `report` holds the whole coverage report.
 * @example
 * ```ts
 * try {
 *   assertFullCoverage();
 * } catch (error) {
 *   if (error instanceof CoverageError) console.log(error.report.incompleteRules.map((rule) => rule.id));
 * }
 * ```
 * @category Coverage
 */
export class CoverageError extends Error {
  override name = "CoverageError";
  readonly report: CoverageReport;
  constructor(report: CoverageReport) {
    super(`Regulatory coverage is incomplete.\n${formatCoverageGaps(report)}`);
    this.report = report;
  }
}

/**
 * One-line coverage assertion for any test runner (vitest, jest, node:test): throws a
 * {@link CoverageError} listing every provision without a rule and every rule lacking a violated,
 * not-violated or undetermined fixture.
 * @example
 * ```ts
 * import { assertFullCoverage } from "netralitas-asn/testing";
 * test("every provision has rules, every rule has cases", () => {
 *   assertFullCoverage({ rulesDir: "./rules", fixturesDir: "./fixtures" });
 * });
 * ```
 * @category Coverage
 */
export function assertFullCoverage(target: CoverageTarget = {}): CoverageReport {
  const ruleset = target.ruleset ?? (target.rulesDir ? loadRulesetFromDir(target.rulesDir) : undefined);
  const fixtures = target.fixtures ?? loadFixtures(target.fixturesDir);
  const report = coverageReport({ ...(ruleset ? { ruleset } : {}), fixtures });
  if (!report.complete) throw new CoverageError(report);
  return report;
}

/** Re-exported from the main entry for coverage tests. @category Coverage */
export { coverageReport, formatCoverageGaps };
export { incidentFacts } from "./facts.ts";
/** Re-exported from the main entry for coverage tests. @category Coverage */
export type { CoverageReport, FixtureCase };
