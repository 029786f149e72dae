import type { z } from "zod";
import { RulesetError, type RulesetProblem } from "../errors.ts";
import { CalendarSchema, RegionTableSchema } from "../schema/calendar.ts";
import { FactDictionarySchema } from "../schema/fact-dictionary.ts";
import { toInputIssues } from "../schema/issues.ts";
import { ProvisionCatalogueSchema } from "../schema/provision.ts";
import { RuleSchema, SharedConditionSchema } from "../schema/rule.ts";
import { OPERATORS } from "../schema/condition.ts";
import { nearest } from "../_utils/suggest.ts";
import { crossCheck, problem, type FileNames } from "./cross-check.ts";
import type { CatalogueEntry, Ruleset, RulesetData, RulesetSource, SourceFile } from "./types.ts";

const JSONPATH_SYNTAX = /[$@?()[\]*]/;

/** Schema problems of one file, with specific codes for the mistakes legal staff make most. */
function schemaProblems(file: SourceFile, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): RulesetProblem[] {
  return toInputIssues(issues, file.data, schema, "en").map((issue) => {
    const last = issue.path[issue.path.length - 1];
    const value = valueAt(file.data, issue.path);
    if (last === "path" && typeof value === "string" && JSONPATH_SYNTAX.test(value)) {
      return problem("jsonpath_expression", file.file, issue.path, "jsonpath_expression", { value });
    }
    if (last === "operator" && typeof value === "string") {
      return problem("unknown_operator", file.file, issue.path, "unknown_operator", { value, options: OPERATORS.join(", ") }, nearest(value, OPERATORS));
    }
    return { code: issue.code, ...(file.file === undefined ? {} : { file: file.file }), path: issue.path, messages: issue.messages };
  });
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function parseAll<T>(files: readonly SourceFile[], schema: z.ZodType<T>, problems: RulesetProblem[]): { items: T[]; names: (string | undefined)[] } {
  const items: T[] = [];
  const names: (string | undefined)[] = [];
  for (const file of files) {
    const result = schema.safeParse(file.data);
    if (result.success) {
      items.push(result.data);
      names.push(file.file);
    } else {
      problems.push(...schemaProblems(file, schema, result.error.issues));
    }
  }
  return { items, names };
}

/**
 * Validates every file of a rule set and cross-checks them, reporting all problems at once.
 * Returns the typed data and the problems; `loadRuleset` throws when there are any.
 */
export function checkRuleset(source: RulesetSource): { data: RulesetData | undefined; problems: RulesetProblem[]; files: FileNames } {
  const problems: RulesetProblem[] = [];
  const rules = parseAll(source.rules, RuleSchema, problems);
  const catalogues = parseAll(source.provisions, ProvisionCatalogueSchema, problems);
  const calendars = parseAll(source.calendars, CalendarSchema, problems);
  const conditions = parseAll(source.conditions, SharedConditionSchema, problems);
  const regions = parseAll([source.regions], RegionTableSchema, problems);
  const facts = parseAll([source.facts], FactDictionarySchema, problems);
  const files: FileNames = {
    rules: rules.names,
    catalogues: catalogues.names,
    calendars: calendars.names,
    conditions: conditions.names,
    regions: source.regions.file,
    facts: source.facts.file,
  };
  const regionTable = regions.items[0];
  const factDictionary = facts.items[0];
  if (!regionTable || !factDictionary) return { data: undefined, problems, files };
  const data: RulesetData = {
    rules: rules.items,
    catalogues: catalogues.items,
    calendars: calendars.items,
    conditions: conditions.items,
    regions: regionTable,
    facts: factDictionary,
  };
  problems.push(...crossCheck(data, files));
  return { data, problems, files };
}

/**
 * Loads a rule set from its source files: validates each file against its schema, cross-checks
 * them and indexes the result. Throws a {@link RulesetError} listing every problem.
 */
export function loadRuleset(source: RulesetSource): Ruleset {
  const { data, problems, files } = checkRuleset(source);
  if (!data || problems.length > 0) throw new RulesetError(problems);
  const provisions = new Map<string, CatalogueEntry>();
  for (const catalogue of data.catalogues) {
    const instrument = { id: catalogue.instrument.id, shortTitle: catalogue.instrument.shortTitle, title: catalogue.instrument.title };
    for (const provision of catalogue.provisions) provisions.set(provision.id, { ...provision, instrument });
  }
  return {
    version: source.version ?? "custom",
    data,
    rules: data.rules,
    provisions,
    calendars: new Map(data.calendars.map((calendar) => [calendar.id, calendar])),
    provinces: new Map(data.regions.provinces.map((province) => [province.id, province])),
    facts: new Map(data.facts.facts.map((definition) => [definition.name, definition])),
    conditions: new Map(data.conditions.map((shared) => [shared.id, shared.condition])),
    files: new Map(data.rules.map((rule, index) => [rule.id, files.rules[index] ?? rule.id])),
  };
}

/**
 * Combines two rule sets' sources: files of `extra` replace the base's items with the same id
 * (rules, calendars, shared conditions, catalogues by instrument) and add the rest.
 */
export function mergeRulesetSources(base: RulesetSource, extra: Partial<RulesetSource>): RulesetSource {
  const idOf = (file: SourceFile): string | undefined => {
    const data = file.data as { id?: unknown; instrument?: { id?: unknown } } | null;
    const id = data && typeof data === "object" ? (data.id ?? data.instrument?.id) : undefined;
    return typeof id === "string" ? id : undefined;
  };
  const merge = (left: readonly SourceFile[], right: readonly SourceFile[] | undefined): SourceFile[] => {
    if (!right) return [...left];
    const replaced = new Set(right.map(idOf).filter((id): id is string => id !== undefined));
    return [...left.filter((file) => !replaced.has(idOf(file) ?? "\u0000")), ...right];
  };
  return {
    rules: merge(base.rules, extra.rules),
    provisions: merge(base.provisions, extra.provisions),
    calendars: merge(base.calendars, extra.calendars),
    conditions: merge(base.conditions, extra.conditions),
    regions: extra.regions ?? base.regions,
    facts: extra.facts ?? base.facts,
    version: extra.version ?? base.version ?? "custom",
  };
}
