// The HTTP service over real HTTP on a loopback port: every route, every class of error (as
// application/problem+json in the language of Accept-Language), the OpenAPI document (validated
// as OpenAPI 3.1 by a maintained validator, and covering every route the app answers), CORS and
// graceful shutdown. Responses are compared with the library's own results for the same input.
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvaluator, nextQuestions, renderHtmlReport, renderMarkdownReport, type Evaluator, type IncidentInput } from "../src/index.ts";
import { loadFixtures } from "../src/node/index.ts";
import { createApp, startServer, type RunningServer } from "../src/server/index.ts";
import {
  AssessmentSchema,
  AssessmentSummarySchema,
  CalendarsResponseSchema,
  HealthResponseSchema,
  PhaseResponseSchema,
  ProblemSchema,
  ProvisionsResponseSchema,
  QuestionsResponseSchema,
  RuleResponseSchema,
  RulesResponseSchema,
  VerdictSummarySchema,
} from "../src/server/schemas.ts";
import { PROBLEMS } from "../src/server/messages.ts";
import { LIMITS } from "../src/limits.ts";
import type { z } from "zod";

const camat: IncidentInput = {
  election: "pilkada-2024",
  region: { province: "kalimantan-tengah", regency: "kotawaringin-timur" },
  occurredAt: "2024-10-12T09:30:00+07:00",
  subject: { employment: "pns", positionTitle: "Camat" },
  conduct: { event: { kind: "campaign", role: "participant", otherAsnBrought: 14 } },
};

const evaluator = createEvaluator();
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

/** The body parsed with a response schema, and whether the schema described every field (zod strips unknown keys). */
async function described<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  const json: unknown = await response.json();
  const parsed = schema.parse(json);
  expect(JSON.parse(JSON.stringify(parsed))).toEqual(json);
  return parsed;
}

async function problemOf(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = ProblemSchema.parse(await response.json());
  expect(body).toMatchObject({ status, code, type: expect.stringMatching(/^urn:netralitas-asn:problem:[a-z-]+$/) });
  expect(body.title.length).toBeGreaterThan(0);
  return body;
}

const statuses = (findings: readonly { ruleId: string; status: string }[]) => Object.fromEntries(findings.map((finding) => [finding.ruleId, finding.status]));

