import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Every `.json` file below `dir`, as paths relative to `root` with `/` separators, sorted. Drafts are skipped.
 * @example
 * ```ts
 * listJsonFiles("./rules", "aturan"); // => ["aturan/pp-53-2010/atribut-kampanye.json", ...]
 * ```
 * @category Node
 */
export function listJsonFiles(root: string, dir: string): string[] {
  const absolute = join(root, dir);
  let names: string[];
  try {
    names = readdirSync(absolute);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    const path = join(absolute, name);
    if (statSync(path).isDirectory()) files.push(...listJsonFiles(root, relative(root, path)));
    else if (name.endsWith(".json") && !name.endsWith(".draft.json")) files.push(relative(root, path).split(sep).join("/"));
  }
  return files;
}

/**
 * The data files of a rule directory, grouped by kind, as paths relative to the directory.
 * @example
 * ```ts
 * ruleDirectoryLayout("./rules").facts; // => "fakta.json"
 * ```
 * @category Node
 */
export function ruleDirectoryLayout(root: string) {
  return {
    rules: listJsonFiles(root, "aturan"),
    provisions: listJsonFiles(root, "ketentuan"),
    calendars: listJsonFiles(root, "kalender"),
    conditions: listJsonFiles(root, "kondisi"),
    regions: "wilayah/provinsi.json",
    facts: "fakta.json",
  };
}

/** Reads a file as UTF-8 text. */
export function readText(path: string): string {
  return readFileSync(path, "utf8");
}
