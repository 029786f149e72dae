import { join, sep } from "node:path";
import { coverageReport, type CoverageReport, type FixtureCase } from "../coverage.ts";
import { bundledRuleset, bundledRulesetSource } from "../evaluator.ts";
import { toInputIssues } from "../schema/issues.ts";
import { FixtureSchema } from "../schema/fixture.ts";
import { RulesetError, type RulesetProblem } from "../errors.ts";
import { checkRuleset, loadRuleset, mergeRulesetSources } from "../ruleset/load.ts";
import type { Ruleset, RulesetSource } from "../ruleset/types.ts";
import { listJsonFiles } from "./files.ts";
import type { JsonDocument } from "./json-document.ts";
import { locateProblems, readJsonFile } from "./read-json.ts";
import { defaultFixturesDir, defaultRulesDir } from "./package-dirs.ts";
import { prefixSource, readRuleDirectory } from "./rule-directory.ts";

export { listJsonFiles, ruleDirectoryLayout } from "./files.ts";
export { checkRulesetDir } from "./check.ts";
export { defaultRulesDir, defaultFixturesDir } from "./package-dirs.ts";
export { evaluateJsonl, JsonlWorkerError } from "./stream.ts";
export type { JsonlOptions, JsonlSummary, JsonlDetail, JsonlLineError } from "./stream.ts";
export type { RulesetCheck, RulesetCheckOptions } from "./check.ts";

/**
 * A file that could not be read or parsed as JSON.
 * @example
 * ```ts
 * const { unreadable } = readRulesetSource("./rules");
 * for (const { file, problem } of unreadable) console.log(`${file}:${problem.line}:${problem.column} ${problem.messages.id}`);
 * ```
 * @category Node
 */
export interface UnreadableFile {
  /** The file, relative to the rule directory. */
  readonly file: string;
  /** What went wrong; for broken JSON with the `line` and `column` of the mistake. */
  readonly problem: RulesetProblem;
}

/**
 * Reads a rule directory (laid out like `rules/`: `aturan/`, `ketentuan/`, `kalender/`, `kondisi/`,
 * `wilayah/provinsi.json`, `fakta.json`) into a rule set source, without validating it.
 * Files that are not valid JSON are returned in `unreadable`, each with a problem that says where
 * (line and column) and what is wrong, in Indonesian and English.
 * @example
 * ```ts
 * import { readRulesetSource } from "netralitas-asn/node";
 * import { checkRuleset } from "netralitas-asn";
 * const { source, unreadable } = readRulesetSource("./rules");
 * const { problems } = checkRuleset(source);
 * console.log(unreadable.length + problems.length); // => 0
 * ```
 * @category Node
 */
export function readRulesetSource(dir: string, version = "custom"): { source: RulesetSource; unreadable: UnreadableFile[] } {
  const directory = readRuleDirectory(dir);
  const source: RulesetSource = {
    ...directory.source,
    regions: directory.source.regions ?? { file: "wilayah/provinsi.json", data: undefined },
    facts: directory.source.facts ?? { file: "fakta.json", data: undefined },
    version,
  };
  return { source, unreadable: directory.unreadable.map((problem) => ({ file: problem.file ?? "", problem })) };
}

/**
 * Options of {@link loadRulesetFromDir}.
 * @example
 * ```ts
 * const ruleset = loadRulesetFromDir("./extra-rules", "extra", { extend: true });
 * ```
 * @category Node
 */
export interface LoadRulesetOptions {
  /**
   * Load the directory on top of the bundled rule set: its files add to the bundled ones or
   * replace those with the same id (rules, calendars, shared conditions, catalogues by instrument).
   * Default `false`: the directory is a complete rule set.
   */
  readonly extend?: boolean;
}

/**
 * Loads and validates a rule directory from disk. Throws a {@link index!RulesetError} listing every
 * problem, each with its file, line and column.
 * @example
 * ```ts
 * import { loadRulesetFromDir } from "netralitas-asn/node";
 * import { createEvaluator } from "netralitas-asn";
 * const evaluator = createEvaluator({ ruleset: loadRulesetFromDir("./my-rules") });
 * // A folder with only new or changed files, on top of the bundled rules:
 * const extended = loadRulesetFromDir("./extra-rules", "extra", { extend: true });
 * ```
 * @throws {@link index!RulesetError} when a file is broken JSON or the rule set is invalid.
 * @category Node
 */
export function loadRulesetFromDir(dir: string, version = "custom", options: LoadRulesetOptions = {}): Ruleset {
  const directory = readRuleDirectory(dir, { partial: options.extend === true });
  const own: RulesetSource = {
    ...directory.source,
    regions: directory.source.regions ?? { file: "wilayah/provinsi.json", data: undefined },
    facts: directory.source.facts ?? { file: "fakta.json", data: undefined },
    version,
  };
  // Bundled files are named by their place in the installed package, so problems say which file is which.
  const bundledPrefix = `${join(defaultRulesDir(), ".").split(sep).join("/")}/`;
  const source = options.extend ? mergeRulesetSources(prefixSource(bundledRulesetSource(), bundledPrefix), { ...directory.source, version }) : own;
  if (directory.unreadable.length > 0) {
    const unreadable = new Set(directory.unreadable.map((problem) => problem.file));
    const { problems } = checkRuleset(source);
    const rest = problems.filter((problem) => problem.file === undefined || !unreadable.has(problem.file));
    throw new RulesetError(locateProblems([...directory.unreadable, ...rest], directory.documents));
  }
  const { problems } = checkRuleset(source);
  if (problems.length > 0) throw new RulesetError(locateProblems(problems, directory.documents));
  return loadRuleset(source);
}

/**
 * Reads every fixture file below `dir` (default: the fixtures shipped with the package) and validates it.
 * Throws a {@link index!RulesetError} naming each invalid fixture, with line and column.
 * @example
 * ```ts
 * import { loadFixtures } from "netralitas-asn/node";
 * const cases = loadFixtures("./fixtures");
 * cases[0]?.fixture.expect; // => { findings: { "pp-94-2021/ikut-kampanye": "violated" }, ... }
 * ```
 * @throws {@link index!RulesetError} when a fixture is broken JSON or does not match the fixture schema.
 * @category Node
 */
export function loadFixtures(dir: string = defaultFixturesDir()): FixtureCase[] {
  const problems: RulesetProblem[] = [];
  const documents = new Map<string, JsonDocument>();
  const cases: FixtureCase[] = [];
  for (const file of listJsonFiles(dir, ".")) {
    const read = readJsonFile(join(dir, file), file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    documents.set(file, read.document);
    const result = FixtureSchema.safeParse(read.data);
    if (result.success) cases.push({ file, fixture: result.data });
    else {
      for (const issue of toInputIssues(result.error.issues, read.data, FixtureSchema, "en")) {
        problems.push({ code: issue.code, file, path: issue.path, messages: issue.messages });
      }
    }
  }
  if (problems.length > 0) throw new RulesetError(locateProblems(problems, documents));
  return cases;
}

/**
 * Coverage of a rule directory by a fixture directory (defaults: the bundled rules and fixtures).
 * @example
 * ```ts
 * import { coverageReportFromDirs } from "netralitas-asn/node";
 * const report = coverageReportFromDirs();
 * report.complete; // => true
 * ```
 * @category Node
 */
export function coverageReportFromDirs(options: { readonly rulesDir?: string; readonly fixturesDir?: string } = {}): CoverageReport {
  const ruleset = options.rulesDir ? loadRulesetFromDir(options.rulesDir) : bundledRuleset();
  return coverageReport({ ruleset, fixtures: loadFixtures(options.fixturesDir) });
}