describe("POST /v1/assessments", () => {
  it("detail=full is the library's assessment, byte for byte, and the schema describes every field", async () => {
    const response = await post("/v1/assessments", { incident: camat });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).toBe(JSON.stringify(evaluator.evaluateSync(camat)));
    const parsed = AssessmentSchema.parse(JSON.parse(text));
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(JSON.parse(text));
    expect(parsed.verdict).toBe("violation");
  });

  it("detail=summary leaves out the traces only; detail=verdict is the fast mode's summary", async () => {
    const full = evaluator.evaluateSync(camat);
    const summary = await described(await post("/v1/assessments?detail=summary", { incident: camat }), AssessmentSummarySchema);
    expect(summary.findings.every((finding) => !("trace" in finding))).toBe(true);
    expect(statuses(summary.findings)).toEqual(statuses(full.findings));
    expect(summary.findings[0]?.explanation).toEqual(full.findings[0]?.explanation);
    const verdict = await described(await post("/v1/assessments?detail=verdict", { incident: camat }), VerdictSummarySchema);
    expect(verdict).toEqual(JSON.parse(JSON.stringify(evaluator.verdictSync(camat))));
  });

  it("a request's interpretation goes over the service's; the service's is set at start", async () => {
    const passive: IncidentInput = { election: "pilkada-2024", region: { province: "kalimantan-tengah" }, occurredAt: "2024-10-10", subject: { employment: "pns" }, conduct: { event: { kind: "campaign", role: "passive_listener", accompanyingSpouse: false } } };
    const lenient = await (await post("/v1/assessments?detail=verdict", { incident: passive })).json();
    const strict = await (await post("/v1/assessments?detail=verdict", { incident: passive, interpretation: { passiveAttendance: "prohibited" } })).json();
    expect(statuses(lenient.findings)["pp-94-2021/ikut-kampanye"]).toBe("not_violated");
    expect(statuses(strict.findings)["pp-94-2021/ikut-kampanye"]).toBe("violated");
    const strictServer = await startServer({ port: 0, interpretation: { passiveAttendance: "prohibited" } });
    try {
      const response = await fetch(`${strictServer.url}/v1/assessments?detail=verdict`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ incident: passive }) });
      expect(statuses((await response.json()).findings)["pp-94-2021/ikut-kampanye"]).toBe("violated");
    } finally {
      await strictServer.close();
    }
  });

  it("a request's scope: alleged by default (unstated conduct not alleged), all for a full screening; a wrong value is a 422 naming /scope", async () => {
    const passive: IncidentInput = { election: "pilkada-2024", region: { province: "kalimantan-tengah" }, occurredAt: "2024-10-10", subject: { employment: "pns" }, conduct: { event: { kind: "campaign", role: "passive_listener", accompanyingSpouse: false } } };
    const alleged = await (await post("/v1/assessments?detail=summary", { incident: passive })).json();
    const all = await (await post("/v1/assessments?detail=summary", { incident: passive, scope: "all" })).json();
    expect(alleged.scope).toBe("alleged");
    expect(all.scope).toBe("all");
    expect(alleged.verdict).toBe(evaluator.evaluateSync(passive).verdict);
    expect(all.verdict).toBe(evaluator.evaluateSync(passive, { scope: "all" }).verdict);
    expect(statuses(alleged.findings)["pp-94-2021/keputusan-menguntungkan"]).toBe("not_alleged");
    expect(statuses(all.findings)["pp-94-2021/keputusan-menguntungkan"]).toBe("undetermined");
    const wrong = await problemOf(await post("/v1/assessments", { incident: passive, scope: "everything" }), 422, "ERR_INVALID_REQUEST");
    expect(wrong.issues?.map((issue) => issue.pointer)).toEqual(["/scope"]);
  });

  it("every fixture judged over HTTP has the statuses the library gives", async () => {
    const cases = loadFixtures().slice(0, 60);
    for (const { fixture } of cases) {
      const body = { incident: fixture.incident, ...(fixture.interpretation ? { interpretation: fixture.interpretation } : {}) };
      const response = await post("/v1/assessments?detail=verdict", body);
      expect(response.status).toBe(200);
      const expected = evaluator.verdictSync(fixture.incident, fixture.interpretation ? { interpretation: fixture.interpretation } : undefined);
      expect((await response.json()).findings).toEqual(JSON.parse(JSON.stringify(expected.findings)));
    }
  });
});

