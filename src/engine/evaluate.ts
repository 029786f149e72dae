import type { Lang, LocalizedText } from "../_utils/text.ts";
import { nearest } from "../_utils/suggest.ts";
import { AmbiguousElectionError, DateOutsideCalendarError, EvaluationError, isNetralitasError, UnknownElectionError } from "../errors.ts";
import { message } from "../messages.ts";
import type { Calendar, PhaseId } from "../schema/calendar.ts";
import type { Confidence } from "../schema/common.ts";
import type { FindingStatus, Verdict } from "../schema/fixture.ts";
import type { Employment, Incident } from "../schema/incident.ts";
import { withSuggestion } from "../schema/issues.ts";
import { InterpretationSchema, type Interpretation, type InterpretationInput } from "../schema/options.ts";
import { toInputIssues } from "../schema/issues.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { Rule } from "../schema/rule.ts";
import { deepFreeze } from "../_utils/freeze.ts";
import { daysAfter, isWithin } from "../timeline/dates.ts";
import { resolveOccurrence } from "../timeline/occurrence.ts";
import type { Assessment, EngineKind, Finding, FindingNote, RegionUsed, SanctionSummary } from "../types.ts";
import { DEFAULT_CACHE_SIZE, OutcomeCache, OutcomeKeys, sharedNodeBudget } from "./cache.ts";
import type { NodeSharing } from "./compile.ts";
import { DayTable } from "./day-table.ts";
import { ExplanationMemo, type MemoStats } from "./explanations.ts";
import { createFactVectorReader, type FactVector, type FactVectorReader } from "./facts.ts";
import { factAlternatives, type FactAlternatives } from "./operators.ts";
import { contradiction, fail, parseIncident, Prepared, type JudgingScope, type PreparedIncident, type PreparedView } from "./prepare.ts";
import { createReferenceRunner, type RuleTraces } from "./reference.ts";
import { areaLookup, compileRule, freezeOutcome, freezeTraces, LazyDetail, type CompiledRule, type RuleOutcome, type SanctionVersion, type VerdictFinding } from "./rule-outcome.ts";
import { summariseSanctions } from "./sanctions.ts";
import {
  compileImplications,
  conductAreas,
  incidentViews,
  isContradiction,
  statedAreas,
  withUnstatedAreasNone,
  type ApplyImplications,
  type ConductAreas,
} from "./scope.ts";
import { scopedStatus, statusFromResults, statusOf, STATUS_STRENGTH, verdictOf, verdictOfStatuses } from "./status.ts";
import { collectUncertainties, rankMissingFacts, summarise } from "./summary.ts";
import { decisiveUnknownFacts, type FactValue, type TraceNode } from "./trace.ts";

export { DEFAULT_CACHE_SIZE } from "./cache.ts";
export type { JudgingScope, PreparedIncident } from "./prepare.ts";
export type { VerdictFinding } from "./rule-outcome.ts";
export { statusOf, verdictOf } from "./status.ts";
export { summariseSanctions } from "./sanctions.ts";

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
  /**
   * `alleged` (default): judge the conduct the report states; rules whose conduct it does not mention
   * are `not_alleged`. `all`: judge every rule in force, as a full screening from an empty report does.
   */
  readonly scope?: JudgingScope;
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
  /** violation, no_violation, insufficient_facts, nothing_alleged or not_applicable, as in {@link Assessment}. */
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
 * How an evaluator's outcome cache has done: lookups that found a rule's outcome (`hits`) and those
 * that had to judge it (`misses`), entries held and the most it holds.
 * @example
 * ```ts
 * const { outcomes } = evaluator.cacheStats();
 * const hitRate = outcomes.hits / Math.max(1, outcomes.hits + outcomes.misses);
 * ```
 */
