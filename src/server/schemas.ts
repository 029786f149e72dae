import { z } from "@hono/zod-openapi";
import { ConfidenceSchema, InForceSchema, LocalizedTextSchema } from "../schema/common.ts";
import { ELECTION_KINDS, PHASES } from "../schema/calendar.ts";
import { OPERATORS } from "../schema/condition.ts";
import { FINDING_STATUSES, VERDICTS } from "../schema/fixture.ts";
import { IncidentSchema } from "../schema/incident.ts";
import { InterpretationSchema, SCOPES } from "../schema/options.ts";
import { ProvisionSchema, SanctionSchema, DISCIPLINE_LEVELS } from "../schema/provision.ts";
import { PROHIBITIONS, RuleSchema } from "../schema/rule.ts";

// The zod schemas of the HTTP service's requests and responses, from which /openapi.json is
// generated. Request bodies reuse the library's own schemas (the incident, the interpretation);
// responses describe the library's result types, with every enum taken from the library's
// constants (VERDICTS, FINDING_STATUSES, PHASES, …), so a status added there appears here.
// The service checks requests through the evaluator (typed errors with paths and suggestions), and
// test/server.test.ts parses real responses with these schemas, so the document cannot drift.

/**
 * How much of an assessment a response carries (`?detail=`): `verdict` (the fast mode), `summary`
 * (without traces) or `full` (the default).
 * @example
 * ```ts
 * DETAILS; // => ["verdict", "summary", "full"]
 * ```
 * @category Server
 */
export const DETAILS = ["verdict", "summary", "full"] as const;
/**
 * One of {@link DETAILS}.
 * @example
 * ```ts
 * const detail: Detail = "summary";
 * ```
 * @category Server
 */
export type Detail = (typeof DETAILS)[number];

/** Report formats. */
export const REPORT_FORMATS = ["html", "markdown"] as const;

const LANGS = ["id", "en"] as const;

/**
 * A named component of the OpenAPI document (#/components/schemas/…), referenced wherever the
 * schema is used. zod copies prototype methods onto each schema when it is made, so the library's
 * schemas (made before @hono/zod-openapi added `.openapi` to zod's prototype, depending on import
 * order) are named through the prototype's method; the description is carried over.
 */
function named<S extends z.ZodType>(schema: S, name: string): S {
  const openapi = (z.ZodType.prototype as unknown as { openapi: (this: S, refId: string, metadata?: { description: string }) => S }).openapi;
  return openapi.call(schema, name, ...(schema.description ? [{ description: schema.description }] : []));
}

// Named components: each is referenced, not repeated, wherever it is used below.
const Incident = named(IncidentSchema, "Incident");
const InterpretationOptions = named(InterpretationSchema.partial(), "InterpretationOptions");
const Interpretation = named(InterpretationSchema, "Interpretation");
const LocalizedText = named(LocalizedTextSchema, "LocalizedText");
const Sanction = named(SanctionSchema, "Sanction");
const Confidence = named(ConfidenceSchema, "Confidence");

export const DetailQuerySchema = z.strictObject({
  detail: z
    .enum(DETAILS)
    .default("full")
    .describe(
      "verdict: the verdict and each finding's status (fast); summary: the assessment without traces; full: the whole assessment with traces (some 100-300 kB). / Seberapa rinci hasilnya.",
    ),
});

export const AssessmentRequestSchema = named(z
  .strictObject({
    incident: Incident,
    interpretation: InterpretationOptions.optional()
      .describe("Interpretation options for this request, over those the service was started with. / Pilihan tafsir untuk permintaan ini."),
    scope: z.enum(SCOPES).optional()
      .describe("alleged (default): judge the conduct the report states, other rules are not_alleged; all: every rule in force, a full screening. / Cakupan penilaian."),
  })
  .describe("One incident to judge, with optional interpretation options. / Satu kejadian untuk dinilai."), "AssessmentRequest");

export const QuestionsRequestSchema = named(AssessmentRequestSchema.extend({
  exclude: z.array(z.string().max(200)).max(500).optional().describe("Facts not to ask again (skipped by the user). / Fakta yang tidak ditanyakan lagi."),
}), "QuestionsRequest");