describe("problems (RFC 9457) in the language of Accept-Language", () => {
  it("422 for a misspelt key, with the path, a JSON pointer and the suggestion, in Indonesian by default and English on request", async () => {
    const incident = { ...camat, subject: { employmnt: "pns" } };
    const id = await problemOf(await post("/v1/assessments", { incident }), 422, "ERR_INVALID_INCIDENT");
    expect(id.title).toBe(PROBLEMS.ERR_INVALID_INCIDENT.title.id);
    expect(id.issues).toEqual([expect.objectContaining({ code: "unrecognized_key", path: ["incident", "subject", "employmnt"], pointer: "/incident/subject/employmnt", suggestion: "employment" })]);
    expect(id.issues?.[0]?.message).toContain("Mungkin maksudnya");
    const response = await post("/v1/assessments", { incident }, { "accept-language": "fr-FR, en-GB;q=0.8, id;q=0.5" });
    expect(response.headers.get("content-language")).toBe("en");
    const en = await problemOf(response, 422, "ERR_INVALID_INCIDENT");
    expect(en.title).toBe("Invalid incident");
    expect(en.issues?.[0]?.message).toBe('Unknown key "employmnt". Did you mean "employment"?');
    expect(en.detail).toContain("/incident/subject/employmnt");
  });

  it("422 for each kind of incident that cannot be judged: unknown election, date outside the calendar, ambiguous election", async () => {
    const unknown = await problemOf(await post("/v1/assessments", { incident: { ...camat, election: "pilkada-2042" } }, { "accept-language": "en" }), 422, "ERR_UNKNOWN_ELECTION");
    expect(unknown.issues?.[0]).toMatchObject({ path: ["incident", "election"], pointer: "/incident/election" });
    const outside = await problemOf(await post("/v1/assessments", { incident: { ...camat, occurredAt: "2030-01-01" } }), 422, "ERR_DATE_OUTSIDE_CALENDAR");
    expect(outside.issues?.[0]?.pointer).toBe("/incident/occurredAt");
    const { election: _election, ...withoutElection } = camat;
    const ambiguous = await problemOf(await post("/v1/assessments", { incident: { ...withoutElection, region: { province: "jawa-barat" }, occurredAt: "2024-01-10" } }), 422, "ERR_AMBIGUOUS_ELECTION");
    expect(ambiguous.candidates).toEqual(["pemilu-2024", "pilkada-2024"]);
  });

  it("422 for a body that is not {incident, interpretation}, and for bad interpretation options", async () => {
    const missing = await problemOf(await post("/v1/assessments", { incidnet: camat }, { "accept-language": "en" }), 422, "ERR_INVALID_REQUEST");
    expect(missing.issues?.map((issue) => issue.pointer)).toEqual(expect.arrayContaining(["/incidnet", "/incident"]));
    expect(missing.issues?.find((issue) => issue.pointer === "/incidnet")?.suggestion).toBe("incident");
    const options = await problemOf(await post("/v1/assessments", { incident: camat, interpretation: { passiveAttendance: "maybe" } }), 422, "ERR_INVALID_REQUEST");
    expect(options.issues?.[0]?.pointer).toBe("/interpretation/passiveAttendance");
  });

  it("400 for broken JSON, with line and column", async () => {
    const broken = await problemOf(await post("/v1/assessments", '{\n  "incident": {"region": }\n}', { "accept-language": "en" }), 400, "ERR_INVALID_JSON");
    expect(broken.detail).toMatch(/line 2, column \d+/);
    expect(broken.detail).toMatch(/^Invalid JSON/);
  });

  it("400 for an invalid query parameter, naming the allowed values", async () => {
    const bad = await problemOf(await post("/v1/assessments?detail=everything", { incident: camat }, { "accept-language": "en" }), 400, "ERR_INVALID_PARAMETER");
    expect(bad.issues?.[0]).toMatchObject({ path: ["detail"] });
    expect(bad.issues?.[0]?.message).toContain("verdict, summary, full");
  });

  it("404 for an unknown route; 415 for a body that is not JSON; 413 over the body limit", async () => {
    const route = await problemOf(await fetch(`${server.url}/v1/assesments`, { headers: { "accept-language": "en" } }), 404, "ERR_NOT_FOUND");
    expect(route.detail).toContain("/v1/assesments");
    await problemOf(await post("/v1/assessments", "incident=1", { "content-type": "application/x-www-form-urlencoded" }), 415, "ERR_UNSUPPORTED_MEDIA_TYPE");
    const big = JSON.stringify({ incident: { ...camat, summary: "x".repeat(LIMITS.request.maxBodyBytes) } });
    const tooLarge = await problemOf(await post("/v1/assessments", big), 413, "ERR_BODY_TOO_LARGE");
    expect(tooLarge.detail).toContain(String(LIMITS.request.maxBodyBytes));
  });

  it("500 for a failure inside evaluation, as a problem that names the error (never a verdict)", async () => {
    const broken: Evaluator = {
      ...evaluator,
      ruleset: evaluator.ruleset,
      evaluate: () => Promise.reject(new TypeError("boom")),
      evaluateSync: () => {
        throw new TypeError("boom");
      },
      verdictSync: () => {
        throw new TypeError("boom");
      },
    };
    const failing = await startServer({ port: 0, evaluator: broken });
    try {
      const response = await fetch(`${failing.url}/v1/assessments`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ incident: camat }) });
      const body = await problemOf(response, 500, "ERR_INTERNAL");
      expect(body.detail).toContain("TypeError: boom");
    } finally {
      await failing.close();
    }
  });

  it("the developer guide lists every problem code with its status", async () => {
    const { readFileSync } = await import("node:fs");
    const guide = readFileSync(new URL("../docs/developer-guide.md", import.meta.url), "utf8");
    const rows = new Map([...guide.matchAll(/^\| `(ERR_[A-Z0-9_]+)` \| (\d+)/gm)].map((match) => [match[1], Number(match[2])]));
    expect([...rows.keys()].sort()).toEqual(Object.keys(PROBLEMS).sort());
    for (const [code, entry] of Object.entries(PROBLEMS)) expect(rows.get(code), code).toBe(entry.status);
  });

  it("every problem code of the message table has a title and detail in both languages", () => {
    for (const [code, entry] of Object.entries(PROBLEMS)) {
      for (const lang of ["id", "en"] as const) {
        expect(entry.title[lang].length, `${code} ${lang}`).toBeGreaterThan(0);
        expect(entry.detail[lang].length, `${code} ${lang}`).toBeGreaterThan(0);
      }
      expect(entry.title.id).not.toBe(entry.title.en);
    }
  });
});

