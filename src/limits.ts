import { deepFreeze } from "./_utils/freeze.ts";

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
export const LIMITS = deepFreeze({
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
   * Largest condition tree, in nodes (every comparison, `all`, `any`, `not` and reference), with
   * each shared condition counted every time it is used, as the compiler expands it. Checked
   * without expanding anything, so shared conditions that fan out (each an `any` of many
   * references to the next) are refused at once. The bundled rules reach 27.
   */
  conditionNodes: 10_000,
  /** Most rules in one rule set. The bundled set has 48. */
  rules: 10_000,
  /**
   * What the command line and `netralitas-asn/node` read: one file (an incident, a rule file, a
   * fixture) and one line of JSON Lines, in bytes. Checked by the file's size before reading and by
   * a capped read (for files whose size the system does not know, and for standard input).
   */
  files: {
    /** Largest file read whole. */
    maxFileBytes: 16 * 1024 * 1024,
    /** Longest JSON Lines line; a longer one is reported in its place and the run goes on. */
    maxLineBytes: 1024 * 1024,
  },
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
} as const);
