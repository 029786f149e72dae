import { existsSync } from "node:fs";
import { join } from "node:path";
import type { RulesetProblem } from "../errors.ts";
import { message } from "../messages.ts";
import type { RulesetSource, SourceFile } from "../ruleset/types.ts";
import type { JsonSchemaName } from "../schema/json-schema.ts";
import { ruleDirectoryLayout } from "./files.ts";
import type { JsonDocument } from "./json-document.ts";
import { duplicateKeyProblems, readJsonFile } from "./read-json.ts";

/** A rule directory as read from disk: the source, each file's positions, and the files that could not be read. */
export interface RuleDirectory {
  /** The files found; `regions` and `facts` are absent from a partial directory that lacks them. */
  readonly source: Partial<RulesetSource> & Pick<RulesetSource, "rules" | "provisions" | "calendars" | "conditions">;
  /** Problems of files that are not JSON (with line and column) or cannot be read. */
  readonly unreadable: readonly RulesetProblem[];
  /** Keys that appear twice in one object. */
  readonly duplicates: readonly RulesetProblem[];
  /** Each parsed file's positions, by the name it carries in `source`. */
  readonly documents: ReadonlyMap<string, JsonDocument>;
  /** Every file name, with the kind of schema it must follow. */
  readonly files: readonly { readonly file: string; readonly absolute: string; readonly schema: JsonSchemaName }[];
}

/**
 * Reads a rule directory. Files are named `prefix` + their path inside `dir` (with `/`).
 * With `partial`, a missing `fakta.json` or `wilayah/provinsi.json` is simply absent (a directory
 * that extends another rule set); otherwise a missing one is a problem.
 */
export function readRuleDirectory(dir: string, options: { readonly prefix?: string; readonly partial?: boolean } = {}): RuleDirectory {
  const prefix = options.prefix ?? "";
  const layout = ruleDirectoryLayout(dir);
  const unreadable: RulesetProblem[] = [];
  const duplicates: RulesetProblem[] = [];
  const documents = new Map<string, JsonDocument>();
  const files: { file: string; absolute: string; schema: JsonSchemaName }[] = [];
  const read = (relativePath: string, schema: JsonSchemaName): SourceFile | undefined => {
    const file = `${prefix}${relativePath}`;
    const absolute = join(dir, relativePath);
    files.push({ file, absolute, schema });
    const result = readJsonFile(absolute, file);
    if (!result.ok) {
      unreadable.push(result.problem);
      return undefined;
    }
    documents.set(file, result.document);
    duplicates.push(...duplicateKeyProblems(result.document, file));
    return { file, data: result.data };
  };
  const readAll = (list: readonly string[], schema: JsonSchemaName) =>
    list.map((file) => read(file, schema)).filter((file): file is SourceFile => file !== undefined);
  const readSingle = (relativePath: string, schema: JsonSchemaName): SourceFile | undefined => {
    const file = `${prefix}${relativePath}`;
    if (!existsSync(join(dir, relativePath))) {
      if (options.partial) return undefined;
      unreadable.push({ code: "missing_file", file, path: [], messages: message("missing_file", { path: file }) });
      return { file, data: undefined };
    }
    return read(relativePath, schema) ?? { file, data: undefined };
  };
  const regions = readSingle(layout.regions, "region-table");
  const facts = readSingle(layout.facts, "fact-dictionary");
  const source = {
    rules: readAll(layout.rules, "rule"),
    provisions: readAll(layout.provisions, "provision-catalogue"),
    calendars: readAll(layout.calendars, "calendar"),
    conditions: readAll(layout.conditions, "shared-condition"),
    ...(regions ? { regions } : {}),
    ...(facts ? { facts } : {}),
  };
  return { source, unreadable, duplicates, documents, files };
}

/** Whether `dir` is a complete rule directory (it has its own fact dictionary) rather than an extension. */
export function isCompleteRuleDirectory(dir: string): boolean {
  return existsSync(join(dir, ruleDirectoryLayout(dir).facts));
}

/** The same source with every file renamed `prefix` + name. */
export function prefixSource(source: RulesetSource, prefix: string): RulesetSource {
  const rename = (file: SourceFile): SourceFile => ({ ...file, ...(file.file === undefined ? {} : { file: `${prefix}${file.file}` }) });
  return {
    ...source,
    rules: source.rules.map(rename),
    provisions: source.provisions.map(rename),
    calendars: source.calendars.map(rename),
    conditions: source.conditions.map(rename),
    regions: rename(source.regions),
    facts: rename(source.facts),
  };
}
