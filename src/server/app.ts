import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { createEvaluator, type Evaluator } from "../evaluator.ts";
import { LIMITS } from "../limits.ts";
import { JsonSyntaxError, parseJsonDocument } from "../node/json-document.ts";
import { phaseOf } from "../phase-of.ts";
import { nextQuestions } from "../questions/questions.ts";
import { renderHtmlReport, renderMarkdownReport } from "../report/report.ts";
import type { Ruleset } from "../ruleset/types.ts";
import { toInputIssues } from "../schema/issues.ts";
import type { InterpretationInput } from "../schema/options.ts";
import type { EvaluateOptions } from "../engine/evaluate.ts";
import type { JudgingScope } from "../engine/prepare.ts";
import { nearest } from "../_utils/suggest.ts";
import { fill, type Lang } from "../_utils/text.ts";
import { uncheckedIncident } from "../_utils/unchecked.ts";
import { batchStream, type BatchLine } from "./batch.ts";
import { negotiateLanguage } from "./language.ts";
import { SUGGESTION } from "./messages.ts";
import { PROBLEM_JSON, problem, problemFromError, problemIssue, summarise, type Problem } from "./problem.ts";
import { referencePage } from "./reference-page.ts";
import {
  AssessmentRequestSchema,
  AssessmentResponseSchema,
  BatchInputLineSchema,
  BatchLineSchema,
  CalendarsResponseSchema,
  DetailQuerySchema,
  HealthResponseSchema,
  PhaseQuerySchema,
  PhaseResponseSchema,
  ProblemSchema,
  ProvisionsResponseSchema,
  QuestionsRequestSchema,
  QuestionsResponseSchema,
  ReportQuerySchema,
  ReportRequestSchema,
  RuleResponseSchema,
  RulesResponseSchema,
  type Detail,
} from "./schemas.ts";
import { assessmentSummary, calendarSummaries, provisionList, ruleSummaries } from "./views.ts";

/**
 * Options of {@link createApp}.
 * @example
 * ```ts
 * const options: AppOptions = { interpretation: { passiveAttendance: "prohibited" }, cors: { origin: ["https://desk.example.go.id"] } };
 * const app = createApp(options);
 * ```
 * @category Server
 */
export interface AppOptions {
  /** The evaluator every request shares. Default: one made from `ruleset` and `interpretation`. */
  readonly evaluator?: Evaluator;
  /** The rule set, when no evaluator is given. Default: the bundled one. */
  readonly ruleset?: Ruleset;
  /** Interpretation options for every request (a request's own go on top), when no evaluator is given. */
  readonly interpretation?: InterpretationInput;
  /** Cross-origin requests: off by default; `{ origin: "*" }` or a list of origins allows browsers on other sites. */
  readonly cors?: { readonly origin: string | readonly string[] };
  /** Language when a request's Accept-Language names neither `id` nor `en`. Default `id`. */
  readonly lang?: Lang;
  /** Request limits. Default {@link LIMITS}.request. */
  readonly limits?: { readonly maxBodyBytes?: number; readonly maxLineBytes?: number };
  /** The package version shown in the OpenAPI document. */
  readonly version?: string;
}

/**
 * The per-request values the service's middleware sets.
 * @example
 * ```ts
 * app.use(async (c, next) => { console.log(c.get("lang")); await next(); });
 * ```
 * @category Server
 */
export interface ServerVariables {
  /** The language negotiated from Accept-Language. */
  lang: Lang;
  /** The parsed JSON body (routes with a JSON body). */
  body: unknown;
}

/**
 * The Hono environment of the service's app: per-request variables set by its middleware (the
 * negotiated `lang` and the parsed `body`), for code that adds routes or middleware to the app.
 * @example
 * ```ts
 * const app: OpenAPIHono<ServerEnv> = createApp();
 * app.get("/version", (c) => c.json({ lang: c.get("lang") }));
 * ```
 * @category Server
 */
export interface ServerEnv {
  /** Per-request variables. */
  Variables: ServerVariables;
}

type AppContext = Context<ServerEnv>;

