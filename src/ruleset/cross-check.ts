import type { RulesetProblem } from "../errors.ts";
import { message, type MessageKey } from "../messages.ts";
import { nearest } from "../_utils/suggest.ts";
import { DERIVED_FACTS } from "../engine/facts.ts";
import { daysAfter, compareDates } from "../timeline/dates.ts";
import type { Calendar } from "../schema/calendar.ts";
import { OPERATORS, type Condition, type Operator } from "../schema/condition.ts";
import { conductProblems } from "./conduct.ts";
import type { FactDefinition } from "../schema/fact-dictionary.ts";
import { IncidentSchema } from "../schema/incident.ts";
import { knownKeysAt } from "../schema/issues.ts";
import { InForceSchema } from "../schema/common.ts";
import type { Provision, Sanction } from "../schema/provision.ts";
import type { Rule } from "../schema/rule.ts";
import type { RulesetData } from "./types.ts";

type Path = readonly (string | number)[];

/**
 * The file each validated item came from (same order as RulesetData's arrays).
 * @example
 * ```ts
 * const { files } = checkRuleset(bundledRulesetSource());
 * files.facts; // => "fakta.json"
 * ```
 * @category Rule sets
 */
export interface FileNames {
  readonly rules: readonly (string | undefined)[];
  readonly catalogues: readonly (string | undefined)[];
  readonly calendars: readonly (string | undefined)[];
  readonly conditions: readonly (string | undefined)[];
  readonly regions: string | undefined;
  readonly facts: string | undefined;
}

/** Builds a problem whose message comes from the message table, with an optional "did you mean". */
export function problem(
  code: string,
  file: string | undefined,
  path: Path,
  key: MessageKey,
  values: Record<string, string | number> = {},
  near?: string,
): RulesetProblem {
  const base = message(key, { ...values, suggestion: "" });
  const hint = near ? message("suggestion", { name: near }) : { id: "", en: "" };
  return { code, ...(file === undefined ? {} : { file }), path: [...path], messages: { id: base.id + hint.id, en: base.en + hint.en } };
}

/** The rule id a rule file must carry: its path under `aturan/`, without `.json`. */
export function expectedRuleId(file: string): string {
  const normalised = file.replace(/\\/g, "/").replace(/\.json$/, "");
  const index = normalised.lastIndexOf("aturan/");
  return index === -1 ? normalised : normalised.slice(index + "aturan/".length);
}

type Loose = Readonly<Record<string, unknown>>;

function asObject(value: unknown): Loose | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Loose) : undefined;
}

/**
 * Visits every node of a condition tree. It reads the tree loosely, so that it also walks the
 * conditions of a file that failed its schema: one run then reports schema problems and
 * cross-check problems together.
 */
function walkConditions(condition: unknown, path: Path, visit: (node: Loose, path: Path) => void): void {
  const node = asObject(condition);
  if (!node) return;
  visit(node, path);
  for (const key of ["all", "any"] as const) {
    const children = node[key];
    if (Array.isArray(children)) children.forEach((child, index) => walkConditions(child, [...path, key, index], visit));
  }
  if ("not" in node) walkConditions(node["not"], [...path, "not"], visit);
}

const EXPECTED_TYPE: Readonly<Record<FactDefinition["type"], "boolean" | "number" | "string">> = {
  boolean: "boolean",
  integer: "number",
  enum: "string",
  string: "string",
};
const ORDERING: ReadonlySet<string> = new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);
const LIST_FACT: ReadonlySet<string> = new Set(["contains", "doesNotContain"]);
const LIST_VALUE: ReadonlySet<string> = new Set(["in", "notIn"]);
const isOperator = (value: unknown): value is Operator => typeof value === "string" && (OPERATORS as readonly string[]).includes(value);
const isFactReference = (value: unknown): boolean => asObject(value) !== undefined && typeof asObject(value)?.["fact"] === "string";

