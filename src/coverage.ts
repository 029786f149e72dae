import { bundledRuleset } from "./evaluator.ts";
import type { Ruleset } from "./ruleset/types.ts";
import { FINDING_STATUSES, type Fixture, type FindingStatus } from "./schema/fixture.ts";
import type { InForce } from "./schema/common.ts";
import type { LocalizedText } from "./_utils/text.ts";

/**
 * A fixture with the file it came from.
 * @example
 * ```ts
 * const cases: FixtureCase[] = loadFixtures("./fixtures");
 * cases[0]?.file; // => "berita/barito-kuala-kampanye-di-masa-tenang.json"
 * ```
 * @category Coverage
 */
export interface FixtureCase {
  readonly file?: string;
  readonly fixture: Fixture;
}

/**
 * The rules that cite a provision.
 * @example
 * ```ts
 * const row = coverageReport({ fixtures }).provisions.find((entry) => entry.id === "pp-94-2021:pasal-5:huruf-n:angka-3");
 * row?.rules; // => ["pp-94-2021/pengerahan-pns"]
 * ```
 * @category Coverage
 */
export interface ProvisionCoverage {
  readonly id: string;
  readonly citation: string;
  readonly inForce: InForce;
  readonly rules: readonly string[];
  /** Cited by a rule, or deliberately without one (see `withoutRule`). */
  readonly covered: boolean;
  /** Why the catalogue gives this provision no rule (a catch-all that refers cases to a body, for example). */
  readonly withoutRule?: LocalizedText;
}

/**
 * The fixtures that exercise a rule, by expected status.
 * @example
 * ```ts
 * const rule = coverageReport({ fixtures }).rules.find((entry) => entry.id === "pp-94-2021/pengerahan-pns");
 * rule?.missing; // => [] when it has violated, not-violated and undetermined fixtures
 * ```
 * @category Coverage
 */
export interface RuleCoverage {
  readonly id: string;
  readonly provisions: readonly string[];
  readonly fixtures: Readonly<Record<FindingStatus, readonly string[]>>;
  /** The statuses among violated, not_violated and undetermined that no fixture exercises. */
  readonly missing: readonly FindingStatus[];
}

/**
 * Regulatory coverage of a rule set by its fixtures.
 * @example
 * ```ts
 * const report: CoverageReport = coverageReport({ fixtures: loadFixtures("./fixtures") });
 * if (!report.complete) console.log(formatCoverageGaps(report));
 * ```
 * @category Coverage
 */
export interface CoverageReport {
  readonly provisions: readonly ProvisionCoverage[];
  readonly rules: readonly RuleCoverage[];
  /** Provision ids no rule cites and the catalogue does not say why. */
  readonly uncoveredProvisions: readonly string[];
  /** Provision ids no rule cites, deliberately: the catalogue gives the reason (`withoutRule`). */
  readonly provisionsWithoutRule: readonly string[];
  /** Rules lacking a violated, not_violated or undetermined fixture. */
  readonly incompleteRules: readonly RuleCoverage[];
  /** Fixture expectations naming a rule id that does not exist. */
  readonly orphanExpectations: readonly { readonly file: string; readonly ruleId: string }[];
  readonly complete: boolean;
}

const REQUIRED: readonly FindingStatus[] = ["violated", "not_violated", "undetermined"];

/**
 * Regulatory coverage: for every provision, the rules citing it; for every rule, the fixtures per
 * expected status. Complete when every provision has a rule and every rule has violated,
 * not-violated and undetermined fixtures.
 * @example
 * ```ts
 * const report = coverageReport({ fixtures });
 * report.uncoveredProvisions; // => []
 * ```
 * @category Coverage
 */
export function coverageReport(options: { readonly ruleset?: Ruleset; readonly fixtures: readonly FixtureCase[] }): CoverageReport {
  const ruleset = options.ruleset ?? bundledRuleset();
  const byRule = new Map<string, Record<FindingStatus, string[]>>();
  for (const rule of ruleset.rules) {
    byRule.set(rule.id, Object.fromEntries(FINDING_STATUSES.map((status) => [status, [] as string[]])) as Record<FindingStatus, string[]>);
  }
  const orphanExpectations: { file: string; ruleId: string }[] = [];
  options.fixtures.forEach(({ file, fixture }, index) => {
    const name = file ?? `#${index}`;
    for (const [ruleId, status] of Object.entries(fixture.expect.findings ?? {})) {
      const entry = byRule.get(ruleId);
      if (entry) entry[status].push(name);
      else orphanExpectations.push({ file: name, ruleId });
    }
  });
  const rules: RuleCoverage[] = ruleset.rules.map((rule) => {
    const fixtures = byRule.get(rule.id) ?? Object.fromEntries(FINDING_STATUSES.map((status) => [status, []])) as unknown as Record<FindingStatus, string[]>;
    return { id: rule.id, provisions: rule.provisions, fixtures, missing: REQUIRED.filter((status) => fixtures[status].length === 0) };
  });
  const provisions: ProvisionCoverage[] = [...ruleset.provisions.values()].map((provision) => {
    const citing = ruleset.rules.filter((rule) => rule.provisions.includes(provision.id)).map((rule) => rule.id);
    return {
      id: provision.id,
      citation: `${provision.instrument.shortTitle} ${provision.citation}`,
      inForce: provision.inForce,
      rules: citing,
      covered: citing.length > 0 || provision.withoutRule !== undefined,
      ...(provision.withoutRule === undefined ? {} : { withoutRule: provision.withoutRule }),
    };
  });
  const uncoveredProvisions = provisions.filter((provision) => !provision.covered).map((provision) => provision.id);
  const provisionsWithoutRule = provisions.filter((provision) => provision.withoutRule !== undefined && provision.rules.length === 0).map((provision) => provision.id);
  const incompleteRules = rules.filter((rule) => rule.missing.length > 0);
  return {
    provisions,
    rules,
    uncoveredProvisions,
    provisionsWithoutRule,
    incompleteRules,
    orphanExpectations,
    complete: uncoveredProvisions.length === 0 && incompleteRules.length === 0 && orphanExpectations.length === 0,
  };
}

/**
 * The report as readable text listing exactly what is uncovered.
 * @example
 * ```ts
 * formatCoverageGaps(report);
 * // => "Rules without fixtures for every status (1):\n  - pp-94-2021/pengerahan-pns: missing undetermined"
 * ```
 * @category Coverage
 */
export function formatCoverageGaps(report: CoverageReport): string {
  const lines: string[] = [];
  if (report.uncoveredProvisions.length > 0) {
    lines.push(`Provisions without a rule (${report.uncoveredProvisions.length}):`);
    for (const id of report.uncoveredProvisions) lines.push(`  - ${id}`);
  }
  if (report.incompleteRules.length > 0) {
    lines.push(`Rules without fixtures for every status (${report.incompleteRules.length}):`);
    for (const rule of report.incompleteRules) lines.push(`  - ${rule.id}: missing ${rule.missing.join(", ")}`);
  }
  if (report.orphanExpectations.length > 0) {
    lines.push(`Fixture expectations naming unknown rules (${report.orphanExpectations.length}):`);
    for (const orphan of report.orphanExpectations) lines.push(`  - ${orphan.file}: ${orphan.ruleId}`);
  }
  return lines.join("\n");
}
