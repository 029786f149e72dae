import type { LocalizedText } from "../_utils/text.ts";
import { EvaluationError } from "../errors.ts";
import { CONFIDENCE_ORDER, weakestConfidence, type Confidence } from "../schema/common.ts";
import type { FactDefinition } from "../schema/fact-dictionary.ts";
import { FINDING_STATUSES, type FindingStatus } from "../schema/fixture.ts";
import type { Sanction } from "../schema/provision.ts";
import type { Rule } from "../schema/rule.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { CitedProvision, Finding, FindingNote } from "../types.ts";
import { compileCondition, compileTest, factsRead, type CompiledCondition, type CompiledTest, type NodeSharing } from "./compile.ts";
import type { FactAlternatives } from "./operators.ts";
import type { RuleTraces } from "./reference.ts";
import { conductFactsOf } from "../ruleset/conduct.ts";
import { sanctionChangeDates, sanctionsOn } from "./sanction-versions.ts";
import type { TraceNode } from "./trace.ts";

// One rule as the evaluator runs it, and the outcome of one rule on one set of facts.

/**
 * One rule's status in a verdict summary.
 * @example
 * ```ts
 * const entry: VerdictFinding = { ruleId: "pp-94-2021/ikut-kampanye", status: "violated" };
 * ```
 */
export interface VerdictFinding {
  readonly ruleId: string;
  readonly status: FindingStatus;
}

/** A rule compiled once per rule set. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly applicability: CompiledCondition;
  readonly conditions: CompiledCondition;
  /** Trace-free forms of the two trees, for verdicts. */
  readonly applicabilityTest: CompiledTest;
  readonly conditionsTest: CompiledTest;
  readonly notes: readonly { readonly note: NonNullable<Rule["notes"]>[number]; readonly when: CompiledTest | undefined }[];
  readonly provisions: readonly CitedProvision[];
  /** The rule's sanctions, and those under other readings (first whose condition holds wins). */
  readonly sanctions: readonly Sanction[];
  readonly alternativeSanctions: readonly { readonly when: CompiledTest; readonly sanctions: readonly Sanction[] }[];
  /** The dates on which the rule's dated sanctions change (sorted); none for most rules. */
  readonly sanctionChanges: readonly string[];
  /**
   * The sanctions in force in each interval between change dates (index 0: before the first change),
   * each list made once so that findings and memos can tell versions apart by identity.
   */
  readonly versions: readonly SanctionVersion[];
  /** The slots of every fact the rule's trees, notes and sanction readings read: its outcome is a function of their values. */
  readonly reads: readonly number[];
  /**
   * The slots of the facts the applicability tree, notes and sanction readings read: the outcome of
   * a finding that is not applicable or not alleged, apart from its trace, is a function of these.
   */
  readonly subjectReads: readonly number[];
  /** The conduct areas (indexes of ConductAreas.names) of the rule's conduct elements: stating one alleges the rule. */
  readonly conductAreas: readonly number[];
  /** The rule's position in its rule set (part of its outcome-cache tag). */
  readonly index: number;
  /** Prefix of this rule's keys in the explanation memo (unique per rule, whatever the rule count). */
  readonly cacheKey: string;
  /** The frozen `{ruleId, status}` of each status, shared by every VerdictSummary. */
  readonly verdictEntries: Readonly<Record<FindingStatus, VerdictFinding>>;
}

/** The sanctions of one rule in one interval of law dates. */
export interface SanctionVersion {
  readonly sanctions: readonly Sanction[];
  readonly alternatives: readonly { readonly when: CompiledTest; readonly sanctions: readonly Sanction[] }[];
  /** The finding's confidence (rule, provisions, these sanctions) for each confidence of the calendar dates. */
  readonly confidenceWith: Readonly<Record<Confidence, Confidence>>;
}

/**
 * An outcome's trace and explanation, which only a reader of them needs: the status, missing facts,
 * notes and sanctions are decided without them (a cache miss costs the trace-free tests), and an
 * assessment whose explanations nobody reads never composes them. The trace is made on first read
 * and kept; the explanation is not held here but asked of the evaluator's explanation memo (bounded
 * by bytes) at every read, so that cached outcomes do not keep every text alive: one the memo let go
 * is composed again, equal. (A WeakRef would not do: its target lives until the end of the current
 * job, so a synchronous loop over many incidents would keep every text it read.)
 */
