// Shared objects (a rule set, calendar phases, provisions) are handed out to every caller; freezing
// them where they are made means no caller can change what a later evaluation reads.

/**
 * A Map that cannot be changed after it is made: `set`, `delete` and `clear` throw a TypeError,
 * as writing to a frozen object does in strict mode.
 */
export class FrozenMap<K, V> extends Map<K, V> {
  readonly #sealed: boolean;
  constructor(entries: Iterable<readonly [K, V]> = []) {
    super();
    for (const [key, value] of entries) super.set(key, value);
    this.#sealed = true;
    Object.freeze(this);
  }
  override set(key: K, value: V): this {
    if (this.#sealed) throw new TypeError("Cannot change a frozen map");
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    if (this.#sealed) throw new TypeError("Cannot change a frozen map");
    return super.delete(key);
  }
  override clear(): void {
    if (this.#sealed) throw new TypeError("Cannot change a frozen map");
    super.clear();
  }
}

// Objects whose whole reachable graph an earlier deepFreeze froze (a walk that met no Map or Set it
// could not freeze): later walks stop at them. Compiled rules, frozen one by one, point into the rule
// set that was frozen when it was loaded; without this each would walk it again.
const frozenThrough = new WeakSet<object>();

/**
 * Freezes `value` and everything reachable from it (own properties, array items, the keys and
 * values of Maps and Sets), without recursion, so that any depth of data is safe. A Map or Set
 * that is not already a {@link FrozenMap} keeps working (its entries cannot be frozen in place);
 * callers make those frozen themselves. Returns `value`.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  let everythingFrozen = true;
  while (pending.length > 0) {
    const next = pending.pop();
    if ((typeof next !== "object" && typeof next !== "function") || next === null) continue;
    if (seen.has(next) || frozenThrough.has(next)) continue;
    seen.add(next);
    if (next instanceof Map) {
      if (!(next instanceof FrozenMap)) everythingFrozen = false;
      for (const [key, entry] of next) pending.push(key, entry);
    } else if (next instanceof Set) {
      everythingFrozen = false;
      for (const entry of next) pending.push(entry);
    }
    // Functions (compiled conditions) are frozen but not walked: their closures are not data.
    if (typeof next === "function") {
      Object.freeze(next);
      continue;
    }
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Object.getOwnPropertyDescriptor(next, key);
      if (descriptor && "value" in descriptor && isWalkable(descriptor.value)) pending.push(descriptor.value);
    }
    Object.freeze(next);
  }
  if (everythingFrozen) for (const object of seen) frozenThrough.add(object);
  return value;
}

function isWalkable(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

/**
 * {@link deepFreeze} for data straight from JSON.parse (plain objects and arrays, no accessors, no
 * symbols): the same result, some five times faster, because it needs no property descriptors.
 * The bundled rule set is frozen so at start-up. Returns `value`.
 */
export function deepFreezeParsedJson<T>(value: T): T {
  const pending: unknown[] = [value];
  const frozen: object[] = [];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== "object" || next === null || frozenThrough.has(next)) continue;
    if (Array.isArray(next)) {
      for (let index = 0; index < next.length; index++) if (typeof next[index] === "object") pending.push(next[index]);
    } else {
      const record = next as Record<string, unknown>;
      for (const key in record) if (typeof record[key] === "object") pending.push(record[key]);
    }
    Object.freeze(next);
    frozen.push(next);
  }
  for (const object of frozen) frozenThrough.add(object);
  return value;
}