/** Comparisons that can never hold (or never match) given the fact's type and the operator. */
function checkComparison(node: Loose, definition: FactDefinition, file: string | undefined, path: Path, problems: RulesetProblem[]): void {
  const operator = node["operator"];
  const value = node["value"];
  if (!isOperator(operator) || isFactReference(value) || value === undefined) return;
  const fact = definition.name;
  if (LIST_FACT.has(operator)) {
    problems.push(problem("never_holds", file, [...path, "operator"], "operator_needs_list_fact", { operator, fact }));
    return;
  }
  if (ORDERING.has(operator) && definition.type !== "integer") {
    problems.push(problem("never_holds", file, [...path, "operator"], "operator_needs_number", { operator, fact, type: definition.type }));
    return;
  }
  if (LIST_VALUE.has(operator) && !Array.isArray(value)) {
    problems.push(problem("never_holds", file, [...path, "value"], "operator_needs_list", { operator }));
    return;
  }
  if (!LIST_VALUE.has(operator) && Array.isArray(value)) {
    problems.push(problem("never_holds", file, [...path, "value"], "operator_needs_single_value", { operator }));
    return;
  }
  if (Array.isArray(value) && value.length === 0 && operator === "in") {
    problems.push(problem("never_holds", file, [...path, "value"], "never_holds", { detail: "in []" }));
    return;
  }
  const compared: readonly [unknown, Path][] = Array.isArray(value)
    ? value.map((item, index) => [item, [...path, "value", index]] as const)
    : [[value, [...path, "value"]]];
  const expected = EXPECTED_TYPE[definition.type];
  const allowed = definition.type === "enum" && definition.values ? definition.values.map((entry) => entry.value) : undefined;
  for (const [item, where] of compared) {
    if (typeof item !== expected) {
      problems.push(problem("value_type_mismatch", file, where, "value_type_mismatch", { fact, type: definition.type, received: JSON.stringify(item) }));
    } else if (allowed && typeof item === "string" && !allowed.includes(item)) {
      problems.push(
        problem("unknown_fact_value", file, where, "unknown_fact_value", { value: item, fact, options: allowed.join(", ") }, nearest(item, allowed)),
      );
    }
  }
}

function checkConditionTree(
  condition: unknown,
  file: string | undefined,
  path: Path,
  facts: ReadonlyMap<string, FactDefinition>,
  sharedIds: ReadonlySet<string>,
  problems: RulesetProblem[],
): void {
  walkConditions(condition, path, (node, nodePath) => {
    const reference = node["condition"];
    if (typeof reference === "string") {
      if (!sharedIds.has(reference)) {
        problems.push(problem("unknown_condition", file, [...nodePath, "condition"], "unknown_condition", { value: reference }, nearest(reference, [...sharedIds])));
      }
      return;
    }
    const fact = node["fact"];
    if (typeof fact !== "string") return;
    const value = node["value"];
    const other = isFactReference(value) ? (asObject(value)?.["fact"] as string) : undefined;
    for (const [name, where] of [
      [fact, [...nodePath, "fact"]],
      ...(other === undefined ? [] : [[other, [...nodePath, "value", "fact"]] as const]),
    ] as const) {
      if (!facts.has(name)) problems.push(problem("unknown_fact", file, where, "unknown_fact", { value: name }, nearest(name, [...facts.keys()])));
    }
    const definition = facts.get(fact);
    if (definition) checkComparison(node, definition, file, nodePath, problems);
  });
}

function findCycles(conditions: readonly { readonly id: string; readonly condition: unknown }[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const shared of conditions) {
    const references: string[] = [];
    walkConditions(shared.condition, [], (node) => {
      if (typeof node["condition"] === "string") references.push(node["condition"]);
    });
    graph.set(shared.id, references);
  }
  const cycles: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, stack: string[]): void => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      cycles.push([...stack.slice(stack.indexOf(id)), id]);
      return;
    }
    state.set(id, "visiting");
    for (const next of graph.get(id) ?? []) if (graph.has(next)) visit(next, [...stack, id]);
    state.set(id, "done");
  };
  for (const id of graph.keys()) visit(id, []);
  return cycles;
}

/** The parts of a calendar the phase checks read (a calendar that failed its schema may still have them). */
type CalendarPhases = Pick<Calendar, "phases" | "coverage" | "regionOverrides">;

type Period = Calendar["phases"][number];

