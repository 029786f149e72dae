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
import type { Calendar } from "../schema/calendar.ts";
import { weakestConfidence, type Confidence } from "../schema/common.ts";
import type { FindingStatus, Verdict } from "../schema/fixture.ts";
import { IncidentSchema, type Incident } from "../schema/incident.ts";
import { toInputIssues, withSuggestion } from "../schema/issues.ts";
import { InterpretationSchema, type Interpretation, type InterpretationInput } from "../schema/options.ts";
import { DISCIPLINE_LEVELS, type Sanction } from "../schema/provision.ts";
import type { Rule } from "../schema/rule.ts";
import type { Ruleset } from "../ruleset/types.ts";
import { isWithin } from "../timeline/dates.ts";
import { resolveOccurrence, type Occurrence } from "../timeline/occurrence.ts";
import { covers, determinationWindows, phaseOn, type PhaseOnDate } from "../timeline/phase.ts";
import type { Assessment, CitedProvision, EngineKind, Finding, FindingNote, RegionUsed, SanctionSummary } from "../types.ts";
import { compileCondition, type CompiledCondition } from "./compile.ts";
import { createFactExtractor, type FactExtractor } from "./facts.ts";
import { createReferenceRunner, type RuleTraces } from "./reference.ts";
import { decisiveUnknownFacts, type Facts, type TraceNode } from "./trace.ts";

/** Options for one evaluation. */
export interface EvaluateOptions {
  /** Language of error messages (assessments always carry both). Default `id`. */
  readonly lang?: Lang;
  /** Interpretation options for the open points of law; see {@link Interpretation}. */
  readonly interpretation?: InterpretationInput;
  /** `compiled` (default) or `json-rules-engine`, the reference path. */
  readonly engine?: EngineKind;
}

interface CompiledRule {
  readonly rule: Rule;
  readonly applicability: CompiledCondition;
  readonly conditions: CompiledCondition;
  readonly notes: readonly { readonly note: NonNullable<Rule["notes"]>[number]; readonly when: CompiledCondition | undefined }[];
  readonly provisions: readonly CitedProvision[];
  readonly sanctions: readonly Sanction[];
  readonly confidence: Confidence;
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
  readonly facts: Facts;
  readonly rules: readonly CompiledRule[];
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

/** The evaluator's compiled form of a rule set: built once, used for every incident. */
export class CompiledRuleset {
  readonly ruleset: Ruleset;
  readonly rules: readonly CompiledRule[];
  readonly extractFacts: FactExtractor;
  #reference: ReturnType<typeof createReferenceRunner> | undefined;

  constructor(ruleset: Ruleset) {
    this.ruleset = ruleset;
    this.extractFacts = createFactExtractor(ruleset.data.facts.facts);
    this.rules = ruleset.rules.map((rule) => {
      const provisions = rule.provisions.map((id) => citationOf(ruleset, id));
      const sanctions = rule.sanctions ?? rule.provisions.flatMap((id) => ruleset.provisions.get(id)?.sanctions ?? []);
      return {
        rule,
        applicability: compileCondition(rule.applicability, ruleset.conditions),
        conditions: compileCondition(rule.conditions, ruleset.conditions),
        notes: (rule.notes ?? []).map((note) => ({ note, when: note.when ? compileCondition(note.when, ruleset.conditions) : undefined })),
        provisions,
        sanctions,
        confidence: weakestConfidence([
          rule.confidence ?? "high",
          ...provisions.map((provision) => provision.confidence),
          ...sanctions.map((sanction) => sanction.confidence),
        ]),
      };
    });
  }

  /** The json-rules-engine runner, created on first use. */
  reference(): ReturnType<typeof createReferenceRunner> {
    this.#reference ??= createReferenceRunner(this.ruleset.rules, this.ruleset.conditions);
    return this.#reference;
  }

