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
 * Bounded by count: when full, a new entry replaces one chosen at random (a fixed-seed generator,
 * so runs repeat), which keeps a fair share of entries when incidents cycle through more combinations
 * than fit, unlike least-recently-used eviction.
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
 * A cache bounded by the weight of what it holds (for texts: their size in bytes), not by their
 * number: when a new entry does not fit, entries chosen at random leave until it does. An entry
 * heavier than the whole budget is not kept.
 */
export class WeightedCache<V> {
  readonly #budget: number;
  readonly #weigh: (value: V) => number;
  readonly #entries = new Map<string, { value: V; weight: number; slot: number }>();
  readonly #keys: string[] = [];
  #weight = 0;
  #state = 0x2545f491;

  constructor(budget: number, weigh: (value: V) => number) {
    this.#budget = Math.max(0, budget);
    this.#weigh = weigh;
  }

  /** The most weight held (0: the cache is off). */
  get budget(): number {
    return this.#budget;
  }

  /** The weight held now. */
  get weight(): number {
    return this.#weight;
  }

  get entries(): number {
    return this.#keys.length;
  }

  get(key: string): V | undefined {
    return this.#entries.get(key)?.value;
  }

  set(key: string, value: V): void {
    const weight = this.#weigh(value);
    if (weight > this.#budget || this.#entries.has(key)) return;
    while (this.#weight + weight > this.#budget && this.#keys.length > 0) this.#evict();
    this.#entries.set(key, { value, weight, slot: this.#keys.length });
    this.#keys.push(key);
    this.#weight += weight;
  }

  #evict(): void {
    // xorshift32
    let state = this.#state;
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    this.#state = state >>> 0;
    const slot = this.#state % this.#keys.length;
    const key = this.#keys[slot] as string;
    const entry = this.#entries.get(key);
    this.#entries.delete(key);
    this.#weight -= entry?.weight ?? 0;
    // Swap-remove: the last key takes the freed slot.
    const last = this.#keys.pop() as string;
    if (last !== key) {
      this.#keys[slot] = last;
      const moved = this.#entries.get(last);
      if (moved) moved.slot = slot;
    }
  }
}

/**
 * The most bytes of explanation text an evaluator keeps (32 MiB, at the default cache size; 2 kB per
 * outcome the cache holds for smaller ones; a finding's text in both languages is some 5-10 kB as
 * UTF-16). Outcomes do not hold their text (they ask the memo at each read), so this bounds the memory texts take.
 */
export const EXPLANATION_BYTES = 32 * 1024 * 1024;

/** The most bytes (keys included) an evaluator's memo of questions to decide keeps (at the default cache size). */
export const QUESTION_BYTES = 4 * 1024 * 1024;

/**
 * Outcomes remembered by default: some 1.5 kB each beside the traces they share, so some 25 MB
 * when full; their explanation texts are bounded apart ({@link EXPLANATION_BYTES}).
 */
export const DEFAULT_CACHE_SIZE = 16_384;

/**
 * Trace nodes an evaluator keeps for sharing (all rules together), by its outcome-cache size: eight
 * an outcome, from 1,024 to 131,072 (tens of MB at most with their texts; a stream worker's few).
 */
export function sharedNodeBudget(cacheSize: number): number {
  return cacheSize === 0 ? 0 : Math.min(131_072, Math.max(1_024, cacheSize * 8));
}