/** A request that cannot be served: the problem to answer with. */
class RequestProblem extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail);
    this.problem = problem;
  }
}

const JSON_TYPE = "application/json";
const NDJSON_TYPES = ["application/x-ndjson", "application/jsonl", "application/jsonlines", "application/ndjson"];

function respond(c: AppContext, status: number, body: unknown, type = JSON_TYPE): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": `${type}; charset=utf-8`, "content-language": c.get("lang"), vary: "Accept-Language" },
  });
}

function problemResponse(c: AppContext, value: Problem): Response {
  const response = respond(c, value.status, value, PROBLEM_JSON);
  // The rest of an oversized body is never read: the connection cannot carry another request.
  if (value.status === 413) response.headers.set("connection", "close");
  return response;
}

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaType(header: string | undefined): string | undefined {
  return header?.split(";")[0]?.trim().toLowerCase() || undefined;
}

/** Checks `data` with a route's schema: the data, or a problem whose issues come from the library's message table. */
function check<S extends z.ZodType>(schema: S, data: unknown, lang: Lang, where: "body" | "parameters"): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = toInputIssues(result.error.issues, data, schema, lang).map((issue) => problemIssue(issue, lang));
  const summary = summarise(issues);
  if (where === "parameters") throw new RequestProblem(problem("ERR_INVALID_PARAMETER", lang, { summary }, { issues }));
  const incidentOnly = issues.every((issue) => issue.path[0] === "incident");
  throw new RequestProblem(problem(incidentOnly ? "ERR_INVALID_INCIDENT" : "ERR_INVALID_REQUEST", lang, { count: issues.length, summary }, { issues }));
}

function query(c: AppContext): Record<string, string> {
  return c.req.query();
}

const problemResponses = (statuses: readonly number[]) =>
  Object.fromEntries(
    statuses.map((status) => [status, { description: PROBLEM_DESCRIPTIONS[status] ?? "A problem.", content: { [PROBLEM_JSON]: { schema: ProblemSchema } } }]),
  );

const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: "Invalid JSON or an invalid parameter (ERR_INVALID_JSON, ERR_INVALID_PARAMETER).",
  404: "No such rule, calendar or route (ERR_UNKNOWN_RULE, ERR_UNKNOWN_ELECTION, ERR_NOT_FOUND).",
  413: "The body exceeds the limit (ERR_BODY_TOO_LARGE).",
  415: "The body is not of the accepted media type (ERR_UNSUPPORTED_MEDIA_TYPE).",
  422: "The incident cannot be judged: every issue with its path (ERR_INVALID_INCIDENT, ERR_UNKNOWN_ELECTION, ERR_DATE_OUTSIDE_CALENDAR, ERR_AMBIGUOUS_ELECTION, ERR_INVALID_REQUEST).",
  500: "A bug (ERR_INTERNAL): please report it.",
};

const LANGUAGE_HEADER = z.object({
  "accept-language": z.string().optional().describe("id or en (default id): the language of problem details and reports."),
});

/**
 * The HTTP service as a Hono app, for embedding in another server or runtime (`app.fetch` is a
 * standard fetch handler) or for `startServer`. One evaluator, made once, serves every request:
 * the service keeps no state between requests, so any number of copies can run side by side.
 * @example
 * ```ts
 * import { createApp } from "netralitas-asn/server";
 *
 * const app = createApp({ interpretation: { passiveAttendance: "prohibited" } });
 * const response = await app.fetch(new Request("http://localhost/health"));
 * console.log(response.status); // => 200
 * ```
 * @category Server
 */
