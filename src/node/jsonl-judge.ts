import { createEvaluator, type Evaluator } from "../evaluator.ts";
import { isInvalidIncidentError, type InputIssue } from "../errors.ts";
import { message } from "../messages.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { InterpretationInput } from "../schema/options.ts";
import type { Lang, LocalizedText } from "../_utils/text.ts";
import { AssessmentJson, type ByteBuffer } from "./assessment-json.ts";
import { uncheckedIncident } from "../_utils/unchecked.ts";
import { CompactAssessmentJson, type ReferenceIds } from "./compact-json.ts";

/**
 * What each line of the output holds: a full assessment (default); the same in compact form, where
 * what the stream already sent is a reference (`{"ref": id}`) to a preceding definition record
 * (`{"define": id, "value": …}`), see the README's streaming section; or the verdict and statuses only.
 * @example
 * ```ts
 * const detail: JsonlDetail = "verdict"; // one line per incident: the verdict and each finding's status
 * await evaluateJsonl(input, output, { detail });
 * ```
 * @category Node
 */
export type JsonlDetail = "full" | "compact" | "verdict";

/**
 * A line that could not be judged.
 * @example
 * ```ts
 * await evaluateJsonl(input, output, {
 *   onError: (error: JsonlLineError) => console.error(`line ${error.line}: ${error.message}`),
 * });
 * ```
 * @category Node
 */
export interface JsonlLineError {
  /** The line number in the input, from 1. */
  readonly line: number;
  /** `ERR_INVALID_JSON` for a line that is not JSON, `ERR_LINE_TOO_LONG` for one over the line limit, else the library's error code (`ERR_INVALID_INCIDENT`, ...). */
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
  /** With `detail: "compact"`: the ids this judge gives its definitions (disjoint between threads). */
  readonly referenceIds?: ReferenceIds | undefined;
  /** The evaluator's cache size (default {@link JSONL_CACHE_SIZE}). */
  readonly cacheSize?: number | undefined;
}

/** A line longer than the limit, dropped while it was read: its index in its batch (from 0) and its length. */
export interface OversizedLine {
  readonly line: number;
  readonly bytes: number;
  /** The limit it is over. */
  readonly maximum: number;
}

/** What judging a batch of lines gives besides its output bytes. */
export interface BatchResult {
  /** Lines in the batch (blank ones included). */
  readonly lines: number;
  /** The bad lines, in order (also when they are inline). */
  readonly errors: readonly JsonlLineError[];
  readonly assessed: number;
}

/**
 * A batch of lines for a worker thread. Its bytes are in shared memory, in one of the worker's
 * slots (a slot's memory is sent once, and again only when it is replaced by a bigger one), so
 * that no buffer is allocated or moved per batch: V8 counts every buffer that arrives in a thread
 * as external memory, and that pressure made each thread collect garbage far more often.
 */
export interface BatchRequest {
  readonly seq: number;
  readonly slot: number;
  /** The first line's number. */
  readonly first: number;
  /** Lines in the batch. */
  readonly lines: number;
  /** Bytes of whole lines at the start of the slot's input memory. */
  readonly length: number;
  /** The slot's input memory, when new to the worker. */
  readonly input?: SharedArrayBuffer;
  /** The batch's lines that were too long (empty in the input memory). */
  readonly oversized?: readonly OversizedLine[];
}

/** A worker thread's answer: its output is at the start of the slot's output memory. */
export interface BatchReply extends BatchResult {
  readonly seq: number;
  readonly slot: number;
  /** Output bytes. */
  readonly length: number;
  /** The slot's output memory, when the worker made a new one (the first time, or a bigger one). */
  readonly output?: SharedArrayBuffer;
}

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const NEWLINE_BYTES = new Uint8Array([NEWLINE]);
/** The evaluator cache size of a judge: an eighth of the evaluator's default (16,384), for memory. */
export const JSONL_CACHE_SIZE = 2048;

