// fast-check arbitraries for incidents, built from the incident schema itself (through its JSON
// Schema), so that a field added to IncidentSchema is generated without editing this file.
import fc from "fast-check";
import { z } from "zod";
import { bundledRuleset, FINDING_STATUSES, IncidentSchema, VERDICTS, type Assessment, type Ruleset } from "../../src/index.ts";

interface JsonSchemaNode {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
}

/** The incident's JSON Schema (input side): types, enums, bounds. */
export const INCIDENT_JSON_SCHEMA = z.toJSONSchema(IncidentSchema, { io: "input" }) as JsonSchemaNode;

/** A small seeded PRNG (mulberry32), for deterministic shuffles inside a property. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher-Yates shuffle with a seeded PRNG; returns a new array. */
export function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

function addDays(date: string, days: number): string {
  const time = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  const result = new Date(time);
  return `${result.getUTCFullYear()}-${pad(result.getUTCMonth() + 1)}-${pad(result.getUTCDate())}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An occurrence inside [from, to]: a local date, a local date-time, or a date-time with an Indonesian offset. */
function occurrenceWithin(from: string, to: string): fc.Arbitrary<string> {
  const day = fc.integer({ min: 0, max: daysBetween(from, to) }).map((offset) => addDays(from, offset));
  return fc.oneof(
    { weight: 3, arbitrary: day },
    { weight: 1, arbitrary: fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([date, hour, minute]) => `${date}T${pad(hour)}:${pad(minute)}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom("+07:00", "+08:00", "+09:00", "Z"))
        .map(([date, hour, offset]) => `${date}T${pad(hour)}:30:00${offset}`),
    },
  );
}

/** Leaf values from the JSON Schema: enums, booleans, bounded integers, short strings. */
function valueFor(node: JsonSchemaNode): fc.Arbitrary<unknown> {
  if (node.enum) return fc.constantFrom(...node.enum);
  switch (node.type) {
    case "boolean":
      return fc.boolean();
    case "integer":
    case "number": {
      const min = node.minimum ?? 0;
      const max = node.maximum ?? 1_000_000;
      return fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max: Math.min(max, min + 20) }) }, { weight: 1, arbitrary: fc.integer({ min, max }) });
    }
    case "string":
      return fc.string({ maxLength: Math.min(node.maxLength ?? 30, 30) });
    case "object":
      return objectFor(node, []);
    default:
      return fc.constant(undefined);
  }
}

/** The incident-root fields that identify when and where, generated consistently elsewhere. */
const ROOT_FIELDS = new Set(["$schema", "election", "region", "occurredAt"]);

function objectFor(node: JsonSchemaNode, path: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (path.length === 0 && ROOT_FIELDS.has(key)) continue;
    model[key] = child.type === "object" ? objectFor(child, [...path, key]) : valueFor(child);
  }
  return fc.record(model, { requiredKeys: [] });
}

/** Every leaf field of the incident schema below the root fields: [path, JSON Schema node]. */
export function incidentLeaves(node: JsonSchemaNode = INCIDENT_JSON_SCHEMA, path: readonly string[] = []): [string[], JsonSchemaNode][] {
  const leaves: [string[], JsonSchemaNode][] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (path.length === 0 && ROOT_FIELDS.has(key)) continue;
    if (child.type === "object") leaves.push(...incidentLeaves(child, [...path, key]));
    else leaves.push([[...path, key], child]);
  }
  return leaves;
}

/** A generator for the value of one leaf field. */
export function leafValue(node: JsonSchemaNode): fc.Arbitrary<unknown> {
  return valueFor(node);
}

/**
 * Incident-shaped objects: an election and an occurrence inside its calendar's coverage, a
 * province from the region table, and any subset of the schema's other fields with values drawn
 * from its enums and bounds. Most are valid; some fall outside a regional calendar or name an
 * election by inference that is ambiguous, which must then be an InvalidIncidentError.
 */
