import { isAll, isAny, isLeaf, isNot, type Condition } from "../schema/condition.ts";
import type { Rule } from "../schema/rule.ts";

// A rule's conduct elements: the named parts of its conditions that describe the act.

const isFactReference = (value: unknown): value is { fact: string } =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === "string";

/** Visits every node of a condition tree, shared conditions included (each reference once per path). */
function visit(condition: Condition, shared: ReadonlyMap<string, Condition>, onNode: (node: Condition, inConduct: boolean) => void, conduct: ReadonlySet<string>, inConduct = false, depth = 0): void {
  if (depth > 64) return;
  const named = "name" in condition && typeof condition.name === "string" && conduct.has(condition.name);
  const within = inConduct || named;
  onNode(condition, within);
  if (isLeaf(condition)) return;
  if (isAll(condition)) for (const child of condition.all) visit(child, shared, onNode, conduct, within, depth + 1);
  else if (isAny(condition)) for (const child of condition.any) visit(child, shared, onNode, conduct, within, depth + 1);
  else if (isNot(condition)) visit(condition.not, shared, onNode, conduct, within, depth + 1);
  else {
    const target = shared.get(condition.condition);
    if (target) visit(target, shared, onNode, conduct, within || conduct.has(condition.condition), depth + 1);
  }
}

/**
 * The facts a rule's conduct elements read (the facts that, once stated, allege the rule). A rule
 * without a `conduct` list: every fact its conditions read (the caller keeps the conduct facts).
 */
export function conductFactsOf(rule: Pick<Rule, "conditions" | "conduct">, shared: ReadonlyMap<string, Condition>): string[] {
  const facts = new Set<string>();
  const conduct = new Set(rule.conduct ?? []);
  const all = rule.conduct === undefined;
  visit(
    rule.conditions,
    shared,
    (node, inConduct) => {
      if (!(inConduct || all) || !isLeaf(node)) return;
      facts.add(node.fact);
      if (isFactReference(node.value)) facts.add(node.value.fact);
    },
    conduct,
  );
  return [...facts];
}

/** What is wrong with a rule's conduct list, given which facts are conduct facts (have an area). */
export interface ConductProblems {
  /** Names in `conduct` that no node of the conditions has. */
  readonly unknownElements: readonly string[];
  /** Facts read under a conduct element that are not conduct facts. */
  readonly notConduct: readonly string[];
  /** Conduct facts the conditions read outside every conduct element. */
  readonly outside: readonly string[];
}

/** Checks a rule's `conduct` list against its conditions and the dictionary's conduct facts. */
export function conductProblems(rule: Pick<Rule, "conditions" | "conduct">, shared: ReadonlyMap<string, Condition>, isConductFact: (name: string) => boolean): ConductProblems {
  const names = new Set<string>();
  const inside = new Set<string>();
  const outside = new Set<string>();
  const conduct = new Set(rule.conduct ?? []);
  if (rule.conduct === undefined) return { unknownElements: [], notConduct: [], outside: [] };
  visit(
    rule.conditions,
    shared,
    (node, inConduct) => {
      if ("name" in node && typeof node.name === "string") names.add(node.name);
      if ("condition" in node && typeof node.condition === "string") names.add(node.condition);
      if (!isLeaf(node)) return;
      const facts = [node.fact, ...(isFactReference(node.value) ? [node.value.fact] : [])];
      for (const fact of facts) (inConduct ? inside : outside).add(fact);
    },
    conduct,
  );
  return {
    unknownElements: (rule.conduct ?? []).filter((name) => !names.has(name)),
    notConduct: [...inside].filter((fact) => !isConductFact(fact)),
    outside: [...outside].filter((fact) => isConductFact(fact) && !inside.has(fact)),
  };
}
