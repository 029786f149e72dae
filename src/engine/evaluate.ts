import type { Lang, LocalizedText } from "../_utils/text.ts";
import { nearest } from "../_utils/suggest.ts";
import {
  AmbiguousElectionError,
  DateOutsideCalendarError,
  EvaluationError,
  InvalidIncidentError,
  isNetralitasError,
  UnknownElectionError,
  type InputIssue,
} from "../errors.ts";
import { message } from "../messages.ts";
import { explainFinding } from "../explain/explain.ts";
import { describeSanction, PHASE_WORDS, VERDICT_WORDS } from "../explain/words.ts";
import type { Calendar, PhaseId } from "../schema/calendar.ts";
import { CONFIDENCE_ORDER, weakestConfidence, type Confidence } from "../schema/common.ts";
import { FINDING_STATUSES, type FindingStatus, type Verdict } from "../schema/fixture.ts";
import { IncidentSchema, type Employment, type Incident } from "../schema/incident.ts";
import { toInputIssues, withSuggestion } from "../schema/issues.ts";
import { InterpretationSchema, type Interpretation, type InterpretationInput } from "../schema/options.ts";
import { DISCIPLINE_LEVELS, type Sanction } from "../schema/provision.ts";
import type { Rule } from "../schema/rule.ts";
import type { Ruleset } from "../ruleset/types.ts";
import { isWithin } from "../timeline/dates.ts";
import { resolveOccurrence, type Occurrence } from "../timeline/occurrence.ts";
import type { PhaseOnDate } from "../timeline/phase.ts";
import type { Assessment, CitedProvision, EngineKind, Finding, FindingNote, RegionUsed, SanctionSummary } from "../types.ts";
import { compileCondition, compileTest, factsRead, traceNodeNumber, type CompiledCondition, type CompiledTest } from "./compile.ts";
import { DayTable } from "./day-table.ts";
import { compileFastParse, REJECT, type FastParse } from "./fast-parse.ts";
import { LIMITS } from "../limits.ts";
import { createFactVectorReader, type FactVector, type FactVectorReader } from "./facts.ts";
import { createReferenceRunner, type RuleTraces } from "./reference.ts";
import { decisiveUnknownFacts, type FactValue, type Facts, type TraceNode } from "./trace.ts";

/**
 * Options for one evaluation.
 * @example
 * ```ts
 * const options: EvaluateOptions = { lang: "en", interpretation: { pppkBoundByPp94: true }, engine: "compiled" };
 * await evaluateIncident(incident, options);
 * ```
 */
export interface EvaluateOptions {
  /** Language of error messages (assessments always carry both). Default `id`. */
  readonly lang?: Lang;
  /** Interpretation options for the open points of law; see {@link Interpretation}. */
  readonly interpretation?: InterpretationInput;
  /** `compiled` (default) or `json-rules-engine`, the reference path. */
  readonly engine?: EngineKind;
}

/**
 * The outcome of one rule on one incident, apart from what depends on the calendar: shared (frozen)
 * by every incident with the same values of the facts the rule reads.
 */
interface RuleOutcome {
  readonly status: FindingStatus;
  readonly trace: RuleTraces;
  readonly missingFacts: readonly string[];
  readonly notes: readonly FindingNote[];
  readonly explanation: LocalizedText;
  /** What this finding adds to the assessment's uncertainties (none when not applicable). */
  readonly uncertainties: readonly LocalizedText[];
  /**
   * The finished (frozen) findings of this outcome, by the calendar's confidence (the only other
   * input of a finding), made on first use: a cached outcome is then assembled without allocating.
   */
  readonly findings: Partial<Record<Confidence, Finding>>;
}

interface CompiledRule {
  readonly rule: Rule;
  readonly applicability: CompiledCondition;
  readonly conditions: CompiledCondition;
  /** Trace-free forms of the two trees, for verdicts. */
  readonly applicabilityTest: CompiledTest;
  readonly conditionsTest: CompiledTest;
  readonly notes: readonly { readonly note: NonNullable<Rule["notes"]>[number]; readonly when: CompiledTest | undefined }[];
  readonly provisions: readonly CitedProvision[];
  readonly sanctions: readonly Sanction[];
  readonly confidence: Confidence;
  /** The finding's confidence for each confidence of the calendar dates. */
  readonly confidenceWith: Readonly<Record<Confidence, Confidence>>;
  /** The slots of every fact the rule's trees and notes read: its outcome is a function of their values. */
  readonly reads: readonly number[];
  /** Prefix of this rule's keys in the outcome cache. */
  readonly cacheKey: string;
  /** The frozen `{ruleId, status}` of each status, shared by every VerdictSummary. */
  readonly verdictEntries: Readonly<Record<FindingStatus, VerdictFinding>>;
}

/** Everything prepared about an incident before any rule runs. */
export interface PreparedIncident {
  readonly incident: Incident;
  readonly calendar: Calendar;
  readonly inferred: boolean;
  readonly region: RegionUsed;
  readonly occurrence: Occurrence;
  readonly phase: PhaseOnDate;
  readonly interpretation: Interpretation;
  /** The facts as a vector (see {@link FactVectorReader}). */
  readonly vector: FactVector;
  /** The fact map (built on first use: the verdict path never needs it). */
  readonly facts: Facts;
  readonly rules: readonly CompiledRule[];
}

