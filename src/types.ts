import type { LocalizedText } from "./_utils/text.ts";
import type { TraceNode } from "./engine/trace.ts";
import type { ElectionKind } from "./schema/calendar.ts";
import type { Confidence } from "./schema/common.ts";
import type { FindingStatus, Verdict } from "./schema/fixture.ts";
import type { Incident } from "./schema/incident.ts";
import type { Interpretation } from "./schema/options.ts";
import type { DisciplineLevel, Sanction } from "./schema/provision.ts";
import type { Prohibition } from "./schema/rule.ts";
import type { Occurrence } from "./timeline/occurrence.ts";
import type { PhaseOnDate } from "./timeline/phase.ts";

/**
 * A provision as cited in a finding.
 * @example
 * ```ts
 * const cited = assessment.findings[0]?.provisions[0];
 * cited?.citation; // => "PP 94/2021 Pasal 5 huruf n angka 3"
 * ```
 * @category Evaluation
 */
export interface CitedProvision {
  /** Stable provision id, e.g. `pp-94-2021:pasal-5:huruf-n:angka-3`. */
  readonly id: string;
  /** Human citation, e.g. `PP 94/2021 Pasal 5 huruf n angka 3`. */
  readonly citation: string;
  /** The instrument's short title, e.g. `PP 94/2021`. */
  readonly instrument: string;
  /** The provision's Indonesian text. */
  readonly text: string;
  /** How well the provision (or its wording) is sourced. */
  readonly confidence: Confidence;
  /** Notes on uncertainty carried by the catalogue. */
  readonly notes: readonly LocalizedText[];
}

/**
 * A note a rule attaches to its finding (an interpretation choice, an uncertainty, an exemption).
 * @example
 * ```ts
 * const note: FindingNote = { kind: "interpretation", text: { id: "Kehadiran pasif ...", en: "Passive attendance ..." } };
 * ```
 * @category Evaluation
 */
export interface FindingNote {
  readonly kind: "interpretation" | "uncertainty" | "exemption";
  readonly text: LocalizedText;
}

/**
 * The judgement of one rule on one incident.
 * @example
 * ```ts
 * for (const finding of assessment.findings.filter((entry) => entry.status === "violated")) {
 *   console.log(finding.ruleId, finding.provisions.map((provision) => provision.citation), finding.explanation.id);
 * }
 * ```
 * @category Evaluation
 */
export interface Finding {
  /** The rule id (its path under rules/aturan). */
  readonly ruleId: string;
  readonly title: LocalizedText;
  readonly prohibition: Prohibition;
  /** violated, not_violated, undetermined (the known facts cannot decide), not_applicable (the rule does not bind this subject). */
  readonly status: FindingStatus;
  readonly provisions: readonly CitedProvision[];
  /** The sanctions a breach carries (of the rule, or else of its provisions). */
  readonly sanctions: readonly Sanction[];
  /** The weakest confidence among the rule, its provisions, its sanctions and the calendar dates used. */
  readonly confidence: Confidence;
  /** What held, what failed, what is unknown, which article and which sanction. */
  readonly explanation: LocalizedText;
  /** The structured trace of both condition trees. */
  readonly trace: { readonly applicability: TraceNode; readonly conditions: TraceNode };
  /** For an undetermined finding: the facts whose answers could decide it. */
  readonly missingFacts: readonly string[];
  readonly notes: readonly FindingNote[];
}

/**
 * What the violated findings expose the person to, taken together.
 * @example
 * ```ts
 * assessment.sanctionSummary.heaviestDiscipline; // => "berat"
 * assessment.sanctionSummary.text.en; // => "severe disciplinary penalty ..."
 * ```
 * @category Evaluation
 */