/**
 * Reversed, overlapping and gapped periods of one list (a calendar's phases, or a regional
 * override's), reported under `at` (the list's path). Returns the periods sorted by start.
 */
function checkPeriods(list: readonly Period[], file: string | undefined, at: Path, problems: RulesetProblem[]): { period: Period; index: number }[] {
  const periods = list.map((period, index) => ({ period, index })).sort((a, b) => compareDates(a.period.from, b.period.from));
  periods.forEach(({ period, index }) => {
    if (compareDates(period.to, period.from) < 0) {
      problems.push(problem("in_force_reversed", file, [...at, index, "to"], "in_force_reversed", { from: period.from, to: period.to }));
    }
  });
  for (let position = 1; position < periods.length; position++) {
    const previous = periods[position - 1];
    const current = periods[position];
    if (!previous || !current) continue;
    const expectedStart = daysAfter(previous.period.to, 1);
    const difference = compareDates(current.period.from, expectedStart);
    if (difference > 0) {
      problems.push(problem("phase_gap", file, [...at, current.index, "from"], "phase_gap", { from: expectedStart, to: daysAfter(current.period.from, -1) }));
    } else if (difference < 0) {
      problems.push(
        problem("phase_overlap", file, [...at, current.index, "from"], "phase_overlap", {
          value: current.period.phase,
          from: current.period.from,
          to: previous.period.to,
        }),
      );
    }
  }
  return periods;
}

function checkCalendar(calendar: CalendarPhases, file: string | undefined, provinces: ReadonlySet<string>, problems: RulesetProblem[]): void {
  const periods = checkPeriods(calendar.phases, file, ["phases"], problems);
  const first = periods[0]?.period;
  const last = periods[periods.length - 1]?.period;
  if (first && last && (first.from !== calendar.coverage.from || compareDates(last.to, calendar.coverage.to) !== 0)) {
    problems.push(problem("phase_coverage", file, ["phases"], "phase_coverage", { from: calendar.coverage.from, to: calendar.coverage.to }));
  }
  // A regional override's periods replace the base calendar's on their dates: checked as a
  // calendar's are (no reversed period, no overlap, no gap between its first and last day), and
  // they must lie inside the calendar's coverage, where alone they can apply.
  (calendar.regionOverrides ?? []).forEach((override, overrideIndex) => {
    if (!override.phases) return;
    const at = ["regionOverrides", overrideIndex, "phases"];
    checkPeriods(override.phases, file, at, problems).forEach(({ period, index }) => {
      if (compareDates(period.from, calendar.coverage.from) < 0 || compareDates(period.to, calendar.coverage.to) > 0) {
        problems.push(problem("override_outside_coverage", file, [...at, index], "override_outside_coverage", { from: period.from, to: period.to, coverageFrom: calendar.coverage.from, coverageTo: calendar.coverage.to }));
      }
    });
  });
  (calendar.regionOverrides ?? []).forEach((override, index) => {
    if (!provinces.has(override.province)) {
      problems.push(
        problem("unknown_region", file, ["regionOverrides", index, "province"], "unknown_region", { value: override.province }, nearest(override.province, [...provinces])),
      );
    }
  });
}

function checkRuleDates(rule: Pick<Rule, "inForce" | "provisions">, file: string | undefined, provisions: RulesetData["catalogues"], problems: RulesetProblem[]): void {
  if (rule.inForce.to !== undefined && compareDates(rule.inForce.to, rule.inForce.from) < 0) {
    problems.push(problem("in_force_reversed", file, ["inForce", "to"], "in_force_reversed", { from: rule.inForce.from, to: rule.inForce.to }));
  }
  const byId = new Map(provisions.flatMap((catalogue) => catalogue.provisions.map((provision) => [provision.id, provision] as const)));
  rule.provisions.forEach((id) => {
    const provision = byId.get(id);
    if (!provision) return;
    const startsEarly = compareDates(rule.inForce.from, provision.inForce.from) < 0;
    const endsLate =
      provision.inForce.to !== undefined && (rule.inForce.to === undefined || compareDates(rule.inForce.to, provision.inForce.to) > 0);
    if (startsEarly || endsLate) {
      problems.push(
        problem("in_force_outside_provision", file, ["inForce"], "in_force_outside_provision", {
          value: id,
          from: rule.inForce.from,
          to: rule.inForce.to ?? "…",
          provisionFrom: provision.inForce.from,
          provisionTo: provision.inForce.to ?? "…",
        }),
      );
    }
  });
}