export class LazyDetail {
  readonly #traces: () => RuleTraces;
  readonly #explain: (trace: () => RuleTraces) => LocalizedText;
  #trace: RuleTraces | undefined;

  /** `explain` gets the trace's getter: an explanation that needs only part of the trace need not make it all. */
  constructor(traces: () => RuleTraces, explain: (trace: () => RuleTraces) => LocalizedText, trace?: RuleTraces) {
    this.#traces = traces;
    this.#explain = explain;
    this.#trace = trace;
    // Reachable from a finding (through a symbol key): frozen so that nobody can shadow a getter;
    // the private fields stay writable from inside.
    Object.freeze(this);
  }

  get trace(): RuleTraces {
    this.#trace ??= this.#traces();
    return this.#trace;
  }

  get explanation(): LocalizedText {
    return this.#explain(() => this.trace);
  }
}

/**
 * The outcome of one rule on one incident, apart from what depends on the calendar: shared (frozen)
 * by every incident with the same values of the facts the rule reads and the same allegation.
 */
export interface RuleOutcome {
  readonly status: FindingStatus;
  readonly missingFacts: readonly string[];
  readonly notes: readonly FindingNote[];
  readonly sanctions: readonly Sanction[];
  /** The trace and the explanation, made when first read. */
  readonly detail: LazyDetail;
  /** What this finding adds to the assessment's uncertainties (none when not applicable or not alleged). */
  readonly uncertainties: readonly LocalizedText[];
  /** The sanction version of the law date (index of CompiledRule.versions). */
  readonly version: number;
  /**
   * The finished (frozen) findings of this outcome, by the calendar's confidence (the only other
   * input of a finding), made on first use: a cached outcome is then assembled without allocating.
   */
  readonly findings: Partial<Record<Confidence, Finding>>;
}

function citationOf(ruleset: Ruleset, id: string): CitedProvision {
  const entry = ruleset.provisions.get(id);
  if (!entry) throw new EvaluationError(`Provision ${id} missing from the catalogue`);
  return Object.freeze({
    id,
    citation: `${entry.instrument.shortTitle} ${entry.citation}`,
    instrument: entry.instrument.shortTitle,
    text: entry.text,
    confidence: weakestConfidence([entry.confidence, entry.textConfidence ?? "high"]),
    notes: entry.notes ?? [],
  });
}

/**
 * The sanctions of a rule's cited provisions. A parent cited beside one of its parts gives way to
 * the part: the part is the more precise reading (SKB 2022 part B item 9 before determination).
 */
export function provisionSanctions(ruleset: Ruleset, ids: readonly string[]): readonly Sanction[] {
  const parents = new Set(ids.flatMap((id) => ruleset.provisions.get(id)?.parent ?? []));
  return ids.filter((id) => !parents.has(id)).flatMap((id) => ruleset.provisions.get(id)?.sanctions ?? []);
}

/** A cache-key prefix unique per rule index: two characters cover 2^32 rules, ended by a separator. */
function ruleKey(index: number): string {
  return `${String.fromCharCode(index >>> 16, index & 0xffff)}\u0000`;
}

/**
 * Compiles one rule of a rule set (`slots`: each dictionary fact's slot; `areaOf`: each fact's
 * conduct area; `sharing`: the rule set's budget of shared trace nodes, see NodeSharing).
 */
