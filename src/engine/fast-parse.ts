// A fast path in front of a zod schema, for the evaluation hot path.
//
// zod stays the authority: the fast path only ever *accepts* an input whose zod output it can
// produce exactly (same keys, same key order, same defaults), and answers REJECT for anything
// else — an invalid input, or anything it is not sure about — so that the caller runs zod, which
// then produces the result or the issues. It is compiled by reading the schema's definition
// (`schema._zod.def`); a schema with any part it does not know (refinements, transforms, unions of
// overlapping forms, lazy schemas, checks other than lengths, regexes, integer and bounds) gets no
// fast path at all.
// test/differential.test.ts checks it against zod on random valid and invalid inputs.
//
// It reads the caller's object itself, before any copy (see ../_utils/json-data.ts, which the
// caller runs when the fast path answers REJECT): so it accepts only what that copy would pass on
// unchanged — plain objects whose properties are all data properties (read through their
// descriptors, never through a getter), known keys only, finite numbers, strings within
// `maxStringLength` — and each property is read once. A proxy's trap may throw: the caller
// catches that and takes the slow path, which reports it.

import type { z } from "zod";

/** What a fast parser returns for input it leaves to zod. */
export const REJECT: unique symbol = Symbol("reject");

/** A compiled fast path: the zod output, or {@link REJECT}. */
export type FastParse = (input: unknown) => unknown;

type Parse = (input: unknown) => unknown;

interface Def {
  readonly type?: unknown;
  readonly checks?: readonly unknown[];
  readonly [key: string]: unknown;
}

class Unsupported extends Error {}

const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

function defOf(schema: unknown): Def {
  const zod = (schema as { _zod?: { def?: Def } } | null)?._zod;
  if (!zod || typeof zod.def !== "object" || zod.def === null) return unsupported("not a zod schema");
  return zod.def;
}

function checkDefs(def: Def): Def[] {
  const checks = def.checks ?? [];
  if (!Array.isArray(checks)) return unsupported("checks");
  return checks.map((check) => defOf(check));
}

/** Limits of the raw input that the fast path must respect as the screening copy would. */
export interface FastParseLimits {
  /** Longest string accepted (longer ones go to the slow path, which reports them). */
  readonly maxStringLength: number;
}

function compileString(def: Def, limits: FastParseLimits): Parse {
  const maxStringLength = limits.maxStringLength;
  const tests: ((value: string) => boolean)[] = [(value) => value.length <= maxStringLength];
  for (const check of checkDefs(def)) {
    if (check.check === "max_length" && typeof check.maximum === "number") {
      const maximum = check.maximum;
      tests.push((value) => value.length <= maximum);
    } else if (check.check === "min_length" && typeof check.minimum === "number") {
      const minimum = check.minimum;
      tests.push((value) => value.length >= minimum);
    } else if (check.check === "string_format" && check.format === "regex" && check.pattern instanceof RegExp) {
      const pattern = check.pattern;
      tests.push((value) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      });
    } else unsupported(`string check ${String(check.check)}`);
  }
  if (def.coerce) unsupported("coercion");
  return (input) => {
    if (typeof input !== "string") return REJECT;
    for (const test of tests) if (!test(input)) return REJECT;
    return input;
  };
}

function compileNumber(def: Def): Parse {
  const tests: ((value: number) => boolean)[] = [];
  for (const check of checkDefs(def)) {
    if (check.check === "number_format" && check.format === "safeint") tests.push((value) => Number.isSafeInteger(value));
    else if ((check.check === "greater_than" || check.check === "less_than") && typeof check.value === "number") {
      const bound = check.value;
      const inclusive = check.inclusive === true;
      if (check.check === "greater_than") tests.push(inclusive ? (value) => value >= bound : (value) => value > bound);
      else tests.push(inclusive ? (value) => value <= bound : (value) => value < bound);
    } else unsupported(`number check ${String(check.check)}`);
  }
  if (def.coerce) unsupported("coercion");
  return (input) => {
    if (typeof input !== "number" || !Number.isFinite(input)) return REJECT;
    for (const test of tests) if (!test(input)) return REJECT;
    return input;
  };
}