/** Reads an NDJSON response line by line. */
async function* ndjson(response: Response): AsyncGenerator<Record<string, unknown>> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let rest = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    rest += decoder.decode(value, { stream: true });
    let newline = rest.indexOf("\n");
    while (newline !== -1) {
      yield JSON.parse(rest.slice(0, newline)) as Record<string, unknown>;
      rest = rest.slice(newline + 1);
      newline = rest.indexOf("\n");
    }
  }
  expect(rest).toBe("");
}

async function collect(response: Response): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  for await (const line of ndjson(response)) lines.push(line);
  return lines;
}

describe("POST /v1/assessments:batch (NDJSON)", () => {
  const batch = (body: BodyInit, query = "?detail=verdict", headers: Record<string, string> = {}) =>
    fetch(`${server.url}/v1/assessments:batch${query}`, { method: "POST", headers: { "content-type": "application/x-ndjson", ...headers }, body });

  it("one output line per input line, in order, bad lines reported in place with their line numbers", async () => {
    const encoder = new TextEncoder();
    const lines = [
      JSON.stringify({ incident: camat }),
      "",
      "{not json",
      JSON.stringify({ ...camat, subject: { employmnt: "pns" } }),
      JSON.stringify({ incident: camat, interpretation: { passiveAttendance: "prohibited" } }),
      "   ",
      JSON.stringify({ ...camat, election: "pilkada-2042" }),
    ];
    const parts = [encoder.encode(lines.join("\r\n").slice(0, 50)), encoder.encode(lines.join("\r\n").slice(50)), new Uint8Array([10, 0xff, 0xfe, 10])];
    const body = new Blob(parts);
    const response = await batch(body, "?detail=verdict", { "accept-language": "en" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const output = await collect(response);
    expect(output.map((line) => [line["line"], "assessment" in line ? "assessment" : (line["error"] as { code: string }).code])).toEqual([
      [1, "assessment"],
      [3, "ERR_INVALID_JSON"],
      [4, "ERR_INVALID_INCIDENT"],
      [5, "assessment"],
      [7, "ERR_UNKNOWN_ELECTION"],
      [8, "ERR_INVALID_UTF8"],
    ]);
    expect(output[0]?.["assessment"]).toEqual(JSON.parse(JSON.stringify(evaluator.verdictSync(camat))));
    // A bare incident's issues point into the line itself; an envelope's under /incident.
    expect((output[2]?.["error"] as { issues: { pointer: string; suggestion?: string }[] }).issues[0]).toMatchObject({ pointer: "/subject/employmnt", suggestion: "employment" });
    expect((output[2]?.["error"] as { title: string }).title).toBe("Invalid incident");
  });

  it("a line over the limit is skipped and reported in place, without being held whole", async () => {
    const small = await startServer({ port: 0, limits: { maxLineBytes: 4096 } });
    try {
      const long = JSON.stringify({ ...camat, summary: "x".repeat(10_000) });
      const body = [JSON.stringify(camat), long, JSON.stringify(camat)].join("\n");
      const response = await fetch(`${small.url}/v1/assessments:batch?detail=verdict`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body });
      const output = await collect(response);
      expect(output.map((line) => line["line"])).toEqual([1, 2, 3]);
      expect((output[1]?.["error"] as { code: string; status: number }).code).toBe("ERR_LINE_TOO_LONG");
      expect("assessment" in (output[2] ?? {})).toBe(true);
    } finally {
      await small.close();
    }
  });

  it("detail=full lines are the library's assessments", async () => {
    const output = await collect(await batch([JSON.stringify(camat), JSON.stringify(camat)].join("\n"), "?detail=full"));
    expect(output).toHaveLength(2);
    expect(AssessmentSchema.parse(output[1]?.["assessment"]).verdict).toBe("violation");
    expect(output[0]?.["assessment"]).toEqual(JSON.parse(JSON.stringify(evaluator.evaluateSync(camat))));
  });

  it("415 for a body that is not NDJSON; 400 for a bad detail", async () => {
    await problemOf(await batch("{}", "?detail=verdict", { "content-type": "application/json" }), 415, "ERR_UNSUPPORTED_MEDIA_TYPE");
    await problemOf(await batch("{}", "?detail=all"), 400, "ERR_INVALID_PARAMETER");
  });

  it("streams 10,000 lines in and out, ordered, with bounded buffering: a reader that stops holds back the upload", async () => {
    // Each line carries an 8,000-character summary (not judged): 10,000 lines are some 95 MB, far
    // more than the sockets' and streams' buffers hold.
    const summary = "x".repeat(8000);
    const fixtures = loadFixtures().map(({ fixture }) => JSON.stringify({ incident: { ...fixture.incident, summary }, ...(fixture.interpretation ? { interpretation: fixture.interpretation } : {}) }));
    const total = 10_000;
    const encoder = new TextEncoder();
    let sent = 0;
    let sentBytes = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 20 lines per chunk, made only when the upload asks for more.
        const chunk: string[] = [];
        while (chunk.length < 20 && sent < total) chunk.push(fixtures[sent++ % fixtures.length] ?? "");
        const bytes = encoder.encode(`${chunk.join("\n")}\n`);
        sentBytes += bytes.length;
        controller.enqueue(bytes);
        if (sent >= total) controller.close();
      },
    });
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    // detail=full: some 100-300 kB of output per line, over a gigabyte in all if it were held.
    const response = await fetch(`${server.url}/v1/assessments:batch?detail=full`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body, duplex: "half" } as RequestInit);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let count = 0;
    let bytes = 0;
    let ordered = true;
    let rest = "";
    let pausedAt = -1;
    let sentWhilePaused = -1;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.length;
      rest += decoder.decode(value, { stream: true });
      let newline = rest.indexOf("\n");
      while (newline !== -1) {
        // Only the line number is read back: parsing every assessment would dominate the test.
        if (!rest.startsWith(`{"line":${++count},`)) ordered = false;
        rest = rest.slice(newline + 1);
        newline = rest.indexOf("\n");
      }
      if (pausedAt === -1 && count >= 50) {
        // Stop reading for a while: the service must stop reading the upload (backpressure), not buffer it.
        pausedAt = sent;
        await new Promise((resolve) => setTimeout(resolve, 500));
        sentWhilePaused = sent;
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      if (count === 60) {
        // Enough seen at full detail; the rest in the fast mode would not test more of the stream, so stop here.
        await reader.cancel();
        break;
      }
    }
    expect(ordered).toBe(true);
    expect(count).toBe(60);
    // While the reader was stopped, the upload stood still well short of its end.
    expect(sentWhilePaused).toBeLessThan(total / 2);
    expect(peak - baseline).toBeLessThan(200 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(60 * 50 * 1024);
    expect(pausedAt).toBeGreaterThan(0);
    expect(sentBytes).toBeGreaterThan(0);
  }, 120_000);

  it("10,000 lines, every one answered in order with its line number (fast mode)", async () => {
    const fixtures = loadFixtures().map(({ fixture }) => JSON.stringify({ incident: fixture.incident, ...(fixture.interpretation ? { interpretation: fixture.interpretation } : {}) }));
    const total = 10_000;
    const lines = Array.from({ length: total }, (_, index) => (index % 1000 === 999 ? "{broken" : (fixtures[index % fixtures.length] ?? "")));
    const encoder = new TextEncoder();
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(encoder.encode(`${lines.slice(next, next + 100).join("\n")}\n`));
        next += 100;
        if (next >= total) controller.close();
      },
    });
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const response = await fetch(`${server.url}/v1/assessments:batch?detail=verdict`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body, duplex: "half" } as RequestInit);
    let count = 0;
    let errors = 0;
    for await (const line of ndjson(response)) {
      count++;
      expect(line["line"]).toBe(count);
      if ("error" in line) errors++;
      if (count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(count).toBe(total);
    expect(errors).toBe(10);
    expect(peak - baseline).toBeLessThan(200 * 1024 * 1024);
  }, 120_000);
});

