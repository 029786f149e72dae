// The rule set on disk next to the user: a `rules/` folder in the working directory or one of its
// parents (up to the project root), and how it differs from the rule set built into the package.
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { BUNDLED_FILES } from "../ruleset/bundled.generated.ts";
import { readText, ruleDirectoryLayout } from "./files.ts";

/** A `rules/` folder found on disk. */
export interface LocalRules {
  /** The absolute path of the folder. */
  readonly dir: string;
  /** True when it is a whole rule set (it has fakta.json); false for an overlay on the built-in set. */
  readonly complete: boolean;
  /** Its data files, relative to the folder. */
  readonly files: readonly string[];
  /**
   * For a whole rule set: the files that differ from the built-in set (changed, added or missing).
   * For an overlay: every file (each one replaces or adds to the built-in set).
   */
  readonly differing: readonly string[];
  /** True when the folder is the rules/ of a checkout of this package (where `npm run generate` rebuilds the built-in set). */
  readonly checkout: boolean;
}

const PARTS = ["aturan", "ketentuan", "kalender", "kondisi", "wilayah", "fakta.json"] as const;

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Whether `dir` looks like a rule folder (it has at least one of the parts of `rules/`). */
export function looksLikeRuleFolder(dir: string): boolean {
  return isDirectory(dir) && PARTS.some((part) => existsSync(join(dir, part)));
}

/**
 * The nearest `rules/` rule folder at or above `cwd`. The search stops at the first folder that is a
 * project root (it has package.json or .git), so that a stray folder higher up is never picked.
 */
export function findLocalRulesDir(cwd: string): string | undefined {
  let current = cwd;
  for (;;) {
    const candidate = join(current, "rules");
    if (looksLikeRuleFolder(candidate)) return candidate;
    if (existsSync(join(current, "package.json")) || existsSync(join(current, ".git"))) return undefined;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Whether `root` is a checkout of this package (its package.json names it). */
function isCheckout(root: string): boolean {
  try {
    return (JSON.parse(readText(join(root, "package.json"))) as { name?: unknown }).name === "netralitas-asn";
  } catch {
    return false;
  }
}

/** The data files of a rule folder, as the bundled manifest names them. */
function dataFiles(dir: string): string[] {
  const layout = ruleDirectoryLayout(dir);
  const single = [layout.regions, layout.facts].filter((file) => existsSync(join(dir, file)));
  return [...layout.rules, ...layout.provisions, ...layout.calendars, ...layout.conditions, ...single];
}

/** The file's JSON in the compact form the bundled manifest keeps, or undefined when it is not JSON. */
function compactJson(path: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(readText(path)));
  } catch {
    return undefined;
  }
}

/**
 * Reads a rule folder and compares it with the built-in rule set, file by file (as JSON, so that
 * layout and indentation do not count).
 */
export function describeLocalRules(dir: string): LocalRules {
  const files = dataFiles(dir);
  const complete = existsSync(join(dir, ruleDirectoryLayout(dir).facts));
  const checkout = isCheckout(dirname(dir));
  if (!complete) return { dir, complete, files, differing: files, checkout };
  const bundled = new Map(BUNDLED_FILES.map(([, file, json]) => [file, json] as const));
  const differing = files.filter((file) => bundled.get(file) === undefined || compactJson(join(dir, file)) !== bundled.get(file));
  const present = new Set(files);
  for (const file of bundled.keys()) if (!present.has(file)) differing.push(file);
  return { dir, complete, files, differing: differing.sort(), checkout };
}
