import { createEvaluator, type Evaluator } from "../evaluator.ts";
import { isInvalidIncidentError, type InputIssue } from "../errors.ts";
import { message } from "../messages.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { InterpretationInput } from "../schema/options.ts";
import type { Lang, LocalizedText } from "../_utils/text.ts";
import { AssessmentJson } from "./assessment-json.ts";

const encoder = new TextEncoder();

/**
 * What each line of the output holds: a full assessment (default), or the verdict and statuses only.
 * @example
 * ```ts
 * const detail: JsonlDetail = "verdict"; // one line per incident: the verdict and each finding's status
 * await evaluateJsonl(input, output, { detail });
 * ```
 */
export type JsonlDetail = "full" | "verdict";

/**
 * A line that could not be judged.
 * @example
 * ```ts
 * await evaluateJsonl(input, output, {
 *   onError: (error: JsonlLineError) => console.error(`line ${error.line}: ${error.message}`),
 * });
 * ```
 */
export interface JsonlLineError {
  /** The line number in the input, from 1. */
  readonly line: number;
  /** `ERR_INVALID_JSON` for a line that is not JSON, else the library's error code (`ERR_INVALID_INCIDENT`, ...). */
  readonly code: string;
  /** The message in the chosen language. */
  readonly message: string;
  readonly messages: LocalizedText;
  /** Every problem with its path (empty for a line that is not JSON). */
  readonly issues: readonly InputIssue[];
}

/** The evaluator settings a judge is made from: plain data, so that a worker thread can receive them. */
export interface JudgeConfig {
  /** A loaded rule set; absent: the bundled one. */
  readonly ruleset?: Ruleset | undefined;
  /** Interpretation options for every line (a line's own `interpretation` takes precedence). */
  readonly interpretation?: InterpretationInput | undefined;
  readonly lang?: Lang | undefined;
  readonly detail?: JsonlDetail | undefined;
  /** true: a bad line becomes an error record (`{"line":…,"error":…}`) in the output, in its place. */
  readonly inlineErrors?: boolean | undefined;
}

/** The output of a batch of lines. */
export interface BatchResult {
  /** UTF-8 chunks: one JSON line per judged line (and per bad line, with inline errors), each ending in a newline. */
  readonly chunks: readonly Uint8Array[];
  /** The bad lines, in order (also when they are inline). */
  readonly errors: readonly JsonlLineError[];
  readonly assessed: number;
}

const NEWLINE = encoder.encode("\n");
const JSONL_CACHE_SIZE = 2048;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Judges JSON Lines: each line a bare incident, or `{"incident": …, "interpretation"?: …}` (a
 * fixture file's shape). Used on the calling thread and inside each worker thread.
 */
export class JsonlJudge {
  readonly #evaluator: Evaluator;
  readonly #config: JudgeConfig;
  readonly #json = new AssessmentJson();

  constructor(config: JudgeConfig) {
    this.#config = config;
    this.#evaluator = createEvaluator({
      ...(config.ruleset ? { ruleset: config.ruleset } : {}),
      // Half the default: with the remembered JSON of each outcome's findings, some 35 MB per thread.
      cacheSize: JSONL_CACHE_SIZE,
      ...(config.interpretation ? { interpretation: config.interpretation } : {}),
      lang: config.lang ?? "id",
    });
  }

  /** Judges consecutive lines, the first being line number `first`. Blank lines are skipped. */
  batch(lines: readonly string[], first: number): BatchResult {
    const chunks: Uint8Array[] = [];
    let assessed = 0;
    const errors: JsonlLineError[] = [];
    const lang = this.#config.lang ?? "id";
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? "";
      if (line.trim() === "") continue;
      const number = first + index;
      const outcome = this.#judgeLine(line, number, lang, chunks);
      if (outcome === undefined) {
        chunks.push(NEWLINE);
        assessed++;
      } else {
        errors.push(outcome);
        if (this.#config.inlineErrors) {
          const record = { line: outcome.line, error: { code: outcome.code, message: outcome.message, messages: outcome.messages, issues: outcome.issues } };
          chunks.push(encoder.encode(`${JSON.stringify(record)}\n`));
        }
      }
    }
    return { chunks, errors, assessed };
  }

  /** Writes the line's JSON (without the newline) into `chunks`; returns the error of a bad line. */
  #judgeLine(line: string, number: number, lang: Lang, chunks: Uint8Array[]): JsonlLineError | undefined {
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      const messages = message("invalid_json", { detail: error instanceof Error ? error.message : String(error) });
      return { line: number, code: "ERR_INVALID_JSON", message: messages[lang], messages, issues: [] };
    }
    const wrapper = isRecord(data) && "incident" in data && !("occurredAt" in data) ? data : undefined;
    const incident = wrapper ? wrapper["incident"] : data;
    // The evaluator's defaults hold the configured interpretation; a line's own options go on top.
    const own = wrapper && isRecord(wrapper["interpretation"]) ? wrapper["interpretation"] : undefined;
    const options = own ? { interpretation: own as InterpretationInput } : undefined;
    try {
      if (this.#config.detail === "verdict") chunks.push(encoder.encode(JSON.stringify(this.#evaluator.verdictSync(incident, options))));
      else this.#json.write(this.#evaluator.evaluateSync(incident, options), chunks);
      return undefined;
    } catch (error) {
      if (!isInvalidIncidentError(error)) throw error;
      const messages = { id: error.issues.map((issue) => issue.messages.id).join("; "), en: error.issues.map((issue) => issue.messages.en).join("; ") };
      return { line: number, code: error.code, message: error.message, messages, issues: error.issues };
    }
  }
}
