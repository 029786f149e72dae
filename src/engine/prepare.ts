import type { Lang } from "../_utils/text.ts";
import { EvaluationError, InvalidIncidentError, type InputIssue } from "../errors.ts";
import { LIMITS } from "../limits.ts";
import { message } from "../messages.ts";
import type { Calendar } from "../schema/calendar.ts";
import { IncidentSchema, type Incident } from "../schema/incident.ts";
import { toInputIssues } from "../schema/issues.ts";
import type { Interpretation } from "../schema/options.ts";
import type { Occurrence } from "../timeline/occurrence.ts";
import type { PhaseOnDate } from "../timeline/phase.ts";
import type { RegionUsed } from "../types.ts";
import type { FactVector, FactVectorReader } from "./facts.ts";
import { compileFastParse, REJECT, type FastParse } from "./fast-parse.ts";
import type { CompiledRule } from "./rule-outcome.ts";
import type { Facts } from "./trace.ts";

// Preparing an incident: the schema (fast path or zod), and the prepared form the judging steps read.

/**
 * Which rules an assessment judges: `alleged` (default) judges the conduct the report states and
 * marks the other rules not alleged; `all` judges every rule in force, as a full screening does.
 * @example
 * ```ts
 * const scope: JudgingScope = "all";
 * evaluateIncidentSync(incident, { scope }); // a full screening: no finding is not_alleged
 * ```
 */
export type JudgingScope = "alleged" | "all";

/** One way of reading the incident: one act per repeated conduct area (see incidentViews). */
export interface PreparedView {
  /** The facts the rules judge: stated, implied, and (scope alleged) unstated areas set to none. */
  readonly vector: FactVector;
  /** The conduct areas this view states (indexes of ConductAreas.names). */
  readonly stated: ReadonlySet<number>;
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
  readonly scope: JudgingScope;
  /** Every view of the incident (one unless it lists several acts of one kind). */
  readonly views: readonly PreparedView[];
  /** The facts of the first view as a vector (see {@link FactVectorReader}). */
  readonly vector: FactVector;
  /** The fact map of the first view (built on first use: the verdict path never needs it). */
  readonly facts: Facts;
  readonly rules: readonly CompiledRule[];
}

let fastIncident: FastParse | undefined | null = null;

/**
 * The incident through the schema: a fast path that produces zod's output for valid plain data,
 * read straight from the caller's object; else `screen` (the plain-data copy within limits, which
 * throws typed errors) and zod.
 */
export function parseIncident(input: unknown, lang: Lang, screen: ((input: unknown, lang: Lang) => unknown) | undefined): Incident {
  if (fastIncident === null) fastIncident = compileFastParse(IncidentSchema, LIMITS.incident);
  let fast: unknown = REJECT;
  try {
    if (fastIncident !== undefined) fast = fastIncident(input);
  } catch {
    // A proxy trap threw: the slow path below reports it.
    fast = REJECT;
  }
  if (fast !== REJECT) return fast as Incident;
  const data = screen ? screen(input, lang) : input;
  const parsed = IncidentSchema.safeParse(data);
  if (!parsed.success) fail(toInputIssues(parsed.error.issues, data, IncidentSchema, lang), lang);
  return parsed.data;
}

/** Throws the typed input error for a list of issues. */
export function fail(issues: InputIssue[], lang: Lang): never {
  const [first, ...rest] = issues;
  if (!first) throw new EvaluationError("Internal error: an empty issue list");
  throw new InvalidIncidentError([first, ...rest], lang);
}

/** The input error for a stated fact that contradicts one implied by another, at the stated fact's path. */
export function contradiction(
  found: { readonly from: string; readonly fromValue: unknown; readonly fact: string; readonly implied: unknown; readonly stated: unknown },
  path: string | undefined,
  lang: Lang,
): never {
  const messages = message("contradictory_facts", {
    from: found.from,
    fromValue: JSON.stringify(found.fromValue),
    fact: found.fact,
    implied: JSON.stringify(found.implied),
    stated: JSON.stringify(found.stated),
  });
  fail([{ code: "contradictory_facts", path: (path ?? found.fact).split("."), message: messages[lang], messages }], lang);
}

/** A {@link PreparedIncident} whose fact map is built on first use (the verdict path never needs it). */
export class Prepared implements PreparedIncident {
  readonly incident: Incident;
  readonly calendar: Calendar;
  readonly inferred: boolean;
  readonly region: RegionUsed;
  readonly occurrence: Occurrence;
  readonly phase: PhaseOnDate;
  readonly interpretation: Interpretation;
  readonly scope: JudgingScope;
  readonly views: readonly PreparedView[];
  readonly vector: FactVector;
  readonly rules: readonly CompiledRule[];
  #facts: Facts | undefined;
  readonly #reader: FactVectorReader;
  constructor(
    parts: Omit<PreparedIncident, "vector" | "facts">,
    reader: FactVectorReader,
  ) {
    this.incident = parts.incident;
    this.calendar = parts.calendar;
    this.inferred = parts.inferred;
    this.region = parts.region;
    this.occurrence = parts.occurrence;
    this.phase = parts.phase;
    this.interpretation = parts.interpretation;
    this.scope = parts.scope;
    this.views = parts.views;
    this.rules = parts.rules;
    this.vector = (parts.views[0] as PreparedView).vector;
    this.#reader = reader;
  }
  get facts(): Facts {
    this.#facts ??= this.#reader.toFacts(this.vector);
    return this.#facts;
  }
}