  /** Validates the incident and works out everything the rules need. Throws typed input errors. */
  prepare(input: unknown, options: EvaluateOptions = {}): PreparedIncident {
    const lang = options.lang ?? "id";
    const parsed = IncidentSchema.safeParse(input);
    if (!parsed.success) fail(toInputIssues(parsed.error.issues, input, IncidentSchema, lang), lang);
    const incident = parsed.data;
    const interpretationResult = InterpretationSchema.safeParse(options.interpretation ?? {});
    if (!interpretationResult.success) {
      const issues = toInputIssues(interpretationResult.error.issues, options.interpretation, InterpretationSchema, lang);
      fail(issues.map((issue) => ({ ...issue, path: ["interpretation", ...issue.path] })), lang);
    }
    const interpretation = interpretationResult.data;

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
    const region: RegionUsed = {
      province: province.id,
      provinceName: province.name,
      ...(incident.region.regency ? { regency: incident.region.regency } : {}),
      zone: province.zone,
      timeZone: province.timeZone,
    };
    const { calendar, inferred } = this.#calendarFor(incident, occurrence.localDate, lang);
    const regionRef = { province: province.id, regency: incident.region.regency };
    const phase = phaseOn(calendar, regionRef, occurrence.localDate);
    if (!phase) {
      const values = { date: occurrence.localDate, election: calendar.id, from: calendar.coverage.from, to: calendar.coverage.to };
      const messages = message("date_outside_calendar", values);
      throw new DateOutsideCalendarError([{ code: "date_outside_calendar", path: ["occurredAt"], message: messages[lang], messages }], lang);
    }
    const windows = determinationWindows(calendar, regionRef, occurrence.localDate);
    const facts = this.extractFacts(incident, {
      phase: phase.id,
      electionKind: calendar.kind,
      withinReplacementWindow: windows.untilEndOfTerm,
      withinProgrammeWindow: windows.untilWinnersDetermined,
      interpretation,
    });
    const lawDate = occurrence.localDate;
    const rules = this.rules.filter(
      ({ rule }) => isWithin(lawDate, rule.inForce.from, rule.inForce.to) && (rule.electionKinds === undefined || rule.electionKinds.includes(calendar.kind)),
    );
    return { incident, calendar, inferred, region, occurrence, phase, interpretation, facts, rules };
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
    const fitting = [...calendars.values()].filter((calendar) => covers(calendar, localDate));
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

  /** Evaluates a prepared incident with the compiled path. */
  judgeCompiled(prepared: PreparedIncident): Assessment {
    const traces = new Map<string, RuleTraces>();
    for (const compiled of prepared.rules) {
      traces.set(compiled.rule.id, { applicability: compiled.applicability(prepared.facts), conditions: compiled.conditions(prepared.facts) });
    }
    return this.assemble(prepared, traces, "compiled");
  }

  /** Evaluates a prepared incident with json-rules-engine, the reference path. */
  async judgeReference(prepared: PreparedIncident): Promise<Assessment> {
    const traces = await this.reference()(prepared.facts, new Set(prepared.rules.map(({ rule }) => rule.id)));
    return this.assemble(prepared, traces, "json-rules-engine");
  }

  /** Turns traces into findings, the verdict and the summaries. */
  assemble(prepared: PreparedIncident, traces: ReadonlyMap<string, RuleTraces>, engine: EngineKind): Assessment {
    const dictionary = this.ruleset.facts;
    const findings: Finding[] = prepared.rules.map((compiled) => {
      const trace = traces.get(compiled.rule.id);
      if (!trace) throw new EvaluationError(`No result for rule ${compiled.rule.id}`);
      const status = statusOf(trace.applicability, trace.conditions);
      const missing = new Set<string>();
      if (status === "undetermined") {
        decisiveUnknownFacts(trace.applicability, missing);
        decisiveUnknownFacts(trace.conditions, missing);
      }
      const notes: FindingNote[] = compiled.notes
        .filter(({ when }) => when === undefined || when(prepared.facts).result === true)
        .map(({ note }) => ({ kind: note.kind, text: note.text }));
      const confidence = weakestConfidence([compiled.confidence, prepared.phase.confidence]);
      return {
        ruleId: compiled.rule.id,
        title: compiled.rule.title,
        prohibition: compiled.rule.prohibition,
        status,
        provisions: compiled.provisions,
        sanctions: compiled.sanctions,
        confidence,
        explanation: explainFinding({
          rule: compiled.rule,
          status,
          applicability: trace.applicability,
          conditions: trace.conditions,
          provisions: compiled.provisions,
          sanctions: compiled.sanctions,
          notes,
          dictionary,
        }),
        trace,
        missingFacts: [...missing],
        notes,
      };
    });
    const verdict = verdictOf(findings);
    const missingFacts = rankMissingFacts(findings);
    const sanctionSummary = summariseSanctions(findings);
    const uncertainties = collectUncertainties(prepared, findings);
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
}

/** Finding status from the two trees: applicability first, then the elements of the breach. */
export function statusOf(applicability: TraceNode, conditions: TraceNode): FindingStatus {
  if (applicability.result === false) return "not_applicable";
  if (conditions.result === false) return "not_violated";
  if (applicability.result === true && conditions.result === true) return "violated";
  return "undetermined";
}

/** Any violated finding makes a violation; else an undetermined one leaves the facts insufficient. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((finding) => finding.status === "violated")) return "violation";
  if (findings.some((finding) => finding.status === "undetermined")) return "insufficient_facts";
  if (findings.some((finding) => finding.status === "not_violated")) return "no_violation";
  return "not_applicable";
}

/** Missing facts ranked by how many undetermined findings each could help settle. */
function rankMissingFacts(findings: readonly Finding[]): string[] {
  const counts = new Map<string, number>();
  for (const finding of findings) for (const fact of finding.missingFacts) counts.set(fact, (counts.get(fact) ?? 0) + 1);
  return [...counts.entries()].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0])).map(([fact]) => fact);
}

