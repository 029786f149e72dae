import { isAll, isAny, isLeaf, isNot, type Condition, type LeafCondition } from "../schema/condition.ts";
import { compareEach, OPERATOR_IMPLEMENTATIONS, resolveDotPath, type FactAlternatives } from "./operators.ts";
import type { FactVector } from "./facts.ts";
import { markShared, sharedNumber } from "./shared-nodes.ts";
import { and, not, or, type FactValue, type Facts, type TraceGroup, type TraceLeaf, type TraceNode, type Tri } from "./trace.ts";

/** A condition compiled once per rule set into a plain function of the facts. */
export type CompiledCondition = (facts: Facts) => TraceNode;

/** A condition compiled into a trace-free test over a fact vector: the same three-valued result, without the trace. */
export type CompiledTest = (facts: FactVector) => Tri;

/** Shared conditions by id, for `{ "condition": id }` references. */
export type SharedConditions = ReadonlyMap<string, Condition>;

const isFactReference = (value: unknown): value is { fact: string } =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === "string";

const NO_ALTERNATIVES: FactAlternatives = new Map();

/**
 * How many more trace nodes the compiled trees of one rule set may keep for sharing (see
 * {@link sharedGroup}), all trees together: without it, every group keeping its own share, a large
 * rule set (or a long run of new incidents) would keep millions of nodes. Past it, nodes are made
 * afresh, as a cache miss would; traces and explanations stay the same, only less is shared.
 */
export interface NodeSharing {
  readonly budget: number;
  left: number;
}

/** No limit beyond each group's own: for trees compiled apart from an evaluator (tests, tools). */
const unbounded = (): NodeSharing => ({ budget: Number.POSITIVE_INFINITY, left: Number.POSITIVE_INFINITY });

/** Takes one node from the budget; false when none is left (the node is then not kept). */
function claim(sharing: NodeSharing): boolean {
  if (sharing.left <= 0) return false;
  sharing.left--;
  return true;
}

function compileLeaf(leaf: LeafCondition, alternatives: FactAlternatives, sharing: NodeSharing): CompiledCondition {
  const compare = OPERATOR_IMPLEMENTATIONS[leaf.operator];
  const meanings = leaf.path === undefined ? alternatives.get(leaf.fact) : undefined;
  const { name, fact, operator, value, path, label } = leaf;
  const read = (facts: Facts, factName: string): FactValue | undefined => {
    if (!Object.prototype.hasOwnProperty.call(facts, factName)) return undefined;
    const raw = facts[factName];
    if (path === undefined || factName !== fact) return raw;
    const resolved = resolveDotPath(raw, path);
    return typeof resolved === "string" || typeof resolved === "number" || typeof resolved === "boolean" ? resolved : undefined;
  };
  const other = isFactReference(value) ? value.fact : undefined;
  const evaluate = (actual: FactValue | undefined, expected: unknown): TraceLeaf => {
    const unknownFacts: string[] = [];
    if (actual === undefined) unknownFacts.push(fact);
    if (other !== undefined && expected === undefined) unknownFacts.push(other);
    let result: Tri;
    if (unknownFacts.length > 0) result = undefined;
    else {
      // A value that stands for several (employment "asn") decides only where all of them agree.
      const several = meanings?.get(actual as FactValue);
      result = several === undefined ? compare(actual as FactValue, expected) : compareEach(compare, several, expected);
      if (result === undefined) unknownFacts.push(fact);
    }
    const node: TraceLeaf = {
      kind: "leaf",
      name,
      fact,
      operator,
      expected: value,
      result,
      unknownFacts: Object.freeze(unknownFacts),
      ...(actual === undefined ? {} : { actual }),
      ...(label ? { label } : {}),
    };
    return node;
  };
  if (other !== undefined) {
    return (facts) => Object.freeze(evaluate(read(facts, fact), read(facts, other)));
  }
  // A leaf's node is a function of its fact's value: one frozen node per value, shared by every
  // trace (fewer allocations, and cached outcomes share their leaves). Bounded for facts with many values.
  const nodes = new Map<FactValue | undefined, TraceLeaf>();
  return (facts) => {
    const actual = read(facts, fact);
    let node = nodes.get(actual);
    if (node === undefined || (actual === 0 && !Object.is(node.actual, actual))) {
      node = evaluate(actual, value);
      if (nodes.size < SHARED_LEAVES_PER_CONDITION && claim(sharing)) nodes.set(actual, markShared(node));
      Object.freeze(node);
    }
    return node;
  };
}