export const ReportRequestSchema = named(AssessmentRequestSchema.extend({
  title: z.string().max(300).optional().describe("A title for the report. / Judul laporan."),
}), "ReportRequest");

export const ReportQuerySchema = z.strictObject({
  format: z.enum(REPORT_FORMATS).default("html").describe("html (self-contained, no scripts) or markdown."),
  lang: z.enum(LANGS).optional().describe("Language of the report; default from Accept-Language, else id. / Bahasa laporan."),
});

export const PhaseQuerySchema = z.strictObject({
  occurredAt: z.string().max(40).describe("A local date (2024-11-23), local date-time (2024-11-23T23:30) or date-time with offset."),
  province: z.string().max(100).describe("Province slug, e.g. kalimantan-tengah; it fixes the time zone."),
  regency: z.string().max(100).optional().describe("Regency or city slug, for regional stage overrides."),
});

const Tri = z.boolean().optional().describe("true = held, false = failed, absent = unknown.");

export const TraceNodeSchema = named(z
  .looseObject({
    kind: z.enum(["leaf", "all", "any", "not"]),
    name: z.string().optional(),
    fact: z.string().optional(),
    operator: z.enum(OPERATORS).optional(),
    expected: z.unknown().optional(),
    actual: z.union([z.string(), z.number(), z.boolean()]).optional(),
    result: Tri,
    unknownFacts: z.array(z.string()).optional(),
    label: LocalizedText.optional(),
    reference: z.string().optional(),
    children: z.array(z.unknown()).optional().describe("Child nodes (each a TraceNode)."),
  })
  .describe("A node of a finding's trace: a leaf comparison or an all/any/not group. / Simpul jejak penilaian."), "TraceNode");

export const CitedProvisionSchema = named(z.object({
  id: z.string(),
  citation: z.string(),
  instrument: z.string(),
  text: z.string(),
  confidence: Confidence,
  notes: z.array(LocalizedText),
}), "CitedProvision");

export const FindingNoteSchema = named(z.object({ kind: z.enum(["interpretation", "uncertainty", "exemption"]), text: LocalizedText }), "FindingNote");

const findingShape = {
  ruleId: z.string(),
  title: LocalizedText,
  prohibition: z.enum(PROHIBITIONS),
  status: z.enum(FINDING_STATUSES),
  provisions: z.array(CitedProvisionSchema),
  sanctions: z.array(Sanction),
  confidence: Confidence,
  explanation: LocalizedText,
  missingFacts: z.array(z.string()),
  notes: z.array(FindingNoteSchema),
};

export const FindingSchema = named(z.object({ ...findingShape, trace: z.object({ applicability: TraceNodeSchema, conditions: TraceNodeSchema }) }), "Finding");
export const FindingSummarySchema = named(z.object(findingShape).describe("A finding without its trace."), "FindingSummary");

const sanctionOf = (kind: string) => SanctionSchema.options.find((option) => option.shape.kind.value === kind) ?? SanctionSchema;

export const SanctionSummarySchema = named(z.object({
  heaviestDiscipline: z.enum(DISCIPLINE_LEVELS).optional(),
  disciplineLevelUnclear: z.boolean(),
  dismissal: z.array(sanctionOf("dismissal")),
  criminal: z.array(sanctionOf("criminal")),
  relatedOffences: z.array(sanctionOf("criminal")),
  unspecified: z.array(sanctionOf("unspecified")),
  administrative: z.array(sanctionOf("administrative")),
  moral: sanctionOf("moral").optional(),
  confidence: Confidence,
  text: LocalizedText,
}), "SanctionSummary");

export const PhaseOnDateSchema = named(z.object({
  id: z.enum(PHASES),
  from: z.string(),
  to: z.string(),
  confidence: Confidence,
  note: LocalizedText.optional(),
  regionalOverride: z.object({ province: z.string(), regency: z.string().optional() }).optional(),
  stages: z.array(z.object({ id: z.string(), name: LocalizedText })),
}), "PhaseOnDate");

