import { OPERATOR_IMPLEMENTATIONS } from "../engine/operators.ts";
import { and, decisiveUnknownFacts, not, or, type FactValue, type TraceNode, type Tri } from "../engine/trace.ts";
import type { FactDefinition, FactImplication } from "../schema/fact-dictionary.ts";
import type { FindingStatus } from "../schema/fixture.ts";

/** The fact dictionary by name. */
export type Dictionary = ReadonlyMap<string, FactDefinition>;

/** Above this many trial evaluations for one fact, it is taken as relevant without a witness. */
const SEARCH_BUDGET = 5000;
const OTHER = "\u0000other";

/**
 * The dictionary entry whose question answers a fact: the fact itself when it has an incident path,
 * the fact it `asks` through (a derived fact answered indirectly), or nothing when the fact is never
 * asked (calendar facts, interpretation flags).
 */
export function answeringFact(dictionary: Dictionary, fact: string): FactDefinition | undefined {
  const definition = dictionary.get(fact);
  if (!definition) return undefined;
  if (definition.asks !== undefined) {
    const asked = dictionary.get(definition.asks);
    return asked?.path !== undefined ? asked : undefined;
  }
  return definition.path !== undefined ? definition : undefined;
}

const isFactReference = (value: unknown): value is { fact: string } =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === "string";

/** The result of a trace re-evaluated with some unknown facts assumed: decided leaves keep their result. */
export function reevaluate(node: TraceNode, assumed: ReadonlyMap<string, FactValue>): Tri {
  if (node.kind === "leaf") {
    if (node.result !== undefined) return node.result;
    // A fact known only in part (employment "asn": pns, cpns or pppk) is as open as an unknown one.
    const open = node.actual === undefined || node.unknownFacts.includes(node.fact);
    const actual = open ? assumed.get(node.fact) : node.actual;
    if (actual === undefined) return undefined;
    let expected = node.expected;
    if (isFactReference(expected)) {
      const other = assumed.get(expected.fact);
      if (other === undefined) return undefined;
      expected = other;
    }
    return OPERATOR_IMPLEMENTATIONS[node.operator](actual, expected);
  }
  if (node.kind === "not") return not(node.children[0] === undefined ? undefined : reevaluate(node.children[0], assumed));
  const results = node.children.map((child) => reevaluate(child, assumed));
  return node.kind === "all" ? and(results) : or(results);
}

/**
 * A trace with every decided node replaced by its result, and the decided children of undecided
 * groups dropped (a true child of an `all`, a false child of an `any`, cannot change it).
 * Re-evaluated with any assumed answers, it gives the whole trace's result: Kleene logic is monotone.
 */
function undecidedRemainder(node: TraceNode): TraceNode | boolean {
  if (node.result !== undefined) return node.result;
  if (node.kind === "leaf" || node.kind === "not") return node;
  const children: TraceNode[] = [];
  for (const child of node.children) {
    const rest = undecidedRemainder(child);
    if (typeof rest !== "boolean") children.push(rest);
  }
  if (children.length === 1 && children[0]) return children[0];
  return { kind: node.kind, result: undefined, children };
}

/** Same rule as the evaluator's statusOf, on three-valued results. */
function statusFrom(applicability: Tri, conditions: Tri): FindingStatus {
  if (applicability === false) return "not_applicable";
  if (conditions === false) return "not_violated";
  if (applicability === true && conditions === true) return "violated";
  return "undetermined";
}

function undecidedLeaves(node: TraceNode, visit: (leaf: Extract<TraceNode, { kind: "leaf" }>) => void): void {
  if (node.kind === "leaf") {
    if (node.result === undefined) visit(node);
    return;
  }
  for (const child of node.children) undecidedLeaves(child, visit);
}

/**
 * A few values standing for every possible answer to a fact, as far as the trace can tell them apart:
 * both booleans; the enum values the trace compares against plus one it does not mention; for
 * integers (counts) the thresholds the trace uses and their neighbours.
 */
