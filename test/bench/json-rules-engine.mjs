// The baseline of the benchmark: a bare json-rules-engine Engine given the same rules (each rule
// file's applicability and conditions, shared conditions through setCondition, the same dot-path
// resolver) and the same pre-extracted facts. No schema parsing, no explanations, no Kleene logic
// while it runs; `statusesOf` turns its boolean results into three-valued finding statuses
// afterwards (outside the timed part), only to check that both paths agree.
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

/** An Engine holding two json-rules-engine rules per rule file: its applicability and its conditions. */
export function createBareEngine(ruleset) {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (value, path) => resolveDotPath(value, path) });
  for (const [id, condition] of ruleset.conditions) engine.setCondition(id, { all: [condition] });
  for (const rule of ruleset.rules) {
    engine.addRule({ name: `${rule.id}${SEPARATOR}applicability`, conditions: { all: [rule.applicability] }, event: { type: rule.id } });
    engine.addRule({ name: `${rule.id}${SEPARATOR}conditions`, conditions: { all: [rule.conditions] }, event: { type: rule.id } });
  }
  return engine;
}

const and = (values) => (values.includes(false) ? false : values.includes(undefined) ? undefined : true);
const or = (values) => (values.includes(true) ? true : values.includes(undefined) ? undefined : false);

/** json-rules-engine's result tree read with Kleene logic: a leaf whose fact was undefined is unknown. */
function kleene(node) {
  if (node.all) return and(node.all.map(kleene));
  if (node.any) return or(node.any.map(kleene));
  if (node.not) {
    const inner = kleene(node.not);
    return inner === undefined ? undefined : !inner;
  }
  const comparesFact = typeof node.value === "object" && node.value !== null && !Array.isArray(node.value) && "fact" in node.value;
  if (node.factResult === undefined || (comparesFact && node.valueResult === undefined)) return undefined;
  return node.result === true;
}

/** The finding status of each rule from one `engine.run()` result. */
export function statusesOf(runResult) {
  const parts = new Map();
  for (const result of [...runResult.results, ...runResult.failureResults]) {
    const [id, part] = String(result.name).split(SEPARATOR);
    const entry = parts.get(id) ?? {};
    entry[part] = kleene(result.conditions.all?.[0] ?? result.conditions);
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