export const OccurrenceSchema = named(z.object({
  localDate: z.string(),
  localTime: z.string().optional(),
  instant: z.string().optional(),
  precision: z.enum(["date", "local_date_time", "instant"]),
}), "Occurrence");

const ZONES = ["WIB", "WITA", "WIT"] as const;

const assessmentShape = {
  verdict: z.enum(VERDICTS),
  incident: Incident,
  election: z.object({ id: z.string(), kind: z.enum(ELECTION_KINDS), title: LocalizedText, inferred: z.boolean(), confidence: Confidence }),
  region: z.object({ province: z.string(), provinceName: z.string(), regency: z.string().optional(), zone: z.enum(ZONES), timeZone: z.string() }),
  occurrence: OccurrenceSchema,
  phase: PhaseOnDateSchema,
  lawDate: z.string(),
  interpretation: Interpretation,
  scope: z.enum(SCOPES).describe("alleged (default): only the conduct the report states is judged; all: every rule, as in interview screening."),
  alleged: z.array(z.string()).describe("The conduct areas the report states (event, photo, socialMedia, …)."),
  sanctionSummary: SanctionSummarySchema,
  missingFacts: z.array(z.string()),
  uncertainties: z.array(LocalizedText),
  explanation: LocalizedText,
  engine: z.enum(["compiled", "json-rules-engine"]),
  rulesetVersion: z.string(),
};

export const AssessmentSchema = named(z.object({ ...assessmentShape, findings: z.array(FindingSchema) }).describe("detail=full: the whole assessment."), "Assessment");
export const AssessmentSummarySchema = named(z
  .object({ ...assessmentShape, findings: z.array(FindingSummarySchema) })
  .describe("detail=summary: the assessment without the findings' traces."), "AssessmentSummary");
export const VerdictSummarySchema = named(z
  .object({
    verdict: z.enum(VERDICTS),
    election: z.string(),
    phase: z.enum(PHASES),
    lawDate: z.string(),
    findings: z.array(z.object({ ruleId: z.string(), status: z.enum(FINDING_STATUSES) })),
    engine: z.literal("compiled"),
    rulesetVersion: z.string(),
  })
  .describe("detail=verdict: the verdict and each finding's status."), "VerdictSummary");

export const AssessmentResponseSchema = z.union([AssessmentSchema, AssessmentSummarySchema, VerdictSummarySchema]);

const FACT_VALUE = z.union([z.string(), z.number(), z.boolean()]);

export const QuestionSchema = named(z.object({
  fact: z.string(),
  facts: z.array(z.string()),
  path: z.string().describe("The incident path the answer fills, e.g. conduct.event.role."),
  type: z.enum(["boolean", "enum", "integer", "string"]),
  text: LocalizedText,
  label: LocalizedText,
  answers: z.array(z.object({ value: FACT_VALUE, label: LocalizedText })),
  findings: z.array(z.string()),
  settles: z.number().int(),
}), "Question");

export const QuestionsResponseSchema = named(z.object({
  verdict: z.enum(VERDICTS),
  missingFacts: z.array(z.string()),
  questions: z.array(QuestionSchema).describe("Ranked: the question whose answer settles the most findings first."),
}), "QuestionsResponse");

export const RuleSummarySchema = named(z.object({
  id: z.string(),
  title: LocalizedText,
  prohibition: z.enum(PROHIBITIONS),
  provisions: z.array(z.string()),
  inForce: InForceSchema,
  electionKinds: z.array(z.enum(ELECTION_KINDS)).optional(),
  confidence: Confidence.optional(),
}), "RuleSummary");

export const RulesResponseSchema = named(z.object({ rulesetVersion: z.string(), rules: z.array(RuleSummarySchema) }), "RulesResponse");

// A condition tree is recursive; the OpenAPI document describes it as an object and points to
// the JSON Schema that spells it out (rules/schema/rule.schema.json, $defs.Condition).
const ConditionDocSchema = z
  .record(z.string(), z.unknown())
  .describe("A condition: a comparison {name, fact, operator, value}, a group {all|any|not}, or {condition: id}; spelt out in rules/schema/rule.schema.json.");