/**
 * Dated versions of a sanction: each runs forwards, inside its provision's dates, and two versions
 * of one criminal article never apply on the same day (the law date must pick exactly one).
 */
function checkSanctionVersions(provision: Provision, file: string | undefined, path: Path, problems: RulesetProblem[]): void {
  const dated = provision.sanctions.flatMap((sanction, index) => (sanction.inForce ? [{ sanction, inForce: sanction.inForce, index }] : []));
  for (const { inForce, index } of dated) {
    const at = [...path, "sanctions", index, "inForce"];
    if (inForce.to !== undefined && compareDates(inForce.to, inForce.from) < 0) {
      problems.push(problem("in_force_reversed", file, [...at, "to"], "in_force_reversed", { from: inForce.from, to: inForce.to }));
    }
    const startsEarly = compareDates(inForce.from, provision.inForce.from) < 0;
    const endsLate = provision.inForce.to !== undefined && (inForce.to === undefined || compareDates(inForce.to, provision.inForce.to) > 0);
    if (startsEarly || endsLate) {
      problems.push(
        problem("sanction_outside_provision", file, at, "sanction_outside_provision", {
          from: inForce.from,
          to: inForce.to ?? "…",
          provisionFrom: provision.inForce.from,
          provisionTo: provision.inForce.to ?? "…",
        }),
      );
    }
  }
  const articleOf = (sanction: Sanction) => (sanction.kind === "criminal" ? sanction.article : undefined);
  dated.forEach((left, position) => {
    for (const right of dated.slice(position + 1)) {
      const article = articleOf(left.sanction);
      if (article === undefined || article !== articleOf(right.sanction)) continue;
      const overlaps =
        (left.inForce.to === undefined || compareDates(right.inForce.from, left.inForce.to) <= 0) &&
        (right.inForce.to === undefined || compareDates(left.inForce.from, right.inForce.to) <= 0);
      if (overlaps) {
        problems.push(problem("sanction_version_overlap", file, [...path, "sanctions", right.index, "inForce"], "sanction_version_overlap", { value: article }));
      }
    }
  });
}

/** A file that failed its schema: its cross-file checks still run on what can be read from it. */
export interface LooseFile {
  readonly file: string | undefined;
  readonly data: unknown;
}

/** Rules, shared conditions and calendars that failed their schemas. */
export interface LooseFiles {
  readonly rules: readonly LooseFile[];
  readonly conditions: readonly LooseFile[];
  readonly calendars: readonly LooseFile[];
}

const NO_LOOSE_FILES: LooseFiles = { rules: [], conditions: [], calendars: [] };

/**
 * Every cross-file check: duplicate ids, ids that do not match their paths, unknown provisions,
 * facts, fact values and shared conditions, reference cycles, rules in force outside their
 * provisions' dates, calendar phases with gaps or overlaps, conditions that can never hold.
 * `loose` holds the files that failed their schemas; what can still be read from them is checked
 * too, so one run reports every problem.
 */
