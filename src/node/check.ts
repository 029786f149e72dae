import { existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { RulesetProblem } from "../errors.ts";
import { bundledRulesetSource, createEvaluator } from "../evaluator.ts";
import { compareWithExpectation } from "../expectation.ts";
import { isInvalidIncidentError } from "../errors.ts";
import { checkRuleset, loadRuleset, mergeRulesetSources } from "../ruleset/load.ts";
import { problem } from "../ruleset/cross-check.ts";
import type { Ruleset, RulesetSource } from "../ruleset/types.ts";
import { FixtureSchema, type Fixture } from "../schema/fixture.ts";
import { toInputIssues } from "../schema/issues.ts";
import type { JsonSchemaName } from "../schema/json-schema.ts";
import { nearest } from "../_utils/suggest.ts";
import { listJsonFiles } from "./files.ts";
import type { JsonDocument } from "./json-document.ts";
import { duplicateKeyProblems, locateProblems, readJsonFile, sortProblems } from "./read-json.ts";
import { defaultRulesDir } from "./package-dirs.ts";
import { isCompleteRuleDirectory, prefixSource, readRuleDirectory } from "./rule-directory.ts";

/**
 * Options of {@link checkRulesetDir}.
 * @example
 * ```ts
 * checkRulesetDir("./rules", { fixturesDir: "./fixtures" });
 * checkRulesetDir("./my-extra-rules", { extend: true, strict: false });
 * ```
 * @category Node
 */
export interface RulesetCheckOptions {
  /**
   * Check the directory on top of the bundled rule set (its files add to or replace the bundled
   * ones with the same id) instead of as a complete rule set. Default: automatic, `true` when the
   * directory has no `fakta.json` of its own.
   */
  readonly extend?: boolean;
  /** Also check the fixtures below this directory: their schema, the rule and provision ids they name, and (when the rule set is valid) that each meets its expectations. */
  readonly fixturesDir?: string;
  /**
   * Also report what does not stop the rule set from loading but is still a mistake: keys that
   * appear twice in one object and `$schema` references that lead elsewhere. Default `true`.
   */
  readonly strict?: boolean;
  /** The rule set an extension goes on top of (default: the bundled one), e.g. an earlier overlay. */
  readonly base?: RulesetSource;
  /** The version label of the checked rule set (default `custom`, or the base's for an extension). */
  readonly version?: string;
}

/**
 * The result of {@link checkRulesetDir}: every problem found, in file and line order.
 * @example
 * ```ts
 * const check: RulesetCheck = checkRulesetDir("./rules");
 * if (check.problems.length === 0) createEvaluator({ ruleset: check.ruleset });
 * ```
 * @category Node
 */
export interface RulesetCheck {
  /** Whether the directory was checked on top of the bundled rule set. */
  readonly extended: boolean;
  /** Every data file checked (rule directory first, then fixtures), as named in problems. */
  readonly files: readonly string[];
  /**
   * Every problem, with `file` as `dir` (or `fixturesDir`) joined with the file's path inside it,
   * and `line` and `column` wherever the file could be parsed.
   */
  readonly problems: readonly RulesetProblem[];
  /** The loaded rule set, when the rules have no problems. */
  readonly ruleset?: Ruleset;
  /** The source that was checked (for an extension: merged with its base), to put further overlays on. */
  readonly source: RulesetSource;
}

function joined(dir: string, file: string): string {
  return `${join(dir, file).split(sep).join("/")}`;
}

/** The prefix that names a directory's files: `rules/` for `rules`, nothing for `.`. */
function prefixOf(dir: string): string {
  const normalized = join(dir).split(sep).join("/");
  if (normalized === ".") return "";
  return normalized.endsWith("/") ? normalized : `${normalized}/`;
}

/**
 * The `$schema` a data file should carry: the path from the file to `schema/<name>.schema.json`
 * in the rule directory, with `/` separators.
 */
export function expectedSchemaReference(absoluteFile: string, schemaDir: string, name: JsonSchemaName): string {
  const path = relative(dirname(resolve(absoluteFile)), join(resolve(schemaDir), `${name}.schema.json`)).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/**
 * Checks a data file's `$schema`: when present, it must name the schema of the file's kind and,
 * when the schema directory exists, lead to it.
 */
function schemaReferenceProblems(data: unknown, absolute: string, file: string, name: JsonSchemaName, schemaDir: string | undefined): RulesetProblem[] {
  const value = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>)["$schema"] : undefined;
  if (typeof value !== "string") return [];
  const expected = schemaDir ? expectedSchemaReference(absolute, schemaDir, name) : `${name}.schema.json`;
  const wrongKind = basename(value) !== `${name}.schema.json`;
  const wrongPath = schemaDir !== undefined && resolve(dirname(absolute), value) !== resolve(schemaDir, `${name}.schema.json`);
  return wrongKind || wrongPath ? [problem("schema_reference", file, ["$schema"], "schema_reference", { expected })] : [];
}

/**
 * Reads a rule directory and reports every problem in one run: broken JSON, duplicate keys,
 * schema errors (unknown keys with the nearest known one, unknown operators, JSONPath in `path`),
 * unknown facts, fact values, provisions and shared conditions, duplicate ids, rule ids that do
 * not match their paths, rules in force outside their provisions' dates, calendar phases that
 * overlap or leave gaps, conditions that can never hold, and wrong `$schema` references.
 * Each problem carries its file, line, column, JSON path and messages in Indonesian and English.
 * @example
 * ```ts
 * import { checkRulesetDir } from "netralitas-asn/node";
 * const { problems } = checkRulesetDir("./rules");
 * for (const p of problems) console.log(`${p.file}:${p.line}:${p.column} ${p.messages.id}`);
 * ```
 * @category Node
 */
export function checkRulesetDir(dir: string, options: RulesetCheckOptions = {}): RulesetCheck {
  const extended = options.extend ?? !isCompleteRuleDirectory(dir);
  const directory = readRuleDirectory(dir, { prefix: prefixOf(dir), partial: extended });
  const bundledDir = defaultRulesDir();
  const strict = options.strict ?? true;
  // Bundled files are named by their place in the installed package, so problems say which file is which.
  const base: RulesetSource | undefined = extended ? (options.base ?? prefixSource(bundledRulesetSource(), prefixOf(bundledDir))) : undefined;
  const source: RulesetSource = base
    ? { ...mergeRulesetSources(base, directory.source), ...(options.version === undefined ? {} : { version: options.version }) }
    : {
        ...directory.source,
        regions: directory.source.regions ?? { file: joined(dir, "wilayah/provinsi.json"), data: undefined },
        facts: directory.source.facts ?? { file: joined(dir, "fakta.json"), data: undefined },
        version: options.version ?? "custom",
      };
  const checked = checkRuleset(source);
  const schemaDir = [join(dir, "schema"), join(bundledDir, "schema")].find((candidate) => existsSync(candidate));
  const references = !strict ? [] : directory.files.flatMap(({ file, absolute, schema }) => {
    const data = source.rules.concat(source.provisions, source.calendars, source.conditions, [source.regions, source.facts]).find((entry) => entry.file === file)?.data;
    return schemaReferenceProblems(data, absolute, file, schema, schemaDir);
  });
  // A file that could not be read has no data: its schema problems would only repeat that.
  const unreadable = new Set(directory.unreadable.map((entry) => entry.file));
  const ruleProblems = [
    ...directory.unreadable,
    ...(strict ? directory.duplicates : []),
    ...checked.problems.filter((entry) => entry.file === undefined || !unreadable.has(entry.file)),
    ...references,
  ];
  const documents = new Map(directory.documents);
  const ruleset = ruleProblems.length === 0 && checked.data ? loadRuleset(source) : undefined;
  const files = directory.files.map((entry) => entry.file);
  const problems = [...ruleProblems];
  if (options.fixturesDir !== undefined) {
    const fixtures = checkFixtureFiles(options.fixturesDir, { ruleset, schemaDir, strict });
    problems.push(...fixtures.problems);
    files.push(...fixtures.files);
    for (const [file, document] of fixtures.documents) documents.set(file, document);
  }
  return { extended, files, problems: sortProblems(locateProblems(problems, documents)), source, ...(ruleset ? { ruleset } : {}) };
}

/**
 * Checks every fixture file below `dir`: JSON, schema, `$schema`, and with a rule set the rule,
 * provision, election and province ids it names and whether its expectations are met.
 */
function checkFixtureFiles(
  dir: string,
  options: { readonly ruleset: Ruleset | undefined; readonly schemaDir: string | undefined; readonly strict: boolean },
): { problems: RulesetProblem[]; files: string[]; documents: Map<string, JsonDocument> } {
  const problems: RulesetProblem[] = [];
  const documents = new Map<string, JsonDocument>();
  const files: string[] = [];
  const { ruleset } = options;
  const evaluator = ruleset ? createEvaluator({ ruleset }) : undefined;
  for (const relativePath of listJsonFiles(dir, ".")) {
    const file = joined(dir, relativePath);
    const absolute = join(dir, relativePath);
    files.push(file);
    const read = readJsonFile(absolute, file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    documents.set(file, read.document);
    if (options.strict) {
      problems.push(...duplicateKeyProblems(read.document, file));
      problems.push(...schemaReferenceProblems(read.data, absolute, file, "fixture", options.schemaDir));
    }
    const parsed = FixtureSchema.safeParse(read.data);
    if (!parsed.success) {
      for (const issue of toInputIssues(parsed.error.issues, read.data, FixtureSchema, "en")) {
        problems.push({ code: issue.code, file, path: issue.path, messages: issue.messages });
      }
      continue;
    }
    if (!ruleset || !evaluator) continue;
    const named = fixtureReferenceProblems(parsed.data, file, ruleset);
    problems.push(...named);
    if (named.length > 0) continue;
    try {
      const assessment = evaluator.evaluateSync(parsed.data.incident, parsed.data.interpretation ? { interpretation: parsed.data.interpretation } : {});
      for (const mismatch of compareWithExpectation(parsed.data, assessment)) {
        problems.push(
          problem("fixture_expectation", file, mismatch.path, "fixture_expectation", { what: mismatch.what, expected: mismatch.expected, actual: mismatch.actual }),
        );
      }
    } catch (error) {
      if (!isInvalidIncidentError(error)) throw error;
      for (const issue of error.issues) problems.push({ code: issue.code, file, path: ["incident", ...issue.path], messages: issue.messages });
    }
  }
  return { problems, files, documents };
}

/** Rule ids, provision ids and the election a fixture names that the rule set does not have. */
function fixtureReferenceProblems(fixture: Fixture, file: string, ruleset: Ruleset): RulesetProblem[] {
  const problems: RulesetProblem[] = [];
  const ruleIds = ruleset.rules.map((rule) => rule.id);
  for (const ruleId of Object.keys(fixture.expect.findings ?? {})) {
    if (!ruleIds.includes(ruleId)) {
      problems.push(problem("unknown_rule", file, ["expect", "findings", ruleId], "unknown_rule", { value: ruleId }, nearest(ruleId, ruleIds)));
    }
  }
  const provisionIds = [...ruleset.provisions.keys()];
  for (const key of ["cited", "notCited"] as const) {
    (fixture.expect[key] ?? []).forEach((id, index) => {
      if (!ruleset.provisions.has(id)) {
        problems.push(problem("unknown_provision", file, ["expect", key, index], "unknown_provision", { value: id }, nearest(id, provisionIds)));
      }
    });
  }
  const calendars = [...ruleset.calendars.keys()];
  for (const [path, id] of [
    [["incident", "election"], fixture.incident.election],
    [["expect", "election"], fixture.expect.election],
  ] as const) {
    if (id !== undefined && !ruleset.calendars.has(id)) {
      problems.push(problem("unknown_election", file, path, "unknown_election", { received: id, options: calendars.join(", ") }, nearest(id, calendars)));
    }
  }
  return problems;
}