describe("questions, reports, rules, provisions, calendars, health", () => {
  it("POST /v1/questions ranks the questions as nextQuestions does", async () => {
    const incident: IncidentInput = { election: "pilkada-2024", region: { province: "papua" }, occurredAt: "2024-11-20", subject: { employment: "pns" } };
    const body = await described(await post("/v1/questions", { incident, exclude: ["eventKind"] }), QuestionsResponseSchema);
    const assessment = evaluator.evaluateSync(incident);
    expect(body.verdict).toBe(assessment.verdict);
    expect(body.questions).toEqual(JSON.parse(JSON.stringify(nextQuestions(assessment, { exclude: ["eventKind"] }))));
    expect(body.questions.length).toBeGreaterThan(0);
    expect(body.questions.some((question) => question.fact === "eventKind")).toBe(false);
  });

  it("POST /v1/reports gives the library's HTML (default) and Markdown reports in the negotiated language", async () => {
    const assessment = evaluator.evaluateSync(camat);
    const html = await post("/v1/reports", { incident: camat, title: "LAP-1" }, { "accept-language": "en" });
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await html.text()).toBe(renderHtmlReport(assessment, { lang: "en", title: "LAP-1" }));
    const markdown = await post("/v1/reports?format=markdown&lang=id", { incident: camat }, { "accept-language": "en" });
    expect(markdown.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(markdown.headers.get("content-language")).toBe("id");
    expect(await markdown.text()).toBe(renderMarkdownReport(assessment, { lang: "id" }));
    await problemOf(await post("/v1/reports?format=pdf", { incident: camat }), 400, "ERR_INVALID_PARAMETER");
  });

  it("GET /v1/rules lists every rule; /v1/rules/{id} gives one (slash as is or encoded); an unknown id is 404 with a suggestion", async () => {
    const list = await described(await fetch(`${server.url}/v1/rules`), RulesResponseSchema);
    expect(list.rules.map((rule) => rule.id)).toEqual(evaluator.ruleset.rules.map((rule) => rule.id));
    const id = "pp-94-2021/pengerahan-pns";
    const plain = RuleResponseSchema.parse(await (await fetch(`${server.url}/v1/rules/${id}`)).json());
    const encoded = await (await fetch(`${server.url}/v1/rules/${encodeURIComponent(id)}`)).json();
    expect(plain.id).toBe(id);
    expect(encoded).toEqual(JSON.parse(JSON.stringify(evaluator.ruleset.rules.find((rule) => rule.id === id))));
    const unknown = await problemOf(await fetch(`${server.url}/v1/rules/pp-94-2021/pengerahan-pn`, { headers: { "accept-language": "en" } }), 404, "ERR_UNKNOWN_RULE");
    expect(unknown.detail).toContain(`Did you mean "${id}"?`);
  });

  it("GET /v1/provisions is the catalogue; GET /v1/calendars every calendar with its phases", async () => {
    const provisions = await described(await fetch(`${server.url}/v1/provisions`), ProvisionsResponseSchema);
    expect(provisions.provisions.map((entry) => entry.id)).toEqual([...evaluator.ruleset.provisions.keys()]);
    const calendars = await described(await fetch(`${server.url}/v1/calendars`), CalendarsResponseSchema);
    expect(calendars.calendars.map((calendar) => calendar.id)).toEqual([...evaluator.ruleset.calendars.keys()]);
    expect(calendars.calendars[0]?.phases.length).toBeGreaterThan(3);
  });

  it("GET /v1/calendars/{id}/phase: 23:30 WIB on 23 Nov 2024 is campaign in Kalimantan Tengah, quiet period in Kalimantan Selatan", async () => {
    const at = encodeURIComponent("2024-11-23T23:30:00+07:00");
    const tengah = await described(await fetch(`${server.url}/v1/calendars/pilkada-2024/phase?occurredAt=${at}&province=kalimantan-tengah`), PhaseResponseSchema);
    const selatan = await described(await fetch(`${server.url}/v1/calendars/pilkada-2024/phase?occurredAt=${at}&province=kalimantan-selatan`), PhaseResponseSchema);
    expect([tengah.phase.id, tengah.zone]).toEqual(["campaign", "WIB"]);
    expect([selatan.phase.id, selatan.zone, selatan.occurrence.localDate]).toEqual(["quiet_period", "WITA", "2024-11-24"]);
    await problemOf(await fetch(`${server.url}/v1/calendars/pilkada-2042/phase?occurredAt=2024-11-23&province=papua`), 404, "ERR_UNKNOWN_ELECTION");
    await problemOf(await fetch(`${server.url}/v1/calendars/pilkada-2024/phase?occurredAt=2031-01-01&province=papua`), 422, "ERR_DATE_OUTSIDE_CALENDAR");
    await problemOf(await fetch(`${server.url}/v1/calendars/pilkada-2024/phase?province=papua`), 400, "ERR_INVALID_PARAMETER");
    await problemOf(await fetch(`${server.url}/v1/calendars/pilkada-2024/phase?occurredAt=2024-11-23&province=papau`), 422, "ERR_INVALID_INCIDENT");
  });

  it("GET /health names the rule set", async () => {
    const health = await described(await fetch(`${server.url}/health`), HealthResponseSchema);
    expect(health).toMatchObject({ status: "ok", rulesetVersion: evaluator.ruleset.version, rules: evaluator.ruleset.rules.length });
  });
});

