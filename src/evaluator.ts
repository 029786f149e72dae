import { BUNDLED_SOURCE } from "./ruleset/bundled.generated.ts";
import { loadRuleset } from "./ruleset/load.ts";
import type { Ruleset, RulesetSource } from "./ruleset/types.ts";
import { CompiledRuleset, guard, type EvaluateOptions } from "./engine/evaluate.ts";
import type { InterpretationInput } from "./schema/options.ts";
import type { Assessment, EngineKind } from "./types.ts";
import type { Lang } from "./_utils/text.ts";

/** Configuration of an evaluator: the rule set and the defaults for every evaluation. */
export interface EvaluatorConfig {
  /** A loaded rule set, or the raw source of one. Default: the bundled rule set. */
  readonly ruleset?: Ruleset | RulesetSource;
  /** Default interpretation options. */
  readonly interpretation?: InterpretationInput;
  /** Default evaluation path. */
  readonly engine?: EngineKind;
  /** Default language of error messages. */
  readonly lang?: Lang;
}

/** An evaluator holds a loaded and compiled rule set and judges many incidents with it. */
export interface Evaluator {
  /** The rule set in use. */
  readonly ruleset: Ruleset;
  /** Judges one incident. Rejects with an {@link InvalidIncidentError} (or subclass) for bad input. */
  evaluate(incident: unknown, options?: EvaluateOptions): Promise<Assessment>;
  /** Judges one incident synchronously with the compiled path. Throws like {@link Evaluator.evaluate}. */
  evaluateSync(incident: unknown, options?: EvaluateOptions): Assessment;
}

let bundled: Ruleset | undefined;

/**
 * The rule set shipped with the package (rules, catalogue, calendars, regions and fact dictionary
 * from `rules/`), loaded once.
 * @example
 * ```ts
 * const ruleset = bundledRuleset();
 * console.log(ruleset.rules.length, [...ruleset.calendars.keys()]);
 * ```
 */
export function bundledRuleset(): Ruleset {
  bundled ??= loadRuleset(BUNDLED_SOURCE);
  return bundled;
}

/** The raw source files of the bundled rule set, to extend with `mergeRulesetSources`. */
export function bundledRulesetSource(): RulesetSource {
  return BUNDLED_SOURCE;
}

function isRuleset(value: Ruleset | RulesetSource): value is Ruleset {
  return value instanceof Object && "provisions" in value && value.provisions instanceof Map;
}

/**
 * Creates an evaluator that loads and compiles the rule set once and evaluates many incidents.
 * @example
 * ```ts
 * const evaluator = createEvaluator({ interpretation: { passiveAttendance: "prohibited" } });
 * const assessment = await evaluator.evaluate(incident);
 * console.log(assessment.verdict); // => "violation"
 * ```
 * @throws {@link RulesetError} when a given rule set source is invalid.
 */
export function createEvaluator(config: EvaluatorConfig = {}): Evaluator {
  const ruleset = config.ruleset === undefined ? bundledRuleset() : isRuleset(config.ruleset) ? config.ruleset : loadRuleset(config.ruleset);
  const compiled = new CompiledRuleset(ruleset);
  const withDefaults = (options: EvaluateOptions = {}): EvaluateOptions => ({
    lang: options.lang ?? config.lang ?? "id",
    engine: options.engine ?? config.engine ?? "compiled",
    interpretation: { ...config.interpretation, ...options.interpretation },
  });
  return {
    ruleset,
    evaluateSync(incident, options) {
      const merged = withDefaults(options);
      return guard(() => compiled.judgeCompiled(compiled.prepare(incident, merged)));
    },
    async evaluate(incident, options) {
      const merged = withDefaults(options);
      const prepared = guard(() => compiled.prepare(incident, merged));
      if (merged.engine === "json-rules-engine") {
        try {
          return await compiled.judgeReference(prepared);
        } catch (error) {
          return guard(() => {
            throw error;
          });
        }
      }
      return guard(() => compiled.judgeCompiled(prepared));
    },
  };
}

let defaultEvaluator: Evaluator | undefined;

/**
 * Judges one incident against the bundled rules and calendars.
 *
 * An absent fact is unknown, never false: findings the known facts cannot decide are `undetermined`
 * and list their `missingFacts`. A violation is a result, never an exception; exceptions mean the
 * input cannot be judged.
 * @example
 * ```ts
 * const assessment = await evaluateIncident({
 *   election: "pilkada-2024",
 *   region: { province: "kalimantan-tengah" },
 *   occurredAt: "2024-10-10",
 *   subject: { employment: "pns" },
 *   conduct: { event: { kind: "campaign", role: "participant", otherAsnBrought: 12 } },
 * });
 * assessment.verdict; // => "violation"
 * ```
 * @throws {@link InvalidIncidentError} (and its subclasses {@link UnknownElectionError},
 * {@link DateOutsideCalendarError}, {@link AmbiguousElectionError}) for input that cannot be judged.
 */
export async function evaluateIncident(incident: unknown, options?: EvaluateOptions): Promise<Assessment> {
  defaultEvaluator ??= createEvaluator();
  return defaultEvaluator.evaluate(incident, options);
}

/**
 * The synchronous form of {@link evaluateIncident}, on the compiled path.
 * @example
 * ```ts
 * const { verdict } = evaluateIncidentSync(incident);
 * ```
 */
export function evaluateIncidentSync(incident: unknown, options?: EvaluateOptions): Assessment {
  defaultEvaluator ??= createEvaluator();
  return defaultEvaluator.evaluateSync(incident, { ...options, engine: "compiled" });
}