interface Field {
  readonly key: string;
  readonly parse: Parse;
  /** optional: an absent key stays absent; defaulted: an absent or undefined value gets the default. */
  readonly kind: "required" | "optional" | "defaulted";
  readonly defaultValue?: () => unknown;
}

function compileField(key: string, schema: unknown, limits: FastParseLimits): Field {
  const def = defOf(schema);
  if (def.type === "optional") {
    if (checkDefs(def).length > 0) unsupported("checks on optional");
    const inner = defOf(def.innerType);
    if (inner.type === "default" || inner.type === "optional") unsupported("nested optional");
    return { key, parse: compile(def.innerType, limits), kind: "optional" };
  }
  if (def.type === "default") {
    if (checkDefs(def).length > 0) unsupported("checks on default");
    // Read through the definition each time: zod's getter hands out a fresh (shallow) copy.
    const holder = def;
    return { key, parse: compile(def.innerType, limits), kind: "defaulted", defaultValue: () => holder.defaultValue };
  }
  return { key, parse: compile(schema, limits), kind: "required" };
}

const ABSENT: unique symbol = Symbol("absent");

function compileObject(def: Def, limits: FastParseLimits): Parse {
  if (checkDefs(def).length > 0) unsupported("checks on object");
  const shape = def.shape;
  if (typeof shape !== "object" || shape === null || Object.getOwnPropertySymbols(shape).length > 0) return unsupported("shape");
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
  if (catchall !== undefined && catchall !== "never") unsupported("catchall");
  const fields = Object.keys(shape).map((key) => {
    // zod reads a field with `key in input`, which also finds what Object.prototype has.
    if (key === "__proto__" || key in Object.prototype) unsupported(`${key} in shape`);
    return compileField(key, (shape as Record<string, unknown>)[key], limits);
  });
  const slots = new Map(fields.map((field, slot) => [field.key, slot]));
  const count = fields.length;
  // One pass over the input's keys (they are few: most fields are absent), then the output in the
  // shape's order, as zod writes it. Only plain objects whose every own property is enumerable:
  // then the own keys are exactly those `key in input` finds, as long as nobody
  // defines a non-enumerable property named like a field on Object.prototype itself (checked for
  // every field when the fast path is compiled; later such pollution is not looked for per call,
  // and would make zod, not the fast path, read the polluted value).
  return (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return REJECT;
    const prototype: unknown = Object.getPrototypeOf(input);
    if (prototype !== Object.prototype && prototype !== null) return REJECT;
    const source = input as Record<string, unknown>;
    const values: unknown[] = new Array<unknown>(count).fill(ABSENT);
    // Own string keys, enumerable or not (a for-in loop is slower on the many shapes incidents come in).
    const keys = Object.getOwnPropertyNames(source);
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      // An unknown key is rejected even where zod would strip it: its value has not been screened.
      const slot = slots.get(key);
      if (slot === undefined) return REJECT;
      const descriptor = Object.getOwnPropertyDescriptor(source, key);
      if (descriptor === undefined || !("value" in descriptor) || !descriptor.enumerable) return REJECT;
      values[slot] = descriptor.value;
    }
    const output: Record<string, unknown> = {};
    for (let slot = 0; slot < count; slot++) {
      const field = fields[slot] as Field;
      const value = values[slot];
      if (value === ABSENT || value === undefined) {
        if (field.kind === "required") return REJECT;
        if (field.kind === "defaulted") output[field.key] = field.defaultValue?.();
        else if (value === undefined) output[field.key] = undefined;
        continue;
      }
      const parsed = field.parse(value);
      if (parsed === REJECT) return REJECT;
      output[field.key] = parsed;
    }
    return output;
  };
}

