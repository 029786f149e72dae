import type { LocalizedText } from "../_utils/text.ts";
import type { Operator } from "../schema/condition.ts";
import type { FactValue, TraceGroup, TraceNode, Tri } from "../engine/trace.ts";

/**
 * One enclosing group of a {@link TraceElement}, outermost first.
 * @example
 * ```ts
 * const [element] = traceElements(finding.trace.conditions);
 * element?.groups.map((group) => group.reference ?? group.name); // => ["hadir-kampanye-calon", undefined]
 * ```
 * @category Evaluation
 */
export interface TraceElementGroup {
  readonly kind: TraceGroup["kind"];
  /** The group's legal-element name (for a shared-condition reference: the reference's name or id). */
  readonly name?: string;
  /** The shared condition the group came from, when it was a `{condition}` reference. */
  readonly reference?: string;
  readonly result: Tri;
}

/**
 * One legal element (a leaf comparison) of a trace, flattened: what it required, the fact's value,
 * and what it means for the whole tree once the `not` groups above it are taken into account.
 * @example
 * ```ts
 * const held = traceElements(finding.trace.conditions).filter((element) => element.deciding && element.outcome === true);
 * held.map((element) => `${element.name}: ${String(element.actual)}`); // => ["unsur-kegiatan-kampanye: campaign", ...]
 * ```
 * @category Evaluation
 */
export interface TraceElement {
  /** The legal element (unsur) the comparison encodes. */
  readonly name: string;
  readonly fact: string;
  readonly operator: Operator;
  /** The value compared against (or `{fact}` for a fact comparison). */
  readonly expected: unknown;
  /** The fact's value; absent when the fact is unknown. */
  readonly actual?: FactValue;
  /** The comparison's own result: true held, false failed, undefined unknown. */
  readonly result: Tri;
  /** True when the element sits under an odd number of `not` groups (e.g. inside an exception). */
  readonly negated: boolean;
  /**
   * What the element means for the tree: true supports the tree holding, false works against it,
   * undefined unknown. Equals `result`, flipped when `negated`.
   */
  readonly outcome: Tri;
  /**
   * True when the element decided the tree's result (for a decided tree), or is part of what is
   * still open (for an undecided one). An alternative of a satisfied `any`, or an element of an
   * `all` that another element already defeated, is not deciding.
   */
  readonly deciding: boolean;
  /** The facts that were unknown and so left the element undecided. */
  readonly unknownFacts: readonly string[];
  /** Wording that replaces the generated sentence, from the rule file. */
  readonly label?: LocalizedText;
  /** The groups enclosing the element, outermost first. */
  readonly groups: readonly TraceElementGroup[];
}

/**
 * The children of a group that bear on its result: every child of an undecided group; for a decided
 * `all` the children that made it true (all) or false (the false ones); for a decided `any` the
 * true ones, or all when it is false; the child of a `not`.
 */
export function relevantChildren(node: TraceGroup): readonly TraceNode[] {
  if (node.kind === "not" || node.result === undefined) return node.children;
  if (node.kind === "all") return node.result ? node.children : node.children.filter((child) => child.result === false);
  return node.result ? node.children.filter((child) => child.result === true) : node.children;
}

/**
 * Turns a trace into a flat list of its legal elements, depth first, each with whether it held,
 * failed or is unknown, whether it is under a negation, and whether it decided the tree.
 * Useful for listing "what held, what did not, what is unknown" without walking the tree.
 * @example
 * ```ts
 * const open = traceElements(finding.trace.conditions).filter((element) => element.deciding && element.outcome === undefined);
 * open.map((element) => element.fact); // => ["eventRole"]
 * ```
 * @category Evaluation
 */
export function traceElements(node: TraceNode): TraceElement[] {
  const out: TraceElement[] = [];
  const walk = (current: TraceNode, groups: readonly TraceElementGroup[], negated: boolean, deciding: boolean): void => {
    if (current.kind === "leaf") {
      const outcome = current.result === undefined ? undefined : negated ? !current.result : current.result;
      out.push({
        name: current.name,
        fact: current.fact,
        operator: current.operator,
        expected: current.expected,
        ...(current.actual === undefined ? {} : { actual: current.actual }),
        result: current.result,
        negated,
        outcome,
        deciding,
        unknownFacts: current.unknownFacts,
        ...(current.label ? { label: current.label } : {}),
        groups,
      });
      return;
    }
    const group: TraceElementGroup = {
      kind: current.kind,
      ...(current.name === undefined ? {} : { name: current.name }),
      ...(current.reference === undefined ? {} : { reference: current.reference }),
      result: current.result,
    };
    const inner = [...groups, group];
    const relevant = new Set(relevantChildren(current));
    for (const child of current.children) walk(child, inner, current.kind === "not" ? !negated : negated, deciding && relevant.has(child));
  };
  walk(node, [], false, true);
  return out;
}
