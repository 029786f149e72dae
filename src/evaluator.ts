import { bundledSource, loadBundledRuleset } from "./ruleset/bundled.ts";
import { loadRuleset } from "./ruleset/load.ts";
import type { Ruleset, RulesetSource } from "./ruleset/types.ts";
import { CompiledRuleset, guard, type EvaluateOptions, type VerdictSummary, type CacheStats } from "./engine/evaluate.ts";
import { EvaluateOptionsSchema, EvaluatorConfigSchema, InterpretationSchema, type InterpretationInput } from "./schema/options.ts";
import { toInputIssues } from "./schema/issues.ts";
import { checkedRuleset } from "./ruleset/hand-built.ts";
import { deepFreeze } from "./_utils/freeze.ts";
import type { IncidentInput } from "./schema/incident.ts";
import type { Assessment, EngineKind } from "./types.ts";
import type { Lang } from "./_utils/text.ts";
import { copyJsonData, type JsonDataProblem, type JsonLimits } from "./_utils/json-data.ts";
import { InvalidIncidentError, isNetralitasError, RulesetError, type InputIssue } from "./errors.ts";
import { LIMITS } from "./limits.ts";
import { message } from "./messages.ts";

/**
 * Configuration of an evaluator: the rule set and the defaults for every evaluation.
 * @example
 * ```ts
 * const config: EvaluatorConfig = { interpretation: { passiveAttendance: "prohibited" }, lang: "en" };
 * const evaluator = createEvaluator(config);
 * ```
 * @category Evaluation
 */
export interface EvaluatorConfig {
  /** A loaded rule set, or the raw source of one. Default: the bundled rule set. */
  readonly ruleset?: Ruleset | RulesetSource;
  /** Default interpretation options. */
  readonly interpretation?: InterpretationInput;
  /** Default evaluation path. */
  readonly engine?: EngineKind;
  /** Default language of error messages. */
  readonly lang?: Lang;
  /** Default judging scope: `alleged` (the conduct the report states, the default) or `all` (a full screening). */
  readonly scope?: "alleged" | "all";
  /**
   * How many rule outcomes (status, notes, sanctions, and the trace and explanation once read, for
   * one combination of the facts a rule reads) the evaluator remembers, to reuse for later incidents
   * with the same facts. Default 16,384 (some 2.5 kB each when full; explanation texts are kept apart,
   * within 32 MiB, and trace nodes shared between incidents within eight per outcome, at most 131,072);
   * 0 turns off this cache, the explanation memo and node sharing. Results are the same either way.
   */
  readonly cacheSize?: number;
}

/**
 * An evaluator holds a loaded and compiled rule set and judges many incidents with it.
 * @example
 * ```ts
 * const evaluator: Evaluator = createEvaluator();
 * const results = await Promise.all(reports.map((report) => evaluator.evaluate(report)));
 * ```
 * @category Evaluation
 */