export function crossCheck(data: RulesetData, files: FileNames, loose: LooseFiles = NO_LOOSE_FILES): RulesetProblem[] {
  const problems: RulesetProblem[] = [];
  const facts = new Map(data.facts.facts.map((definition) => [definition.name, definition] as const));
  const provisionIds = new Set<string>();
  const seen = new Map<string, string>();
  const claim = (kind: string, id: string, file: string | undefined, path: Path) => {
    const key = `${kind}:${id}`;
    const other = seen.get(key);
    if (other !== undefined) problems.push(problem("duplicate_id", file, path, "duplicate_id", { value: id, other: other || "?" }));
    else seen.set(key, file ?? "");
  };

  data.facts.facts.forEach((definition, index) => {
    claim("fact", definition.name, files.facts, ["facts", index, "name"]);
    if (definition.path === undefined && !(definition.name in DERIVED_FACTS)) {
      problems.push(problem("unknown_derived_fact", files.facts, ["facts", index, "name"], "unknown_derived_fact", { value: definition.name }));
    }
    if (definition.path !== undefined) {
      const parts = definition.path.split(".");
      const known = knownKeysAt(IncidentSchema, parts.slice(0, -1));
      const last = parts[parts.length - 1] ?? "";
      if (!known.includes(last)) {
        problems.push(
          problem("unknown_fact", files.facts, ["facts", index, "path"], "unknown_fact", { value: definition.path }, nearest(last, known)),
        );
      }
    }
    // A fact answered through another fact's question needs that fact to exist and to name an incident path.
    if (definition.asks !== undefined && facts.get(definition.asks)?.path === undefined) {
      const answerable = [...facts.values()].filter((other) => other.path !== undefined).map((other) => other.name);
      problems.push(problem("unknown_fact", files.facts, ["facts", index, "asks"], "unknown_fact", { value: definition.asks }, nearest(definition.asks, answerable)));
    }
  });
  data.catalogues.forEach((catalogue, catalogueIndex) => {
    catalogue.provisions.forEach((provision, index) => {
      const path = provisionPath(catalogue, index);
      claim("provision", provision.id, files.catalogues[catalogueIndex], path);
      provisionIds.add(provision.id);
      checkSanctionVersions(provision, files.catalogues[catalogueIndex], path.slice(0, -1), problems);
      if (provision.parent !== undefined && !catalogue.provisions.some((other) => other.id === provision.parent && other.parent === undefined)) {
        const parents = catalogue.provisions.filter((other) => other.parent === undefined).map((other) => other.id);
        problems.push(
          problem("unknown_parent_provision", files.catalogues[catalogueIndex], [...path.slice(0, -1), "parent"], "unknown_parent_provision", { value: provision.parent }, nearest(provision.parent, parents)),
        );
      }
      if (catalogue.instrument.id !== "" && !provision.id.startsWith(`${catalogue.instrument.id}:`)) {
        problems.push(
          problem("id_path_mismatch", files.catalogues[catalogueIndex], path, "id_path_mismatch", {
            value: provision.id,
            expected: `${catalogue.instrument.id}:…`,
          }),
        );
      }
    });
  });

  const looseConditions = loose.conditions.flatMap((entry) => {
    const id = asObject(entry.data)?.["id"];
    return typeof id === "string" ? [{ id, condition: asObject(entry.data)?.["condition"], file: entry.file }] : [];
  });
  const sharedIds = new Set([...data.conditions.map((shared) => shared.id), ...looseConditions.map((shared) => shared.id)]);
  data.conditions.forEach((shared, index) => {
    claim("condition", shared.id, files.conditions[index], ["id"]);
    checkConditionTree(shared.condition, files.conditions[index], ["condition"], facts, sharedIds, problems);
  });
  for (const shared of looseConditions) {
    claim("condition", shared.id, shared.file, ["id"]);
    checkConditionTree(shared.condition, shared.file, ["condition"], facts, sharedIds, problems);
  }
  const allConditions = [
    ...data.conditions.map((shared, index) => ({ ...shared, file: files.conditions[index] })),
    ...looseConditions,
  ];
  for (const cycle of findCycles(allConditions)) {
    const origin = allConditions.find((shared) => shared.id === cycle[0]);
    problems.push(problem("condition_cycle", origin?.file, ["condition"], "condition_cycle", { value: cycle.join(" → ") }));
  }

  const provinces = new Set(data.regions.provinces.map((province) => province.id));
  data.regions.provinces.forEach((province, index) => claim("province", province.id, files.regions, ["provinces", index, "id"]));
  data.calendars.forEach((calendar, index) => {
    claim("calendar", calendar.id, files.calendars[index], ["id"]);
    checkCalendar(calendar, files.calendars[index], provinces, problems);
  });
  for (const entry of loose.calendars) {
    const id = asObject(entry.data)?.["id"];
    if (typeof id === "string") claim("calendar", id, entry.file, ["id"]);
    const phases = salvageCalendarPhases(entry.data);
    if (phases) checkCalendar(phases, entry.file, provinces, problems);
  }

  const sharedConditions = new Map<string, Condition>(data.conditions.map((shared) => [shared.id, shared.condition]));
  checkImplications(data.facts, files.facts, facts, problems);
  const checkRule = (rule: Loose, file: string | undefined) => {
    const id = rule["id"];
    if (typeof id === "string") {
      claim("rule", id, file, ["id"]);
      if (file !== undefined && expectedRuleId(file) !== id) {
        problems.push(problem("id_path_mismatch", file, ["id"], "id_path_mismatch", { value: id, expected: expectedRuleId(file) }));
      }
    }
    const cited = Array.isArray(rule["provisions"]) ? (rule["provisions"] as unknown[]) : [];
    cited.forEach((provisionId, provisionIndex) => {
      if (typeof provisionId === "string" && !provisionIds.has(provisionId)) {
        problems.push(
          problem("unknown_provision", file, ["provisions", provisionIndex], "unknown_provision", { value: provisionId }, nearest(provisionId, [...provisionIds])),
        );
      }
    });
    const inForce = InForceSchema.safeParse(rule["inForce"]);
    if (inForce.success) {
      const provisions = cited.filter((entry): entry is string => typeof entry === "string");
      checkRuleDates({ inForce: inForce.data, provisions }, file, data.catalogues, problems);
    }
    checkConditionTree(rule["applicability"], file, ["applicability"], facts, sharedIds, problems);
    checkConditionTree(rule["conditions"], file, ["conditions"], facts, sharedIds, problems);
    checkConduct(rule, file, facts, sharedConditions, problems);
    const alternatives = Array.isArray(rule["alternativeSanctions"]) ? (rule["alternativeSanctions"] as unknown[]) : [];
    alternatives.forEach((entry, entryIndex) => {
      const when = asObject(entry)?.["when"];
      if (when !== undefined) checkConditionTree(when, file, ["alternativeSanctions", entryIndex, "when"], facts, sharedIds, problems);
    });
    const notes = Array.isArray(rule["notes"]) ? (rule["notes"] as unknown[]) : [];
    notes.forEach((note, noteIndex) => {
      const when = asObject(note)?.["when"];
      if (when !== undefined) checkConditionTree(when, file, ["notes", noteIndex, "when"], facts, sharedIds, problems);
    });
  };
  data.rules.forEach((rule, index) => checkRule(rule as unknown as Loose, files.rules[index]));
  for (const entry of loose.rules) {
    const rule = asObject(entry.data);
    if (rule) checkRule(rule, entry.file);
  }
  return problems;
}