function compile(schema: unknown, limits: FastParseLimits): Parse {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return compileObject(def, limits);
    case "string":
      return compileString(def, limits);
    case "number":
      return compileNumber(def);
    case "boolean": {
      if (checkDefs(def).length > 0 || def.coerce) unsupported("boolean checks");
      return (input) => (typeof input === "boolean" ? input : REJECT);
    }
    case "enum": {
      if (checkDefs(def).length > 0) unsupported("enum checks");
      const values = (schema as { _zod: { values?: unknown } })._zod.values;
      if (!(values instanceof Set)) return unsupported("enum values");
      const allowed = new Set(values);
      return (input) => (allowed.has(input) ? input : REJECT);
    }
    case "literal": {
      const values = def.values;
      if (!Array.isArray(values) || values.length !== 1 || typeof values[0] !== "string") return unsupported("literal");
      const only = values[0];
      return (input) => (input === only ? input : REJECT);
    }
    case "array":
      return compileArray(def, limits);
    case "union":
      return compileUnion(def, limits);
    default:
      return unsupported(`type ${String(def.type)}`);
  }
}

/** What kind of JavaScript value a schema accepts, for unions whose forms never overlap. */
function formOf(schema: unknown): "string" | "object" | "array" | "other" {
  const type = defOf(schema).type;
  if (type === "literal" || type === "string" || type === "enum") return "string";
  if (type === "object") return "object";
  if (type === "array") return "array";
  return "other";
}

/**
 * A union whose forms take different kinds of value (a word, an object, a list): at most one form
 * can accept an input, so the first form that accepts it gives zod's output (zod returns the first
 * form that succeeds). Unions of overlapping forms get no fast path.
 */
function compileUnion(def: Def, limits: FastParseLimits): Parse {
  const options = def.options;
  if (!Array.isArray(options) || options.length === 0) return unsupported("union options");
  const forms = options.map(formOf);
  if (forms.includes("other") || new Set(forms).size !== forms.length) return unsupported("overlapping union");
  const parsers = options.map((option) => compile(option, limits));
  return (input) => {
    for (const parse of parsers) {
      const parsed = parse(input);
      if (parsed !== REJECT) return parsed;
    }
    return REJECT;
  };
}

/** A plain array (no holes, no extra properties) of valid elements, within its length checks. */
function compileArray(def: Def, limits: FastParseLimits): Parse {
  let minimum = 0;
  let maximum = Number.POSITIVE_INFINITY;
  for (const check of checkDefs(def)) {
    if (check.check === "min_length" && typeof check.minimum === "number") minimum = check.minimum;
    else if (check.check === "max_length" && typeof check.maximum === "number") maximum = check.maximum;
    else unsupported(`array check ${String(check.check)}`);
  }
  const element = compile(def.element, limits);
  return (input) => {
    if (!Array.isArray(input) || Object.getPrototypeOf(input) !== Array.prototype) return REJECT;
    const length = input.length;
    if (length < minimum || length > maximum) return REJECT;
    // Own keys must be exactly the indexes and "length": anything else is left to the slow path.
    if (Object.getOwnPropertyNames(input).length !== length + 1) return REJECT;
    const output: unknown[] = [];
    for (let index = 0; index < length; index++) {
      const descriptor = Object.getOwnPropertyDescriptor(input, index);
      if (descriptor === undefined || !("value" in descriptor) || !descriptor.enumerable) return REJECT;
      const parsed = element(descriptor.value);
      if (parsed === REJECT) return REJECT;
      output.push(parsed);
    }
    return output;
  };
}

/**
 * Compiles the fast path of a schema, or returns undefined when the schema has a part the fast
 * path does not handle (then the caller always uses zod).
 */
export function compileFastParse(schema: z.ZodType, limits: FastParseLimits): FastParse | undefined {
  let parse: Parse;
  try {
    parse = compile(schema, limits);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return parse;
}