function representatives(fact: string, trees: readonly TraceNode[], dictionary: Dictionary): FactValue[] {
  const definition = dictionary.get(fact);
  const mentioned = new Set<FactValue>();
  for (const tree of trees) {
    undecidedLeaves(tree, (leaf) => {
      if (leaf.fact !== fact) return;
      const values = Array.isArray(leaf.expected) ? leaf.expected : [leaf.expected];
      for (const value of values) if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") mentioned.add(value);
    });
  }
  switch (definition?.type) {
    case "boolean":
      return [true, false];
    case "integer": {
      const values = new Set<number>([0]);
      for (const value of mentioned) if (typeof value === "number") for (const near of [value - 1, value, value + 1]) values.add(Math.max(0, Math.round(near)));
      return [...values].sort((left, right) => left - right);
    }
    case "enum": {
      const allowed = (definition.values ?? []).map((entry) => entry.value);
      if (allowed.length === 0) return [...mentioned, OTHER];
      const used = allowed.filter((value) => mentioned.has(value));
      const unused = allowed.find((value) => !mentioned.has(value));
      return unused === undefined ? used : [...used, unused];
    }
    default:
      return [...mentioned, OTHER];
  }
}

/** Answers under which one answer to a fact gives a different status than another: proof that it matters. */
export interface RelevanceWitness {
  /** Answers to other facts (facts not listed stay unknown). */
  readonly context: ReadonlyMap<string, FactValue>;
  /** Two answers to the fact (undefined = left unanswered) that give different statuses in that context. */
  readonly answers: readonly [FactValue | undefined, FactValue | undefined];
  readonly statuses: readonly [FindingStatus, FindingStatus];
}

/** What can be learned about one undetermined finding from its traces. */
export interface FindingRelevance {
  /**
   * The unknown facts whose answer can change the finding's status: for each, some combination of
   * answers to the other unknown facts (each answered or not) exists under which answering it changes
   * the status, or two of its answers give different statuses. Only facts the interview can ask
   * (see {@link answeringFact}) are counted.
   */
  readonly relevant: ReadonlySet<string>;
  /** The relevant facts one answer of which settles the finding on its own (others still unknown). */
  readonly settling: ReadonlySet<string>;
  /** For each relevant fact, when the search found one: the combination that shows it matters. */
  readonly witnesses: ReadonlyMap<string, RelevanceWitness>;
}

/**
 * The facts an assessment's traces know (whole values only), by name: what the implications are
 * checked against when a search assumes answers (see {@link findingRelevance}).
 */
export function knownFacts(traces: Iterable<TraceNode>): Map<string, FactValue> {
  const known = new Map<string, FactValue>();
  for (const trace of traces) knownValues(trace, known);
  return known;
}

/** The facts a trace knows (whole values only), by name. */
function knownValues(node: TraceNode, into: Map<string, FactValue>): void {
  if (node.kind === "leaf") {
    if (node.actual !== undefined && !node.unknownFacts.includes(node.fact)) into.set(node.fact, node.actual);
    return;
  }
  for (const child of node.children) knownValues(child, into);
}

/**
 * Answers completed by the implications (a fact an answer implies takes its implied value), or
 * undefined when an implication contradicts an answer.
 */
function withImplied(
  given: ReadonlyMap<string, FactValue>,
  implications: readonly FactImplication[],
  known: ReadonlyMap<string, FactValue>,
): ReadonlyMap<string, FactValue> | undefined {
  if (implications.length === 0 || given.size === 0) return given;
  let assumed: Map<string, FactValue> | undefined;
  const valueOf = (fact: string) => (assumed ?? given).get(fact) ?? known.get(fact);
  for (let pass = 0; pass <= implications.length; pass++) {
    let changed = false;
    for (const implication of implications) {
      if (valueOf(implication.if) !== implication.is) continue;
      for (const [fact, value] of Object.entries(implication.then)) {
        const known = valueOf(fact);
        if (known === undefined) {
          assumed ??= new Map(given);
          assumed.set(fact, value);
          changed = true;
        } else if (known !== value) return undefined;
      }
    }
    if (!changed) break;
  }
  return assumed ?? given;
}

/**
 * Works out which unknown facts matter to an undetermined finding, by trying representative answers on
 * the trace (no re-evaluation of the incident). For each decisive unknown fact it searches for a
 * combination of answers to the other facts under which its answers give different statuses. Three-valued
 * logic is monotone (answering never turns a decided node undecided), so a branch whose status is decided
 * whatever the fact's answer is cut. A fact is kept without a witness when the search runs out of budget
 * or a fact-to-fact comparison is undecided (never dropped on a guess).
 *
 * Because "not answered" is one of the answers tried, answering every relevant fact always decides the
 * finding (unless a fact that is never asked, such as a calendar window, is unknown), and a fact that is
 * irrelevant stays irrelevant as other facts are answered.
 */