let fastIncident: FastParse | undefined | null = null;

/**
 * The incident through the schema: a fast path that produces zod's output for valid plain data,
 * read straight from the caller's object; else `screen` (the plain-data copy within limits, which
 * throws typed errors) and zod.
 */
function parseIncident(input: unknown, lang: Lang, screen: ((input: unknown, lang: Lang) => unknown) | undefined): Incident {
  if (fastIncident === null) fastIncident = compileFastParse(IncidentSchema, LIMITS.incident);
  let fast: unknown = REJECT;
  try {
    if (fastIncident !== undefined) fast = fastIncident(input);
  } catch {
    // A proxy trap threw: the slow path below reports it.
    fast = REJECT;
  }
  if (fast !== REJECT) return fast as Incident;
  const data = screen ? screen(input, lang) : input;
  const parsed = IncidentSchema.safeParse(data);
  if (!parsed.success) fail(toInputIssues(parsed.error.issues, data, IncidentSchema, lang), lang);
  return parsed.data;
}

function fail(issues: InputIssue[], lang: Lang): never {
  const [first, ...rest] = issues;
  if (!first) throw new EvaluationError("Internal error: an empty issue list");
  throw new InvalidIncidentError([first, ...rest], lang);
}

function citationOf(ruleset: Ruleset, id: string): CitedProvision {
  const entry = ruleset.provisions.get(id);
  if (!entry) throw new EvaluationError(`Provision ${id} missing from the catalogue`);
  return {
    id,
    citation: `${entry.instrument.shortTitle} ${entry.citation}`,
    instrument: entry.instrument.shortTitle,
    text: entry.text,
    confidence: weakestConfidence([entry.confidence, entry.textConfidence ?? "high"]),
    notes: entry.notes ?? [],
  };
}

/** A {@link PreparedIncident} whose fact map is built on first use (the verdict path never needs it). */
class Prepared implements PreparedIncident {
  readonly incident: Incident;
  readonly calendar: Calendar;
  readonly inferred: boolean;
  readonly region: RegionUsed;
  readonly occurrence: Occurrence;
  readonly phase: PhaseOnDate;
  readonly interpretation: Interpretation;
  readonly vector: FactVector;
  readonly rules: readonly CompiledRule[];
  #facts: Facts | undefined;
  readonly #reader: FactVectorReader;
  constructor(
    incident: Incident,
    calendar: Calendar,
    inferred: boolean,
    region: RegionUsed,
    occurrence: Occurrence,
    phase: PhaseOnDate,
    interpretation: Interpretation,
    vector: FactVector,
    rules: readonly CompiledRule[],
    reader: FactVectorReader,
  ) {
    this.incident = incident;
    this.calendar = calendar;
    this.inferred = inferred;
    this.region = region;
    this.occurrence = occurrence;
    this.phase = phase;
    this.interpretation = interpretation;
    this.vector = vector;
    this.rules = rules;
    this.#reader = reader;
  }
  get facts(): Facts {
    this.#facts ??= this.#reader.toFacts(this.vector);
    return this.#facts;
  }
}

/** The evaluator's compiled form of a rule set: built once, used for every incident. */
export class CompiledRuleset {
  readonly ruleset: Ruleset;
  readonly rules: readonly CompiledRule[];
  readonly #factReader: FactVectorReader;
  #reference: ReturnType<typeof createReferenceRunner> | undefined;
  readonly #days: DayTable<CompiledRule>;
  readonly #keys = new OutcomeKeys();
  readonly #outcomes: RandomEvictionCache<RuleOutcome>;
  readonly #interpretations = new Map<string, Interpretation>();
  readonly #interpretationsByObject = new WeakMap<object, Interpretation>();
  readonly #sanctionSummaries = new Map<string, SanctionSummary>();
  readonly #rankings = new Map<string, readonly string[]>();
  readonly #outcomeNumbers = new WeakMap<RuleOutcome, number>();
  #lastOutcomeNumber = 0;
  /** Finding explanations by rule, trace nodes and notes: see #outcomeOf. */
  readonly #explanations: RandomEvictionCache<LocalizedText>;
  /** The same explanations by their Indonesian text, so that equal texts are kept once. */
  readonly #explanationTexts: RandomEvictionCache<LocalizedText>;

