import type { RulesetProblem } from "../errors.ts";
import { message, type MessageKey } from "../messages.ts";
import { nearest } from "../_utils/suggest.ts";
import { DERIVED_FACTS } from "../engine/facts.ts";
import { daysAfter, compareDates } from "../timeline/dates.ts";
import type { Calendar } from "../schema/calendar.ts";
import { isAll, isAny, isLeaf, isNot, isReference, type Condition } from "../schema/condition.ts";
import type { FactDefinition } from "../schema/fact-dictionary.ts";
import { IncidentSchema } from "../schema/incident.ts";
import { knownKeysAt } from "../schema/issues.ts";
import type { Rule, SharedCondition } from "../schema/rule.ts";
import type { RulesetData } from "./types.ts";

type Path = readonly (string | number)[];

/** The file each validated item came from (same order as RulesetData's arrays). */
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

function walkConditions(condition: Condition, path: Path, visit: (condition: Condition, path: Path) => void): void {
  visit(condition, path);
  if (isAll(condition)) condition.all.forEach((child, index) => walkConditions(child, [...path, "all", index], visit));
  else if (isAny(condition)) condition.any.forEach((child, index) => walkConditions(child, [...path, "any", index], visit));
  else if (isNot(condition)) walkConditions(condition.not, [...path, "not"], visit);
}

function checkConditionTree(
  condition: Condition,
  file: string | undefined,
  path: Path,
  facts: ReadonlyMap<string, FactDefinition>,
  sharedIds: ReadonlySet<string>,
  problems: RulesetProblem[],
): void {
  walkConditions(condition, path, (node, nodePath) => {
    if (isReference(node)) {
      if (!sharedIds.has(node.condition)) {
        problems.push(
          problem("unknown_condition", file, [...nodePath, "condition"], "unknown_condition", { value: node.condition }, nearest(node.condition, [...sharedIds])),
        );
      }
      return;
    }
    if (!isLeaf(node)) return;
    const factNames = [node.fact];
    const value = node.value;
    if (typeof value === "object" && !Array.isArray(value)) factNames.push(value.fact);
    for (const name of factNames) {
      if (!facts.has(name)) {
        const where = name === node.fact ? [...nodePath, "fact"] : [...nodePath, "value", "fact"];
        problems.push(problem("unknown_fact", file, where, "unknown_fact", { value: name }, nearest(name, [...facts.keys()])));
      }
    }
    if (Array.isArray(value) && value.length === 0 && node.operator === "in") {
      problems.push(problem("never_holds", file, [...nodePath, "value"], "never_holds", { detail: "in []" }));
    }
    const definition = facts.get(node.fact);
    if (definition?.type === "enum" && definition.values) {
      const allowed = definition.values.map((entry) => entry.value);
      const compared = Array.isArray(value) ? value : typeof value === "object" ? [] : [value];
      compared.forEach((item, index) => {
        if (typeof item === "string" && !allowed.includes(item)) {
          const where = Array.isArray(value) ? [...nodePath, "value", index] : [...nodePath, "value"];
          problems.push(
            problem("unknown_fact_value", file, where, "unknown_fact_value", { value: item, fact: node.fact, options: allowed.join(", ") }, nearest(item, allowed)),
          );
        }
      });
    }
  });
}