export function findingRelevance(
  applicability: TraceNode,
  conditions: TraceNode,
  dictionary: Dictionary,
  implications: readonly FactImplication[] = [],
  knownElsewhere: ReadonlyMap<string, FactValue> = new Map(),
): FindingRelevance {
  const decisive = new Set<string>();
  decisiveUnknownFacts(applicability, decisive);
  decisiveUnknownFacts(conditions, decisive);
  const askable = [...decisive].filter((fact) => answeringFact(dictionary, fact) !== undefined);
  const witnesses = new Map<string, RelevanceWitness>();
  if (askable.length === 0) return { relevant: new Set(), settling: new Set(), witnesses };
  const trees = [applicability, conditions];
  // The search re-evaluates the trees thousands of times: on their undecided remainder, which gives the
  // same results (answering facts never changes a decided node) at a fraction of the cost.
  const openApplicability = undecidedRemainder(applicability);
  const openConditions = undecidedRemainder(conditions);
  // Answers are completed by the dictionary's implications, as the evaluator completes facts; a
  // combination an implication contradicts (a passive listener who cheered) is no answer at all.
  const known = new Map<string, FactValue>(knownElsewhere);
  for (const tree of trees) knownValues(tree, known);
  const statusWith = (given: ReadonlyMap<string, FactValue>): FindingStatus | undefined => {
    const assumed = withImplied(given, implications, known);
    if (assumed === undefined) return undefined;
    return statusFrom(
      typeof openApplicability === "boolean" ? openApplicability : reevaluate(openApplicability, assumed),
      typeof openConditions === "boolean" ? openConditions : reevaluate(openConditions, assumed),
    );
  };
  const current = statusFrom(applicability.result, conditions.result);
  const values = new Map(askable.map((fact) => [fact, representatives(fact, trees, dictionary)] as const));
  const settling = new Set<string>();
  for (const fact of askable) {
    for (const value of values.get(fact) ?? []) {
      const status = statusWith(new Map([[fact, value]]));
      if (status !== undefined && status !== current) {
        settling.add(fact);
        break;
      }
    }
  }

  let hasFactComparison = false;
  for (const tree of trees) undecidedLeaves(tree, (leaf) => (hasFactComparison ||= isFactReference(leaf.expected)));
  if (hasFactComparison) return { relevant: new Set(askable), settling, witnesses };

  const relevant = new Set<string>();
  for (const fact of askable) {
    const variants: (FactValue | undefined)[] = [...(values.get(fact) ?? []), undefined];
    const others = askable.filter((other) => other !== fact);
    let budget = SEARCH_BUDGET;
    const assumed = new Map<string, FactValue>();
    // Depth first over growing sets of answers to the other facts, in a fixed order (each set once).
    const search = (from: number): RelevanceWitness | "exhausted" | undefined => {
      if (--budget < 0) return "exhausted";
      // `assumed` never holds `fact` itself: each variant is set and taken back in place.
      const tried = variants.flatMap((variant): { readonly variant: FactValue | undefined; readonly status: FindingStatus }[] => {
        if (variant === undefined) {
          const status = statusWith(assumed);
          return status === undefined ? [] : [{ variant, status }];
        }
        assumed.set(fact, variant);
        const status = statusWith(assumed);
        assumed.delete(fact);
        return status === undefined ? [] : [{ variant, status }];
      });
      if (tried.length === 0) return undefined;
      const first = tried[0]?.status ?? current;
      const other = tried.findIndex((entry) => entry.status !== first);
      if (other !== -1) {
        return { context: new Map(assumed), answers: [tried[0]?.variant, tried[other]?.variant], statuses: [first, tried[other]?.status ?? first] };
      }
      if (first !== "undetermined") return undefined;
      for (let index = from; index < others.length; index++) {
        const name = others[index] ?? "";
        for (const value of values.get(name) ?? []) {
          assumed.set(name, value);
          const found = search(index + 1);
          assumed.delete(name);
          if (found !== undefined) return found;
        }
      }
      return undefined;
    };
    const found = search(0);
    if (found === "exhausted") relevant.add(fact);
    else if (found) {
      relevant.add(fact);
      witnesses.set(fact, found);
    }
  }
  return { relevant, settling: new Set([...settling].filter((fact) => relevant.has(fact))), witnesses };
}
