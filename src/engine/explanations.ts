import type { LocalizedText } from "../_utils/text.ts";
import { explainFinding } from "../explain/explain.ts";
import type { FindingStatus } from "../schema/fixture.ts";
import type { Sanction } from "../schema/provision.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { FindingNote } from "../types.ts";
import { EXPLANATION_BYTES, WeightedCache } from "./cache.ts";
import { keyNumber } from "./shared-nodes.ts";
import type { RuleTraces } from "./reference.ts";
import type { CompiledRule } from "./rule-outcome.ts";

// Finding explanations, composed once per distinct input and kept: the status is decided before,
// by the engine; this only words it.

/** Statuses whose explanation shows who is bound and not the elements (explainFinding reads no conditions for them). */
const subjectOnly = (status: FindingStatus): boolean => status === "not_applicable" || status === "not_alleged";

/** Explanations remembered by their inputs, within a budget of bytes of text. */
export class ExplanationMemo {
  readonly #ruleset: Ruleset;
  /** Finding explanations by rule, status, trace nodes, notes and sanction reading. */
  readonly #byInput: WeightedCache<LocalizedText>;

  /** `outcomes`: the outcome cache's size (0 turns remembering off). */
  constructor(ruleset: Ruleset, outcomes: number) {
    this.#ruleset = ruleset;
    // UTF-16 text, and a little for the entry itself.
    // Scaled with the outcome cache (2 kB of text an outcome, 32 MiB at the default size), so that an
    // evaluator made small (a stream worker's) keeps few texts too.
    const budget = outcomes === 0 ? 0 : Math.min(EXPLANATION_BYTES, Math.max(1024 * 1024, outcomes * 2048));
    this.#byInput = new WeightedCache(budget, (text) => 2 * (text.id.length + text.en.length) + 128);
  }

  /**
   * The memo key of one finding's explanation (by rule, status, trace nodes, notes and sanction
   * reading). The compiled path shares trace nodes between incidents (see compile.ts), so many fact
   * combinations have the same nodes, and their text is composed once. A caller that reads the
   * explanation again keeps the key: a string made once hashes once.
   */
  keyOf(
    compiled: CompiledRule,
    status: FindingStatus,
    trace: RuleTraces,
    noteMask: string,
    sanctions: readonly Sanction[],
    version = 0,
  ): string {
    if (this.#byInput.budget === 0) return "";
    const dated = compiled.versions[version];
    const reading = `${version}:${dated === undefined || sanctions === dated.sanctions ? "" : String(dated.alternatives.findIndex((entry) => entry.sanctions === sanctions))}`;
    return `${compiled.cacheKey}${status},${keyNumber(trace.applicability)},${subjectOnly(status) ? 0 : keyNumber(trace.conditions)},${noteMask},${reading}`;
  }

  /** The explanation of one finding under `key` (from {@link keyOf}): remembered, or composed and remembered. */
  explain(key: string, compiled: CompiledRule, status: FindingStatus, trace: RuleTraces, notes: readonly FindingNote[], sanctions: readonly Sanction[]): LocalizedText {
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
    const explanation = Object.freeze(composed);
    this.#byInput.set(key, explanation);
    return explanation;
  }
}