/** The error of a line over the line limit (never read whole, so never parsed). */
function lineTooLong(line: number, { bytes, maximum }: OversizedLine, lang: Lang): JsonlLineError {
  const messages = message("line_too_long", { bytes, maximum });
  return { line, code: "ERR_LINE_TOO_LONG", message: messages[lang], messages, issues: [] };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Judges JSON Lines: each line a bare incident, or `{"incident": …, "interpretation"?: …}` (a
 * fixture file's shape). Used on the calling thread and inside each worker thread.
 */
export class JsonlJudge {
  readonly #evaluator: Evaluator;
  readonly #config: JudgeConfig;
  readonly #json = new AssessmentJson();
  readonly #compact: CompactAssessmentJson | undefined;

  constructor(config: JudgeConfig) {
    this.#config = config;
    this.#compact = config.detail === "compact" ? new CompactAssessmentJson(config.referenceIds) : undefined;
    this.#evaluator = createEvaluator({
      ...(config.ruleset ? { ruleset: config.ruleset } : {}),
      // Each worker thread keeps a cache of its own, and the remembered JSON of each outcome's
      // findings comes on top.
      cacheSize: config.cacheSize ?? JSONL_CACHE_SIZE,
      ...(config.interpretation ? { interpretation: config.interpretation } : {}),
      lang: config.lang ?? "id",
    });
  }

  /**
   * Judges whole lines given as UTF-8 (each ending in `\n`, or the input's last line without it; a
   * `\r` before the `\n` is dropped), the first being line number `first`, and writes one output
   * line per judged line (and per bad line, with inline errors) to `out`. Blank lines are skipped.
   */
  judge(input: Uint8Array, first: number, out: ByteBuffer, oversized: readonly OversizedLine[] = []): BatchResult {
    const tooLong = oversized.length === 0 ? undefined : new Map(oversized.map((entry) => [entry.line, entry]));
    // Each line decoded on its own: no string of the whole batch, which (over 128 kB) V8 would put
    // among the large objects, freed only by a full collection. A newline byte is never inside a
    // UTF-8 sequence, so the lines decode as the whole input would.
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    let assessed = 0;
    const errors: JsonlLineError[] = [];
    const lang = this.#config.lang ?? "id";
    let number = first;
    let start = 0;
    while (start < bytes.length) {
      let end = bytes.indexOf(NEWLINE, start);
      const next = end === -1 ? bytes.length : end + 1;
      if (end === -1) end = bytes.length;
      if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end--;
      const line = bytes.toString("utf8", start, end);
      start = next;
      const lineNumber = number++;
      const long = tooLong?.get(lineNumber - first);
      if (long === undefined && line.trim() === "") continue;
      const outcome = long === undefined ? this.#judgeLine(line, lineNumber, lang, out) : lineTooLong(lineNumber, long, lang);
      if (outcome === undefined) {
        out.bytes(NEWLINE_BYTES);
        assessed++;
      } else {
        errors.push(outcome);
        if (this.#config.inlineErrors) {
          const record = { line: outcome.line, error: { code: outcome.code, message: outcome.message, messages: outcome.messages, issues: outcome.issues } };
          out.text(`${JSON.stringify(record)}\n`);
        }
      }
    }
    return { lines: number - first, errors, assessed };
  }

  /** Writes the line's JSON (without the newline) to `out`; returns the error of a bad line. */
  #judgeLine(line: string, number: number, lang: Lang, out: ByteBuffer): JsonlLineError | undefined {
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
      if (this.#config.detail === "verdict") out.text(JSON.stringify(this.#evaluator.verdictSync(uncheckedIncident(incident), options)));
      else if (this.#compact) this.#compact.write(this.#evaluator.evaluateSync(uncheckedIncident(incident), options) as unknown as Readonly<Record<string, unknown>>, out);
      else this.#json.write(this.#evaluator.evaluateSync(uncheckedIncident(incident), options), out);
      return undefined;
    } catch (error) {
      if (!isInvalidIncidentError(error)) throw error;
      const messages = { id: error.issues.map((issue) => issue.messages.id).join("; "), en: error.issues.map((issue) => issue.messages.en).join("; ") };
      return { line: number, code: error.code, message: error.message, messages, issues: error.issues };
    }
  }
}
