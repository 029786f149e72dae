import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { coverageReport, type CoverageReport, type FixtureCase } from "../coverage.ts";
import { bundledRuleset } from "../evaluator.ts";
import { toInputIssues } from "../schema/issues.ts";
import { FixtureSchema } from "../schema/fixture.ts";
import { RulesetError, type RulesetProblem } from "../errors.ts";
import { message } from "../messages.ts";
import { checkRuleset, loadRuleset } from "../ruleset/load.ts";
import type { Ruleset, RulesetSource, SourceFile } from "../ruleset/types.ts";
import { listJsonFiles, readText, ruleDirectoryLayout } from "./files.ts";

export { listJsonFiles, ruleDirectoryLayout } from "./files.ts";

/** A file that could not be read or parsed as JSON. */
export interface UnreadableFile {
  readonly file: string;
  readonly problem: RulesetProblem;
}

/**
 * Reads a rule directory (laid out like `rules/`: `aturan/`, `ketentuan/`, `kalender/`, `kondisi/`,
 * `wilayah/provinsi.json`, `fakta.json`) into a rule set source, without validating it.
 * Files that are not valid JSON are returned in `unreadable`, each with a problem that says where.
 */
export function readRulesetSource(dir: string, version = "custom"): { source: RulesetSource; unreadable: UnreadableFile[] } {
  const layout = ruleDirectoryLayout(dir);
  const unreadable: UnreadableFile[] = [];
  const read = (file: string): SourceFile | undefined => {
    let text: string;
    try {
      text = readText(join(dir, file));
    } catch (error) {
      unreadable.push({ file, problem: { code: "unreadable", file, path: [], messages: message("custom", { message: String(error) }) } });
      return undefined;
    }
    try {
      return { file, data: JSON.parse(text) as unknown };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      unreadable.push({ file, problem: { code: "invalid_json", file, path: [], messages: message("invalid_json", { detail }) } });
      return undefined;
    }
  };
  const readAll = (files: readonly string[]) => files.map(read).filter((file): file is SourceFile => file !== undefined);
  const source: RulesetSource = {
    version,
    rules: readAll(layout.rules),
    provisions: readAll(layout.provisions),
    calendars: readAll(layout.calendars),
    conditions: readAll(layout.conditions),
    regions: read(layout.regions) ?? { file: layout.regions, data: undefined },
    facts: read(layout.facts) ?? { file: layout.facts, data: undefined },
  };
  return { source, unreadable };
}

/**
 * Loads and validates a rule directory from disk. Throws a {@link RulesetError} listing every problem.
 * @example
 * ```ts
 * import { loadRulesetFromDir } from "netralitas-asn/node";
 * import { createEvaluator } from "netralitas-asn";
 * const evaluator = createEvaluator({ ruleset: loadRulesetFromDir("./my-rules") });
 * ```
 */
export function loadRulesetFromDir(dir: string, version = "custom"): Ruleset {
  const { source, unreadable } = readRulesetSource(dir, version);
  if (unreadable.length > 0) {
    const { problems } = checkRuleset(source);
    throw new RulesetError([...unreadable.map((entry) => entry.problem), ...problems]);
  }
  return loadRuleset(source);
}

/**
 * Reads every fixture file below `dir` (default: the fixtures shipped with the package) and validates it.
 * Throws a {@link RulesetError} naming each invalid fixture.
 */
export function loadFixtures(dir: string = defaultFixturesDir()): FixtureCase[] {
  const problems: RulesetProblem[] = [];
  const cases: FixtureCase[] = [];
  for (const file of listJsonFiles(dir, ".")) {
    let data: unknown;
    try {
      data = JSON.parse(readText(join(dir, file))) as unknown;
    } catch (error) {
      problems.push({ code: "invalid_json", file, path: [], messages: message("invalid_json", { detail: error instanceof Error ? error.message : String(error) }) });
      continue;
    }
    const result = FixtureSchema.safeParse(data);
    if (result.success) cases.push({ file, fixture: result.data });
    else {
      for (const issue of toInputIssues(result.error.issues, data, FixtureSchema, "en")) {
        problems.push({ code: issue.code, file, path: issue.path, messages: issue.messages });
      }
    }
  }
  if (problems.length > 0) throw new RulesetError(problems);
  return cases;
}

/** The package's own directory (two levels above the built entry or the source file). */
function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return existsSync(join(here, "..", "package.json")) ? join(here, "..") : join(here, "..", "..");
}

/** The `rules/` directory shipped with the package. */
export function defaultRulesDir(): string {
  return join(packageRoot(), "rules");
}

/** The `fixtures/` directory shipped with the package. */
export function defaultFixturesDir(): string {
  return join(packageRoot(), "fixtures");
}

/**
 * Coverage of a rule directory by a fixture directory (defaults: the bundled rules and fixtures).
 * @example
 * ```ts
 * import { coverageReportFromDirs } from "netralitas-asn/node";
 * const report = coverageReportFromDirs();
 * report.complete; // => true
 * ```
 */
export function coverageReportFromDirs(options: { readonly rulesDir?: string; readonly fixturesDir?: string } = {}): CoverageReport {
  const ruleset = options.rulesDir ? loadRulesetFromDir(options.rulesDir) : bundledRuleset();
  return coverageReport({ ruleset, fixtures: loadFixtures(options.fixturesDir) });
}
