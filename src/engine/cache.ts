import type { FactVector } from "./facts.ts";
import type { FactValue } from "./trace.ts";

// The caches of the compiled path: keys from the values of the facts a rule reads, and a bounded
// store with random eviction.

/**
 * Keys for the outcome caches: every fact value seen gets a small number per fact (0 = unknown),
 * and a rule's key is the string of the numbers of the facts it reads. A value that cannot be
 * numbered (too many distinct values of one fact, or -0, which a Map cannot tell from 0) gives
 * no key, and the rule is evaluated without the cache.
 */
export class OutcomeKeys {
  /** Per fact slot: its values seen so far, numbered from 1. */
  readonly #numbers: Map<FactValue, number>[] = [];
  #values: number[] = [];

  /** Numbers the facts of one incident. Returns the numbers that {@link keyOf} reads (reused: valid until the next call). */
  begin(vector: FactVector): readonly number[] {
    const values = this.#values;
    values.length = vector.length;
    for (let slot = 0; slot < vector.length; slot++) {
      const value = vector[slot];
      if (value === undefined) {
        values[slot] = 0;
        continue;
      }
      let numbers = this.#numbers[slot];
      if (!numbers) this.#numbers[slot] = numbers = new Map();
      let number = numbers.get(value);
      if (number === undefined) {
        if (numbers.size >= 0xfff0 || (value === 0 && Object.is(value, -0))) {
          values[slot] = -1;
          continue;
        }
        number = numbers.size + 1;
        numbers.set(value, number);
      }
      values[slot] = number;
    }
    return values;
  }

  keyOf(values: readonly number[], reads: readonly number[]): string | undefined {
    let key = "";
    for (const slot of reads) {
      const number = values[slot] ?? 0;
      if (number < 0) return undefined;
      key += String.fromCharCode(number);
    }
    return key;
  }
}

/**
 * Distinct explanation texts remembered (some 5 kB each in both languages): the bundled rules give
 * some 6,400 over the benchmark's 10,000 incidents, which have 18,700 distinct outcomes.
 */
export const EXPLANATION_TEXTS = 8192;

/**
 * Outcomes remembered by default. Full, with the explanations they share, some 70 MB for the bundled
 * rules (an outcome takes some 1.5 kB beside its explanation; distinct explanations, some 5 kB
 * each in both languages, are kept once).
 */
export const DEFAULT_CACHE_SIZE = 16_384;

/**
 * A bounded cache (of outcomes, of explanations): at most `size` entries. When full, a new entry
 * replaces one chosen at random (a fixed-seed generator, so runs repeat): unlike least-recently-used
 * eviction, this keeps a fair share of the entries when incidents cycle through more combinations
 * than fit, and frequent combinations are back at once after an eviction. Lookups cost one map access.
 */
export class RandomEvictionCache<V> {
  readonly #size: number;
  readonly #slots = new Map<string, number>();
  readonly #keys: string[] = [];
  readonly #outcomes: V[] = [];
  #state = 0x9e3779b9;

  constructor(size: number) {
    this.#size = Math.max(0, Math.floor(size));
  }

  /** Most entries kept (0: the cache is off). */
  get size(): number {
    return this.#size;
  }

  /** Lookups that found an entry, and lookups that did not (a cache of size 0 counts nothing). */
  hits = 0;
  misses = 0;

  /** Entries held now. */
  get entries(): number {
    return this.#keys.length;
  }

  get(key: string): V | undefined {
    if (this.#size === 0) return undefined;
    const slot = this.#slots.get(key);
    if (slot === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return this.#outcomes[slot];
  }

  set(key: string, outcome: V): void {
    if (this.#size === 0 || this.#slots.has(key)) return;
    if (this.#keys.length < this.#size) {
      this.#slots.set(key, this.#keys.length);
      this.#keys.push(key);
      this.#outcomes.push(outcome);
      return;
    }
    // xorshift32
    let state = this.#state;
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    this.#state = state >>> 0;
    const slot = this.#state % this.#size;
    this.#slots.delete(this.#keys[slot] as string);
    this.#keys[slot] = key;
    this.#outcomes[slot] = outcome;
    this.#slots.set(key, slot);
  }
}

