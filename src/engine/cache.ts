import type { FactVector } from "./facts.ts";
import type { FactValue } from "./trace.ts";

// The caches of the compiled path: keys from the values of the facts a rule reads, and a bounded
// store with random eviction.

/**
 * Keys for the outcome caches: every fact value seen gets a small number per fact (0 = unknown),
 * and a rule's key is made of the numbers of the facts it reads. A value that cannot be numbered
 * (too many distinct values of one fact, or -0, which a Map cannot tell from 0) gives no key, and
 * the rule is evaluated without the cache.
 */
export class OutcomeKeys {
  /** Per fact slot: its values seen so far, numbered from 1. */
  readonly #numbers: Map<FactValue, number>[] = [];
  #values: number[] = [];

  /** Numbers the facts of one incident. Returns the numbers that {@link OutcomeCache.hash} reads (reused: valid until the next call). */
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
}

/**
 * The outcome cache: one rule's outcome per combination of the numbers (see {@link OutcomeKeys}) of
 * the facts it reads, with its allegation and sanction version (the `tag`). Keys are 53-bit hashes,
 * not strings: a lookup hashes a few small integers and compares them with the stored ones (a hash
 * collision is a miss, never a wrong outcome), instead of building and hashing a string per rule.
 * Bounded like {@link RandomEvictionCache}: when full, a new entry replaces one chosen at random.
 */
export class OutcomeCache<V> {
  readonly #size: number;
  readonly #slots = new Map<number, number>();
  readonly #keys: number[] = [];
  readonly #tags: number[] = [];
  readonly #numbers: (readonly number[])[] = [];
  readonly #values: V[] = [];
  #state = 0x9e3779b9;
  hits = 0;
  misses = 0;

  constructor(size: number) {
    this.#size = Math.max(0, Math.floor(size));
  }

  get size(): number {
    return this.#size;
  }

  get entries(): number {
    return this.#keys.length;
  }

  /** The hash of a tag and the numbers at `reads`, or -1 when a number is missing (-1: not cacheable). */
  static hash(tag: number, values: readonly number[], reads: readonly number[]): number {
    let low = Math.imul(tag ^ 0x9e3779b9, 0x85ebca6b);
    let high = Math.imul((tag / 0x100000000) ^ 0x27d4eb2f, 0xc2b2ae35);
    for (const slot of reads) {
      const number = values[slot] ?? 0;
      if (number < 0) return -1;
      low = Math.imul(low ^ number, 0x01000193);
      low ^= low >>> 15;
      high = Math.imul(high + number, 0x5bd1e995);
      high ^= high >>> 13;
    }
    // 32 + 21 bits: a safe integer.
    return (low >>> 0) * 0x200000 + ((high >>> 0) & 0x1fffff);
  }

  get(key: number, tag: number, values: readonly number[], reads: readonly number[]): V | undefined {
    if (this.#size === 0) return undefined;
    const slot = this.#slots.get(key);
    if (slot !== undefined && this.#tags[slot] === tag && sameNumbers(this.#numbers[slot] as readonly number[], values, reads)) {
      this.hits++;
      return this.#values[slot];
    }
    this.misses++;
    return undefined;
  }

  set(key: number, tag: number, values: readonly number[], reads: readonly number[], value: V): void {
    if (this.#size === 0) return;
    const numbers = reads.map((read) => values[read] ?? 0);
    let slot = this.#slots.get(key);
    if (slot === undefined) {
      if (this.#keys.length < this.#size) {
        slot = this.#keys.length;
        this.#keys.push(key);
        this.#tags.push(tag);
        this.#numbers.push(numbers);
        this.#values.push(value);
        this.#slots.set(key, slot);
        return;
      }
      // xorshift32
      let state = this.#state;
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      this.#state = state >>> 0;
      slot = this.#state % this.#size;
      this.#slots.delete(this.#keys[slot] as number);
      this.#slots.set(key, slot);
    }
    // A new entry, or one whose key collided: the slot now holds this one.
    this.#keys[slot] = key;
    this.#tags[slot] = tag;
    this.#numbers[slot] = numbers;
    this.#values[slot] = value;
  }
}

function sameNumbers(stored: readonly number[], values: readonly number[], reads: readonly number[]): boolean {
  for (let index = 0; index < reads.length; index++) if (stored[index] !== values[reads[index] as number]) return false;
  return true;
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