export interface SanctionSummary {
  /** The heaviest discipline level among violated findings with a known level. */
  readonly heaviestDiscipline?: DisciplineLevel;
  /** True when a violated finding's discipline level is unclear in the sources. */
  readonly disciplineLevelUnclear: boolean;
  /** Dismissal (PTDH or PPPK contract termination), when a violated finding carries it. */
  readonly dismissal: readonly Extract<Sanction, { kind: "dismissal" }>[];
  /** Every criminal exposure of the person, one per article. */
  readonly criminal: readonly Extract<Sanction, { kind: "criminal" }>[];
  /**
   * Offences of someone else that the facts also establish (the candidate pair involving ASN in a
   * campaign, a campaign organiser): reported alongside, never the person's own exposure.
   */
  readonly relatedOffences: readonly Extract<Sanction, { kind: "criminal" }>[];
  /** Duties whose breach has no sanction stated directly (e.g. the general neutrality duty). */
  readonly unspecified: readonly Extract<Sanction, { kind: "unspecified" }>[];
  /** Administrative consequences (e.g. cancellation of an incumbent's candidacy). */
  readonly administrative: readonly Extract<Sanction, { kind: "administrative" }>[];
  /** The moral sanction, present only when every violated finding is an ethics breach. */
  readonly moral?: Extract<Sanction, { kind: "moral" }>;
  /** Weakest confidence among the sanctions summarised. */
  readonly confidence: Confidence;
  /** One-line summary in both languages. */
  readonly text: LocalizedText;
}

/**
 * The election calendar an incident was judged against.
 * @example
 * ```ts
 * assessment.election; // => { id: "pilkada-2024", kind: "pilkada", inferred: false, confidence: "high", title: {...} }
 * ```
 * @category Evaluation
 */
export interface ElectionUsed {
  readonly id: string;
  readonly kind: ElectionKind;
  readonly title: LocalizedText;
  /** True when the incident did not name the election and the evaluator found the only calendar that fits. */
  readonly inferred: boolean;
  readonly confidence: Confidence;
}

/**
 * Where, in which zone.
 * @example
 * ```ts
 * assessment.region; // => { province: "papua", provinceName: "Papua", zone: "WIT", timeZone: "Asia/Jayapura" }
 * ```
 * @category Evaluation
 */
export interface RegionUsed {
  readonly province: string;
  readonly provinceName: string;
  readonly regency?: string;
  /** WIB, WITA or WIT. */
  readonly zone: "WIB" | "WITA" | "WIT";
  /** The IANA zone. */
  readonly timeZone: string;
}

/**
 * The result of evaluating one incident.
 * @example
 * ```ts
 * const assessment: Assessment = await evaluateIncident(incident);
 * assessment.verdict; // => "violation"
 * assessment.phase.id; // => "campaign"
 * assessment.lawDate; // => "2024-10-10"
 * ```
 * @category Evaluation
 */
export interface Assessment {
  /** violation, no_violation, insufficient_facts, or not_applicable (no rule binds this subject). */
  readonly verdict: Verdict;
  /** The validated incident. */
  readonly incident: Incident;
  readonly election: ElectionUsed;
  readonly region: RegionUsed;
  /** When it happened, as a local date (and time) in the region's zone. */
  readonly occurrence: Occurrence;
  /** The election phase on the local date. */
  readonly phase: PhaseOnDate;
  /** The date whose law was applied: the local date of the incident. */
  readonly lawDate: string;
  /** The interpretation options used. */
  readonly interpretation: Interpretation;
  /**
   * `alleged` (default): only the conduct the report states was judged, other rules are `not_alleged`;
   * `all`: every rule in force was judged (a full screening).
   */
  readonly scope: "alleged" | "all";
  /**
   * The conduct areas the report states (`event`, `photo`, `socialMedia`...: the `area` of the fact
   * dictionary), in dictionary order. Empty: the report alleges no conduct.
   */
  readonly alleged: readonly string[];
  /** One finding per rule in force on the law date for this kind of election. */
  readonly findings: readonly Finding[];
  readonly sanctionSummary: SanctionSummary;
  /** Facts whose answers could settle undetermined findings, most useful first. */
  readonly missingFacts: readonly string[];
  /** Every uncertainty (confidence below high) that touched this assessment. */
  readonly uncertainties: readonly LocalizedText[];
  /** A short summary of the verdict. */
  readonly explanation: LocalizedText;
  /** Which evaluation path produced this assessment. */
  readonly engine: EngineKind;
  /** The rule set's version label. */
  readonly rulesetVersion: string;
}

/**
 * The evaluation path: compiled functions (default) or json-rules-engine as the reference.
 * @example
 * ```ts
 * await evaluateIncident(incident, { engine: "json-rules-engine" }); // the reference path; same findings
 * ```
 * @category Evaluation
 */
export type EngineKind = "compiled" | "json-rules-engine";