  constructor(ruleset: Ruleset, options: { readonly cacheSize?: number | undefined } = {}) {
    this.ruleset = ruleset;
    const reader = createFactVectorReader(ruleset.data.facts.facts);
    this.#factReader = reader;
    const slots = reader.index;
    const shared = ruleset.conditions;
    this.rules = ruleset.rules.map((rule, index) => {
      const provisions = rule.provisions.map((id) => citationOf(ruleset, id));
      const sanctions = rule.sanctions ?? rule.provisions.flatMap((id) => ruleset.provisions.get(id)?.sanctions ?? []);
      const confidence = weakestConfidence([
        rule.confidence ?? "high",
        ...provisions.map((provision) => provision.confidence),
        ...sanctions.map((sanction) => sanction.confidence),
      ]);
      const reads = factsRead(rule.applicability, shared);
      factsRead(rule.conditions, shared, reads);
      for (const note of rule.notes ?? []) if (note.when) factsRead(note.when, shared, reads);
      return {
        rule,
        applicability: compileCondition(rule.applicability, shared),
        conditions: compileCondition(rule.conditions, shared),
        applicabilityTest: compileTest(rule.applicability, shared, slots),
        conditionsTest: compileTest(rule.conditions, shared, slots),
        notes: (rule.notes ?? []).map((note) => ({ note, when: note.when ? compileTest(note.when, shared, slots) : undefined })),
        provisions,
        sanctions,
        confidence,
        confidenceWith: Object.fromEntries(CONFIDENCE_ORDER.map((level) => [level, weakestConfidence([confidence, level])])) as Record<Confidence, Confidence>,
        // A fact outside the dictionary is never known: it cannot change the outcome.
        reads: [...reads].flatMap((name) => (slots.has(name) ? [slots.get(name) as number] : [])).sort((left, right) => left - right),
        cacheKey: String.fromCharCode(index),
        verdictEntries: Object.fromEntries(
          FINDING_STATUSES.map((status) => [status, Object.freeze({ ruleId: rule.id, status })]),
        ) as Record<FindingStatus, VerdictFinding>,
      };
    });
    this.#outcomes = new RandomEvictionCache(options.cacheSize ?? DEFAULT_CACHE_SIZE);
    // cacheSize 0 turns off remembering altogether: every explanation is then composed.
    // Many outcomes share an explanation key, and many keys a text: the key memo holds small entries
    // (as many as the outcome cache), the text memo the few large ones.
    const outcomes = options.cacheSize ?? DEFAULT_CACHE_SIZE;
    this.#explanations = new RandomEvictionCache(outcomes === 0 ? 0 : Math.max(1024, Math.min(outcomes, 65_536)));
    this.#explanationTexts = new RandomEvictionCache(outcomes === 0 ? 0 : Math.max(1024, Math.min(outcomes, EXPLANATION_TEXTS)));
    this.#days = new DayTable((calendar, lawDate) =>
      this.rules.filter(
        ({ rule }) => isWithin(lawDate, rule.inForce.from, rule.inForce.to) && (rule.electionKinds === undefined || rule.electionKinds.includes(calendar.kind)),
      ),
    );
  }

  /** The json-rules-engine runner, created on first use. */
  reference(): ReturnType<typeof createReferenceRunner> {
    this.#reference ??= createReferenceRunner(this.ruleset.rules, this.ruleset.conditions);
    return this.#reference;
  }

  /**
   * Validates the incident and works out everything the rules need. Throws typed input errors.
   * `screen` makes plain data of input that the fast path does not accept (see parseIncident).
   */
  prepare(input: unknown, options: EvaluateOptions = {}, screen?: (input: unknown, lang: Lang) => unknown): PreparedIncident {
    const lang = options.lang ?? "id";
    const incident = parseIncident(input, lang, screen);
    const interpretation = this.#interpretation(options.interpretation, lang);

    const province = this.ruleset.provinces.get(incident.region.province);
    if (!province) {
      const known = [...this.ruleset.provinces.keys()];
      fail(
        [withSuggestion("unknown_province", ["region", "province"], "unknown_province", { received: incident.region.province }, lang, nearest(incident.region.province, known))],
        lang,
      );
    }
    const occurrence = resolveOccurrence(incident.occurredAt, province.timeZone);
    if (!occurrence) fail([withSuggestion("invalid_occurrence", ["occurredAt"], "invalid_occurrence", { received: incident.occurredAt }, lang, undefined)], lang);
    const region: RegionUsed = incident.region.regency
      ? { province: province.id, provinceName: province.name, regency: incident.region.regency, zone: province.zone, timeZone: province.timeZone }
      : { province: province.id, provinceName: province.name, zone: province.zone, timeZone: province.timeZone };
    const { calendar, inferred } = this.#calendarFor(incident, occurrence.localDate, lang);
    const regionRef = { province: province.id, regency: incident.region.regency };
    const day = this.#days.get(calendar, regionRef, occurrence.localDate);
    const phase = day.phase;
    if (!phase) {
      const values = { date: occurrence.localDate, election: calendar.id, from: calendar.coverage.from, to: calendar.coverage.to };
      const messages = message("date_outside_calendar", values);
      throw new DateOutsideCalendarError([{ code: "date_outside_calendar", path: ["occurredAt"], message: messages[lang], messages }], lang);
    }
    const vector = this.#factReader.read(incident, {
      phase: phase.id,
      electionKind: calendar.kind,
      withinReplacementWindow: day.untilEndOfTerm,
      withinProgrammeWindow: day.untilWinnersDetermined,
      interpretation,
    });
    return new Prepared(incident, calendar, inferred, region, occurrence, phase, interpretation, vector, day.rules, this.#factReader);
  }

  /**
   * The interpretation options, validated. Valid inputs are remembered by their JSON text (the
   * schema's output is a function of it), so that the defaults are not parsed again for every incident.
   */
  #interpretation(input: InterpretationInput | undefined, lang: Lang): Interpretation {
    // The evaluator passes the same frozen defaults object to every call without options.
    const frozen = input !== null && typeof input === "object" && Object.isFrozen(input);
    const same = frozen ? this.#interpretationsByObject.get(input) : undefined;
    if (same) return { ...same };
    const result = this.#interpretationByText(input, lang);
    if (frozen) this.#interpretationsByObject.set(input, { ...result });
    return result;
  }

  #interpretationByText(input: InterpretationInput | undefined, lang: Lang): Interpretation {
    let key: string | undefined;
    try {
      key = JSON.stringify(input ?? {});
    } catch {
      key = undefined;
    }
    const known = key === undefined ? undefined : this.#interpretations.get(key);
    // A copy: each assessment has its own (flat) interpretation object.
    if (known) return { ...known };
    const result = InterpretationSchema.safeParse(input ?? {});
    if (!result.success) {
      const issues = toInputIssues(result.error.issues, input, InterpretationSchema, lang);
      fail(issues.map((issue) => ({ ...issue, path: ["interpretation", ...issue.path] })), lang);
    }
    if (key !== undefined && key.length <= 1024) {
      if (this.#interpretations.size >= 256) this.#interpretations.clear();
      this.#interpretations.set(key, { ...result.data });
    }
    return result.data;
  }

  #calendarFor(incident: Incident, localDate: string, lang: Lang): { calendar: Calendar; inferred: boolean } {
    const calendars = this.ruleset.calendars;
    if (incident.election !== undefined) {
      const calendar = calendars.get(incident.election);
      if (!calendar) {
        const known = [...calendars.keys()];
        const issue = withSuggestion(
          "unknown_election",
          ["election"],
          "unknown_election",
          { received: incident.election, options: known.join(", ") },
          lang,
          nearest(incident.election, known),
        );
        throw new UnknownElectionError([issue], lang);
      }
      return { calendar, inferred: false };
    }
    const fitting = this.#days.covering(calendars, localDate);
    const values = { date: localDate, province: incident.region.province, options: fitting.map((calendar) => calendar.id).join(", ") };
    if (fitting.length === 1 && fitting[0]) return { calendar: fitting[0], inferred: true };
    if (fitting.length === 0) {
      const messages = message("no_calendar_for_date", values);
      throw new DateOutsideCalendarError([{ code: "no_calendar_for_date", path: ["occurredAt"], message: messages[lang], messages }], lang);
    }
    const messages = message("ambiguous_election", values);
    throw new AmbiguousElectionError(
      [{ code: "ambiguous_election", path: ["election"], message: messages[lang], messages }],
      lang,
      fitting.map((calendar) => calendar.id),
    );
  }

  /**
   * Evaluates a prepared incident with the compiled path. A rule's outcome (status, trace, missing
   * facts, notes, explanation) is a function of the values of the facts it reads, so it is computed
   * once per distinct set of values and then shared (frozen) by later incidents; see {@link OutcomeKeys}.
   */
  judgeCompiled(prepared: PreparedIncident): Assessment {
    const outcomes: RuleOutcome[] = [];
    const values = this.#keys.begin(prepared.vector);
    for (const compiled of prepared.rules) {
      const key = this.#keys.keyOf(values, compiled.reads);
      const cacheKey = key === undefined ? undefined : compiled.cacheKey + key;
      let outcome = cacheKey === undefined ? undefined : this.#outcomes.get(cacheKey);
      if (!outcome) {
        const trace = { applicability: compiled.applicability(prepared.facts), conditions: compiled.conditions(prepared.facts) };
        outcome = freezeOutcome(this.#outcomeOf(compiled, trace, prepared.vector));
        if (cacheKey !== undefined) this.#outcomes.set(cacheKey, outcome);
      }
      outcomes.push(outcome);
    }
    return this.#assemble(prepared, outcomes, "compiled");
  }

  /**
   * Judges a prepared incident for its verdict and finding statuses only, with trace-free tests:
   * no trace, no explanation, no missing facts. The statuses are those of {@link judgeCompiled}.
   */
  judgeVerdict(prepared: PreparedIncident): VerdictSummary {
    const findings: VerdictFinding[] = [];
    let verdict: Verdict = "not_applicable";
    for (const compiled of prepared.rules) {
      // A rule that does not bind the person is not_applicable whatever its conditions say.
      const applicability = compiled.applicabilityTest(prepared.vector);
      const status = applicability === false ? "not_applicable" : statusFromResults(applicability, compiled.conditionsTest(prepared.vector));
      findings.push(compiled.verdictEntries[status]);
      if (status === "violated") verdict = "violation";
      else if (status === "undetermined" && verdict !== "violation") verdict = "insufficient_facts";
      else if (status === "not_violated" && verdict === "not_applicable") verdict = "no_violation";
    }
    return {
      verdict,
      election: prepared.calendar.id,
      phase: prepared.phase.id,
      lawDate: prepared.occurrence.localDate,
      findings,
      engine: "compiled",
      rulesetVersion: this.ruleset.version,
    };
  }

  /** Evaluates a prepared incident with json-rules-engine, the reference path. */
  async judgeReference(prepared: PreparedIncident): Promise<Assessment> {
    const traces = await this.reference()(prepared.facts, new Set(prepared.rules.map(({ rule }) => rule.id)));
    return this.assemble(prepared, traces, "json-rules-engine");
  }

  /** Turns traces into findings, the verdict and the summaries. */
  assemble(prepared: PreparedIncident, traces: ReadonlyMap<string, RuleTraces>, engine: EngineKind): Assessment {
    const outcomes = prepared.rules.map((compiled) => {
      const trace = traces.get(compiled.rule.id);
      if (!trace) throw new EvaluationError(`No result for rule ${compiled.rule.id}`);
      return freezeOutcome(this.#outcomeOf(compiled, trace, prepared.vector));
    });
    return this.#assemble(prepared, outcomes, engine);
  }

  /** The outcome of one rule from its two traces. */
  #outcomeOf(compiled: CompiledRule, trace: RuleTraces, facts: FactVector): RuleOutcome {
    const status = statusOf(trace.applicability, trace.conditions);
    const missing = new Set<string>();
    if (status === "undetermined") {
      decisiveUnknownFacts(trace.applicability, missing);
      decisiveUnknownFacts(trace.conditions, missing);
    }
    let noteMask = "";
    const notes: FindingNote[] = [];
    for (const { note, when } of compiled.notes) {
      const applies = when === undefined || when(facts) === true;
      noteMask += applies ? "1" : "0";
      if (applies) notes.push({ kind: note.kind, text: note.text });
    }
    // An explanation is a function of the rule, its two traces and its notes. The compiled path shares
    // trace nodes between incidents (see compile.ts), so many fact combinations have the same nodes,
    // and their text is composed once.
    const explanationKey = this.#explanations.size === 0 ? "" : `${compiled.cacheKey}${traceNodeNumber(trace.applicability)},${traceNodeNumber(trace.conditions)},${noteMask}`;
    let explanation = this.#explanations.get(explanationKey);
    if (!explanation) {
      const composed = explainFinding({
          rule: compiled.rule,
          status,
          applicability: trace.applicability,
          conditions: trace.conditions,
          provisions: compiled.provisions,
          sanctions: compiled.sanctions,
          notes,
          dictionary: this.ruleset.facts,
          sharedConditions: this.ruleset.data.conditions,
        });
      // Different keys often give the same text (facts that are not shown differ): one copy of it.
      const same = this.#explanationTexts.get(composed.id);
      explanation = same !== undefined && same.en === composed.en ? same : Object.freeze(composed);
      if (explanation !== same) this.#explanationTexts.set(composed.id, explanation);
      this.#explanations.set(explanationKey, explanation);
    }
    const uncertainties: LocalizedText[] = [];
    if (status !== "not_applicable") {
      for (const provision of compiled.provisions) {
        if (provision.confidence !== "high") for (const note of provision.notes) uncertainties.push(note);
      }
      for (const sanction of compiled.sanctions) if (sanction.confidence !== "high" && sanction.note) uncertainties.push(sanction.note);
      for (const note of notes) if (note.kind === "uncertainty") uncertainties.push(note.text);
    }
    return { status, trace, missingFacts: [...missing], notes, explanation, uncertainties, findings: {} };
  }

  /** The finding of one rule's outcome, frozen, made once per outcome and calendar confidence. */
  #findingOf(compiled: CompiledRule, outcome: RuleOutcome, phaseConfidence: Confidence): Finding {
    const known = outcome.findings[phaseConfidence];
    if (known) return known;
    const finding: Finding = Object.freeze({
      ruleId: compiled.rule.id,
      title: compiled.rule.title,
      prohibition: compiled.rule.prohibition,
      status: outcome.status,
      provisions: compiled.provisions,
      sanctions: compiled.sanctions,
      confidence: compiled.confidenceWith[phaseConfidence],
      explanation: outcome.explanation,
      trace: outcome.trace,
      missingFacts: outcome.missingFacts,
      notes: outcome.notes,
    });
    outcome.findings[phaseConfidence] = finding;
    return finding;
  }

  #assemble(prepared: PreparedIncident, outcomes: readonly RuleOutcome[], engine: EngineKind): Assessment {
    const phaseConfidence = prepared.phase.confidence;
    const findings: Finding[] = [];
    for (let index = 0; index < outcomes.length; index++) {
      const compiled = prepared.rules[index];
      const outcome = outcomes[index];
      if (!compiled || !outcome) throw new EvaluationError("Internal error: outcomes do not match the rules");
      findings.push(this.#findingOf(compiled, outcome, phaseConfidence));
    }
    const verdict = verdictOf(findings);
    const missingFacts = this.#rankMissingFacts(outcomes);
    const sanctionSummary = this.#sanctionSummary(findings, prepared.incident.subject.employment);
    const uncertainties = collectUncertainties(prepared, outcomes);
    const election = {
      id: prepared.calendar.id,
      kind: prepared.calendar.kind,
      title: prepared.calendar.title,
      inferred: prepared.inferred,
      confidence: prepared.calendar.confidence,
    };
    return {
      verdict,
      incident: prepared.incident,
      election,
      region: prepared.region,
      occurrence: prepared.occurrence,
      phase: prepared.phase,
      lawDate: prepared.occurrence.localDate,
      interpretation: prepared.interpretation,
      findings,
      sanctionSummary,
      missingFacts,
      uncertainties,
      explanation: summarise(verdict, findings, prepared, sanctionSummary),
      engine,
      rulesetVersion: this.ruleset.version,
    };
  }

  /**
   * {@link rankMissingFacts}, remembered by the outcomes that have missing facts (frozen, shared by
   * the assessments that have the same ones). Outcomes are told apart by a number each gets once.
   */
  #rankMissingFacts(outcomes: readonly RuleOutcome[]): readonly string[] {
    let key = "";
    for (const outcome of outcomes) {
      if (outcome.missingFacts.length === 0) continue;
      let number = this.#outcomeNumbers.get(outcome);
      if (number === undefined) this.#outcomeNumbers.set(outcome, (number = ++this.#lastOutcomeNumber));
      key += `${number},`;
    }
    if (key === "") return NO_FACTS;
    let ranked = this.#rankings.get(key);
    if (!ranked) {
      ranked = Object.freeze(rankMissingFacts(outcomes));
      if (this.#rankings.size >= 4096) this.#rankings.clear();
      this.#rankings.set(key, ranked);
    }
    return ranked;
  }

  /** {@link summariseSanctions}, remembered by the set of violated rules and the employment (its only inputs). */
  #sanctionSummary(findings: readonly Finding[], employment: Employment | undefined): SanctionSummary {
    let key = `${employment ?? ""}\u0000`;
    for (const finding of findings) if (finding.status === "violated") key += `${finding.ruleId}\u0000`;
    let summary = this.#sanctionSummaries.get(key);
    if (!summary) {
      summary = summariseSanctions(findings, employment);
      if (this.#sanctionSummaries.size >= 4096) this.#sanctionSummaries.clear();
      this.#sanctionSummaries.set(key, summary);
    }
    // A fresh top level and fresh lists; the sanctions inside are the rule set's own objects, as in findings.
    return {
      ...summary,
      dismissal: summary.dismissal.slice(),
      criminal: summary.criminal.slice(),
      relatedOffences: summary.relatedOffences.slice(),
      administrative: summary.administrative.slice(),
      unspecified: summary.unspecified.slice(),
      text: { id: summary.text.id, en: summary.text.en },
    };
  }
}