export function compileRule(
  ruleset: Ruleset,
  rule: Rule,
  index: number,
  slots: ReadonlyMap<string, number>,
  areaOfFact: (name: string) => number,
  alternatives: FactAlternatives,
  sharing: NodeSharing,
): CompiledRule {
  const shared = ruleset.conditions;
  const provisions = rule.provisions.map((id) => citationOf(ruleset, id));
  const sanctions = rule.sanctions ?? provisionSanctions(ruleset, rule.provisions);
  const alternativeSanctions = (rule.alternativeSanctions ?? []).map((entry) => ({
    when: compileTest(entry.when, shared, slots, 0, alternatives),
    sanctions: entry.sanctions,
  }));
  // What a finding that is not applicable or not alleged depends on: who is bound, notes, sanction readings.
  const subjectReads = factsRead(rule.applicability, shared);
  for (const note of rule.notes ?? []) if (note.when) factsRead(note.when, shared, subjectReads);
  for (const entry of rule.alternativeSanctions ?? []) factsRead(entry.when, shared, subjectReads);
  const reads = factsRead(rule.conditions, shared, new Set(subjectReads));
  const slotsOf = (names: ReadonlySet<string>) => [...names].flatMap((name) => (slots.has(name) ? [slots.get(name) as number] : [])).sort((left, right) => left - right);
  const sanctionChanges = sanctionChangeDates([...sanctions, ...alternativeSanctions.flatMap((entry) => entry.sanctions)]);
  const confidenceOf = (chosen: readonly Sanction[]) => {
    const level = weakestConfidence([rule.confidence ?? "high", ...provisions.map((provision) => provision.confidence), ...chosen.map((sanction) => sanction.confidence)]);
    return Object.freeze(Object.fromEntries(CONFIDENCE_ORDER.map((calendar) => [calendar, weakestConfidence([level, calendar])])) as Record<Confidence, Confidence>);
  };
  // One version per interval: the first day of each (before the first change: any earlier date).
  const starts = [sanctionChanges.length > 0 ? "0001-01-01" : undefined, ...sanctionChanges];
  const versions: SanctionVersion[] = starts.map((start) => {
    const chosen = start === undefined ? sanctions : Object.freeze([...sanctionsOn(sanctions, start)]);
    return Object.freeze({
      sanctions: chosen,
      alternatives: alternativeSanctions.map((entry) => ({ when: entry.when, sanctions: start === undefined ? entry.sanctions : Object.freeze([...sanctionsOn(entry.sanctions, start)]) })),
      confidenceWith: confidenceOf(chosen),
    });
  });
  const conductAreas = [...new Set(conductFactsOf(rule, shared).map(areaOfFact).filter((area) => area >= 0))].sort((left, right) => left - right);
  return {
    rule,
    applicability: compileCondition(rule.applicability, shared, 0, alternatives, sharing),
    conditions: compileCondition(rule.conditions, shared, 0, alternatives, sharing),
    applicabilityTest: compileTest(rule.applicability, shared, slots, 0, alternatives),
    conditionsTest: compileTest(rule.conditions, shared, slots, 0, alternatives),
    notes: (rule.notes ?? []).map((note) => ({ note, when: note.when ? compileTest(note.when, shared, slots, 0, alternatives) : undefined })),
    provisions,
    sanctions,
    alternativeSanctions,
    sanctionChanges,
    versions,
    // A fact outside the dictionary is never known: it cannot change the outcome.
    reads: slotsOf(reads),
    subjectReads: slotsOf(subjectReads),
    conductAreas,
    index,
    cacheKey: ruleKey(index),
    verdictEntries: Object.fromEntries(FINDING_STATUSES.map((status) => [status, Object.freeze({ ruleId: rule.id, status })])) as Record<FindingStatus, VerdictFinding>,
  };
}

/** The conduct area of a dictionary fact by name, or -1. */
export function areaLookup(definitions: readonly FactDefinition[], areaNames: readonly string[]): (name: string) => number {
  const byName = new Map(definitions.map((definition) => [definition.name, definition.area === undefined ? -1 : areaNames.indexOf(definition.area)]));
  return (name) => byName.get(name) ?? -1;
}

/** Freezes a trace made outside the compiled path (the reference path's nodes are new objects). */
export function freezeTraces(trace: RuleTraces): RuleTraces {
  const freezeTrace = (node: TraceNode): void => {
    // The compiled path's nodes are frozen (and shared) from the start, with everything below them.
    if (Object.isFrozen(node)) return;
    Object.freeze(node);
    if (node.kind === "leaf") Object.freeze(node.unknownFacts);
    else {
      Object.freeze(node.children);
      for (const child of node.children) freezeTrace(child);
    }
  };
  freezeTrace(trace.applicability);
  freezeTrace(trace.conditions);
  return Object.freeze(trace);
}

/**
 * Freezes what an outcome is made of (shared outcomes must not be changed through one assessment),
 * down to the objects this module created: rule-set data inside (labels, expected values, note
 * texts) is frozen where the rule set is loaded.
 */
export function freezeOutcome(outcome: RuleOutcome): RuleOutcome {
  for (const note of outcome.notes) Object.freeze(note);
  Object.freeze(outcome.notes);
  Object.freeze(outcome.missingFacts);
  Object.freeze(outcome.uncertainties);
  return Object.freeze(outcome);
}
