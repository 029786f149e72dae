import type { Lang } from "../_utils/text.ts";
import { isInvalidIncidentError, type InputIssue } from "../errors.ts";
import { problemText, PROBLEMS, type ProblemCode } from "./messages.ts";

/**
 * One problem of a request, with its path into the request body and the same path as a JSON Pointer.
 * @example
 * ```ts
 * const issue: ProblemIssue = { code: "unrecognized_key", path: ["incident", "subject", "employmnt"], pointer: "/incident/subject/employmnt", message: 'Unknown key "employmnt". Did you mean "employment"?', suggestion: "employment" };
 * ```
 * @category Server
 */
export interface ProblemIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly pointer: string;
  readonly message: string;
  readonly suggestion?: string;
}

/**
 * An RFC 9457 problem detail, as the service sends it (application/problem+json).
 * @example
 * ```ts
 * const response = await fetch(`${url}/v1/assessments`, { method: "POST", headers: { "content-type": "application/json" }, body });
 * if (!response.ok) {
 *   const problem = (await response.json()) as Problem;
 *   console.log(problem.code, problem.detail, problem.issues?.map((issue) => issue.pointer));
 * }
 * ```
 * @category Server
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly issues?: readonly ProblemIssue[];
  readonly candidates?: readonly string[];
}

/** The media type of problem details. */
export const PROBLEM_JSON = "application/problem+json";

/** The `type` URI of a problem code: stable, and listed in docs/http-api.md. */
export function problemType(code: string): string {
  return `urn:netralitas-asn:problem:${code.replace(/^ERR_/, "").toLowerCase().replaceAll("_", "-")}`;
}

/** A path as a JSON Pointer (RFC 6901). */
export function jsonPointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** An issue in the response's language, with its pointer. */
export function problemIssue(issue: InputIssue, lang: Lang, prefix: readonly (string | number)[] = []): ProblemIssue {
  const path = [...prefix, ...issue.path];
  return { code: issue.code, path, pointer: jsonPointer(path), message: issue.messages[lang], ...(issue.suggestion ? { suggestion: issue.suggestion } : {}) };
}

/** A problem from the service's message table. */
export function problem(code: ProblemCode, lang: Lang, values: Readonly<Record<string, string | number>> = {}, extra: Pick<Problem, "issues" | "candidates"> = {}): Problem {
  const { title, detail } = problemText(code, lang, values);
  return { type: problemType(code), title, status: PROBLEMS[code].status, detail, code, ...extra };
}

/** The issues' messages joined, for a problem's detail (the first five, with a count of the rest). */
export function summarise(issues: readonly ProblemIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => `${issue.pointer || "/"}: ${issue.message}`);
  return shown.join("; ") + (issues.length > 5 ? ` (+${issues.length - 5})` : "");
}

/**
 * Where an evaluator issue lies in the request body `{incident, interpretation}`: the incident's
 * issues under `incident`, the interpretation options' under `interpretation` (the evaluator
 * reports those as `interpretation.…`; an unknown key `interpretation` inside the incident is
 * the incident's).
 */
function bodyPath(issue: InputIssue, envelope: boolean): readonly (string | number)[] {
  if (!envelope) return [];
  const aboutOptions = issue.path[0] === "interpretation" && (issue.path.length > 1 || issue.code !== "unrecognized_key");
  return aboutOptions ? [] : ["incident"];
}

/**
 * The problem for an error thrown while judging a request: an invalid incident (or one of its
 * kinds) is 422 with every issue; anything else is a 500 whose detail names the error.
 */
export function problemFromError(error: unknown, lang: Lang, envelope = true): Problem {
  if (isInvalidIncidentError(error)) {
    const issues = error.issues.map((issue) => problemIssue(issue, lang, bodyPath(issue, envelope)));
    const code: ProblemCode = error.code in PROBLEMS ? (error.code as ProblemCode) : "ERR_INVALID_INCIDENT";
    const candidates = (error as { candidates?: unknown }).candidates;
    return problem(code, lang, { count: issues.length, summary: summarise(issues) }, {
      issues,
      ...(Array.isArray(candidates) ? { candidates: candidates.filter((item): item is string => typeof item === "string") } : {}),
    });
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return problem("ERR_INTERNAL", lang, { detail });
}