export function createApp(options: AppOptions = {}): OpenAPIHono<ServerEnv> {
  const evaluator =
    options.evaluator ??
    createEvaluator({ ...(options.ruleset ? { ruleset: options.ruleset } : {}), ...(options.interpretation ? { interpretation: options.interpretation } : {}) });
  const ruleset = evaluator.ruleset;
  const fallback = options.lang ?? "id";
  const maxBodyBytes = options.limits?.maxBodyBytes ?? LIMITS.request.maxBodyBytes;
  const maxLineBytes = options.limits?.maxLineBytes ?? LIMITS.request.maxLineBytes;
  const started = Date.now();
  const app = new OpenAPIHono<ServerEnv>();
  const registry = app.openAPIRegistry;

  app.use(async (c, next) => {
    c.set("lang", negotiateLanguage(c.req.header("accept-language"), fallback));
    await next();
  });
  if (options.cors) {
    const origin = typeof options.cors.origin === "string" ? options.cors.origin : [...options.cors.origin];
    app.use(cors({ origin, allowMethods: ["GET", "POST", "OPTIONS"], allowHeaders: ["Content-Type", "Accept-Language"], exposeHeaders: ["Content-Language"], maxAge: 600 }));
  }

  const limit = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => problemResponse(c as AppContext, problem("ERR_BODY_TOO_LARGE", (c as AppContext).get("lang"), { maximum: maxBodyBytes })),
  });

  /** Reads a JSON body: 415 for another media type, 413 over the limit, 400 with line and column for broken JSON. */
  const jsonBody: MiddlewareHandler<ServerEnv> = async (c, next) => {
    const type = mediaType(c.req.header("content-type"));
    if (type !== undefined && type !== JSON_TYPE && !type.endsWith("+json")) {
      return problemResponse(c, problem("ERR_UNSUPPORTED_MEDIA_TYPE", c.get("lang"), { received: type, expected: JSON_TYPE }));
    }
    const text = await c.req.text();
    try {
      c.set("body", parseJsonDocument(text).value);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      const lang = c.get("lang");
      const where = `${lang === "id" ? "baris" : "line"} ${error.position.line}, ${lang === "id" ? "kolom" : "column"} ${error.position.column}`;
      return problemResponse(c, problem("ERR_INVALID_JSON", lang, { detail: `${error.messages[lang]} (${where})` }));
    }
    await next();
    return undefined;
  };

  /** The evaluation options of a request body's `interpretation` and `scope`. */
  const optionsOf = (body: { interpretation?: unknown; scope?: JudgingScope | undefined }, lang: Lang): EvaluateOptions => ({
    lang,
    ...(body.interpretation ? { interpretation: body.interpretation as InterpretationInput } : {}),
    ...(body.scope ? { scope: body.scope } : {}),
  });

  const judge = (incident: unknown, detail: Detail, options: EvaluateOptions): unknown => {
    if (detail === "verdict") return evaluator.verdictSync(uncheckedIncident(incident), options);
    const assessment = evaluator.evaluateSync(uncheckedIncident(incident), options);
    return detail === "summary" ? assessmentSummary(assessment) : assessment;
  };

  // Each route: its OpenAPI description (from the zod schemas) and its handler, which checks the
  // request with the same schemas.
  registry.registerPath(
    createRoute({
      method: "post",
      path: "/v1/assessments",
      tags: ["Assessments"],
      summary: "Judge one incident",
      description: "Judges one incident against the rule set the service was started with. A violation is a result (200), never an error.",
      request: { query: DetailQuerySchema, headers: LANGUAGE_HEADER, body: { required: true, content: { [JSON_TYPE]: { schema: AssessmentRequestSchema } } } },
      responses: { 200: { description: "The assessment, as detailed as asked.", content: { [JSON_TYPE]: { schema: AssessmentResponseSchema } } }, ...problemResponses([400, 413, 415, 422, 500]) },
    }),
  );
  app.post("/v1/assessments", limit, jsonBody, (c) => {
    const lang = c.get("lang");
    const { detail } = check(DetailQuerySchema, query(c), lang, "parameters");
    const body = check(AssessmentRequestSchema, c.get("body"), lang, "body");
    return respond(c, 200, judge(body.incident, detail, optionsOf(body, lang)));
  });

  registry.registerPath(
    createRoute({
      method: "post",
      path: "/v1/assessments:batch",
      tags: ["Assessments"],
      summary: "Judge many incidents (NDJSON in, NDJSON out)",
      description: `One incident per line (${BatchInputLineSchema.description}); one output line per non-blank input line, in input order, streamed as it is judged. A bad line is reported in its place ({"line": n, "error": problem}) and the batch goes on. Each line may hold up to ${maxLineBytes} bytes; the batch as a whole has no size limit.`,
      request: {
        query: DetailQuerySchema,
        headers: LANGUAGE_HEADER,
        body: { required: true, content: { "application/x-ndjson": { schema: BatchInputLineSchema } } },
      },
      responses: {
        200: { description: "One JSON object per line.", content: { "application/x-ndjson": { schema: BatchLineSchema } } },
        ...problemResponses([400, 415, 500]),
      },
    }),
  );
  app.post("/v1/assessments:batch", (c) => {
    const lang = c.get("lang");
    const { detail } = check(DetailQuerySchema, query(c), lang, "parameters");
    const type = mediaType(c.req.header("content-type"));
    if (type === undefined || !NDJSON_TYPES.includes(type)) {
      return problemResponse(c, problem("ERR_UNSUPPORTED_MEDIA_TYPE", lang, { received: type ?? "-", expected: NDJSON_TYPES[0] ?? "" }));
    }
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const judgeLine = (line: BatchLine): string => {
      const lineProblem = (value: Problem) => JSON.stringify({ line: line.number, error: value });
      if ("tooLong" in line) return lineProblem(problem("ERR_LINE_TOO_LONG", lang, { line: line.number, maximum: maxLineBytes }));
      let text: string;
      try {
        text = decoder.decode(line.bytes);
      } catch {
        return lineProblem(problem("ERR_INVALID_UTF8", lang, { line: line.number }));
      }
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        // The message table's wording of the mistake, with its column (parsed again only for bad lines).
        try {
          data = parseJsonDocument(text).value;
        } catch (error) {
          if (!(error instanceof JsonSyntaxError)) throw error;
          return lineProblem(problem("ERR_INVALID_JSON", lang, { detail: `${error.messages[lang]} (${lang === "id" ? "kolom" : "column"} ${error.position.column})` }));
        }
      }
      // A line is {"incident": …, "interpretation"?: …} or a bare incident (as `netralitas evaluate --jsonl` reads).
      const envelope = typeof data === "object" && data !== null && !Array.isArray(data) && "incident" in data && !("occurredAt" in data);
      try {
        const body: { incident: unknown; interpretation?: unknown; scope?: JudgingScope | undefined } = envelope ? check(AssessmentRequestSchema, data, lang, "body") : { incident: data };
        return JSON.stringify({ line: line.number, assessment: judge(body.incident, detail, optionsOf(body, lang)) });
      } catch (error) {
        return lineProblem(error instanceof RequestProblem ? error.problem : problemFromError(error, lang, envelope));
      }
    };
    return new Response(batchStream(c.req.raw.body, judgeLine, maxLineBytes), {
      status: 200,
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "content-language": lang, vary: "Accept-Language", "cache-control": "no-store" },
    });
  });

  registry.registerPath(
    createRoute({
      method: "post",
      path: "/v1/questions",
      tags: ["Assessments"],
      summary: "Rank the questions that would settle undetermined findings",
      request: { headers: LANGUAGE_HEADER, body: { required: true, content: { [JSON_TYPE]: { schema: QuestionsRequestSchema } } } },
      responses: { 200: { description: "The verdict so far and the ranked questions.", content: { [JSON_TYPE]: { schema: QuestionsResponseSchema } } }, ...problemResponses([400, 413, 415, 422, 500]) },
    }),
  );
  app.post("/v1/questions", limit, jsonBody, (c) => {
    const lang = c.get("lang");
    const body = check(QuestionsRequestSchema, c.get("body"), lang, "body");
    const assessment = evaluator.evaluateSync(uncheckedIncident(body.incident), optionsOf(body, lang));
    const questions = nextQuestions(assessment, { ruleset, ...(body.exclude ? { exclude: body.exclude } : {}) });
    return respond(c, 200, { verdict: assessment.verdict, missingFacts: assessment.missingFacts, questions });
  });

  registry.registerPath(
    createRoute({
      method: "post",
      path: "/v1/reports",
      tags: ["Assessments"],
      summary: "A case-file report of one incident (HTML or Markdown)",
      request: { query: ReportQuerySchema, headers: LANGUAGE_HEADER, body: { required: true, content: { [JSON_TYPE]: { schema: ReportRequestSchema } } } },
      responses: {
        200: {
          description: "The report: self-contained HTML (inline CSS, no scripts) or Markdown.",
          content: { "text/html": { schema: z.string() }, "text/markdown": { schema: z.string() } },
        },
        ...problemResponses([400, 413, 415, 422, 500]),
      },
    }),
  );
  app.post("/v1/reports", limit, jsonBody, (c) => {
    const negotiated = c.get("lang");
    const parameters = check(ReportQuerySchema, query(c), negotiated, "parameters");
    const lang = parameters.lang ?? negotiated;
    c.set("lang", lang);
    const body = check(ReportRequestSchema, c.get("body"), lang, "body");
    const assessment = evaluator.evaluateSync(uncheckedIncident(body.incident), optionsOf(body, lang));
    const reportOptions = { lang, ruleset, ...(body.title ? { title: body.title } : {}) };
    const html = parameters.format === "html";
    const text = html ? renderHtmlReport(assessment, reportOptions) : renderMarkdownReport(assessment, reportOptions);
    return new Response(text, { status: 200, headers: { "content-type": `${html ? "text/html" : "text/markdown"}; charset=utf-8`, "content-language": lang, vary: "Accept-Language" } });
  });

  registry.registerPath(
    createRoute({
      method: "get",
      path: "/v1/rules",
      tags: ["Rule set"],
      summary: "The rules of the rule set in use",
      responses: { 200: { description: "One entry per rule.", content: { [JSON_TYPE]: { schema: RulesResponseSchema } } } },
    }),
  );
  app.get("/v1/rules", (c) => respond(c, 200, ruleSummaries(ruleset)));

  const RuleParams = z.object({ id: z.string().describe("The rule id, e.g. pp-94-2021/pengerahan-pns (the slash may be sent as is or as %2F).") });
  registry.registerPath(
    createRoute({
      method: "get",
      path: "/v1/rules/{id}",
      tags: ["Rule set"],
      summary: "One rule as data (its conditions, sanctions and notes)",
      request: { params: RuleParams, headers: LANGUAGE_HEADER },
      responses: { 200: { description: "The rule, as in rules/aturan.", content: { [JSON_TYPE]: { schema: RuleResponseSchema } } }, ...problemResponses([404]) },
    }),
  );
  app.get("/v1/rules/:id{.+}", (c) => {
    const id = c.req.param("id");
    const rule = ruleset.rules.find((candidate) => candidate.id === id);
    if (!rule) {
      const near = nearest(id, ruleset.rules.map((candidate) => candidate.id));
      const lang = c.get("lang");
      return problemResponse(c, problem("ERR_UNKNOWN_RULE", lang, { value: id, suggestion: near ? fill(SUGGESTION[lang], { name: near }) : "" }));
    }
    return respond(c, 200, rule);
  });

  registry.registerPath(
    createRoute({
      method: "get",
      path: "/v1/provisions",
      tags: ["Rule set"],
      summary: "The provision catalogue: text, citations, sanctions and confidence",
      responses: { 200: { description: "Every provision with its instrument.", content: { [JSON_TYPE]: { schema: ProvisionsResponseSchema } } } },
    }),
  );
  app.get("/v1/provisions", (c) => respond(c, 200, provisionList(ruleset)));

  registry.registerPath(
    createRoute({
      method: "get",
      path: "/v1/calendars",
      tags: ["Calendars"],
      summary: "The election calendars and their phases",
      responses: { 200: { description: "Every calendar.", content: { [JSON_TYPE]: { schema: CalendarsResponseSchema } } } },
    }),
  );
  app.get("/v1/calendars", (c) => respond(c, 200, calendarSummaries(ruleset)));

  const CalendarParams = z.object({ id: z.string().describe("The calendar id, e.g. pilkada-2024.") });
  registry.registerPath(
    createRoute({
      method: "get",
      path: "/v1/calendars/{id}/phase",
      tags: ["Calendars"],
      summary: "The phase of an election on a local date in a region",
      request: { params: CalendarParams, query: PhaseQuerySchema, headers: LANGUAGE_HEADER },
      responses: { 200: { description: "The phase, the local date and the zone.", content: { [JSON_TYPE]: { schema: PhaseResponseSchema } } }, ...problemResponses([400, 404, 422]) },
    }),
  );
  app.get("/v1/calendars/:id/phase", (c) => {
    const lang = c.get("lang");
    const parameters = check(PhaseQuerySchema, query(c), lang, "parameters");
    try {
      const result = phaseOf(c.req.param("id"), parameters.occurredAt, { province: parameters.province, ...(parameters.regency ? { regency: parameters.regency } : {}) }, { ruleset, lang });
      return respond(c, 200, result);
    } catch (error) {
      const value = problemFromError(error, lang, false);
      // An unknown calendar in the path is a missing resource.
      return problemResponse(c, value.code === "ERR_UNKNOWN_ELECTION" ? { ...value, status: 404 } : value);
    }
  });

  registry.registerPath(
    createRoute({
      method: "get",
      path: "/health",
      tags: ["Service"],
      summary: "Liveness and the rule set in use",
      responses: { 200: { description: "The service is up.", content: { [JSON_TYPE]: { schema: HealthResponseSchema } } } },
    }),
  );
  app.get("/health", (c) =>
    respond(c, 200, { status: "ok", rulesetVersion: ruleset.version, rules: ruleset.rules.length, uptimeSeconds: Math.round((Date.now() - started) / 1000) }),
  );

  const document = () =>
    app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "netralitas-asn",
        version: options.version ?? ruleset.version,
        description:
          "Judges reports of Indonesian civil servants' (ASN) conduct in elections against the election calendar and the law in force on the day: verdict, findings, cited provisions, sanctions and explanations in Indonesian and English. Errors are RFC 9457 problem details in the language of Accept-Language (id or en).",
        license: { name: "MIT", url: "https://opensource.org/license/mit" },
      },
      tags: [
        { name: "Assessments", description: "Judge incidents." },
        { name: "Rule set", description: "The rules and provisions in use." },
        { name: "Calendars", description: "Election calendars and phases." },
        { name: "Service", description: "Health and documentation." },
      ],
    });
  let cached: unknown;
  registry.registerPath(
    createRoute({
      method: "get",
      path: "/openapi.json",
      tags: ["Service"],
      summary: "This OpenAPI 3.1 document",
      responses: { 200: { description: "The OpenAPI document, generated from the service's zod schemas." } },
    }),
  );
  app.get("/openapi.json", (c) => respond(c, 200, (cached ??= document())));
  registry.registerPath(
    createRoute({
      method: "get",
      path: "/docs",
      tags: ["Service"],
      summary: "The API reference page (HTML, no external resources)",
      responses: { 200: { description: "An HTML page rendering this document." } },
    }),
  );
  app.get("/docs", () => {
    cached ??= document();
    return new Response(referencePage(cached), { status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'" } });
  });
  app.get("/", (c) => c.redirect("/docs"));

  app.notFound((c) => problemResponse(c as AppContext, problem("ERR_NOT_FOUND", (c as AppContext).get("lang") ?? fallback, { method: c.req.method, path: new URL(c.req.url).pathname })));
  app.onError((error, c) => {
    const context = c as AppContext;
    const lang = context.get("lang") ?? fallback;
    if (error instanceof RequestProblem) return problemResponse(context, error.problem);
    if (error instanceof HTTPException && error.status === 413) return problemResponse(context, problem("ERR_BODY_TOO_LARGE", lang, { maximum: maxBodyBytes }));
    return problemResponse(context, problemFromError(error, lang));
  });
  return app;
}
