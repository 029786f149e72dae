import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { FixtureCase } from "../coverage.ts";
import { isRulesetError } from "../errors.ts";
import { loadFixtures } from "../node/index.ts";
import { defaultFixturesDir } from "../node/package-dirs.ts";
import { bundledRuleset, bundledRulesetSource } from "../evaluator.ts";
import { message, messageIn } from "../messages.ts";
import { describeLocalRules, findLocalRulesDir, type LocalRules } from "../node/local-rules.ts";
import type { Lang } from "../_utils/text.ts";
import { checkRulesetDir } from "../node/check.ts";
import type { Ruleset, RulesetSource } from "../ruleset/types.ts";
import { CliError, EXIT, stringOption, stringOptions, usageError, type CliIo, type OptionSpec, type OptionValues } from "./command.ts";
import { displayPath, displayProblems } from "./format.ts";

/**
 * The options that choose the rule set: `--rules DIR` (repeatable overlays, on top of the built-in
 * set), `--rules-only` (the first `--rules` folder is a whole rule set) and `--bundled` (the built-in
 * set even inside a folder that has `rules/`). Without them, a `rules/` folder in the working
 * directory or above it (a checkout or an overlay) is used, and a line on stderr says so.
 */
export const RULES_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  rules: {
    type: "string",
    multiple: true,
    valueName: "DIR",
    description: {
      id: "Folder aturan yang disunting atau ditambah (susunannya seperti rules/), dapat diulang. Berkasnya ditumpuk di atas aturan bawaan (dan folder --rules sebelumnya): berkas dengan id yang sama menggantikan yang lama.",
      en: "A folder of edited or extra rules (laid out like rules/), repeatable. Its files go on top of the built-in rules (and earlier --rules folders): a file with the same id replaces the earlier one.",
    },
  },
  "rules-only": {
    type: "boolean",
    description: {
      id: "Folder --rules pertama dipakai sebagai kumpulan aturan lengkap, tanpa aturan bawaan (harus memuat fakta.json).",
      en: "Use the first --rules folder as the whole rule set, without the built-in rules (it must hold fakta.json).",
    },
  },
  bundled: {
    type: "boolean",
    description: {
      id: "Pakai aturan bawaan paket, walaupun ada folder rules/ di sini.",
      en: "Use the package's built-in rules even when there is a rules/ folder here.",
    },
  },
};

/** The `--interpretation KEY=VALUE` option of every command that judges. */
export const INTERPRETATION_OPTION: OptionSpec = {
  type: "string",
  multiple: true,
  valueName: "KEY=VALUE",
  description: {
    id: "Pilihan tafsir, dapat diulang: passiveAttendance=allowed|prohibited, pppkBoundByPp94=true|false.",
    en: "Interpretation option, repeatable: passiveAttendance=allowed|prohibited, pppkBoundByPp94=true|false.",
  },
};

/** `key=value` interpretation options from the command line (`true`/`false` become booleans). */
export function interpretationFrom(values: OptionValues): Record<string, string | boolean> {
  const result: Record<string, string | boolean> = {};
  for (const pair of stringOptions(values, "interpretation")) {
    const separator = pair.indexOf("=");
    if (separator <= 0) throw usageError("cli_missing_option_value", { value: "--interpretation", example: "--interpretation passiveAttendance=prohibited" });
    const value = pair.slice(separator + 1);
    result[pair.slice(0, separator)] = value === "true" ? true : value === "false" ? false : value;
  }
  return result;
}

/** An existing directory given on the command line, or an invalid-input error. */
export function requireDirectory(dir: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(EXIT.invalidInput, message("cli_not_a_directory", { path: dir }));
  return dir;
}

/** The rule set a command judges with, and where it came from. */
export interface ChosenRuleset {
  /** Loaded when first read: a command that hands the built-in set on by name never decodes it. */
  readonly ruleset: Ruleset;
  /** Whether it is the built-in set (worker threads then load it themselves). */
  readonly bundled: boolean;
  /** The last folder the rules came from (absent for the built-in set). */
  readonly rulesDir?: string;
  /** The `rules/` folder found on disk, when that is what is used. */
  readonly local?: LocalRules;
}