/**
 * A rule's conduct elements: each names a node of its conditions, reads only conduct facts (facts
 * with an area), and every conduct fact the conditions read lies under one of them.
 */
function checkConduct(rule: Loose, file: string | undefined, facts: ReadonlyMap<string, FactDefinition>, shared: ReadonlyMap<string, Condition>, problems: RulesetProblem[]): void {
  const conduct = rule["conduct"];
  const conditions = rule["conditions"];
  if (!Array.isArray(conduct) || conditions === undefined || conditions === null || typeof conditions !== "object") return;
  const names = conduct.filter((name): name is string => typeof name === "string");
  const isConductFact = (name: string) => facts.get(name)?.area !== undefined;
  let found: ReturnType<typeof conductProblems>;
  try {
    found = conductProblems({ conditions: conditions as Condition, conduct: names }, shared, isConductFact);
  } catch {
    return;
  }
  for (const name of found.unknownElements) {
    problems.push(problem("unknown_conduct_element", file, ["conduct", names.indexOf(name)], "unknown_conduct_element", { value: name }));
  }
  // A fact the dictionary does not have is reported once, as unknown, by the condition check.
  for (const fact of found.notConduct.filter((name) => facts.has(name))) problems.push(problem("conduct_not_conduct_fact", file, ["conduct"], "conduct_not_conduct_fact", { value: fact }));
  for (const fact of found.outside) problems.push(problem("conduct_fact_outside", file, ["conduct"], "conduct_fact_outside", { value: fact }));
}

