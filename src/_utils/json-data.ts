// Reads untrusted input as plain JSON data, within limits, before any schema sees it.
// The copy it returns is made of fresh plain objects and arrays: a getter, proxy or later
// mutation of the caller's object cannot change what the evaluator judges, and a key such as
// "__proto__" stays an ordinary own key (which the strict schemas then reject) instead of
// replacing a prototype.

/** How much plain data one input may hold. */
export interface JsonLimits {
  /** Deepest nesting of objects and arrays; the root object is level 1. */
  readonly maxDepth: number;
  /** Most values in all (every object, array, string, number, boolean and null counts one). */
  readonly maxValues: number;
  /** Longest string, in UTF-16 code units (JavaScript's `length`), keys included. */
  readonly maxStringLength: number;
}

/** Why an input is not plain JSON data within limits. */
export type JsonDataProblem =
  | { readonly kind: "data_not_json"; readonly path: readonly (string | number)[]; readonly received: string }
  | { readonly kind: "data_accessor"; readonly path: readonly (string | number)[] }
  | { readonly kind: "data_cycle"; readonly path: readonly (string | number)[] }
  | { readonly kind: "data_too_deep"; readonly path: readonly (string | number)[]; readonly maximum: number }
  | { readonly kind: "data_too_many_values"; readonly path: readonly (string | number)[]; readonly maximum: number }
  | { readonly kind: "data_string_too_long"; readonly path: readonly (string | number)[]; readonly maximum: number; readonly length: number }
  | { readonly kind: "data_unreadable"; readonly path: readonly (string | number)[]; readonly detail: string };

/** The result of {@link copyJsonData}. */
export type JsonDataResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: JsonDataProblem };

class Stop {
  readonly problem: JsonDataProblem;
  constructor(problem: JsonDataProblem) {
    this.problem = problem;
  }
}

/** A short name for a value that is not JSON data. */
function kindOf(value: unknown): string {
  if (typeof value === "number") return String(value); // NaN, Infinity, -Infinity
  if (typeof value !== "object" || value === null) return typeof value;
  const proto: unknown = Object.getPrototypeOf(value);
  const constructor = proto && typeof proto === "object" ? Object.getOwnPropertyDescriptor(proto, "constructor")?.value : undefined;
  const name = typeof constructor === "function" ? (constructor as { name?: unknown }).name : undefined;
  if (value instanceof Date && Number.isNaN(value.getTime())) return "Invalid Date";
  return typeof name === "string" && name.length > 0 ? name : "object";
}

/** A plain object: its prototype is null or some realm's Object.prototype (whose own prototype is null). */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Copies `input` if it is plain JSON data within `limits`: objects with a null or Object
 * prototype and only data properties, arrays, strings, finite numbers, booleans and null
 * (`undefined` is kept as "absent"). Anything else — functions, symbols, bigints, NaN and
 * Infinity, Dates, Maps, class instances, getters, cycles, nesting or size beyond the limits,
 * a proxy whose traps throw — yields the first problem found, with its path. Never throws;
 * recursion is bounded by `limits.maxDepth`, work by `limits.maxValues`.
 */
export function copyJsonData(input: unknown, limits: JsonLimits): JsonDataResult {
  const state: CopyState = { count: 0, limits, path: [], ancestors: [] };
  try {
    return { ok: true, value: copyValue(input, 1, state) };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    // A proxy trap or an exotic object threw, or the engine ran out of stack or memory.
    let detail = "error";
    try {
      detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    } catch {
      // The thrown value cannot even be described.
    }
    return { ok: false, problem: { kind: "data_unreadable", path: [...state.path], detail: detail.slice(0, 200) } };
  }
}

/** The walk's state. Module-level functions over it, not closures per call: this runs for every incident. */
interface CopyState {
  count: number;
  readonly limits: JsonLimits;
  readonly path: (string | number)[];
  /** The objects being copied, outermost first (a short list: nesting is bounded by maxDepth). */
  readonly ancestors: object[];
}

function stop(problem: JsonDataProblem): never {
  throw new Stop(problem);
}

function countValue(state: CopyState): void {
  if (++state.count > state.limits.maxValues) stop({ kind: "data_too_many_values", path: [...state.path], maximum: state.limits.maxValues });
}

function checkString(text: string, state: CopyState): void {
  if (text.length > state.limits.maxStringLength) {
    stop({ kind: "data_string_too_long", path: [...state.path], maximum: state.limits.maxStringLength, length: text.length });
  }
}

function copyValue(value: unknown, depth: number, state: CopyState): unknown {
  if (value === undefined) return undefined;
  countValue(state);
  switch (typeof value) {
    case "string":
      checkString(value, state);
      return value;
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : stop({ kind: "data_not_json", path: [...state.path], received: kindOf(value) });
    case "object":
      break;
    default:
      return stop({ kind: "data_not_json", path: [...state.path], received: kindOf(value) });
  }
  if (value === null) return null;
  const { path, ancestors } = state;
  if (depth > state.limits.maxDepth) stop({ kind: "data_too_deep", path: [...path], maximum: state.limits.maxDepth });
  if (ancestors.includes(value)) stop({ kind: "data_cycle", path: [...path] });
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) stop({ kind: "data_not_json", path: [...path], received: kindOf(value) });
  ancestors.push(value);
  let result: unknown;
  if (isArray) {
    const source = value as readonly unknown[];
    const length = source.length;
    // A sparse array's holes are values too, so a huge `length` is bounded by maxValues.
    const items: unknown[] = [];
    for (let index = 0; index < length; index++) {
      path.push(index);
      const descriptor = Object.getOwnPropertyDescriptor(source, index);
      if (descriptor && !("value" in descriptor)) stop({ kind: "data_accessor", path: [...path] });
      if (!descriptor) countValue(state);
      items.push(descriptor ? copyValue(descriptor.value, depth + 1, state) : undefined);
      path.pop();
    }
    result = items;
  } else {
    const target: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      path.push(key);
      checkString(key, state);
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor) {
        if (!("value" in descriptor)) stop({ kind: "data_accessor", path: [...path] });
        const copied = copyValue(descriptor.value, depth + 1, state);
        // For "__proto__" defineProperty, not assignment: it must stay an own key, never a prototype.
        if (key === "__proto__") Object.defineProperty(target, key, { value: copied, enumerable: true, writable: true, configurable: true });
        else target[key] = copied;
      }
      path.pop();
    }
    result = target;
  }
  ancestors.pop();
  return result;
}