/**
 * One rule's status in a {@link VerdictSummary}.
 * @example
 * ```ts
 * const entry: VerdictFinding = { ruleId: "pp-94-2021/ikut-kampanye", status: "violated" };
 * ```
 */
export interface VerdictFinding {
  readonly ruleId: string;
  readonly status: FindingStatus;
}

/**
 * The verdict and finding statuses of one incident, without traces or explanations.
 * @example
 * ```ts
 * const summary: VerdictSummary = evaluateVerdictSync(incident);
 * summary.verdict; // => "violation"
 * summary.findings[0]; // => { ruleId: "pp-53-2010/atribut-kampanye", status: "not_applicable" }
 * ```
 */
export interface VerdictSummary {
  /** violation, no_violation, insufficient_facts or not_applicable, as in {@link Assessment}. */
  readonly verdict: Verdict;
  /** The id of the election calendar used. */
  readonly election: string;
  /** The election phase on the local date. */
  readonly phase: PhaseId;
  /** The local date whose law was applied. */
  readonly lawDate: string;
  /** One status per rule in force, in the order of {@link Assessment.findings} (frozen entries, shared between summaries). */
  readonly findings: readonly VerdictFinding[];
  readonly engine: "compiled";
  readonly rulesetVersion: string;
}

/**
 * Keys for the outcome caches: every fact value seen gets a small number per fact (0 = unknown),
 * and a rule's key is the string of the numbers of the facts it reads. A value that cannot be
 * numbered (too many distinct values of one fact, or -0, which a Map cannot tell from 0) gives
 * no key, and the rule is evaluated without the cache.
 */
