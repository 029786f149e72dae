import type { LocalizedText } from "../_utils/text.ts";
import { createQuestionMemo, explainFinding, type QuestionMemo } from "../explain/explain.ts";
import type { FindingStatus } from "../schema/fixture.ts";
import type { Sanction } from "../schema/provision.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { FindingNote } from "../types.ts";
import { EXPLANATION_BYTES, QUESTION_BYTES, WeightedCache } from "./cache.ts";
import { keyNumber } from "./shared-nodes.ts";
import type { RuleTraces } from "./reference.ts";
import type { CompiledRule } from "./rule-outcome.ts";

// Finding explanations, composed once per distinct input and kept: the status is decided before,
// by the engine; this only words it.

/** Statuses whose explanation shows who is bound and not the elements (explainFinding reads no conditions for them). */
const subjectOnly = (status: FindingStatus): boolean => status === "not_applicable" || status === "not_alleged";

/**
 * Bytes held by an evaluator's memos bounded by bytes, as {@link CacheStats} reports them.
 * @example
 * ```ts
 * const { texts, questions } = evaluator.cacheStats().memos;
 * console.log(`explanations ${texts.bytes} of ${texts.capacity} bytes, questions ${questions.bytes} of ${questions.capacity}`);
 * ```
 * @category Evaluation
 */
export interface MemoStats {
  /** Explanation texts by their inputs. */
  readonly texts: { readonly bytes: number; readonly capacity: number };
  /** Questions to decide, by what the traces leave open. */
  readonly questions: { readonly bytes: number; readonly capacity: number };
}

/** Explanations remembered by their inputs, within a budget of bytes of text. */
export class ExplanationMemo {
  readonly #ruleset: Ruleset;
  /** Finding explanations by rule, status, trace nodes, notes and sanction reading. */
  readonly #byInput: WeightedCache<LocalizedText>;
  /** The questions of undetermined findings, by what their traces leave open (see explain.ts). */
  readonly #questions: QuestionMemo;

  /** `outcomes`: the outcome cache's size (0 turns remembering off). */
  constructor(ruleset: Ruleset, outcomes: number) {
    this.#ruleset = ruleset;
    // UTF-16 text, and a little for the entry itself.
    // Scaled with the outcome cache (2 kB of text an outcome, 32 MiB at the default size), so that an
    // evaluator made small (a stream worker's) keeps few texts too.
    const budget = outcomes === 0 ? 0 : Math.min(EXPLANATION_BYTES, Math.max(1024 * 1024, outcomes * 2048));
    this.#byInput = new WeightedCache(budget, (text) => 2 * (text.id.length + text.en.length) + 128);
    // Half a kilobyte an outcome, from 256 kB to QUESTION_BYTES: a full-detail stream worker keeps
    // 256 kB, where a fixed 4 MiB per rule set was most of what its heap grew by over 20,000 lines.
    this.#questions = createQuestionMemo(outcomes === 0 ? 0 : Math.min(QUESTION_BYTES, Math.max(256 * 1024, outcomes * 512)));
  }

  /** Bytes held (texts as UTF-16, keys counted) and the most each memo may hold. */
  stats(): MemoStats {
    return {
      texts: { bytes: this.#byInput.weight, capacity: this.#byInput.budget },
      questions: { bytes: this.#questions.weight, capacity: this.#questions.budget },
    };
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
      questionMemo: this.#questions,
    });
    const explanation = Object.freeze(composed);
    this.#byInput.set(key, explanation);
    return explanation;
  }
}
