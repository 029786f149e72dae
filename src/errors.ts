import type { Lang, LocalizedText } from "./_utils/text.ts";

/**
 * Every error code the library throws.
 * @example
 * ```ts
 * if (isNetralitasError(error) && error.code === "ERR_UNKNOWN_ELECTION") askForTheElection();
 * ```
 * @category Errors
 */
export type ErrorCode =
  | "ERR_INVALID_INCIDENT"
  | "ERR_UNKNOWN_ELECTION"
  | "ERR_DATE_OUTSIDE_CALENDAR"
  | "ERR_AMBIGUOUS_ELECTION"
  | "ERR_INVALID_RULESET"
  | "ERR_EVALUATION";

/**
 * One problem with an input: where (`path`) and what (`message`, in the requested language,
 * with both languages in `messages`).
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   code: "unrecognized_key",
 *   path: ["occuredAt"],
 *   message: 'Kunci "occuredAt" tidak dikenal. Mungkin maksudnya "occurredAt"?',
 *   messages: { id: 'Kunci "occuredAt" tidak dikenal. Mungkin maksudnya "occurredAt"?', en: 'Unknown key "occuredAt". Did you mean "occurredAt"?' },
 *   suggestion: "occurredAt",
 * };
 * ```
 * @category Errors
 */
export interface InputIssue {
  /** Machine-readable kind of problem, e.g. `unrecognized_key`, `invalid_type`. */
  readonly code: string;
  /** Path from the root of the input to the offending value. */
  readonly path: readonly (string | number)[];
  /** The message in the language chosen for the call (Indonesian by default). */
  readonly message: string;
  /** The message in both languages. */
  readonly messages: LocalizedText;
  /** The nearest known key or value, when the problem looks like a typo. */
  readonly suggestion?: string;
}

/**
 * Base class of every error the library throws. A violation of the law is never an error:
 * it is a finding in the assessment. Errors mean the input or the rule set cannot be judged.
 * @example
 * ```ts
 * try {
 *   await evaluateIncident(report);
 * } catch (error) {
 *   if (isNetralitasError(error)) console.error(error.code, error.message);
 *   else throw error;
 * }
 * ```
 * @category Errors
 */
export class NetralitasError extends Error {
  override name = "NetralitasError";
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
  /** Brand that survives duplicate package copies and realms, where `instanceof` fails. */
  get isNetralitasError(): true {
    return true;
  }
}

/** The message of an issue list: the first issues joined, with a count of the rest. */
function summarise(issues: readonly InputIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length > 5 ? ` (+${issues.length - 5})` : "";
  return shown.join("; ") + more;
}

/**
 * Formats a path as `subject.employment` or `conduct.socialMedia[0]`.
 * @example
 * ```ts
 * formatPath(["conduct", "socialMedia", "action"]); // => "conduct.socialMedia.action"
 * formatPath(["conditions", "all", 1, "fact"]); // => "conditions.all[1].fact"
 * formatPath([]); // => "(root)"
 * ```
 * @category Errors
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`)).join("");
}

/**
 * The incident is not a valid incident: it never gets a verdict. `issues` lists every problem
 * with its path.
 * @example
 * ```ts
 * try { await evaluateIncident({ occuredAt: "2024-10-01" }); }
 * catch (error) { if (isInvalidIncidentError(error)) console.log(error.issues[0].path); }
 * ```
 * @category Errors
 */
export class InvalidIncidentError extends NetralitasError {
  override name = "InvalidIncidentError";
  /** Every problem found, at least one. */
  readonly issues: readonly [InputIssue, ...InputIssue[]];
  /** The language of `message` and of each issue's `message`. */
  readonly lang: Lang;
  constructor(issues: readonly [InputIssue, ...InputIssue[]], lang: Lang, code: ErrorCode = "ERR_INVALID_INCIDENT") {
    super(code, summarise(issues));
    this.issues = issues;
    this.lang = lang;
  }
}

/**
 * The incident names an election id that no loaded calendar has.
 * @example
 * ```ts
 * try {
 *   await evaluateIncident({ election: "pilkada-2042", region: { province: "papua" }, occurredAt: "2024-11-23" });
 * } catch (error) {
 *   if (error instanceof UnknownElectionError) console.log(error.issues[0].message);
 *   // => 'Pemilihan "pilkada-2042" tidak dikenal. Kalender yang tersedia: ...'
 * }
 * ```
 * @category Errors
 */
export class UnknownElectionError extends InvalidIncidentError {
  override name = "UnknownElectionError";
  constructor(issues: readonly [InputIssue, ...InputIssue[]], lang: Lang) {
    super(issues, lang, "ERR_UNKNOWN_ELECTION");
  }
}

/**
 * The incident's local date lies outside the calendar of its election, or outside every calendar.
 * @example
 * ```ts
 * await evaluateIncident({ election: "pilkada-2024", region: { province: "papua" }, occurredAt: "2030-01-01" });
 * // rejects with DateOutsideCalendarError: "Tanggal lokal 2030-01-01 berada di luar kalender pilkada-2024 (...)"
 * ```
 * @category Errors
 */