/** Distinct values of one leaf's fact whose trace nodes are kept (enum and boolean facts have a few). */
const SHARED_LEAVES_PER_CONDITION = 64;

/** Distinct child combinations whose node one group keeps (beyond, nodes are made afresh). */
const SHARED_NODES_PER_GROUP = 1024;

/**
 * Trace nodes are shared (hash-consed): a group's node is a function of its children's nodes, so
 * each compiled group keeps the nodes it made by the numbers of their children (see
 * shared-nodes.ts), and a trace is built from nodes made before wherever the facts repeat.
 */
function sharedGroup(
  kind: TraceGroup["kind"],
  name: string | undefined,
  reference: string | undefined,
  combine: (results: readonly Tri[]) => Tri,
  children: readonly CompiledCondition[],
  sharing: NodeSharing,
): CompiledCondition {
  const nodes = new Map<string, TraceGroup>();
  return (facts) => {
    const made: TraceNode[] = [];
    // The key of the children's identities; none when a child was made for this trace alone (no
    // node made before can have it, so there is nothing to find and nothing worth keeping).
    let key: string | undefined = "";
    for (const child of children) {
      const node = child(facts);
      made.push(node);
      const number = sharedNumber(node);
      if (number === undefined) key = undefined;
      else if (key !== undefined) key += `${number},`;
    }
    let node = key === undefined ? undefined : nodes.get(key);
    if (node === undefined) {
      const results: Tri[] = made.map((child) => child.result);
      node = {
        kind,
        ...(name === undefined ? {} : { name }),
        ...(reference === undefined ? {} : { reference }),
        result: combine(results),
        children: Object.freeze(made),
      } as TraceGroup;
      if (key !== undefined && nodes.size < SHARED_NODES_PER_GROUP && claim(sharing)) nodes.set(key, markShared(node));
      Object.freeze(node);
    }
    return node;
  };
}

const negation = (results: readonly Tri[]): Tri => not(results[0]);
const single = (results: readonly Tri[]): Tri => results[0];

/**
 * Compiles a condition tree into a function with Kleene three-valued semantics: an unknown fact
 * makes its comparison unknown, `all` is false if any child is false, `any` true if any child is true.
 * References to shared conditions are inlined at compile time; cycles are rejected by the loader.
 * The trace nodes it returns are frozen and shared between calls (see {@link sharedGroup}).
 */
export function compileCondition(
  condition: Condition,
  shared: SharedConditions,
  depth = 0,
  alternatives: FactAlternatives = NO_ALTERNATIVES,
  sharing: NodeSharing = unbounded(),
): CompiledCondition {
  if (depth > 64) throw new RangeError("Condition nesting deeper than 64 levels");
  if (isLeaf(condition)) return compileLeaf(condition, alternatives, sharing);
  const name = condition.name || undefined;
  if (isAll(condition) || isAny(condition)) {
    const kind = isAll(condition) ? "all" : "any";
    const children = (isAll(condition) ? condition.all : condition.any).map((child) => compileCondition(child, shared, depth + 1, alternatives, sharing));
    return sharedGroup(kind, name, undefined, kind === "all" ? and : or, children, sharing);
  }
  if (isNot(condition)) {
    return sharedGroup("not", name, undefined, negation, [compileCondition(condition.not, shared, depth + 1, alternatives, sharing)], sharing);
  }
  const reference = condition.condition;
  const target = shared.get(reference);
  if (!target) throw new ReferenceError(`Unknown shared condition "${reference}"`);
  return sharedGroup("all", condition.name ?? reference, reference, single, [compileCondition(target, shared, depth + 1, alternatives, sharing)], sharing);
}

