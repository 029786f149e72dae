/**
 * The input limits the library enforces, so that a hostile or broken input is rejected quickly
 * with a clear error instead of exhausting the stack, the memory or the CPU. Each is far above
 * what real data needs (noted below), and each check happens before any schema runs.
 * @example
 * ```ts
 * import { LIMITS } from "netralitas-asn";
 * LIMITS.incident.maxDepth; // => 32
 * ```
 * @category Evaluation
 */
export const LIMITS = {
  /**
   * One incident (and the evaluation options). Plain JSON data only. A full incident is about
   * 60 values, 4 levels deep; its longest field, `summary`, allows 10,000 characters.
   */
  incident: {
    /** Deepest nesting of objects and arrays (the incident itself is level 1). */
    maxDepth: 32,
    /** Most values in all. */
    maxValues: 10_000,
    /** Longest string or key, in UTF-16 code units. */
    maxStringLength: 100_000,
  },
  /**
   * One rule-set source file (rule, catalogue, calendar, shared condition, region table, fact
   * dictionary). The bundled files reach 13 levels, 850 values and 560-character strings.
   */
  ruleFile: {
    /** Deepest nesting of objects and arrays (the file's root is level 1). */
    maxDepth: 100,
    /** Most values in one file. */
    maxValues: 100_000,
    /** Longest string or key, in UTF-16 code units. */
    maxStringLength: 100_000,
  },
  /**
   * Deepest condition tree, in levels (a single comparison is one level; each `all`, `any`,
   * `not` and each reference to a shared condition adds one), counting the shared conditions a
   * tree refers to. The bundled rules reach 8.
   */
  conditionDepth: 32,
  /**
   * The HTTP service (`netralitas serve`, `netralitas-asn/server`). A full incident is about 2 kB
   * of JSON; its `summary` allows 10,000 characters (at most 40 kB in UTF-8).
   */
  request: {
    /** Largest JSON request body, in bytes (one incident with its options). */
    maxBodyBytes: 1_048_576,
    /** Longest line of a batch (NDJSON), in bytes; the batch as a whole is streamed and has no limit. */
    maxLineBytes: 1_048_576,
  },
} as const;
