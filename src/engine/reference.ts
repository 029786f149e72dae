import type { Engine as EngineType, RuleResult } from "json-rules-engine";
import type { Condition, Operator } from "../schema/condition.ts";
import type { Rule } from "../schema/rule.ts";
import { compareEach, OPERATOR_IMPLEMENTATIONS, resolveDotPath, type FactAlternatives } from "./operators.ts";
import { and, not, or, type FactValue, type Facts, type TraceNode } from "./trace.ts";

/** The two traces of one rule. */
export interface RuleTraces {
  readonly applicability: TraceNode;
  readonly conditions: TraceNode;
}

const SEPARATOR = "\u0000";

interface ResultNode {
  all?: ResultNode[];
  any?: ResultNode[];
  not?: ResultNode;
  name?: string;
  fact?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
}

/**
 * Converts json-rules-engine's boolean result tree into a three-valued trace. A leaf whose fact
 * resolved to undefined is unknown, whatever json-rules-engine decided (it treats an undefined fact
 * as satisfying `notEqual`); groups are recombined with Kleene logic.
 */
function toTrace(node: ResultNode, alternatives: FactAlternatives): TraceNode {
  const name = node.name ? { name: node.name } : {};
  if (node.all) {
    const children = node.all.map((child) => toTrace(child, alternatives));
    return { kind: "all", ...name, result: and(children.map((child) => child.result)), children };
  }
  if (node.any) {
    const children = node.any.map((child) => toTrace(child, alternatives));
    return { kind: "any", ...name, result: or(children.map((child) => child.result)), children };
  }
  if (node.not) {
    const child = toTrace(node.not, alternatives);
    return { kind: "not", ...name, result: not(child.result), children: [child] };
  }
  const value = node.value;
  const comparesFact = typeof value === "object" && value !== null && !Array.isArray(value) && "fact" in value;
  const unknownFacts: string[] = [];
  if (node.factResult === undefined) unknownFacts.push(node.fact ?? "");
  if (comparesFact && node.valueResult === undefined) unknownFacts.push((value as { fact: string }).fact);
  const actual = node.factResult;
  let result: boolean | undefined = unknownFacts.length === 0 ? node.result === true : undefined;
  // A value that stands for several (employment "asn"): decided only where all of them agree, as in compile.ts.
  const several = comparesFact ? undefined : alternatives.get(node.fact ?? "")?.get(actual as FactValue);
  if (several !== undefined && result !== undefined) {
    result = compareEach(OPERATOR_IMPLEMENTATIONS[node.operator as Operator], several, value);
    if (result === undefined) unknownFacts.push(node.fact ?? "");
  }
  return {
    kind: "leaf",
    name: node.name ?? "",
    fact: node.fact ?? "",
    operator: node.operator as Operator,
    expected: value,
    result,
    unknownFacts,
    ...(typeof actual === "string" || typeof actual === "number" || typeof actual === "boolean" ? { actual } : {}),
  };
}

/**
 * The reference evaluation path: the same rule files run through json-rules-engine, with a dot-path
 * resolver instead of JSONPath and undefined facts allowed. Slower; kept to check the compiled path.
 */
export function createReferenceRunner(rules: readonly Rule[], shared: ReadonlyMap<string, Condition>, alternatives: FactAlternatives = new Map()) {
  // Loaded on first use: the compiled path never needs json-rules-engine (nor its start-up time).
  let loading: Promise<EngineType> | undefined;
  const load = async (): Promise<EngineType> => {
    const module = (await import("json-rules-engine")) as typeof import("json-rules-engine") & { default?: typeof import("json-rules-engine") };
    const Engine = module.Engine ?? module.default?.Engine;
    const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (value: object, path: string) => resolveDotPath(value, path) });
    for (const [id, condition] of shared) engine.setCondition(id, { all: [condition] } as never);
    for (const rule of rules) {
      for (const part of ["applicability", "conditions"] as const) {
        engine.addRule({ name: `${rule.id}${SEPARATOR}${part}`, conditions: { all: [rule[part]] } as never, event: { type: rule.id } });
      }
    }
    return engine;
  };
  return async (facts: Facts, ruleIds: ReadonlySet<string>): Promise<Map<string, RuleTraces>> => {
    loading ??= load();
    const engine = await loading;
    const { results, failureResults } = await engine.run({ ...facts });
    const parts = new Map<string, { applicability?: TraceNode; conditions?: TraceNode }>();
    for (const result of [...results, ...failureResults] as RuleResult[]) {
      const [id = "", part] = String(result.name).split(SEPARATOR);
      if (!ruleIds.has(id)) continue;
      const root = toTrace((result.conditions as unknown as ResultNode).all?.[0] ?? (result.conditions as unknown as ResultNode), alternatives);
      const entry = parts.get(id) ?? {};
      if (part === "applicability") entry.applicability = root;
      else entry.conditions = root;
      parts.set(id, entry);
    }
    const traces = new Map<string, RuleTraces>();
    for (const [id, entry] of parts) {
      if (entry.applicability && entry.conditions) traces.set(id, { applicability: entry.applicability, conditions: entry.conditions });
    }
    return traces;
  };
}