class OutcomeKeys {
  /** Per fact slot: its values seen so far, numbered from 1. */
  readonly #numbers: Map<FactValue, number>[] = [];
  #values: number[] = [];

  /** Numbers the facts of one incident. Returns the numbers that {@link keyOf} reads (reused: valid until the next call). */
  begin(vector: FactVector): readonly number[] {
    const values = this.#values;
    values.length = vector.length;
    for (let slot = 0; slot < vector.length; slot++) {
      const value = vector[slot];
      if (value === undefined) {
        values[slot] = 0;
        continue;
      }
      let numbers = this.#numbers[slot];
      if (!numbers) this.#numbers[slot] = numbers = new Map();
      let number = numbers.get(value);
      if (number === undefined) {
        if (numbers.size >= 0xfff0 || (value === 0 && Object.is(value, -0))) {
          values[slot] = -1;
          continue;
        }
        number = numbers.size + 1;
        numbers.set(value, number);
      }
      values[slot] = number;
    }
    return values;
  }

  keyOf(values: readonly number[], reads: readonly number[]): string | undefined {
    let key = "";
    for (const slot of reads) {
      const number = values[slot] ?? 0;
      if (number < 0) return undefined;
      key += String.fromCharCode(number);
    }
    return key;
  }
}

/**
 * Distinct explanation texts remembered (some 5 kB each in both languages): the bundled rules give
 * some 6,400 over the benchmark's 10,000 incidents, which have 18,700 distinct outcomes.
 */
