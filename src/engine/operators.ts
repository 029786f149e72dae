import type { Operator } from "../schema/condition.ts";
import type { FactValue } from "./trace.ts";

type Compare = (fact: FactValue, value: unknown) => boolean;

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * The comparison operators with json-rules-engine's semantics for known values. Unknown values
 * never reach them: the caller turns an unknown fact into an unknown result first, which is
 * where this library departs from json-rules-engine (whose `notEqual` holds for undefined).
 */
export const OPERATOR_IMPLEMENTATIONS: Readonly<Record<Operator, Compare>> = {
  equal: (fact, value) => fact === value,
  notEqual: (fact, value) => fact !== value,
  in: (fact, value) => Array.isArray(value) && value.includes(fact),
  notIn: (fact, value) => Array.isArray(value) && !value.includes(fact),
  contains: (fact, value) => Array.isArray(fact) && (fact as unknown[]).includes(value),
  doesNotContain: (fact, value) => Array.isArray(fact) && !(fact as unknown[]).includes(value),
  lessThan: (fact, value) => isNumber(fact) && isNumber(value) && fact < value,
  lessThanInclusive: (fact, value) => isNumber(fact) && isNumber(value) && fact <= value,
  greaterThan: (fact, value) => isNumber(fact) && isNumber(value) && fact > value,
  greaterThanInclusive: (fact, value) => isNumber(fact) && isNumber(value) && fact >= value,
};

/**
 * Resolves a plain dot path (`a.b.c`) inside an object fact. This replaces json-rules-engine's
 * JSONPath resolver, which evaluates expressions: a path is data here, never code. Only own
 * properties are read, so `__proto__` or `constructor` resolve to nothing.
 */
export function resolveDotPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