export interface CacheStats {
  readonly outcomes: { readonly hits: number; readonly misses: number; readonly entries: number; readonly capacity: number };
  /** Trace nodes kept for sharing between traces, all rules together, and the most that may be kept. */
  readonly traceNodes: { readonly shared: number; readonly capacity: number };
  /**
   * The memos bounded by bytes: explanation texts (1 MiB to 32 MiB, 2 kB an outcome of `cacheSize`)
   * and the questions of undetermined findings (256 kB to 4 MiB, half a kilobyte an outcome).
   */
  readonly memos: MemoStats;
}

const NO_FACTS: readonly string[] = Object.freeze([]);

/** Stands for a tree an explanation does not read (the elements of a rule that is not applicable or not alleged). */
const UNREAD: TraceNode = Object.freeze({ kind: "all", result: undefined, children: Object.freeze([]) });

/** Where a finding keeps its outcome's detail (a symbol, so neither JSON nor cloning sees it). */
const DETAIL = Symbol("detail");
type WithDetail = { readonly [DETAIL]: LazyDetail };
/** One pair of getters for every finding, so that reading them stays a monomorphic property access. */
const LAZY_FIELDS: PropertyDescriptorMap = Object.freeze({
  explanation: Object.freeze({
    get(this: WithDetail) {
      return this[DETAIL].explanation;
    },
    enumerable: true,
  }),
  trace: Object.freeze({
    get(this: WithDetail) {
      return this[DETAIL].trace;
    },
    enumerable: true,
  }),
});

/** The evaluator's compiled form of a rule set: built once, used for every incident. */
export class CompiledRuleset {
  readonly ruleset: Ruleset;
  /** Each rule compiled on first use (a day's rule list needs it), frozen: start-up compiles only what it judges. */
  readonly #compiled: (CompiledRule | undefined)[];
  readonly #compile: (index: number) => CompiledRule;
  readonly #factReader: FactVectorReader;
  readonly #areas: ConductAreas;
  readonly #implications: ApplyImplications;
  readonly #alternatives: FactAlternatives;
  #reference: ReturnType<typeof createReferenceRunner> | undefined;
  readonly #days: DayTable<CompiledRule>;
  readonly #keys = new OutcomeKeys();
  readonly #outcomes: OutcomeCache<RuleOutcome>;
  /** Outcomes of findings that are not applicable or not alleged, by the facts they depend on (see #subjectOutcome). */
  readonly #subjectOutcomes: OutcomeCache<RuleOutcome>;
  readonly #explanations: ExplanationMemo;
  /** The budget of shared trace nodes, and what is left of it (every rule's trees draw on it). */
  readonly #sharing: NodeSharing;
  readonly #interpretations = new Map<string, Interpretation>();
  readonly #interpretationsByObject = new WeakMap<object, Interpretation>();
  readonly #sanctionSummaries = new Map<string, SanctionSummary>();
  readonly #rankings = new Map<string, readonly string[]>();
  /** #conductToAsk's lists, by the day's rules (one array per day-table piece) and which of them bind. */
  readonly #conductQuestions = new WeakMap<readonly CompiledRule[], Map<string, readonly string[]>>();
  readonly #outcomeNumbers = new WeakMap<RuleOutcome, number>();
  readonly #sanctionNumbers = new Map<Finding["sanctions"], number>();
  /**
   * Entries each of the assessment-level memos (sanction summaries, ranked missing facts, conduct
   * questions) may hold before it starts again: scaled with the outcome cache (256 to 4,096), so that
   * a stream worker's small evaluator does not fill thousands of them over a long run.
   */
  readonly #summaryEntries: number;
  #lastOutcomeNumber = 0;