export interface Evaluator {
  /** The rule set in use. */
  readonly ruleset: Ruleset;
  /**
   * Judges one incident. Rejects with an {@link InvalidIncidentError} (or subclass) for bad input:
   * the input is checked at run time whatever its static type. For JSON of unknown shape, check it
   * with {@link parseIncident} first, which gives the typed incident or the same errors.
   */
  evaluate(incident: IncidentInput, options?: EvaluateOptions): Promise<Assessment>;
  /** Judges one incident synchronously with the compiled path. Throws like {@link Evaluator.evaluate}. */
  evaluateSync(incident: IncidentInput, options?: EvaluateOptions): Assessment;
  /**
   * The fast mode: the verdict and each finding's status only, synchronously on the compiled path,
   * without traces, explanations, missing facts or sanctions (several times faster than
   * {@link Evaluator.evaluateSync}, whose statuses it always equals). Throws like {@link Evaluator.evaluate}.
   */
  verdictSync(incident: IncidentInput, options?: EvaluateOptions): VerdictSummary;
  /** How the outcome cache has done so far (for tuning `cacheSize` and for service metrics). */
  cacheStats(): CacheStats;
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
 * @category Rule sets
 */
export function bundledRuleset(): Ruleset {
  bundled ??= loadBundledRuleset();
  return bundled;
}

/**
 * The raw source files of the bundled rule set, to extend with `mergeRulesetSources`.
 * @example
 * ```ts
 * const source = mergeRulesetSources(bundledRulesetSource(), { rules: [{ file: "aturan/baru/aturan.json", data: rule }] });
 * const evaluator = createEvaluator({ ruleset: source });
 * ```
 * @category Rule sets
 */
export function bundledRulesetSource(): RulesetSource {
  return bundledSource();
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
 * @category Evaluation
 */
export function createEvaluator(config: EvaluatorConfig = {}): Evaluator {
  // A snapshot of the configuration, checked now: nothing the caller does to `config` later
  // reaches this evaluator, and a misspelt key is an error, not a default silently applied.
  const settings = screenConfig(config);
  const ruleset =
    settings.ruleset === undefined ? bundledRuleset() : isRuleset(settings.ruleset) ? checkedRuleset(settings.ruleset) : loadRuleset(settings.ruleset);
  const compiled = compileRuleset(ruleset, settings.cacheSize);
  const lang = settings.lang ?? "id";
  const merge = (input: unknown): EvaluateOptions => {
    const options = screenOptions(input, lang);
    return {
      lang: options.lang ?? lang,
      engine: options.engine ?? settings.engine ?? "compiled",
      scope: options.scope ?? settings.scope ?? "alleged",
      interpretation: mergeInterpretation(settings.interpretation, options.interpretation),
    };
  };
  // Without options (the usual case), the same merged defaults serve every call.
  let defaults: EvaluateOptions | undefined;
  const withDefaults = (input: unknown): EvaluateOptions => (input === undefined ? (defaults ??= merge(undefined)) : merge(input));
  return Object.freeze({
    ruleset,
    evaluateSync(incident: unknown, options?: EvaluateOptions) {
      return guard(() => {
        const merged = withDefaults(options);
        return compiled.judgeCompiled(compiled.prepare(incident, merged, screenIncident));
      });
    },
    verdictSync(incident: unknown, options?: EvaluateOptions) {
      return guard(() => {
        const merged = withDefaults(options);
        return compiled.judgeVerdict(compiled.prepare(incident, merged, screenIncident));
      });
    },
    cacheStats() {
      return compiled.cacheStats();
    },
    async evaluate(incident: unknown, options?: EvaluateOptions) {
      const merged = guard(() => withDefaults(options));
      const prepared = guard(() => compiled.prepare(incident, merged, screenIncident));
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
  });
}

/**
 * The evaluator's interpretation defaults under an evaluation's own; what is not an object is
 * passed on as it is, for the schema to report.
 */
function mergeInterpretation(defaults: Readonly<Record<string, unknown>> | undefined, own: unknown): InterpretationInput {
  if (own !== undefined && (own === null || typeof own !== "object" || Array.isArray(own))) return own as InterpretationInput;
  return Object.freeze({ ...defaults, ...(own as object | undefined) }) as InterpretationInput;
}

/** The checked configuration: plain data except the rule set, which the loader checks. */
interface Settings {
  readonly ruleset?: Ruleset | RulesetSource;
  readonly interpretation?: Readonly<Record<string, unknown>>;
  readonly engine?: EngineKind;
  readonly scope?: "alleged" | "all";
  readonly lang?: Lang;
  readonly cacheSize?: number;
}

/** Reads `config` once (own data properties only) and checks it; its interpretation is validated now. */
function screenConfig(config: unknown): Settings {
  const fail = (issues: InputIssue[], lang: Lang): never => {
    const [first, ...rest] = issues;
    throw new InvalidIncidentError([first as InputIssue, ...rest], lang);
  };
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    const messages = message("invalid_type", { expected: "object", received: config === null ? "null" : Array.isArray(config) ? "array" : typeof config });
    return fail([{ code: "invalid_type", path: [], message: messages.id, messages }], "id");
  }
  const own: Record<string, unknown> = {};
  let ruleset: unknown;
  for (const key of Object.keys(config)) {
    const descriptor = Object.getOwnPropertyDescriptor(config, key);
    if (!descriptor || !("value" in descriptor)) {
      const messages = message("data_accessor", {});
      return fail([{ code: "data_accessor", path: [key], message: messages.id, messages }], "id");
    }
    if (key === "ruleset") ruleset = descriptor.value;
    else own[key] = descriptor.value;
  }
  const declaredLang = own["lang"] === "en" ? "en" : "id";
  const copied = screen(own, LIMITS.incident, declaredLang) as Record<string, unknown>;
  const parsed = EvaluatorConfigSchema.safeParse({ ...copied, ...(ruleset === undefined ? {} : { ruleset }) });
  if (!parsed.success) return fail(toInputIssues(parsed.error.issues, copied, EvaluatorConfigSchema, declaredLang), declaredLang);
  const lang = parsed.data.lang ?? "id";
  let interpretation: Record<string, unknown> | undefined;
  const given = copied["interpretation"];
  if (given !== undefined && (given === null || typeof given !== "object" || Array.isArray(given))) {
    const messages = message("invalid_type", { expected: "object", received: given === null ? "null" : Array.isArray(given) ? "array" : typeof given });
    return fail([{ code: "invalid_type", path: ["interpretation"], message: messages[lang], messages }], lang);
  }
  if (given !== undefined) {
    const checked = InterpretationSchema.safeParse(copied["interpretation"]);
    if (!checked.success) {
      const issues = toInputIssues(checked.error.issues, copied["interpretation"], InterpretationSchema, lang);
      return fail(issues.map((issue) => ({ ...issue, path: ["interpretation", ...issue.path] })), lang);
    }
    // The caller's own keys (defaults stay implicit, so that an evaluation's options can still change them).
    interpretation = deepFreeze(copied["interpretation"] as Record<string, unknown>);
  }
  return {
    ...(ruleset === undefined ? {} : { ruleset: ruleset as Ruleset | RulesetSource }),
    ...(interpretation === undefined ? {} : { interpretation }),
    ...(parsed.data.engine === undefined ? {} : { engine: parsed.data.engine }),
    ...(parsed.data.scope === undefined ? {} : { scope: parsed.data.scope }),
    ...(parsed.data.lang === undefined ? {} : { lang: parsed.data.lang }),
    ...(parsed.data.cacheSize === undefined ? {} : { cacheSize: parsed.data.cacheSize }),
  };
}

/**
 * Compiles a rule set. A hand-built `Ruleset` skips the loader's checks; whatever the compiler
 * then rejects (a condition nested too deeply, an unknown shared condition) is a RulesetError.
 */
function compileRuleset(ruleset: Ruleset, cacheSize?: number): CompiledRuleset {
  try {
    const compiled = new CompiledRuleset(ruleset, { cacheSize });
    // Rules compile on first use. The bundled rules are known to compile (test/engine.test.ts
    // compiles every one); any other rule set compiles here, so that a rule that cannot be compiled
    // is a RulesetError now rather than at some later incident.
    if (ruleset !== bundled) void compiled.rules;
    return compiled;
  } catch (error) {
    if (isNetralitasError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new RulesetError([{ code: "uncompilable", path: [], messages: message("custom", { message: detail }) }]);
  }
}

/** The issue for input that is not plain JSON data within the limits. */
function dataIssue(problem: JsonDataProblem, lang: Lang, prefix: readonly (string | number)[] = []): InputIssue {
  const { kind, path, ...values } = problem;
  const messages = message(kind, values);
  return { code: kind, path: [...prefix, ...path], message: messages[lang], messages };
}

function screen(input: unknown, limits: JsonLimits, lang: Lang, prefix: readonly (string | number)[] = []): unknown {
  const result = copyJsonData(input, limits);
  if (!result.ok) throw new InvalidIncidentError([dataIssue(result.problem, lang, prefix)], lang);
  return result.value;
}

/**
 * A plain-data copy of the incident, read once, or an {@link InvalidIncidentError} for anything
 * that is not JSON data within {@link LIMITS}.incident (functions, symbols, bigints, NaN,
 * Infinity, Dates, class instances, getters, cycles, deep nesting, huge strings or arrays).
 */
function screenIncident(incident: unknown, lang: Lang): unknown {
  return screen(incident, LIMITS.incident, lang);
}

/** The evaluation options as plain data, checked strictly (unknown keys, `lang`, `engine`). */
function screenOptions(input: unknown, fallback: Lang): EvaluateOptions {
  if (input === undefined) return {};
  const copied = screen(input, LIMITS.incident, fallback);
  if (copied === null || typeof copied !== "object" || Array.isArray(copied)) {
    const messages = message("invalid_type", { expected: "object", received: copied === null ? "null" : Array.isArray(copied) ? "array" : typeof copied });
    throw new InvalidIncidentError([{ code: "invalid_type", path: ["options"], message: messages[fallback], messages }], fallback);
  }
  const parsed = EvaluateOptionsSchema.safeParse(copied);
  if (!parsed.success) {
    const lang = (copied as { lang?: unknown }).lang === "en" ? "en" : fallback;
    const [first, ...rest] = toInputIssues(parsed.error.issues, copied, EvaluateOptionsSchema, lang);
    throw new InvalidIncidentError([first as InputIssue, ...rest], lang);
  }
  return copied as EvaluateOptions;
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
 * @category Evaluation
 */
export async function evaluateIncident(incident: IncidentInput, options?: EvaluateOptions): Promise<Assessment> {
  defaultEvaluator ??= createEvaluator();
  return defaultEvaluator.evaluate(incident, options);
}

/**
 * The synchronous form of {@link evaluateIncident}, always on the compiled path (an `engine`
 * option is ignored): the same full assessment, with traces and explanations, and the same errors.
 * For the verdict and statuses alone, {@link evaluateVerdictSync} is several times faster.
 * @example
 * ```ts
 * const { verdict } = evaluateIncidentSync(incident);
 * ```
 * @throws {@link InvalidIncidentError} (and subclasses) for input that cannot be judged, as {@link evaluateIncident}.
 * @category Evaluation
 */
export function evaluateIncidentSync(incident: IncidentInput, options?: EvaluateOptions): Assessment {
  defaultEvaluator ??= createEvaluator();
  // evaluateSync always runs the compiled path; options are read (once) inside it.
  return defaultEvaluator.evaluateSync(incident, options);
}

/**
 * The fast mode of {@link evaluateIncidentSync}: the verdict and each finding's status, without
 * traces, explanations, missing facts or sanctions. For screening large batches; evaluate the
 * incidents that matter again with {@link evaluateIncident} for the full, explained assessment.
 * @example
 * ```ts
 * const { verdict, findings } = evaluateVerdictSync(incident);
 * const violated = findings.filter((finding) => finding.status === "violated").map((finding) => finding.ruleId);
 * ```
 * @throws {@link InvalidIncidentError} (and subclasses) for input that cannot be judged, as {@link evaluateIncident}.
 * @category Evaluation
 */
export function evaluateVerdictSync(incident: IncidentInput, options?: EvaluateOptions): VerdictSummary {
  defaultEvaluator ??= createEvaluator();
  return defaultEvaluator.verdictSync(incident, options);
}
