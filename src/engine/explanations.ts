import type { LocalizedText } from "../_utils/text.ts";
import { explainFinding } from "../explain/explain.ts";
import type { FindingStatus } from "../schema/fixture.ts";
import type { Sanction } from "../schema/provision.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { FindingNote } from "../types.ts";
import { EXPLANATION_TEXTS, RandomEvictionCache } from "./cache.ts";
import { traceNodeNumber } from "./compile.ts";
import type { RuleTraces } from "./reference.ts";
import type { CompiledRule } from "./rule-outcome.ts";

// Finding explanations, composed once per distinct input and kept: the status is decided before,
// by the engine; this only words it.

/** Explanations remembered by their inputs, and equal texts kept once. */
export class ExplanationMemo {
  readonly #ruleset: Ruleset;
  /** Finding explanations by rule, status, trace nodes, notes and sanction reading. */
  readonly #byInput: RandomEvictionCache<LocalizedText>;
  /** The same explanations by their Indonesian text, so that equal texts are kept once. */
  readonly #byText: RandomEvictionCache<LocalizedText>;

  /** `outcomes`: the outcome cache's size (0 turns remembering off). */
  constructor(ruleset: Ruleset, outcomes: number) {
    this.#ruleset = ruleset;
    // Many outcomes share an explanation key, and many keys a text: the key memo holds small entries
    // (as many as the outcome cache), the text memo the few large ones.
    this.#byInput = new RandomEvictionCache(outcomes === 0 ? 0 : Math.max(1024, Math.min(outcomes, 65_536)));
    this.#byText = new RandomEvictionCache(outcomes === 0 ? 0 : Math.max(1024, Math.min(outcomes, EXPLANATION_TEXTS)));
  }

  /**
   * The explanation of one finding. The compiled path shares trace nodes between incidents (see
   * compile.ts), so many fact combinations have the same nodes, and their text is composed once.
   */
  explain(
    compiled: CompiledRule,
    status: FindingStatus,
    trace: RuleTraces,
    notes: readonly FindingNote[],
    noteMask: string,
    sanctions: readonly Sanction[],
    version = 0,
  ): LocalizedText {
    const dated = compiled.versions[version];
    const reading = `${version}:${dated === undefined || sanctions === dated.sanctions ? "" : String(dated.alternatives.findIndex((entry) => entry.sanctions === sanctions))}`;
    const key =
      this.#byInput.size === 0 ? "" : `${compiled.cacheKey}${status},${traceNodeNumber(trace.applicability)},${traceNodeNumber(trace.conditions)},${noteMask},${reading}`;
    const known = this.#byInput.get(key);
    if (known) return known;
    const composed = explainFinding({
      rule: compiled.rule,
      status,
      applicability: trace.applicability,
      conditions: trace.conditions,
      provisions: compiled.provisions,
      sanctions,
      notes,
      dictionary: this.#ruleset.facts,
      sharedConditions: this.#ruleset.data.conditions,
    });
    // Different keys often give the same text (facts that are not shown differ): one copy of it.
    const same = this.#byText.get(composed.id);
    const explanation = same !== undefined && same.en === composed.en ? same : Object.freeze(composed);
    if (explanation !== same) this.#byText.set(composed.id, explanation);
    this.#byInput.set(key, explanation);
    return explanation;
  }
}