function findCycles(conditions: readonly SharedCondition[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const shared of conditions) {
    const references: string[] = [];
    walkConditions(shared.condition, [], (node) => {
      if (isReference(node)) references.push(node.condition);
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

function checkCalendar(calendar: Calendar, file: string | undefined, provinces: ReadonlySet<string>, problems: RulesetProblem[]): void {
  const periods = calendar.phases.map((period, index) => ({ period, index })).sort((a, b) => compareDates(a.period.from, b.period.from));
  periods.forEach(({ period, index }) => {
    if (compareDates(period.to, period.from) < 0) {
      problems.push(problem("in_force_reversed", file, ["phases", index, "to"], "in_force_reversed", { from: period.from, to: period.to }));
    }
  });
  const first = periods[0]?.period;
  const last = periods[periods.length - 1]?.period;
  if (first && last && (first.from !== calendar.coverage.from || compareDates(last.to, calendar.coverage.to) !== 0)) {
    problems.push(problem("phase_coverage", file, ["phases"], "phase_coverage", { from: calendar.coverage.from, to: calendar.coverage.to }));
  }
  for (let position = 1; position < periods.length; position++) {
    const previous = periods[position - 1];
    const current = periods[position];
    if (!previous || !current) continue;
    const expectedStart = daysAfter(previous.period.to, 1);
    const difference = compareDates(current.period.from, expectedStart);
    if (difference > 0) {
      problems.push(
        problem("phase_gap", file, ["phases", current.index, "from"], "phase_gap", { from: expectedStart, to: daysAfter(current.period.from, -1) }),
      );
    } else if (difference < 0) {
      problems.push(
        problem("phase_overlap", file, ["phases", current.index, "from"], "phase_overlap", {
          value: current.period.phase,
          from: current.period.from,
          to: previous.period.to,
        }),
      );
    }
  }
  (calendar.regionOverrides ?? []).forEach((override, index) => {
    if (!provinces.has(override.province)) {
      problems.push(
        problem("unknown_region", file, ["regionOverrides", index, "province"], "unknown_region", { value: override.province }, nearest(override.province, [...provinces])),
      );
    }
  });
}

function checkRuleDates(rule: Rule, file: string | undefined, provisions: RulesetData["catalogues"], problems: RulesetProblem[]): void {
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
 * Every cross-file check on a set of individually valid files: duplicate ids, ids that do not match
 * their paths, unknown provisions, facts, fact values and shared conditions, reference cycles,
 * rules in force outside their provisions' dates, calendar phases with gaps or overlaps,
 * conditions that can never hold.
 */
export function crossCheck(data: RulesetData, files: FileNames): RulesetProblem[] {
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
  });
  data.catalogues.forEach((catalogue, catalogueIndex) => {
    catalogue.provisions.forEach((provision, index) => {
      claim("provision", provision.id, files.catalogues[catalogueIndex], ["provisions", index, "id"]);
      provisionIds.add(provision.id);
      if (!provision.id.startsWith(`${catalogue.instrument.id}:`)) {
        problems.push(
          problem("id_path_mismatch", files.catalogues[catalogueIndex], ["provisions", index, "id"], "id_path_mismatch", {
            value: provision.id,
            expected: `${catalogue.instrument.id}:…`,
          }),
        );
      }
    });
  });
  const sharedIds = new Set(data.conditions.map((shared) => shared.id));
  data.conditions.forEach((shared, index) => {
    claim("condition", shared.id, files.conditions[index], ["id"]);
    checkConditionTree(shared.condition, files.conditions[index], ["condition"], facts, sharedIds, problems);
  });
  for (const cycle of findCycles(data.conditions)) {
    const index = data.conditions.findIndex((shared) => shared.id === cycle[0]);
    problems.push(problem("condition_cycle", files.conditions[index], ["condition"], "condition_cycle", { value: cycle.join(" → ") }));
  }
  const provinces = new Set(data.regions.provinces.map((province) => province.id));
  data.regions.provinces.forEach((province, index) => claim("province", province.id, files.regions, ["provinces", index, "id"]));
  data.calendars.forEach((calendar, index) => {
    claim("calendar", calendar.id, files.calendars[index], ["id"]);
    checkCalendar(calendar, files.calendars[index], provinces, problems);
  });
  data.rules.forEach((rule, index) => {
    const file = files.rules[index];
    claim("rule", rule.id, file, ["id"]);
    if (file !== undefined && expectedRuleId(file) !== rule.id) {
      problems.push(problem("id_path_mismatch", file, ["id"], "id_path_mismatch", { value: rule.id, expected: expectedRuleId(file) }));
    }
    rule.provisions.forEach((id, provisionIndex) => {
      if (!provisionIds.has(id)) {
        problems.push(problem("unknown_provision", file, ["provisions", provisionIndex], "unknown_provision", { value: id }, nearest(id, [...provisionIds])));
      }
    });
    checkRuleDates(rule, file, data.catalogues, problems);
    checkConditionTree(rule.applicability, file, ["applicability"], facts, sharedIds, problems);
    checkConditionTree(rule.conditions, file, ["conditions"], facts, sharedIds, problems);
    (rule.notes ?? []).forEach((note, noteIndex) => {
      if (note.when) checkConditionTree(note.when, file, ["notes", noteIndex, "when"], facts, sharedIds, problems);
    });
  });
  return problems;
}