const LEVEL_ORDER = DISCIPLINE_LEVELS;

/** The heaviest discipline level, every criminal exposure, dismissal, and the moral sanction where only ethics breaches hold. */
export function summariseSanctions(findings: readonly Finding[]): SanctionSummary {
  const violated = findings.filter((finding) => finding.status === "violated");
  const sanctions = violated.flatMap((finding) => finding.sanctions);
  let heaviest: (typeof LEVEL_ORDER)[number] | undefined;
  let unclear = false;
  const criminal = new Map<string, Extract<Sanction, { kind: "criminal" }>>();
  const dismissal = new Map<string, Extract<Sanction, { kind: "dismissal" }>>();
  const administrative = new Map<string, Extract<Sanction, { kind: "administrative" }>>();
  let moral: Extract<Sanction, { kind: "moral" }> | undefined;
  for (const sanction of sanctions) {
    if (sanction.kind === "discipline") {
      if (sanction.level === "unclear") unclear = true;
      else if (heaviest === undefined || LEVEL_ORDER.indexOf(sanction.level) > LEVEL_ORDER.indexOf(heaviest)) heaviest = sanction.level;
    } else if (sanction.kind === "criminal") criminal.set(sanction.article, sanction);
    else if (sanction.kind === "dismissal") dismissal.set(`${sanction.form}:${sanction.basis ?? ""}`, sanction);
    else if (sanction.kind === "administrative") administrative.set(sanction.description.en, sanction);
    else if (sanction.kind === "moral") moral ??= sanction;
  }
  const onlyEthics = violated.length > 0 && violated.every((finding) => finding.sanctions.every((sanction) => sanction.kind === "moral"));
  const summary = {
    ...(heaviest ? { heaviestDiscipline: heaviest } : {}),
    disciplineLevelUnclear: unclear,
    dismissal: [...dismissal.values()],
    criminal: [...criminal.values()],
    administrative: [...administrative.values()],
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
    return list;
  };
  const none = { id: "Tidak ada sanksi: tidak ada temuan yang melanggar.", en: "No sanction: no finding is violated." };
  const text = violated.length === 0 ? none : { id: parts("id").join("; ") + ".", en: parts("en").join("; ") + "." };
  return { ...summary, text };
}

function collectUncertainties(prepared: PreparedIncident, findings: readonly Finding[]): LocalizedText[] {
  const notes = new Map<string, LocalizedText>();
  const add = (text: LocalizedText) => notes.set(text.en, text);
  if (prepared.calendar.confidence !== "high" || prepared.phase.confidence !== "high") {
    add({
      id: `Tanggal kalender ${prepared.calendar.id} berkeyakinan ${prepared.phase.confidence}: belum dikonfirmasi sumber primer.`,
      en: `The ${prepared.calendar.id} calendar dates have ${prepared.phase.confidence} confidence: not yet confirmed by a primary source.`,
    });
  }
  if (prepared.phase.note) add(prepared.phase.note);
  for (const finding of findings) {
    if (finding.status === "not_applicable") continue;
    for (const provision of finding.provisions) {
      if (provision.confidence !== "high") for (const note of provision.notes) add(note);
    }
    for (const sanction of finding.sanctions) if (sanction.confidence !== "high" && sanction.note) add(sanction.note);
    for (const note of finding.notes) if (note.kind === "uncertainty") add(note.text);
  }
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