/** The dictionary's implications and none values name known facts and allowed values, and do not contradict each other. */
function checkImplications(dictionary: RulesetData["facts"], file: string | undefined, facts: ReadonlyMap<string, FactDefinition>, problems: RulesetProblem[]): void {
  const allowed = (definition: FactDefinition, value: unknown): boolean => {
    switch (definition.type) {
      case "boolean":
        return typeof value === "boolean";
      case "integer":
        return typeof value === "number" && Number.isInteger(value) && value >= 0;
      case "string":
        return typeof value === "string";
      case "enum":
        return (definition.values ?? []).some((entry) => entry.value === value);
    }
  };
  dictionary.facts.forEach((definition, index) => {
    if (definition.none !== undefined && !allowed(definition, definition.none)) {
      problems.push(problem("value_type_mismatch", file, ["facts", index, "none"], "value_type_mismatch", { fact: definition.name, type: definition.type, received: JSON.stringify(definition.none) }));
    }
    (definition.values ?? []).forEach((entry, valueIndex) => {
      for (const meant of entry.means ?? []) {
        if (!(definition.values ?? []).some((other) => other.value === meant && other.means === undefined)) {
          problems.push(problem("value_type_mismatch", file, ["facts", index, "values", valueIndex, "means"], "value_type_mismatch", { fact: definition.name, type: definition.type, received: JSON.stringify(meant) }));
        }
      }
    });
  });
  const implied = new Map<string, { readonly value: unknown; readonly from: string }>();
  (dictionary.implications ?? []).forEach((implication, index) => {
    const source = facts.get(implication.if);
    if (!source) problems.push(problem("unknown_fact", file, ["implications", index, "if"], "unknown_fact", { value: implication.if }, nearest(implication.if, [...facts.keys()])));
    else if (!allowed(source, implication.is)) {
      problems.push(problem("value_type_mismatch", file, ["implications", index, "is"], "value_type_mismatch", { fact: implication.if, type: source.type, received: JSON.stringify(implication.is) }));
    }
    for (const [name, value] of Object.entries(implication.then)) {
      const target = facts.get(name);
      if (!target) {
        problems.push(problem("unknown_fact", file, ["implications", index, "then", name], "unknown_fact", { value: name }, nearest(name, [...facts.keys()])));
        continue;
      }
      if (!allowed(target, value)) {
        problems.push(problem("value_type_mismatch", file, ["implications", index, "then", name], "value_type_mismatch", { fact: name, type: target.type, received: JSON.stringify(value) }));
      }
      // Two implications from the same starting value must agree on what follows.
      const key = `${implication.if}=${JSON.stringify(implication.is)}>${name}`;
      const other = implied.get(key);
      if (other !== undefined && other.value !== value) {
        problems.push(problem("implication_conflict", file, ["implications", index, "then", name], "implication_conflict", { value: name, from: implication.if }));
      }
      implied.set(key, { value, from: implication.if });
    }
  });
}

/** Where a provision sits in its catalogue file (salvaged catalogues remember their original index). */
function provisionPath(catalogue: RulesetData["catalogues"][number], index: number): Path {
  const original = (catalogue as { readonly originalIndexes?: readonly number[] }).originalIndexes?.[index];
  return ["provisions", original ?? index, "id"];
}

/** The phases, coverage and regional overrides of a calendar that failed its schema, when they are readable. */
function salvageCalendarPhases(data: unknown): CalendarPhases | undefined {
  const calendar = asObject(data);
  const coverage = asObject(calendar?.["coverage"]);
  const phases = calendar?.["phases"];
  if (!coverage || !Array.isArray(phases)) return undefined;
  const from = coverage["from"];
  const to = coverage["to"];
  if (typeof from !== "string" || typeof to !== "string" || !InForceSchema.safeParse({ from, to }).success) return undefined;
  const periods: CalendarPhases["phases"] = [];
  for (const period of phases) {
    const entry = asObject(period);
    const range = InForceSchema.safeParse({ from: entry?.["from"], to: entry?.["to"] });
    if (!entry || !range.success || range.data.to === undefined || typeof entry["phase"] !== "string") return undefined;
    periods.push({ phase: entry["phase"] as CalendarPhases["phases"][number]["phase"], from: range.data.from, to: range.data.to });
  }
  return { coverage: { from, to }, phases: periods, regionOverrides: undefined };
}