  constructor(ruleset: Ruleset, options: { readonly cacheSize?: number | undefined } = {}) {
    this.ruleset = ruleset;
    const definitions = ruleset.data.facts.facts;
    const reader = createFactVectorReader(definitions);
    this.#factReader = reader;
    this.#areas = conductAreas(definitions);
    this.#implications = compileImplications(ruleset.data.facts.implications ?? [], reader.index);
    this.#alternatives = factAlternatives(definitions);
    const areaOf = areaLookup(definitions, this.#areas.names);
    this.#compiled = new Array<CompiledRule | undefined>(ruleset.rules.length).fill(undefined);
    const size = options.cacheSize ?? DEFAULT_CACHE_SIZE;
    this.#summaryEntries = Math.min(4096, Math.max(256, size));
    const budget = sharedNodeBudget(size);
    this.#sharing = { budget, left: budget };
    // What every finding shares with the compiled rule (cited provisions, sanction lists) is frozen;
    // the compiled tests themselves are functions, which deepFreeze leaves alone.
    this.#compile = (index) => deepFreeze(compileRule(ruleset, ruleset.rules[index] as Rule, index, reader.index, areaOf, this.#alternatives, this.#sharing));
    this.#outcomes = new OutcomeCache(size);
    // Few per rule: who is bound takes few combinations of facts.
    this.#subjectOutcomes = new OutcomeCache(Math.min(size, Math.max(4096, 64 * ruleset.rules.length)));
    // cacheSize 0 turns off remembering altogether: every explanation is then composed.
    this.#explanations = new ExplanationMemo(ruleset, size);
    this.#days = new DayTable(
      (calendar, lawDate) => {
        const inForce: CompiledRule[] = [];
        ruleset.rules.forEach((rule, index) => {
          if (isWithin(lawDate, rule.inForce.from, rule.inForce.to) && (rule.electionKinds === undefined || rule.electionKinds.includes(calendar.kind))) inForce.push(this.#ruleAt(index));
        });
        return inForce;
      },
      // The in-force list changes on a rule's first day and on the day after its last.
      [...new Set(ruleset.rules.flatMap(({ inForce }) => (inForce.to === undefined ? [inForce.from] : [inForce.from, daysAfter(inForce.to, 1)])))],
    );
  }

  /** Every rule of the rule set, compiled (all of them, now: prefer what a day needs). */
  get rules(): readonly CompiledRule[] {
    return this.ruleset.rules.map((_, index) => this.#ruleAt(index));
  }

  #ruleAt(index: number): CompiledRule {
    return (this.#compiled[index] ??= this.#compile(index));
  }

  /** How the outcome cache has done since this evaluator was made. */
  cacheStats(): CacheStats {
    const outcomes = this.#outcomes;
    return {
      outcomes: { hits: outcomes.hits, misses: outcomes.misses, entries: outcomes.entries, capacity: outcomes.size },
      traceNodes: { shared: this.#sharing.budget - this.#sharing.left, capacity: this.#sharing.budget },
      memos: this.#explanations.stats(),
    };
  }

  /** The json-rules-engine runner, created on first use. */
  reference(): ReturnType<typeof createReferenceRunner> {
    this.#reference ??= createReferenceRunner(this.ruleset.rules, this.ruleset.conditions, this.#alternatives);
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
    const scope = options.scope ?? "alleged";

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
    const day = this.#days.get(calendar, regionRef, occurrence.localDate, incident.target?.contest);
    const phase = day.phase;
    if (!phase) {
      const values = { date: occurrence.localDate, election: calendar.id, from: calendar.coverage.from, to: calendar.coverage.to };
      const messages = message("date_outside_calendar", values);
      throw new DateOutsideCalendarError([{ code: "date_outside_calendar", path: ["occurredAt"], message: messages[lang], messages }], lang);
    }
    const context = {
      phase: phase.id,
      electionKind: calendar.kind,
      withinReplacementWindow: day.untilEndOfTerm,
      withinProgrammeWindow: day.untilWinnersDetermined,
      interpretation,
    };
    const views = incidentViews(incident).map((view) => this.#view(view, context, scope, lang));
    return new Prepared(
      { incident, calendar, inferred, region, occurrence, phase, interpretation, scope, views, rules: day.rules },
      this.#factReader,
    );
  }

  /** One view of an incident: its facts read, implications applied, and (scope alleged) unstated areas none. */
  #view(incident: Incident, context: Parameters<FactVectorReader["read"]>[1], scope: JudgingScope, lang: Lang): PreparedView {
    const read = this.#factReader.read(incident, context);
    const stated = statedAreas(this.#areas, read, incident);
    const implied = this.#implications(read);
    if (isContradiction(implied)) {
      contradiction(implied, this.ruleset.facts.get(implied.fact)?.path, lang);
    }
    const vector = scope === "all" ? implied : withUnstatedAreasNone(this.#areas, implied, stated);
    return { vector, stated };
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

  /** True when the view states one of the rule's conduct areas (always, in scope `all`). */
  #alleged(compiled: CompiledRule, view: PreparedView, scope: JudgingScope): boolean {
    // A rule that reads no conduct fact has no conduct to allege: it is always judged.
    if (scope === "all" || compiled.conductAreas.length === 0) return true;
    for (const area of compiled.conductAreas) if (view.stated.has(area)) return true;
    return false;
  }

  /**
   * Evaluates a prepared incident with the compiled path. A rule's outcome (status, trace, missing
   * facts, notes, explanation) is a function of the values of the facts it reads and of whether it
   * is alleged, so it is computed once per distinct set of values and then shared (frozen) by later
   * incidents; see {@link OutcomeKeys}. With several views, each rule takes its strongest outcome.
   */
  judgeCompiled(prepared: PreparedIncident): Assessment {
    let outcomes: RuleOutcome[] | undefined;
    for (const view of prepared.views) {
      const values = this.#keys.begin(view.vector);
      const these: RuleOutcome[] = [];
      for (const compiled of prepared.rules) {
        const alleged = this.#alleged(compiled, view, prepared.scope);
        const version = versionOn(compiled, prepared.occurrence.localDate);
        // The tag: rule, allegation and sanction version (all that the outcome depends on besides the facts read).
        const tag = (compiled.index * 2 + (alleged ? 1 : 0)) * 0x10000 + version;
        const key = OutcomeCache.hash(tag, values, compiled.reads);
        let outcome = key < 0 ? undefined : this.#outcomes.get(key, tag, values, compiled.reads);
        if (!outcome) {
          // The status from the trace-free tests, as the fast mode has it; the traces when needed.
          const vector = view.vector;
          const applicability = compiled.applicabilityTest(vector);
          const status = scopedStatus(applicability === false ? "not_applicable" : statusFromResults(applicability, compiled.conditionsTest(vector)), alleged);
          const traces = this.#tracesLater(compiled, vector);
          outcome =
            status === "not_applicable" || status === "not_alleged"
              ? this.#subjectOutcome(compiled, status, vector, values, tag, version, traces)
              : freezeOutcome(this.#outcomeOf(compiled, status, vector, version, traces));
          if (key >= 0) this.#outcomes.set(key, tag, values, compiled.reads, outcome);
        }
        these.push(outcome);
      }
      outcomes = outcomes === undefined ? these : strongest(outcomes, these);
    }
    return this.#assemble(prepared, outcomes ?? [], "compiled");
  }

  /**
   * Judges a prepared incident for its verdict and finding statuses only, with trace-free tests:
   * no trace, no explanation, no missing facts. The statuses are those of {@link judgeCompiled}.
   */
  judgeVerdict(prepared: PreparedIncident): VerdictSummary {
    const findings: VerdictFinding[] = [];
    for (const compiled of prepared.rules) {
      let best: FindingStatus | undefined;
      for (const view of prepared.views) {
        // A rule that does not bind the person is not_applicable whatever its conditions say.
        const applicability = compiled.applicabilityTest(view.vector);
        const status = scopedStatus(
          applicability === false ? "not_applicable" : statusFromResults(applicability, compiled.conditionsTest(view.vector)),
          this.#alleged(compiled, view, prepared.scope),
        );
        if (best === undefined || STATUS_STRENGTH[status] > STATUS_STRENGTH[best]) best = status;
      }
      findings.push(compiled.verdictEntries[best ?? "not_applicable"]);
    }
    return {
      verdict: verdictOf(findings, statesConduct(prepared)),
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
    const ids = new Set(prepared.rules.map(({ rule }) => rule.id));
    let outcomes: RuleOutcome[] | undefined;
    for (const view of prepared.views) {
      const facts = view === prepared.views[0] ? prepared.facts : this.#factReader.toFacts(view.vector);
      const traces = await this.reference()(facts, ids);
      const these = this.#outcomesOfTraces(prepared, view, traces);
      outcomes = outcomes === undefined ? these : strongest(outcomes, these);
    }
    return this.#assemble(prepared, outcomes ?? [], "json-rules-engine");
  }

  /** Turns traces (of the first view) into findings, the verdict and the summaries. */
  assemble(prepared: PreparedIncident, traces: ReadonlyMap<string, RuleTraces>, engine: EngineKind): Assessment {
    return this.#assemble(prepared, this.#outcomesOfTraces(prepared, prepared.views[0] as PreparedView, traces), engine);
  }

  #outcomesOfTraces(prepared: PreparedIncident, view: PreparedView, traces: ReadonlyMap<string, RuleTraces>): RuleOutcome[] {
    return prepared.rules.map((compiled) => {
      const trace = traces.get(compiled.rule.id);
      if (!trace) throw new EvaluationError(`No result for rule ${compiled.rule.id}`);
      const frozen = freezeTraces(trace);
      const status = scopedStatus(statusOf(frozen.applicability, frozen.conditions), this.#alleged(compiled, view, prepared.scope));
      return freezeOutcome(this.#outcomeOf(compiled, status, view.vector, versionOn(compiled, prepared.occurrence.localDate), () => frozen));
    });
  }

  /**
   * The outcome of a finding that is not applicable or not alleged: everything but its trace is a
   * function of the facts who-is-bound, the notes and the sanction readings read (see
   * CompiledRule.subjectReads), so it comes from a second cache keyed by those alone and is shared
   * (its explanation too) by every combination of the other facts; the trace stays this incident's.
   */
  #subjectOutcome(
    compiled: CompiledRule,
    status: FindingStatus,
    vector: FactVector,
    values: readonly number[],
    tag: number,
    version: number,
    traces: (subjectOnly?: boolean) => RuleTraces,
  ): RuleOutcome {
    const key = OutcomeCache.hash(tag, values, compiled.subjectReads);
    let shared = key < 0 ? undefined : this.#subjectOutcomes.get(key, tag, values, compiled.subjectReads);
    if (!shared) {
      shared = freezeOutcome(this.#outcomeOf(compiled, status, vector, version, traces));
      if (key >= 0) this.#subjectOutcomes.set(key, tag, values, compiled.subjectReads, shared);
    }
    const common = shared;
    return freezeOutcome({
      status,
      missingFacts: common.missingFacts,
      notes: common.notes,
      sanctions: common.sanctions,
      uncertainties: common.uncertainties,
      version,
      detail: new LazyDetail(
        () => freezeTraces(traces()),
        () => common.detail.explanation,
      ),
      findings: {},
    });
  }

  /**
   * A maker of one rule's traces from the facts it reads, keeping only those values (not the
   * incident's whole vector) for as long as the outcome may be read.
   */
  #tracesLater(compiled: CompiledRule, vector: FactVector): (subjectOnly?: boolean) => RuleTraces {
    const names = this.#factReader.names;
    const facts: Record<string, FactValue> = {};
    for (const slot of compiled.reads) {
      const value = vector[slot];
      if (value !== undefined) facts[names[slot] as string] = value;
    }
    return (subjectOnly = false) => ({ applicability: compiled.applicability(facts), conditions: subjectOnly ? UNREAD : compiled.conditions(facts) });
  }

  /**
   * The outcome of one rule with a given status. Its traces are made now when the status is
   * undetermined (they give the missing facts), else when the trace or explanation is first read.
   */
  #outcomeOf(compiled: CompiledRule, status: FindingStatus, facts: FactVector, version: number, tracesOf: (subjectOnly?: boolean) => RuleTraces): RuleOutcome {
    const missing = new Set<string>();
    let traces: RuleTraces | undefined;
    if (status === "undetermined") {
      traces = freezeTraces(tracesOf());
      decisiveUnknownFacts(traces.applicability, missing);
      decisiveUnknownFacts(traces.conditions, missing);
    }
    let noteMask = "";
    const notes: FindingNote[] = [];
    const judged = status !== "not_alleged";
    for (const { note, when } of compiled.notes) {
      const applies = judged && (when === undefined || when(facts) === true);
      noteMask += applies ? "1" : "0";
      if (applies) notes.push({ kind: note.kind, text: note.text });
    }
    // The sanctions of the law date's version (UU 10/2016 Pasal 188 changed on 14 Nov 2024), under the reading chosen.
    const dated = versionOf(compiled, version);
    const sanctions = dated.alternatives.find((entry) => entry.when(facts) === true)?.sanctions ?? dated.sanctions;
    const uncertainties: LocalizedText[] = [];
    if (status !== "not_applicable" && status !== "not_alleged") {
      for (const provision of compiled.provisions) {
        if (provision.confidence !== "high") for (const note of provision.notes) uncertainties.push(note);
      }
      for (const sanction of sanctions) if (sanction.confidence !== "high" && sanction.note) uncertainties.push(sanction.note);
      for (const note of notes) if (note.kind === "uncertainty") uncertainties.push(note.text);
    }
    const explanations = this.#explanations;
    // A rule that does not bind the person, or whose conduct is not alleged, is explained by who it
    // binds alone: its elements are neither shown nor made for the explanation.
    const subjectOnly = status === "not_applicable" || status === "not_alleged";
    // The trace the explanation is keyed on and its memo key, kept: the text is asked of the memo
    // at every read, by a key made once.
    let explained: RuleTraces | undefined;
    let key: string | undefined;
    const detail = new LazyDetail(
      () => freezeTraces(tracesOf()),
      (trace) => {
        explained ??= subjectOnly && traces === undefined ? tracesOf(true) : trace();
        key ??= explanations.keyOf(compiled, status, explained, noteMask, sanctions, version);
        return explanations.explain(key, compiled, status, explained, notes, sanctions);
      },
      traces,
    );
    return { status, missingFacts: [...missing], notes, sanctions, detail, uncertainties, version, findings: {} };
  }

  /** The finding of one rule's outcome, frozen, made once per outcome and calendar confidence. */
  #findingOf(compiled: CompiledRule, outcome: RuleOutcome, phaseConfidence: Confidence): Finding {
    const known = outcome.findings[phaseConfidence];
    if (known) return known;
    // The explanation and trace are read through the outcome's detail (made on first read, then
    // kept); as own enumerable properties, JSON and structured cloning see them like any other.
    const finding = {
      ruleId: compiled.rule.id,
      title: compiled.rule.title,
      prohibition: compiled.rule.prohibition,
      status: outcome.status,
      provisions: compiled.provisions,
      sanctions: outcome.sanctions,
      confidence: versionOf(compiled, outcome.version).confidenceWith[phaseConfidence],
    } as Finding;
    // One call (string keys in this order, then the symbol): explanation, trace, missingFacts, notes.
    Object.defineProperties(finding, {
      explanation: LAZY_FIELDS.explanation as PropertyDescriptor,
      trace: LAZY_FIELDS.trace as PropertyDescriptor,
      missingFacts: { value: outcome.missingFacts, enumerable: true },
      notes: { value: outcome.notes, enumerable: true },
      [DETAIL]: { value: outcome.detail },
    });
    Object.freeze(finding);
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
    const verdict = verdictOfStatuses(
      findings.map((finding) => finding.status),
      statesConduct(prepared),
    );
    const missingFacts = verdict === "nothing_alleged" ? this.#conductToAsk(prepared.rules, findings) : this.#rankMissingFacts(outcomes);
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
      scope: prepared.scope,
      alleged: this.#areas.names.filter((_name, area) => prepared.views.some((view) => view.stated.has(area))),
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
   * What to ask when a report alleges no conduct: the first fact of each conduct area of the rules in
   * force that bind the person (so that the interview asks what happened), most rules first. With no
   * conduct stated, a rule binds the person exactly when its finding is not `not_applicable`; the
   * list is remembered by the day's rules and which of them bind.
   */
  #conductToAsk(rules: readonly CompiledRule[], findings: readonly Finding[]): readonly string[] {
    let bound = "";
    for (const finding of findings) bound += finding.status === "not_applicable" ? "0" : "1";
    let byBound = this.#conductQuestions.get(rules);
    if (!byBound) this.#conductQuestions.set(rules, (byBound = new Map()));
    const known = byBound.get(bound);
    if (known) return known;
    const counts = new Map<number, number>();
    rules.forEach((compiled, index) => {
      if (bound[index] === "0") return;
      for (const area of compiled.conductAreas) counts.set(area, (counts.get(area) ?? 0) + 1);
    });
    const names = this.#factReader.names;
    const asked = Object.freeze(
      [...counts.entries()]
        .sort((left, right) => right[1] - left[1] || left[0] - right[0])
        .flatMap(([area]) => {
          const slot = this.#areas.slotsOfArea[area]?.[0];
          return slot === undefined ? [] : [names[slot] as string];
        }),
    );
    if (byBound.size >= this.#summaryEntries) byBound.clear();
    byBound.set(bound, asked);
    return asked;
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
      if (this.#rankings.size >= this.#summaryEntries) this.#rankings.clear();
      this.#rankings.set(key, ranked);
    }
    return ranked;
  }

  /** A number per list of sanctions (a rule's own, or one of its other readings'). */
  #sanctionsNumber(sanctions: Finding["sanctions"]): number {
    let number = this.#sanctionNumbers.get(sanctions);
    if (number === undefined) this.#sanctionNumbers.set(sanctions, (number = this.#sanctionNumbers.size + 1));
    return number;
  }

  /** {@link summariseSanctions}, remembered by the violated findings' sanctions and the employment (its only inputs). */
  #sanctionSummary(findings: readonly Finding[], employment: Employment | undefined): SanctionSummary {
    let key = `${employment ?? ""}\u0000`;
    for (const finding of findings) if (finding.status === "violated") key += `${finding.ruleId}:${this.#sanctionsNumber(finding.sanctions)}\u0000`;
    let summary = this.#sanctionSummaries.get(key);
    if (!summary) {
      summary = summariseSanctions(findings, employment);
      if (this.#sanctionSummaries.size >= this.#summaryEntries) this.#sanctionSummaries.clear();
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

/** The index of the sanction version of a rule in force on a law date (0 for a rule without dated sanctions). */
function versionOn(compiled: CompiledRule, lawDate: string): number {
  let version = 0;
  // YYYY-MM-DD compares as text in calendar order; a version starts on its change date.
  while (version < compiled.sanctionChanges.length && (compiled.sanctionChanges[version] as string) <= lawDate) version++;
  return version;
}

/** A rule's sanction version by index (every compiled rule has at least one). */
function versionOf(compiled: CompiledRule, version: number): SanctionVersion {
  const dated = compiled.versions[version];
  if (!dated) throw new EvaluationError(`No sanction version ${version} for rule ${compiled.rule.id}`);
  return dated;
}

/** True when the incident states any conduct area (in any of its views). */
function statesConduct(prepared: PreparedIncident): boolean {
  return prepared.views.some((view) => view.stated.size > 0);
}

/** Per rule, the stronger of two outcomes (see {@link STATUS_STRENGTH}); the first wins ties. */
function strongest(left: RuleOutcome[], right: readonly RuleOutcome[]): RuleOutcome[] {
  for (let index = 0; index < left.length; index++) {
    const candidate = right[index];
    const current = left[index];
    if (candidate && current && STATUS_STRENGTH[candidate.status] > STATUS_STRENGTH[current.status]) left[index] = candidate;
  }
  return left;
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