const EXPLANATION_TEXTS = 8192;

/**
 * Outcomes remembered by default. Full, with the explanations they share, some 70 MB for the bundled
 * rules (an outcome takes some 1.5 kB beside its explanation; distinct explanations, some 5 kB
 * each in both languages, are kept once).
 */
export const DEFAULT_CACHE_SIZE = 16_384;

/**
 * A bounded cache (of outcomes, of explanations): at most `size` entries. When full, a new entry
 * replaces one chosen at random (a fixed-seed generator, so runs repeat): unlike least-recently-used
 * eviction, this keeps a fair share of the entries when incidents cycle through more combinations
 * than fit, and frequent combinations are back at once after an eviction. Lookups cost one map access.
 */
class RandomEvictionCache<V> {
  readonly #size: number;
  readonly #slots = new Map<string, number>();
  readonly #keys: string[] = [];
  readonly #outcomes: V[] = [];
  #state = 0x9e3779b9;

  constructor(size: number) {
    this.#size = Math.max(0, Math.floor(size));
  }

  /** Most entries kept (0: the cache is off). */
  get size(): number {
    return this.#size;
  }

  get(key: string): V | undefined {
    if (this.#size === 0) return undefined;
    const slot = this.#slots.get(key);
    return slot === undefined ? undefined : this.#outcomes[slot];
  }

  set(key: string, outcome: V): void {
    if (this.#size === 0 || this.#slots.has(key)) return;
    if (this.#keys.length < this.#size) {
      this.#slots.set(key, this.#keys.length);
      this.#keys.push(key);
      this.#outcomes.push(outcome);
      return;
    }
    // xorshift32
    let state = this.#state;
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    this.#state = state >>> 0;
    const slot = this.#state % this.#size;
    this.#slots.delete(this.#keys[slot] as string);
    this.#keys[slot] = key;
    this.#outcomes[slot] = outcome;
    this.#slots.set(key, slot);
  }
}

/**
 * Freezes what an outcome is made of (shared outcomes must not be changed through one assessment),
 * down to the objects this module created: rule-set data inside (labels, expected values, note
 * texts) is left as it is.
 */
function freezeOutcome(outcome: RuleOutcome): RuleOutcome {
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
  freezeTrace(outcome.trace.applicability);
  freezeTrace(outcome.trace.conditions);
  Object.freeze(outcome.trace);
  for (const note of outcome.notes) Object.freeze(note);
  Object.freeze(outcome.notes);
  Object.freeze(outcome.missingFacts);
  Object.freeze(outcome.uncertainties);
  Object.freeze(outcome.explanation);
  return Object.freeze(outcome);
}

function statusFromResults(applicability: boolean | undefined, conditions: boolean | undefined): FindingStatus {
  if (applicability === false) return "not_applicable";
  if (conditions === false) return "not_violated";
  if (applicability === true && conditions === true) return "violated";
  return "undetermined";
}

/** Finding status from the two trees: applicability first, then the elements of the breach. */
export function statusOf(applicability: TraceNode, conditions: TraceNode): FindingStatus {
  return statusFromResults(applicability.result, conditions.result);
}

/** Any violated finding makes a violation; else an undetermined one leaves the facts insufficient. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((finding) => finding.status === "violated")) return "violation";
  if (findings.some((finding) => finding.status === "undetermined")) return "insufficient_facts";
  if (findings.some((finding) => finding.status === "not_violated")) return "no_violation";
  return "not_applicable";
}


const NO_FACTS: readonly string[] = Object.freeze([]);

/** Missing facts ranked by how many undetermined findings each could help settle. */
function rankMissingFacts(findings: readonly { readonly missingFacts: readonly string[] }[]): string[] {
  const counts = new Map<string, number>();
  for (const finding of findings) for (const fact of finding.missingFacts) counts.set(fact, (counts.get(fact) ?? 0) + 1);
  if (counts.size === 0) return [];
  return [...counts.entries()].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : 0)).map(([fact]) => fact);
}

