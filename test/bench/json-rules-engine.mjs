// The baseline of the benchmark: a bare json-rules-engine Engine given the same rules (each rule
// file's applicability and conditions, shared conditions through setCondition, the same dot-path
// resolver) and the same pre-extracted facts. No schema parsing, no explanations, no Kleene logic
// while it runs; `statusesOf` turns its boolean results into three-valued finding statuses
// afterwards (outside the timed part), only to check that both paths agree: like the library's
// own reference path, it reads a value that stands for several (employment asn) after the run.
import { Engine } from "json-rules-engine";

const SEPARATOR = "\u0000";

/** A plain dot path (a.b.c) over own properties, like the library's resolver: a path is data, never code. */
function resolveDotPath(value, path) {
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * An Engine holding two json-rules-engine rules per rule file: its applicability and its conditions.
 * `rules` (default: all of the rule set's) narrows it to a subset, such as the rules in force on a date.
 */
export function createBareEngine(ruleset, rules = ruleset.rules) {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (value, path) => resolveDotPath(value, path) });
  for (const [id, condition] of ruleset.conditions) engine.setCondition(id, { all: [condition] });
  for (const rule of rules) {
    engine.addRule({ name: `${rule.id}${SEPARATOR}applicability`, conditions: { all: [rule.applicability] }, event: { type: rule.id } });
    engine.addRule({ name: `${rule.id}${SEPARATOR}conditions`, conditions: { all: [rule.conditions] }, event: { type: rule.id } });
  }
  return engine;
}

const and = (values) => (values.includes(false) ? false : values.includes(undefined) ? undefined : true);
const or = (values) => (values.includes(true) ? true : values.includes(undefined) ? undefined : false);

/** json-rules-engine's built-in comparisons, for re-reading a leaf whose value stands for several. */
const COMPARE = {
  equal: (actual, expected) => actual === expected,
  notEqual: (actual, expected) => actual !== expected,
  in: (actual, expected) => Array.isArray(expected) && expected.includes(actual),
  notIn: (actual, expected) => Array.isArray(expected) && !expected.includes(actual),
  contains: (actual, expected) => Array.isArray(actual) && actual.includes(expected),
  doesNotContain: (actual, expected) => Array.isArray(actual) && !actual.includes(expected),
};

/**
 * Values that stand for one of several, by fact (the dictionary's `means`: employment `asn` is pns,
 * cpns or pppk, unknown which), as the library reads its fact dictionary.
 */
export function factAlternatives(ruleset) {
  const alternatives = new Map();
  for (const definition of ruleset.facts.values()) {
    for (const entry of definition.values ?? []) {
      if (!entry.means) continue;
      if (!alternatives.has(definition.name)) alternatives.set(definition.name, new Map());
      alternatives.get(definition.name).set(entry.value, entry.means);
    }
  }
  return alternatives;
}

/**
 * json-rules-engine's result tree read with Kleene logic: a leaf whose fact was undefined is unknown,
 * and a leaf on a value that stands for several is decided only where all of them agree.
 */
function kleene(node, alternatives) {
  if (node.all) return and(node.all.map((child) => kleene(child, alternatives)));
  if (node.any) return or(node.any.map((child) => kleene(child, alternatives)));
  if (node.not) {
    const inner = kleene(node.not, alternatives);
    return inner === undefined ? undefined : !inner;
  }
  const comparesFact = typeof node.value === "object" && node.value !== null && !Array.isArray(node.value) && "fact" in node.value;
  if (node.factResult === undefined || (comparesFact && node.valueResult === undefined)) return undefined;
  const several = comparesFact ? undefined : alternatives?.get(node.fact)?.get(node.factResult);
  if (several) {
    const compare = COMPARE[node.operator];
    if (!compare) throw new Error(`no comparison for ${node.operator} on a value that stands for several`);
    const results = new Set(several.map((actual) => compare(actual, node.value)));
    return results.size === 1 ? results.has(true) : undefined;
  }
  return node.result === true;
}

/** The finding status of each rule from one `engine.run()` result (`alternatives` from factAlternatives). */
export function statusesOf(runResult, alternatives) {
  const parts = new Map();
  for (const result of [...runResult.results, ...runResult.failureResults]) {
    const [id, part] = String(result.name).split(SEPARATOR);
    const entry = parts.get(id) ?? {};
    entry[part] = kleene(result.conditions.all?.[0] ?? result.conditions, alternatives);
    parts.set(id, entry);
  }
  const statuses = new Map();
  for (const [id, { applicability, conditions }] of parts) {
    statuses.set(
      id,
      applicability === false
        ? "not_applicable"
        : conditions === false
          ? "not_violated"
          : applicability === true && conditions === true
            ? "violated"
            : "undetermined",
    );
  }
  return statuses;
}

/** The key of a set of rule ids: the ids sorted, joined. */
export const ruleSetKey = (ids) => [...ids].sort().join("\n");

/**
 * Baseline (b1): one Engine per distinct set of rules in force among `items` (each with `rules`, the
 * ids incidentFacts gives), built up front; returns a Map from ruleSetKey to Engine.
 */
export function createEnginesInForce(ruleset, items) {
  const byId = new Map(ruleset.rules.map((rule) => [rule.id, rule]));
  const engines = new Map();
  for (const item of items) {
    const key = ruleSetKey(item.rules);
    if (!engines.has(key)) engines.set(key, createBareEngine(ruleset, item.rules.map((id) => byId.get(id))));
  }
  return engines;
}

const STRENGTH = { violated: 4, undetermined: 3, not_violated: 2, not_applicable: 0 };

/**
 * The status of each rule over an incident's views (one fact map per combination of its listed acts):
 * as in the library, the strongest status of any view stands for the rule.
 */
export async function statusesOverViews(engine, views, alternatives) {
  let best;
  for (const facts of views) {
    const statuses = statusesOf(await engine.run({ ...facts }), alternatives);
    if (!best) best = statuses;
    else for (const [id, status] of statuses) if (STRENGTH[status] > STRENGTH[best.get(id)]) best.set(id, status);
  }
  return best;
}