function compileLeafTest(leaf: LeafCondition, slots: ReadonlyMap<string, number>, alternatives: FactAlternatives): CompiledTest {
  const plain = OPERATOR_IMPLEMENTATIONS[leaf.operator];
  const meanings = leaf.path === undefined ? alternatives.get(leaf.fact) : undefined;
  // As in compileLeaf: a value that stands for several decides only where all of them agree.
  const compare =
    meanings === undefined
      ? plain
      : (actual: FactValue, expected: unknown): Tri => {
          const several = meanings.get(actual);
          return several === undefined ? plain(actual, expected) : compareEach(plain, several, expected);
        };
  const { fact, value, path } = leaf;
  // A fact outside the dictionary is never known (the fact map has no key for it either).
  const slot = slots.get(fact) ?? -1;
  const readFact =
    path === undefined
      ? (facts: FactVector): FactValue | undefined => facts[slot]
      : (facts: FactVector): FactValue | undefined => {
          const raw = facts[slot];
          if (raw === undefined) return undefined;
          const resolved = resolveDotPath(raw, path);
          return typeof resolved === "string" || typeof resolved === "number" || typeof resolved === "boolean" ? resolved : undefined;
        };
  const other = isFactReference(value) ? value.fact : undefined;
  if (other === undefined) {
    if (path === undefined) {
      return (facts) => {
        const actual = facts[slot];
        return actual === undefined ? undefined : compare(actual, value);
      };
    }
    return (facts) => {
      const actual = readFact(facts);
      return actual === undefined ? undefined : compare(actual, value);
    };
  }
  // The other fact is read whole (as in compileLeaf, a path applies only to the leaf's own fact).
  const otherSlot = slots.get(other) ?? -1;
  const readOther = other === fact ? readFact : (facts: FactVector): FactValue | undefined => facts[otherSlot];
  return (facts) => {
    const actual = readFact(facts);
    const expected = readOther(facts);
    return actual === undefined || expected === undefined ? undefined : compare(actual, expected);
  };
}

/**
 * Compiles a condition tree into a trace-free test over a fact vector (`slots` gives each fact's
 * slot), with exactly the result of {@link compileCondition}'s trace root on the same facts
 * (Kleene logic; `all` stops at the first false child and `any` at the first true one, which
 * cannot change the result). Used where only the verdict, or a cache key, is needed.
 */
export function compileTest(
  condition: Condition,
  shared: SharedConditions,
  slots: ReadonlyMap<string, number>,
  depth = 0,
  alternatives: FactAlternatives = NO_ALTERNATIVES,
): CompiledTest {
  if (depth > 64) throw new RangeError("Condition nesting deeper than 64 levels");
  if (isLeaf(condition)) return compileLeafTest(condition, slots, alternatives);
  if (isAll(condition) || isAny(condition)) {
    const children = (isAll(condition) ? condition.all : condition.any).map((child) => compileTest(child, shared, slots, depth + 1, alternatives));
    const decisive = isAll(condition) ? false : true;
    if (children.length === 1 && children[0]) return children[0];
    return (facts) => {
      let unknown = false;
      for (const child of children) {
        const result = child(facts);
        if (result === decisive) return decisive;
        if (result === undefined) unknown = true;
      }
      return unknown ? undefined : !decisive;
    };
  }
  if (isNot(condition)) {
    const child = compileTest(condition.not, shared, slots, depth + 1, alternatives);
    return (facts) => {
      const result = child(facts);
      return result === undefined ? undefined : !result;
    };
  }
  const target = shared.get(condition.condition);
  if (!target) throw new ReferenceError(`Unknown shared condition "${condition.condition}"`);
  return compileTest(target, shared, slots, depth + 1, alternatives);
}

/**
 * Every fact a condition tree reads (its leaves' facts and the facts they compare with), shared
 * conditions included. A compiled condition's trace is a function of these facts' values alone.
 */
export function factsRead(condition: Condition, shared: SharedConditions, into: Set<string> = new Set(), depth = 0): Set<string> {
  if (depth > 64) throw new RangeError("Condition nesting deeper than 64 levels");
  if (isLeaf(condition)) {
    into.add(condition.fact);
    if (isFactReference(condition.value)) into.add(condition.value.fact);
  } else if (isAll(condition)) for (const child of condition.all) factsRead(child, shared, into, depth + 1);
  else if (isAny(condition)) for (const child of condition.any) factsRead(child, shared, into, depth + 1);
  else if (isNot(condition)) factsRead(condition.not, shared, into, depth + 1);
  else {
    const target = shared.get(condition.condition);
    if (!target) throw new ReferenceError(`Unknown shared condition "${condition.condition}"`);
    factsRead(target, shared, into, depth + 1);
  }
  return into;
}