const LEVEL_ORDER = DISCIPLINE_LEVELS;

/** The heaviest discipline level, every criminal exposure, dismissal, and the moral sanction where only ethics breaches hold. */
export function summariseSanctions(findings: readonly Finding[], employment?: Employment): SanctionSummary {
  const violated = findings.filter((finding) => finding.status === "violated");
  const sanctions = violated.flatMap((finding) => finding.sanctions);
  let heaviest: (typeof LEVEL_ORDER)[number] | undefined;
  let unclear = false;
  const criminal = new Map<string, Extract<Sanction, { kind: "criminal" }>>();
  const relatedOffences = new Map<string, Extract<Sanction, { kind: "criminal" }>>();
  const dismissal = new Map<string, Extract<Sanction, { kind: "dismissal" }>>();
  const administrative = new Map<string, Extract<Sanction, { kind: "administrative" }>>();
  const unspecified = new Map<string, Extract<Sanction, { kind: "unspecified" }>>();
  let moral: Extract<Sanction, { kind: "moral" }> | undefined;
  for (const sanction of sanctions) {
    if (sanction.kind === "discipline") {
      if (sanction.level === "unclear") unclear = true;
      else if (heaviest === undefined || LEVEL_ORDER.indexOf(sanction.level) > LEVEL_ORDER.indexOf(heaviest)) heaviest = sanction.level;
    } else if (sanction.kind === "criminal") {
      // An offence committed by someone else (the candidate pair, the campaign organiser) is reported
      // alongside, never as the person's own exposure.
      const own = !sanction.offender || (employment !== undefined && (sanction.subjects ?? []).includes(employment));
      (own ? criminal : relatedOffences).set(sanction.article, sanction);
    } else if (sanction.kind === "dismissal") dismissal.set(`${sanction.form}:${sanction.basis ?? ""}`, sanction);
    else if (sanction.kind === "administrative") administrative.set(sanction.description.en, sanction);
    else if (sanction.kind === "unspecified") unspecified.set(sanction.description.en, sanction);
    else moral ??= sanction;
  }
  // "Only ethics breaches": every violated finding carries nothing heavier than the moral sanction
  // (a duty with no stated sanction does not make it heavier).
  const onlyEthics =
    moral !== undefined &&
    violated.every((finding) => finding.sanctions.every((sanction) => sanction.kind === "moral" || sanction.kind === "unspecified"));
  const summary = {
    ...(heaviest ? { heaviestDiscipline: heaviest } : {}),
    disciplineLevelUnclear: unclear,
    dismissal: [...dismissal.values()],
    criminal: [...criminal.values()],
    relatedOffences: [...relatedOffences.values()],
    administrative: [...administrative.values()],
    unspecified: [...unspecified.values()],
    ...(onlyEthics && moral ? { moral } : {}),
    confidence: weakestConfidence(sanctions.map((sanction) => sanction.confidence)),
  };
  const parts = (lang: Lang): string[] => {
    const list: string[] = [];
    if (summary.heaviestDiscipline) list.push(lang === "id" ? `hukuman disiplin terberat: ${summary.heaviestDiscipline}` : `heaviest discipline: ${summary.heaviestDiscipline}`);
    if (unclear) list.push(lang === "id" ? "ada tingkat hukuman disiplin yang tidak jelas" : "a discipline level is unclear");
    for (const item of summary.dismissal) list.push(describeSanction(item)[lang]);
    for (const item of summary.criminal) list.push(describeSanction(item)[lang]);
    for (const item of summary.administrative) list.push(describeSanction(item)[lang]);
    if (summary.moral) list.push(describeSanction(summary.moral)[lang]);
    for (const item of summary.unspecified) list.push(describeSanction(item)[lang].replace(/\.$/, ""));
    for (const item of summary.relatedOffences) {
      list.push(`${lang === "id" ? "pelanggaran pihak lain yang dilaporkan bersama" : "another party's offence reported alongside"}: ${describeSanction(item)[lang]}`);
    }
    return list;
  };
  const none = { id: "Tidak ada sanksi: tidak ada temuan yang melanggar.", en: "No sanction: no finding is violated." };
  const text = violated.length === 0 ? none : { id: parts("id").join("; ") + ".", en: parts("en").join("; ") + "." };
  return { ...summary, text };
}