describe("the OpenAPI document and the reference page", () => {
  it("GET /openapi.json is valid OpenAPI 3.1 (checked by @seriousme/openapi-schema-validator) and every $ref resolves", async () => {
    const document = await (await fetch(`${server.url}/openapi.json`)).json();
    expect(document.openapi).toBe("3.1.0");
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) expect(document.components.schemas, ref).toHaveProperty([ref]);
  });

  it("describes every route the app answers, and each route's problems", async () => {
    const document = await (await fetch(`${server.url}/openapi.json`)).json();
    const app = createApp();
    const answered = app.routes
      .filter((route) => route.method !== "ALL" && route.path !== "/")
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/\/:([a-z]+)(\{[^}]*\})?/gi, "/{$1}")}`);
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect([...new Set(answered)].sort()).toEqual([...documented].sort());
    expect(documented).toEqual(expect.arrayContaining(["post /v1/assessments", "post /v1/assessments:batch", "post /v1/questions", "post /v1/reports", "get /v1/rules", "get /v1/rules/{id}", "get /v1/provisions", "get /v1/calendars", "get /v1/calendars/{id}/phase", "get /openapi.json", "get /docs", "get /health"]));
    expect(Object.keys(document.paths["/v1/assessments"].post.responses)).toEqual(["200", "400", "413", "415", "422", "500"]);
  });

  it("the enums come from the library's constants (statuses, verdicts, phases)", async () => {
    const { FINDING_STATUSES, VERDICTS, PHASES } = await import("../src/index.ts");
    const document = await (await fetch(`${server.url}/openapi.json`)).json();
    const schemas = document.components.schemas;
    expect(schemas.VerdictSummary.properties.verdict.enum).toEqual([...VERDICTS]);
    expect(schemas.FindingSummary.properties.status.enum).toEqual([...FINDING_STATUSES]);
    expect(schemas.PhaseOnDate.properties.id.enum).toEqual([...PHASES]);
  });

  it("GET /docs renders every operation and schema without scripts or external resources", async () => {
    const response = await fetch(`${server.url}/docs`);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    for (const operation of ["POST</span> <code>/v1/assessments</code>", "POST</span> <code>/v1/assessments:batch</code>", "GET</span> <code>/v1/calendars/{id}/phase</code>"]) expect(html).toContain(operation);
    expect(html).toContain('id="schema-Incident"');
    expect(html).toContain("employment");
    expect(html).not.toMatch(/<script|<link|src=|@import|https?:\/\/(?!opensource)/i);
  });
});

describe("CORS, a shared evaluator and graceful shutdown", () => {
  it("CORS is off by default and answers preflights for the configured origins", async () => {
    const plain = await fetch(`${server.url}/health`, { headers: { origin: "https://desk.example.go.id" } });
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
    const open = await startServer({ port: 0, cors: { origin: ["https://desk.example.go.id"] } });
    try {
      const preflight = await fetch(`${open.url}/v1/assessments`, {
        method: "OPTIONS",
        headers: { origin: "https://desk.example.go.id", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("https://desk.example.go.id");
      expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
      const other = await fetch(`${open.url}/health`, { headers: { origin: "https://elsewhere.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await open.close();
    }
  });

  it("the service uses the evaluator it is given for every request", async () => {
    let calls = 0;
    const counting: Evaluator = { ...evaluator, ruleset: evaluator.ruleset, verdictSync: (incident, options) => (calls++, evaluator.verdictSync(incident, options)) };
    const app = createApp({ evaluator: counting });
    for (let index = 0; index < 3; index++) {
      const response = await app.fetch(new Request("http://local/v1/assessments?detail=verdict", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ incident: camat }) }));
      expect(response.status).toBe(200);
    }
    expect(calls).toBe(3);
  });

  it("close() lets an in-flight streaming batch finish, then refuses new connections", async () => {
    const running = await startServer({ port: 0 });
    const encoder = new TextEncoder();
    let pushed = 0;
    let closeCalled = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        controller.enqueue(encoder.encode(`${JSON.stringify(camat)}\n`));
        if (++pushed === 10) controller.close();
      },
    });
    const response = await fetch(`${running.url}/v1/assessments:batch?detail=verdict`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body, duplex: "half" } as RequestInit);
    const lines: Record<string, unknown>[] = [];
    let closing: Promise<void> | undefined;
    for await (const line of ndjson(response)) {
      lines.push(line);
      if (lines.length === 2) {
        closing = running.close().then(() => {
          closeCalled = true;
        });
      }
    }
    expect(lines.map((line) => line["line"])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await closing;
    expect(closeCalled).toBe(true);
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
  });
});
