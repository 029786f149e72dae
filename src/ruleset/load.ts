import type { z } from "zod";
import { RulesetError, type RulesetProblem } from "../errors.ts";
import { CalendarSchema, RegionTableSchema } from "../schema/calendar.ts";
import { FactDefinitionSchema, FactDictionarySchema } from "../schema/fact-dictionary.ts";
import { describeValue, toInputIssues } from "../schema/issues.ts";
import { InForceSchema } from "../schema/common.ts";
import { ProvisionCatalogueSchema, ProvisionSchema } from "../schema/provision.ts";
import { RuleSchema, SharedConditionSchema } from "../schema/rule.ts";
import { OPERATORS } from "../schema/condition.ts";
import { nearest } from "../_utils/suggest.ts";
import { crossCheck, problem, type FileNames } from "./cross-check.ts";
import type { CatalogueEntry, Ruleset, RulesetData, RulesetSource, SourceFile } from "./types.ts";
import { conditionDepthProblems, conditionSizeProblems, ruleCountProblems, screenRulesetSource } from "./limits.ts";
import { deepFreeze, FrozenMap } from "../_utils/freeze.ts";

const JSONPATH_SYNTAX = /[$@?()[\]*]/;

/** Schema problems of one file, with specific codes for the mistakes legal staff make most. */
function schemaProblems(file: SourceFile, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): RulesetProblem[] {
  return toInputIssues(issues, file.data, schema, "en").map((issue) => {
    const last = issue.path[issue.path.length - 1];
    const value = valueAt(file.data, issue.path);
    if (last === "path" && typeof value === "string" && JSONPATH_SYNTAX.test(value)) {
      return problem("jsonpath_expression", file.file, issue.path, "jsonpath_expression", { value });
    }
    if (issue.code === "not_an_object") {
      // toInputIssues names a non-object at the root of what it checks; only the file's own root is "the file".
      return issue.path.length === 0
        ? problem("not_an_object", file.file, [], "file_not_an_object", { received: describeValue(file.data) })
        : problem("invalid_type", file.file, issue.path, "invalid_type", { expected: "object", received: describeValue(value) });
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

function parseAll<T>(
  files: readonly SourceFile[],
  schema: z.ZodType<T>,
  problems: RulesetProblem[],
): { items: T[]; names: (string | undefined)[]; invalid: SourceFile[] } {
  const items: T[] = [];
  const names: (string | undefined)[] = [];
  const invalid: SourceFile[] = [];
  for (const file of files) {
    const result = schema.safeParse(file.data);
    if (result.success) {
      items.push(result.data);
      names.push(file.file);
    } else {
      problems.push(...schemaProblems(file, schema, result.error.issues));
      invalid.push(file);
    }
  }
  return { items, names, invalid };
}

/**
 * The entries of `list` (an array inside a file that failed its schema) that pass `schema` on their
 * own, or that `fallback` can still make sense of.
 */
function salvageEntries<T>(list: unknown, schema: z.ZodType<T>, fallback?: (raw: unknown) => T | undefined): { items: T[]; indexes: number[] } {
  const items: T[] = [];
  const indexes: number[] = [];
  if (Array.isArray(list)) {
    list.forEach((entry, index) => {
      const result = schema.safeParse(entry);
      const item = result.success ? result.data : fallback?.(entry);
      if (item !== undefined) {
        items.push(item);
        indexes.push(index);
      }
    });
  }
  return { items, indexes };
}

function field(data: unknown, key: string): unknown {
  return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
}

/**
 * Validates every file of a rule set and cross-checks them, reporting all problems at once.
 * Returns the typed data and the problems; `loadRuleset` throws when there are any.
 *
 * A file that fails its schema is still cross-checked as far as it can be read (its ids, cited
 * provisions and conditions), and the entries of a catalogue, fact dictionary or region table
 * that are valid on their own still count as known, so that one mistake does not hide the others
 * or drown them in follow-up problems.
 * @example
 * ```ts
 * const { problems } = checkRuleset(bundledRulesetSource());
 * problems.length; // => 0
 * ```
 * @category Rule sets
 */
export function checkRuleset(input: RulesetSource): { data: RulesetData | undefined; problems: RulesetProblem[]; files: FileNames } {
  // Input limits first (./limits.ts): no schema or cross-check below sees a file that is not plain
  // JSON data within LIMITS.ruleFile, or a condition tree deeper than LIMITS.conditionDepth.
  const screened = screenRulesetSource(input);
  const source = screened.source;
  // The rule count first (cheap), then depth (which bounds the walks), then the expanded size.
  const tooMany = source ? ruleCountProblems(source) : [];
  const depthProblems = source && tooMany.length === 0 ? conditionDepthProblems(source) : [];
  const tooDeep = [...tooMany, ...depthProblems, ...(source && tooMany.length === 0 && depthProblems.length === 0 ? conditionSizeProblems(source) : [])];
  if (!source || screened.problems.length > 0 || tooDeep.length > 0) {
    const files: FileNames = { rules: [], catalogues: [], calendars: [], conditions: [], regions: undefined, facts: undefined };
    return { data: undefined, problems: [...screened.problems, ...tooDeep], files };
  }
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
  const data: RulesetData | undefined =
    regionTable && factDictionary
      ? { rules: rules.items, catalogues: catalogues.items, calendars: calendars.items, conditions: conditions.items, regions: regionTable, facts: factDictionary }
      : undefined;

  // Cross-check what is valid plus what can be salvaged from the files that are not.
  const salvagedCatalogues = catalogues.invalid.map((file) => {
    const instrument = ProvisionCatalogueSchema.shape.instrument.safeParse(field(file.data, "instrument"));
    // A provision that fails its schema still counts as known by its id (and its dates when readable).
    const provisions = salvageEntries(field(file.data, "provisions"), ProvisionSchema, (raw) => {
      const id = field(raw, "id");
      if (typeof id !== "string") return undefined;
      const inForce = InForceSchema.safeParse(field(raw, "inForce"));
      return { id, citation: "", text: "", sanctions: [], confidence: "unverified" as const, inForce: inForce.success ? inForce.data : { from: "0001-01-01" } };
    });
    return {
      catalogue: {
        instrument: instrument.success ? instrument.data : { id: "", title: "", shortTitle: "", inForce: { from: "1900-01-01" }, confidence: "unverified" as const },
        provisions: provisions.items,
        originalIndexes: provisions.indexes,
      },
      file: file.file,
    };
  });
  const checked: RulesetData = {
    rules: rules.items,
    catalogues: [...catalogues.items, ...salvagedCatalogues.map((entry) => entry.catalogue)],
    calendars: calendars.items,
    conditions: conditions.items,
    regions: regionTable ?? { source: "", provinces: salvageEntries(field(source.regions.data, "provinces"), RegionTableSchema.shape.provinces.element).items },
    facts: factDictionary ?? { facts: salvageEntries(field(source.facts.data, "facts"), FactDefinitionSchema).items },
  };
  const checkedFiles: FileNames = { ...files, catalogues: [...catalogues.names, ...salvagedCatalogues.map((entry) => entry.file)] };
  // A file that failed its schema is cross-checked loosely; where its schema problem already names a
  // value, a second problem about the same value would only repeat it.
  const reported = new Set(problems.map((entry) => `${entry.file ?? ""}\u0000${entry.path.join("\u0000")}`));
  const crossProblems = crossCheck(checked, checkedFiles, {
      rules: rules.invalid.map(({ file, data: raw }) => ({ file, data: raw })),
      conditions: conditions.invalid.map(({ file, data: raw }) => ({ file, data: raw })),
      calendars: calendars.invalid.map(({ file, data: raw }) => ({ file, data: raw })),
  });
  problems.push(...crossProblems.filter((entry) => !reported.has(`${entry.file ?? ""}\u0000${entry.path.join("\u0000")}`)));
  return { data, problems, files };
}

const byId = (left: { readonly id: string }, right: { readonly id: string }): number => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);

/**
 * Loads a rule set from its source files: validates each file against its schema, cross-checks
 * them and indexes the result. Throws a {@link RulesetError} listing every problem.
 * @example
 * ```ts
 * const ruleset = loadRuleset(bundledRulesetSource());
 * ruleset.calendars.has("pilkada-2024"); // => true
 * ```
 * @category Rule sets
 */
export function loadRuleset(source: RulesetSource): Ruleset {
  const { data, problems, files } = checkRuleset(source);
  if (!data || problems.length > 0) throw new RulesetError(problems);
  return indexRuleset(data, files.rules, source.version ?? "custom");
}

/**
 * @internal Indexes rule set data that has already passed {@link checkRuleset}: `loadRuleset` after
 * its checks, and the bundled rule set, whose checks ran when it was generated (./bundled.ts).
 * `ruleFiles` names the file of each of `data.rules`, in order.
 */
export function indexRuleset(data: RulesetData, ruleFiles: readonly (string | undefined)[], version: string): Ruleset {
  // Everything a rule set holds is shared by every evaluator and assessment made from it: frozen
  // here, once, so that no caller can change what a later evaluation reads.
  deepFreeze(data);
  const provisions = new Map<string, CatalogueEntry>();
  for (const catalogue of data.catalogues) {
    const instrument = Object.freeze({ id: catalogue.instrument.id, shortTitle: catalogue.instrument.shortTitle, title: catalogue.instrument.title });
    for (const provision of catalogue.provisions) provisions.set(provision.id, Object.freeze({ ...provision, instrument }));
  }
  const ruleset: Ruleset = Object.freeze({
    version,
    data,
    // Sorted by id (code units, not locale): findings, uncertainties and candidate elections then
    // come out in the same order whatever the order of the source files.
    rules: Object.freeze([...data.rules].sort(byId)),
    provisions: new FrozenMap(provisions),
    calendars: new FrozenMap([...data.calendars].sort(byId).map((calendar) => [calendar.id, calendar] as const)),
    provinces: new FrozenMap(data.regions.provinces.map((province) => [province.id, province] as const)),
    facts: new FrozenMap(data.facts.facts.map((definition) => [definition.name, definition] as const)),
    conditions: new FrozenMap(data.conditions.map((shared) => [shared.id, shared.condition] as const)),
    files: new FrozenMap(data.rules.map((rule, index) => [rule.id, ruleFiles[index] ?? rule.id] as const)),
  });
  CHECKED.add(ruleset);
  return ruleset;
}

/** The rule sets made by {@link indexRuleset}: checked and frozen. */
const CHECKED = new WeakSet<Ruleset>();

/** @internal Whether `ruleset` was made by the loader (checked and frozen), not by hand. */
export function isCheckedRuleset(ruleset: Ruleset): boolean {
  return CHECKED.has(ruleset);
}

/**
 * Combines two rule sets' sources: files of `extra` replace the base's items with the same id
 * (rules, calendars, shared conditions, catalogues by instrument) and add the rest.
 * @example
 * ```ts
 * import { readRulesetSource } from "netralitas-asn/node";
 * const extra = readRulesetSource("./my-rules").source;
 * const evaluator = createEvaluator({ ruleset: mergeRulesetSources(bundledRulesetSource(), { rules: extra.rules }) });
 * ```
 * @category Rule sets
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