export class DateOutsideCalendarError extends InvalidIncidentError {
  override name = "DateOutsideCalendarError";
  constructor(issues: readonly [InputIssue, ...InputIssue[]], lang: Lang) {
    super(issues, lang, "ERR_DATE_OUTSIDE_CALENDAR");
  }
}

/**
 * No election was named and several calendars cover the incident's region and date.
 * @example
 * ```ts
 * try {
 *   await evaluateIncident({ region: { province: "jawa-barat" }, occurredAt: "2024-01-10" });
 * } catch (error) {
 *   if (error instanceof AmbiguousElectionError) console.log(error.candidates); // => ["pemilu-2024", "pilkada-2024"]
 * }
 * ```
 * @category Errors
 */
export class AmbiguousElectionError extends InvalidIncidentError {
  override name = "AmbiguousElectionError";
  /** The calendar ids that fit. */
  readonly candidates: readonly string[];
  constructor(issues: readonly [InputIssue, ...InputIssue[]], lang: Lang, candidates: readonly string[]) {
    super(issues, lang, "ERR_AMBIGUOUS_ELECTION");
    this.candidates = candidates;
  }
}

/**
 * One problem in a rule set: a file, a JSON path inside it and a message.
 * @example
 * ```ts
 * const problem: RulesetProblem = {
 *   code: "unknown_fact",
 *   file: "aturan/pp-94-2021/pengerahan-pns.json",
 *   path: ["conditions", "all", 1, "fact"],
 *   messages: { id: 'Fakta "otherAsnBrougt" tidak ada di kamus fakta ...', en: 'The fact "otherAsnBrougt" is not in the fact dictionary ...' },
 *   line: 25,
 *   column: 17,
 * };
 * ```
 * @category Errors
 */
export interface RulesetProblem {
  /** Kind of problem, e.g. `schema`, `unknown_provision`, `duplicate_id`. */
  readonly code: string;
  /** The file, relative to the rule directory, when the rule set came from files. */
  readonly file?: string;
  /** Path inside the file. */
  readonly path: readonly (string | number)[];
  /** The message in both languages. */
  readonly messages: LocalizedText;
  /** 1-based line in the file, when the rule set was read from disk by `netralitas-asn/node`. */
  readonly line?: number;
  /** 1-based column in the file, with `line`. */
  readonly column?: number;
}

/**
 * The rule set (rules, catalogue, calendars, regions, fact dictionary) is broken.
 * @example
 * ```ts
 * try {
 *   loadRuleset(source);
 * } catch (error) {
 *   if (isRulesetError(error)) for (const p of error.problems) console.log(p.file, formatPath(p.path), p.messages.id);
 * }
 * ```
 * @category Errors
 */
export class RulesetError extends NetralitasError {
  override name = "RulesetError";
  /** Every problem found. */
  readonly problems: readonly RulesetProblem[];
  constructor(problems: readonly RulesetProblem[]) {
    const first = problems
      .slice(0, 5)
      .map((problem) => `${problem.file ?? ""}${problem.file ? " " : ""}${formatPath(problem.path)}: ${problem.messages.en}`);
    super("ERR_INVALID_RULESET", `Invalid rule set (${problems.length} problem(s)): ${first.join("; ")}`);
    this.problems = problems;
  }
}

/**
 * An unexpected failure inside evaluation; the original error is the `cause`.
 * @example
 * ```ts
 * try {
 *   await evaluateIncident(report);
 * } catch (error) {
 *   if (error instanceof EvaluationError) console.error("bug, please report:", error.cause);
 * }
 * ```
 * @category Errors
 */
export class EvaluationError extends NetralitasError {
  override name = "EvaluationError";
  constructor(message: string, options?: ErrorOptions) {
    super("ERR_EVALUATION", message, options);
  }
}

function hasBrand(error: unknown): error is NetralitasError {
  return typeof error === "object" && error !== null && (error as { isNetralitasError?: unknown }).isNetralitasError === true;
}

/**
 * True for any error thrown by this library, even from another copy of the package.
 * @example
 * ```ts
 * isNetralitasError(new RulesetError([])); // => true
 * isNetralitasError(new Error("x")); // => false
 * ```
 * @category Errors
 */
export function isNetralitasError(error: unknown): error is NetralitasError {
  return hasBrand(error);
}

/**
 * True for an invalid incident (including unknown election, date outside calendar, ambiguous election).
 * @example
 * ```ts
 * try {
 *   await evaluateIncident({ occuredAt: "2024-10-01" });
 * } catch (error) {
 *   if (isInvalidIncidentError(error)) console.log(error.issues.map((issue) => issue.path.join(".")));
 *   // => ["occuredAt", "region", "occurredAt"]
 * }
 * ```
 * @category Errors
 */
export function isInvalidIncidentError(error: unknown): error is InvalidIncidentError {
  return hasBrand(error) && Array.isArray((error as { issues?: unknown }).issues);
}

/**
 * True for a broken rule set.
 * @example
 * ```ts
 * try {
 *   loadRulesetFromDir("./my-rules");
 * } catch (error) {
 *   if (isRulesetError(error)) console.log(error.problems.length, "problem(s)");
 * }
 * ```
 * @category Errors
 */
export function isRulesetError(error: unknown): error is RulesetError {
  return hasBrand(error) && error.code === "ERR_INVALID_RULESET";
}