export function incidentArbitrary(ruleset: Ruleset = bundledRuleset()): fc.Arbitrary<Record<string, unknown>> {
  const calendars = [...ruleset.calendars.values()];
  const provinces = [...ruleset.provinces.keys()];
  const when = fc.constantFrom(...calendars).chain((calendar) =>
    fc.record({
      election: fc.option(fc.constant(calendar.id), { nil: undefined, freq: 6 }),
      occurredAt: occurrenceWithin(calendar.coverage.from, calendar.coverage.to),
    }),
  );
  return fc
    .tuple(when, fc.constantFrom(...provinces), objectFor(INCIDENT_JSON_SCHEMA, []))
    .map(([{ election, occurredAt }, province, rest]) => ({
      ...(election === undefined ? {} : { election }),
      region: { province },
      occurredAt,
      ...rest,
    }));
}

/** Reads a dot path of plain objects. */
export function getPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A deep copy of `value` with `path` set (creating objects on the way). */
export function setPath(value: Record<string, unknown>, path: readonly string[], leaf: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  let current: Record<string, unknown> = copy;
  path.forEach((key, index) => {
    if (index === path.length - 1) current[key] = leaf;
    else {
      const next = current[key];
      current[key] = next !== null && typeof next === "object" ? next : {};
      current = current[key] as Record<string, unknown>;
    }
  });
  return copy;
}

/** Structural checks every assessment must pass. Returns the first problem, or undefined. */
export function assessmentProblem(assessment: Assessment): string | undefined {
  if (!VERDICTS.includes(assessment.verdict)) return `unknown verdict ${String(assessment.verdict)}`;
  for (const finding of assessment.findings) {
    if (!FINDING_STATUSES.includes(finding.status)) return `unknown status ${String(finding.status)} in ${finding.ruleId}`;
    if (finding.status === "undetermined" && finding.missingFacts.length === 0) return `${finding.ruleId} is undetermined without missing facts`;
    if (finding.status !== "undetermined" && finding.missingFacts.length > 0) return `${finding.ruleId} is decided yet lists missing facts`;
    if (!finding.explanation.id || !finding.explanation.en) return `${finding.ruleId} has no explanation`;
  }
  const statuses = new Set(assessment.findings.map((finding) => finding.status));
  const expected = statuses.has("violated")
    ? "violation"
    : statuses.has("undetermined")
      ? "insufficient_facts"
      : statuses.has("not_violated")
        ? "no_violation"
        : statuses.has("not_alleged") && assessment.alleged.length === 0
          ? "nothing_alleged"
          : "not_applicable";
  if (assessment.verdict !== expected) return `verdict ${assessment.verdict} does not follow from the findings (${expected})`;
  if (assessment.scope === "all" && statuses.has("not_alleged")) return "a full screening has a not_alleged finding";
  const missing = new Set(assessment.findings.flatMap((finding) => finding.missingFacts));
  // A report that alleges nothing asks what happened: the conduct facts, not the findings' missing facts.
  if (assessment.verdict === "nothing_alleged") {
    if (assessment.missingFacts.length === 0) return "a report that alleges nothing asks nothing";
  } else if (assessment.missingFacts.length !== missing.size || !assessment.missingFacts.every((fact) => missing.has(fact))) {
    return "assessment.missingFacts is not the union of the findings' missing facts";
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(assessment.lawDate)) return `lawDate ${assessment.lawDate}`;
  const notJson = nonJsonPath(assessment, "assessment", new Set());
  if (notJson) return `not plain JSON data at ${notJson}`;
  return undefined;
}

/** The path of the first value that is not plain JSON data (functions, Maps, NaN, cycles, ...). */
function nonJsonPath(value: unknown, path: string, ancestors: Set<object>): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean" || value === undefined) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : path;
  if (typeof value !== "object") return path;
  if (ancestors.has(value)) return path;
  const proto: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return path;
  ancestors.add(value);
  for (const [key, child] of Object.entries(value)) {
    const found = nonJsonPath(child, `${path}.${key}`, ancestors);
    if (found) return found;
  }
  ancestors.delete(value);
  return undefined;
}
