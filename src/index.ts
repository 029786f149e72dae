// The core entry: no node: imports, so it runs in browsers and at the edge.
// File system helpers live in `netralitas-asn/node`, coverage assertions in `netralitas-asn/testing`.

export { evaluateIncident, evaluateIncidentSync, evaluateVerdictSync, createEvaluator, bundledRuleset, bundledRulesetSource } from "./evaluator.ts";
export type { Evaluator, EvaluatorConfig } from "./evaluator.ts";
export { parseIncident } from "./parse-incident.ts";
export type { ParseIncidentOptions } from "./parse-incident.ts";
export { findingOf } from "./finding-of.ts";
export type { BundledRuleId, BundledElectionId, BundledProvinceId } from "./ruleset/bundled-ids.generated.ts";
export type { CacheStats, EvaluateOptions, JudgingScope, VerdictSummary, VerdictFinding } from "./engine/evaluate.ts";
export type { MemoStats } from "./engine/explanations.ts";
export { loadRuleset, checkRuleset, mergeRulesetSources } from "./ruleset/load.ts";
export type { FileNames } from "./ruleset/cross-check.ts";
export type { Ruleset, RulesetSource, RulesetData, SourceFile, CatalogueEntry } from "./ruleset/types.ts";
export { phaseOf } from "./phase-of.ts";
export { LIMITS } from "./limits.ts";
export type { PhaseResult } from "./phase-of.ts";
export { coverageReport, formatCoverageGaps } from "./coverage.ts";
export type { CoverageReport, ProvisionCoverage, RuleCoverage, FixtureCase } from "./coverage.ts";

export {
  NetralitasError,
  InvalidIncidentError,
  UnknownElectionError,
  DateOutsideCalendarError,
  AmbiguousElectionError,
  RulesetError,
  EvaluationError,
  isNetralitasError,
  isInvalidIncidentError,
  isRulesetError,
  formatPath,
} from "./errors.ts";
export type { ErrorCode, InputIssue, RulesetProblem } from "./errors.ts";

export { IncidentSchema, EMPLOYMENTS, ASN_EMPLOYMENTS, EVENT_KINDS, EVENT_ROLES, TARGET_STATUSES } from "./schema/incident.ts";
export type { Incident, IncidentInput, Employment } from "./schema/incident.ts";
export { InterpretationSchema } from "./schema/options.ts";
export type { Interpretation, InterpretationInput } from "./schema/options.ts";
export { RuleSchema, RuleNoteSchema, SharedConditionSchema, PROHIBITIONS } from "./schema/rule.ts";
export type { Rule, RuleNote, SharedCondition, Prohibition } from "./schema/rule.ts";
export { ConditionSchema, OPERATORS } from "./schema/condition.ts";
export type { Condition, LeafCondition, AllCondition, AnyCondition, NotCondition, ConditionReference, Operator } from "./schema/condition.ts";
export { ProvisionCatalogueSchema, ProvisionSchema, SanctionSchema, DISCIPLINE_LEVELS, ADMINISTRATIVE_MEASURES } from "./schema/provision.ts";
export type { Provision, ProvisionCatalogue, Sanction, DisciplineLevel } from "./schema/provision.ts";
export { CalendarSchema, PhasePeriodSchema, KeyDatesSchema, RegionTableSchema, PHASES, ELECTION_KINDS } from "./schema/calendar.ts";
export type { Calendar, PhaseId, ElectionKind, RegionTable, Province, KeyDates, PhasePeriod } from "./schema/calendar.ts";
export { FactDictionarySchema, FactDefinitionSchema } from "./schema/fact-dictionary.ts";
export type { FactDefinition, FactDictionary } from "./schema/fact-dictionary.ts";
export { FixtureSchema, VERDICTS, FINDING_STATUSES } from "./schema/fixture.ts";
export type { Fixture, Verdict, FindingStatus } from "./schema/fixture.ts";
export { ConfidenceSchema, InForceSchema } from "./schema/common.ts";
export type { Confidence, InForce } from "./schema/common.ts";

export type {
  Assessment,
  Finding,
  FindingNote,
  CitedProvision,
  SanctionSummary,
  ElectionUsed,
  RegionUsed,
  EngineKind,
} from "./types.ts";
export type { TraceNode, TraceLeaf, TraceGroup, Tri, Facts, FactValue } from "./engine/trace.ts";
export type { Occurrence } from "./timeline/occurrence.ts";
export type { PhaseOnDate, RegionRef, RegionalOverrideRef, Contest } from "./timeline/phase.ts";
export type { LocalizedText, Lang } from "./_utils/text.ts";
export { describeSanction } from "./explain/words.ts";
export { traceElements } from "./explain/elements.ts";
export type { TraceElement, TraceElementGroup } from "./explain/elements.ts";
export { nextQuestions, answerQuestion, isAllowedAnswer } from "./questions/questions.ts";
export type { Question, QuestionAnswer, QuestionTarget, NextQuestionsOptions } from "./questions/questions.ts";
export { renderMarkdownReport, renderHtmlReport, escapeHtml } from "./report/report.ts";
export type { ReportOptions } from "./report/report.ts";
