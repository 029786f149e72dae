import { copyJsonData } from "./_utils/json-data.ts";
import type { Lang } from "./_utils/text.ts";
import { InvalidIncidentError, type InputIssue } from "./errors.ts";
import { LIMITS } from "./limits.ts";
import { message } from "./messages.ts";
import { IncidentSchema, type Incident } from "./schema/incident.ts";
import { toInputIssues } from "./schema/issues.ts";

/**
 * Options of {@link parseIncident}.
 * @example
 * ```ts
 * const options: ParseIncidentOptions = { lang: "en" };
 * const incident = parseIncident(JSON.parse(body), options);
 * ```
 * @category Evaluation
 */
export interface ParseIncidentOptions {
  /** Language of the error messages. Default `id`. */
  readonly lang?: Lang;
}

/**
 * Checks a value of unknown shape (parsed JSON, a request body, a form) and returns it as a typed
 * incident, with the defaults filled in, or throws an {@link InvalidIncidentError} listing every
 * problem with its path (unknown keys name the nearest known key). The same checks the evaluator
 * makes: plain JSON data within {@link LIMITS}.incident, then the incident schema. The election,
 * province and date are checked against the calendars when the incident is evaluated.
 * @example
 * ```ts
 * const incident = parseIncident(JSON.parse(requestBody));
 * const assessment = await evaluateIncident(incident);
 * ```
 * @throws {@link InvalidIncidentError} for anything that is not an incident.
 * @category Evaluation
 */
export function parseIncident(data: unknown, options: ParseIncidentOptions = {}): Incident {
  const lang = options.lang ?? "id";
  const copied = copyJsonData(data, LIMITS.incident);
  if (!copied.ok) {
    const { kind, path, ...values } = copied.problem;
    const messages = message(kind, values);
    throw new InvalidIncidentError([{ code: kind, path, message: messages[lang], messages }], lang);
  }
  const parsed = IncidentSchema.safeParse(copied.value);
  if (parsed.success) return parsed.data;
  const [first, ...rest]: InputIssue[] = toInputIssues(parsed.error.issues, copied.value, IncidentSchema, lang);
  const fallback = message("invalid_generic", { code: "schema" });
  throw new InvalidIncidentError([first ?? { code: "invalid_generic", path: [], message: fallback[lang], messages: fallback }, ...rest], lang);
}
