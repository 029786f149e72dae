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
 * Values that stand for one of several values, unknown which, by fact (the dictionary's `means`:
 * employment `asn` = pns, cpns or pppk).
 */
export type FactAlternatives = ReadonlyMap<string, ReadonlyMap<FactValue, readonly FactValue[]>>;

/** Reads the `means` of every enum value of a dictionary, by fact name. */
export function factAlternatives(definitions: readonly { readonly name: string; readonly values?: readonly { readonly value: string; readonly means?: readonly string[] | undefined }[] | undefined }[]): FactAlternatives {
  const alternatives = new Map<string, Map<FactValue, readonly FactValue[]>>();
  for (const definition of definitions) {
    for (const entry of definition.values ?? []) {
      if (!entry.means) continue;
      let values = alternatives.get(definition.name);
      if (!values) alternatives.set(definition.name, (values = new Map()));
      values.set(entry.value, entry.means);
    }
  }
  return alternatives;
}

/**
 * A comparison of a value that stands for several: true when it holds for every one of them, false
 * when it holds for none, else unknown.
 */
export function compareEach(compare: Compare, actuals: readonly FactValue[], expected: unknown): boolean | undefined {
  let holds = false;
  let fails = false;
  for (const actual of actuals) {
    if (compare(actual, expected)) holds = true;
    else fails = true;
  }
  return holds && fails ? undefined : holds;
}

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