export const RuleResponseSchema = named(RuleSchema.extend({
  applicability: ConditionDocSchema,
  conditions: ConditionDocSchema,
  notes: z.array(z.object({ kind: z.string(), text: LocalizedText, when: ConditionDocSchema.optional() }).loose()).optional(),
  alternativeSanctions: z.array(z.object({ when: ConditionDocSchema, sanctions: z.array(Sanction) })).optional(),
}).describe("A rule as in rules/aturan (see rules/schema/rule.schema.json)."), "Rule");

export const ProvisionEntrySchema = named(ProvisionSchema.extend({
  instrument: z.object({ id: z.string(), shortTitle: z.string(), title: z.string() }),
}), "Provision");

export const ProvisionsResponseSchema = named(z.object({ rulesetVersion: z.string(), provisions: z.array(ProvisionEntrySchema) }), "ProvisionsResponse");

export const CalendarSummarySchema = named(z.object({
  id: z.string(),
  kind: z.enum(ELECTION_KINDS),
  title: LocalizedText,
  legalBasis: z.string(),
  confidence: Confidence,
  coverage: z.object({ from: z.string(), to: z.string() }),
  phases: z.array(z.object({ id: z.enum(PHASES), from: z.string(), to: z.string() })),
}), "CalendarSummary");

export const CalendarsResponseSchema = named(z.object({ rulesetVersion: z.string(), calendars: z.array(CalendarSummarySchema) }), "CalendarsResponse");

export const PhaseResponseSchema = named(z.object({
  election: z.string(),
  phase: PhaseOnDateSchema,
  occurrence: OccurrenceSchema,
  zone: z.enum(ZONES),
  timeZone: z.string(),
}), "PhaseResponse");

export const HealthResponseSchema = named(z.object({
  status: z.literal("ok"),
  rulesetVersion: z.string(),
  rules: z.number().int(),
  uptimeSeconds: z.number(),
}), "HealthResponse");

export const IssueSchema = named(z.object({
  code: z.string().describe("Machine-readable kind, e.g. unrecognized_key."),
  path: z.array(z.union([z.string(), z.number()])).describe("Path from the root of the request's incident (or parameters) to the offending value."),
  pointer: z.string().describe("The same path as a JSON Pointer (RFC 6901) into the request body."),
  message: z.string().describe("The message in the response's language (Content-Language)."),
  suggestion: z.string().optional().describe("The nearest known key or value, for a typo."),
}), "ProblemIssue");

export const ProblemSchema = named(z
  .object({
    type: z.string().describe("A URI naming the kind of problem (urn:netralitas-asn:problem:…)."),
    title: z.string().describe("Short summary of the kind of problem, in the response's language."),
    status: z.number().int(),
    detail: z.string().describe("What went wrong with this request, in the response's language."),
    code: z.string().describe("Stable machine-readable code, e.g. ERR_INVALID_INCIDENT, ERR_BODY_TOO_LARGE."),
    issues: z.array(IssueSchema).optional().describe("Every problem with its path (invalid incidents and parameters)."),
    candidates: z.array(z.string()).optional().describe("For ERR_AMBIGUOUS_ELECTION: the calendar ids that fit."),
  })
  .describe("An RFC 9457 problem detail (application/problem+json)."), "Problem");

export const BatchLineSchema = named(z
  .union([
    z.object({ line: z.number().int().describe("The input line number, from 1."), assessment: AssessmentResponseSchema }),
    z.object({ line: z.number().int(), error: ProblemSchema }),
  ])
  .describe("One output line of a batch: the input line's number and its assessment, or the problem with that line."), "BatchOutputLine");

export const BatchInputLineSchema = named(z
  .union([AssessmentRequestSchema, IncidentSchema])
  .describe("One input line: {\"incident\": …, \"interpretation\"?: …}, or a bare incident."), "BatchInputLine");
