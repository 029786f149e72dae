import { existsSync, statSync } from "node:fs";
import type { FixtureCase } from "../coverage.ts";
import { isRulesetError } from "../errors.ts";
import { loadFixtures } from "../node/index.ts";
import { defaultFixturesDir } from "../node/package-dirs.ts";
import { bundledRuleset } from "../evaluator.ts";
import { message } from "../messages.ts";
import { checkRulesetDir } from "../node/check.ts";
import type { Ruleset } from "../ruleset/types.ts";
import { CliError, EXIT, stringOption, usageError, type CliIo, type OptionSpec, type OptionValues } from "./command.ts";
import { displayPath, displayProblems } from "./format.ts";

/** The options that choose the rule set: `--rules DIR` (on top of the bundled one) and `--rules-only`. */
export const RULES_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  rules: {
    type: "string",
    valueName: "DIR",
    description: {
      id: "Folder aturan yang disunting atau ditambah (susunannya seperti rules/). Berkasnya ditumpuk di atas aturan bawaan: berkas dengan id yang sama menggantikan yang bawaan.",
      en: "A folder of edited or extra rules (laid out like rules/). Its files are merged on top of the bundled rules: a file with the same id replaces the bundled one.",
    },
  },
  "rules-only": {
    type: "boolean",
    description: {
      id: "Pakai hanya folder --rules, tanpa aturan bawaan (folder itu harus lengkap, termasuk fakta.json).",
      en: "Use the --rules folder alone, without the bundled rules (the folder must be complete, fakta.json included).",
    },
  },
};

/** An existing directory given on the command line, or an invalid-input error. */
export function requireDirectory(dir: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(EXIT.invalidInput, message("cli_not_a_directory", { path: dir }));
  return dir;
}

/**
 * The rule set chosen by `--rules` and `--rules-only`: the bundled one by default. An invalid
 * rule set is exit 5, with every problem located.
 */
export function rulesetFromOptions(values: OptionValues, io: CliIo): { ruleset: Ruleset; rulesDir?: string } {
  const dir = stringOption(values, "rules");
  const only = values["rules-only"] === true;
  if (only && dir === undefined) throw usageError("cli_option_conflict", { value: "--rules-only", other: "--rules DIR" });
  if (dir === undefined) return { ruleset: bundledRuleset() };
  requireDirectory(dir);
  const check = checkRulesetDir(dir, { extend: !only, strict: false });
  if (!check.ruleset) {
    throw new CliError(EXIT.invalidRuleset, message("invalid_ruleset_dir", { path: dir, count: check.problems.length }), displayProblems(check.problems, io.cwd));
  }
  return { ruleset: check.ruleset, rulesDir: dir };
}

/** The `--fixtures DIR` option of coverage and explain. */
export const FIXTURES_OPTION: OptionSpec = {
  type: "string",
  valueName: "DIR",
  description: { id: "Folder kasus uji (bawaan: kasus uji bawaan paket).", en: "Fixture folder (default: the package's fixtures)." },
};

/** The fixtures chosen by `--fixtures` (default: the bundled ones); invalid fixtures are exit 3, located. */
export function fixturesFromOptions(values: OptionValues, io: CliIo): { fixtures: FixtureCase[]; fixturesDir: string } {
  const fixturesDir = requireDirectory(stringOption(values, "fixtures") ?? defaultFixturesDir());
  try {
    return { fixtures: loadFixtures(fixturesDir), fixturesDir };
  } catch (error) {
    if (!isRulesetError(error)) throw error;
    const shown = displayPath(fixturesDir, io.cwd);
    const problems = displayProblems(
      error.problems.map((problem) => ({ ...problem, ...(problem.file ? { file: `${shown}/${problem.file}` } : {}) })),
      io.cwd,
    );
    throw new CliError(EXIT.invalidInput, message("invalid_input_file", { path: shown, count: problems.length }), problems);
  }
}