function loadChecked(dir: string, options: { readonly extend: boolean; readonly base?: RulesetSource; readonly version: string }, io: CliIo) {
  const check = checkRulesetDir(dir, { extend: options.extend, strict: false, version: options.version, ...(options.base ? { base: options.base } : {}) });
  if (!check.ruleset) {
    throw new CliError(EXIT.invalidRuleset, message("invalid_ruleset_dir", { path: displayPath(dir, io.cwd), count: check.problems.length }), displayProblems(check.problems, io.cwd));
  }
  return check;
}

/** The one line that says which rules on disk are used, in the user's language. */
function localNotice(local: LocalRules, io: CliIo, lang: Lang): string {
  const shown = `${displayPath(local.dir, io.cwd).replace(/\/$/, "")}/`;
  if (!local.complete) return messageIn(lang, "cli_rules_overlay", { path: shown, count: local.files.length });
  const first = local.differing.slice(0, 3).join(", ") + (local.differing.length > 3 ? ", …" : "");
  return messageIn(lang, local.checkout ? "cli_rules_stale" : "cli_rules_local", { path: shown, count: local.differing.length, first });
}

/** The built-in set, decoded only when `ruleset` is read. */
const BUNDLED_CHOICE: ChosenRuleset = Object.freeze({
  get ruleset() {
    return bundledRuleset();
  },
  bundled: true,
});

/**
 * The rule set chosen by `--bundled`, `--rules` and `--rules-only`, or else by a `rules/` folder in
 * the working directory or above it. A `rules/` folder identical to the built-in set (a fresh
 * checkout) uses the built-in set without a word; one that differs is loaded, validated, and named
 * on stderr in one line. An invalid rule set is exit 5, with every problem located.
 */
export function rulesetFromOptions(values: OptionValues, io: CliIo, lang: Lang = "id"): ChosenRuleset {
  const dirs = stringOptions(values, "rules");
  const only = values["rules-only"] === true;
  const bundled = values["bundled"] === true;
  if (only && dirs.length === 0) throw usageError("cli_option_conflict", { value: "--rules-only", other: "--rules DIR" });
  if (bundled && dirs.length > 0) throw usageError("cli_option_conflict", { value: "--bundled", other: "--rules DIR" });
  const version = bundledRulesetSource().version ?? "custom";
  if (dirs.length > 0) {
    let base: RulesetSource | undefined;
    let ruleset: Ruleset | undefined;
    dirs.forEach((dir, index) => {
      requireDirectory(dir);
      const extend = !(only && index === 0);
      const label = `${extend ? `${base?.version ?? version}+` : ""}${basename(resolve(dir))}`;
      const check = loadChecked(dir, { extend, version: label, ...(base ? { base } : {}) }, io);
      base = check.source;
      ruleset = check.ruleset;
    });
    const last = dirs[dirs.length - 1];
    if (ruleset === undefined) return BUNDLED_CHOICE;
    return { ruleset, bundled: false, ...(last === undefined ? {} : { rulesDir: last }) };
  }
  if (bundled) return BUNDLED_CHOICE;
  const found = findLocalRulesDir(io.cwd);
  if (found === undefined) return BUNDLED_CHOICE;
  const local = describeLocalRules(found);
  if (local.complete && local.differing.length === 0) return BUNDLED_CHOICE;
  const check = loadChecked(found, { extend: !local.complete, version: `${version}+${local.complete ? "rules" : "overlay"}` }, io);
  io.err(localNotice(local, io, lang));
  return { ruleset: check.ruleset ?? bundledRuleset(), bundled: check.ruleset === undefined, rulesDir: found, local };
}

/** The `--fixtures DIR` option of coverage and explain. */
export const FIXTURES_OPTION: OptionSpec = {
  type: "string",
  valueName: "DIR",
  description: { id: "Folder kasus uji (bawaan: kasus uji bawaan paket).", en: "Fixture folder (default: the package's fixtures)." },
};

/**
 * The fixtures chosen by `--fixtures`; by default the `fixtures/` folder beside the `rules/` folder in
 * use (when there is one), else the package's. Invalid fixtures are exit 3, located.
 */
export function fixturesFromOptions(values: OptionValues, io: CliIo, chosen?: ChosenRuleset): { fixtures: FixtureCase[]; fixturesDir: string } {
  const beside = chosen?.local ? join(dirname(chosen.local.dir), "fixtures") : undefined;
  const fallback = beside !== undefined && existsSync(beside) ? beside : defaultFixturesDir();
  const fixturesDir = requireDirectory(stringOption(values, "fixtures") ?? fallback);
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
