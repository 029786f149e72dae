import type { Operator } from "../schema/condition.ts";
import type { LocalizedText } from "../_utils/text.ts";

/**
 * Three-valued truth: true, false, or undefined for "cannot be told from the known facts".
 * @example
 * ```ts
 * const leaf = finding.trace.conditions;
 * leaf.result; // => true (held), false (failed) or undefined (unknown)
 * ```
 * @category Evaluation
 */
export type Tri = boolean | undefined;

/**
 * A fact value as rules see it. Unknown facts are absent, never null.
 * @example
 * ```ts
 * const values: FactValue[] = ["pns", 12, true];
 * ```
 * @category Evaluation
 */
export type FactValue = string | number | boolean;

/**
 * The facts of one incident: every known fact by name; an unknown fact has no key.
 * @example
 * ```ts
 * const facts: Facts = { employment: "pns", otherAsnBrought: 12 }; // eventRole is unknown: no key
 * ```
 * @category Evaluation
 */
export type Facts = Readonly<Record<string, FactValue>>;

/**
 * The outcome of one comparison.
 * @example
 * ```ts
 * const leaf: TraceLeaf = {
 *   kind: "leaf", name: "unsur-mengerahkan-pns-lain", fact: "otherAsnBrought", operator: "greaterThan",
 *   expected: 0, actual: 12, result: true, unknownFacts: [],
 * };
 * ```
 * @category Evaluation
 */
export interface TraceLeaf {
  readonly kind: "leaf";
  /** The legal element (unsur) the condition encodes. */
  readonly name: string;
  readonly fact: string;
  readonly operator: Operator;
  /** The value compared against (or `{fact}` for a fact comparison). */
  readonly expected: unknown;
  /** The fact's value; absent when the fact is unknown. */
  readonly actual?: FactValue;
  /** true = held, false = failed, undefined = unknown. */
  readonly result: Tri;
  /** The facts that were unknown and so left this leaf undecided. */
  readonly unknownFacts: readonly string[];
  /** Wording that replaces the generated sentence, from the rule file. */
  readonly label?: LocalizedText;
}

/**
 * The outcome of an all / any / not group (or of a shared-condition reference).
 * @example
 * ```ts
 * const group = finding.trace.conditions;
 * if (group.kind !== "leaf") console.log(group.kind, group.children.length); // => "all" 2
 * ```
 * @category Evaluation
 */
export interface TraceGroup {
  readonly kind: "all" | "any" | "not";
  readonly name?: string;
  /** The shared condition this group came from, when it was a `{condition}` reference. */
  readonly reference?: string;
  readonly result: Tri;
  readonly children: readonly TraceNode[];
}

/**
 * One node of a condition trace: the structured form of an explanation.
 * @example
 * ```ts
 * function count(node: TraceNode): number {
 *   return node.kind === "leaf" ? 1 : node.children.reduce((sum, child) => sum + count(child), 0);
 * }
 * ```
 * @category Evaluation
 */
export type TraceNode = TraceLeaf | TraceGroup;

/** Kleene conjunction: false wins, then unknown. */
export function and(values: readonly Tri[]): Tri {
  let unknown = false;
  for (const value of values) {
    if (value === false) return false;
    if (value === undefined) unknown = true;
  }
  return unknown ? undefined : true;
}

/** Kleene disjunction: true wins, then unknown. */
export function or(values: readonly Tri[]): Tri {
  let unknown = false;
  for (const value of values) {
    if (value === true) return true;
    if (value === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** Kleene negation: unknown stays unknown. */
export function not(value: Tri): Tri {
  return value === undefined ? undefined : !value;
}

/**
 * The facts whose answer could change an undecided trace. Walks only through undecided nodes:
 * below an undecided `all` every undecided child could make it false; below an undecided `any`
 * every undecided child could make it true. Decided subtrees cannot change the outcome.
 */
export function decisiveUnknownFacts(node: TraceNode, into: Set<string> = new Set()): Set<string> {
  if (node.result !== undefined) return into;
  if (node.kind === "leaf") {
    for (const fact of node.unknownFacts) into.add(fact);
    return into;
  }
  for (const child of node.children) decisiveUnknownFacts(child, into);
  return into;
}

/** Every leaf of a trace, depth first. */
export function leavesOf(node: TraceNode, into: TraceLeaf[] = []): TraceLeaf[] {
  if (node.kind === "leaf") into.push(node);
  else for (const child of node.children) leavesOf(child, into);
  return into;
}