function collectUncertainties(prepared: PreparedIncident, outcomes: readonly RuleOutcome[]): LocalizedText[] {
  const notes = new Map<string, LocalizedText>();
  const add = (text: LocalizedText) => notes.set(text.en, text);
  if (prepared.calendar.confidence !== "high" || prepared.phase.confidence !== "high") {
    add({
      id: `Tanggal kalender ${prepared.calendar.id} berkeyakinan ${prepared.phase.confidence}: belum dikonfirmasi sumber primer.`,
      en: `The ${prepared.calendar.id} calendar dates have ${prepared.phase.confidence} confidence: not yet confirmed by a primary source.`,
    });
  }
  if (prepared.phase.note) add(prepared.phase.note);
  // Each outcome lists, in order, its provisions' notes, its sanctions' notes and its uncertainty notes.
  for (const outcome of outcomes) for (const text of outcome.uncertainties) add(text);
  return [...notes.values()];
}

function summarise(verdict: Verdict, findings: readonly Finding[], prepared: PreparedIncident, sanctions: SanctionSummary): LocalizedText {
  const violated = findings.filter((finding) => finding.status === "violated");
  const undetermined = findings.filter((finding) => finding.status === "undetermined");
  const render = (lang: Lang): string => {
    const when = `${prepared.occurrence.localDate}${prepared.occurrence.localTime ? ` ${prepared.occurrence.localTime}` : ""} ${prepared.region.zone}`;
    const phase = `${PHASE_WORDS[prepared.phase.id][lang]} (${prepared.calendar.id}, ${when})`;
    const head = `${VERDICT_WORDS[verdict][lang]}. ${lang === "id" ? "Tahapan" : "Phase"}: ${phase}.`;
    const lines = [head];
    if (violated.length > 0) {
      const cited = [...new Set(violated.flatMap((finding) => finding.provisions.map((provision) => provision.citation)))];
      lines.push(`${lang === "id" ? "Ketentuan yang dilanggar" : "Provisions breached"}: ${cited.join("; ")}.`);
      lines.push(`${lang === "id" ? "Sanksi" : "Sanctions"}: ${sanctions.text[lang]}`);
    }
    if (undetermined.length > 0) {
      lines.push(
        lang === "id"
          ? `${undetermined.length} temuan belum dapat ditentukan karena fakta belum lengkap.`
          : `${undetermined.length} finding(s) undetermined for lack of facts.`,
      );
    }
    return lines.join(" ");
  };
  return { id: render("id"), en: render("en") };
}

/** Wraps anything unexpected so that only the library's own errors leave an evaluation. */
export function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isNetralitasError(error)) throw error;
    throw new EvaluationError(`Evaluation failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
