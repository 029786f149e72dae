import { existsSync, WriteStream } from "node:fs";
import { Socket } from "node:net";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { bundledRuleset } from "../evaluator.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { InterpretationInput } from "../schema/options.ts";
import type { Lang } from "../_utils/text.ts";
import { ByteBuffer } from "./assessment-json.ts";
import { LIMITS } from "../limits.ts";
import { JsonlJudge, type BatchReply, type BatchRequest, type BatchResult, type JsonlDetail, type JsonlLineError, type JudgeConfig, type OversizedLine } from "./jsonl-judge.ts";

export type { JsonlDetail, JsonlLineError } from "./jsonl-judge.ts";

/**
 * Options of {@link evaluateJsonl}.
 * @example
 * ```ts
 * const options: JsonlOptions = { jobs: 2, detail: "verdict", onError: (error) => console.error(error.line, error.message) };
 * await evaluateJsonl(createReadStream("reports.jsonl"), process.stdout, options);
 * ```
 * @category Node
 */
export interface JsonlOptions {
  /** The rule set; default the bundled one. */
  readonly ruleset?: Ruleset;
  /** Interpretation options for every line; a line `{"incident": …, "interpretation": …}` adds its own. */
  readonly interpretation?: InterpretationInput;
  /** Language of error messages. Default `id`. */
  readonly lang?: Lang;
  /**
   * `full` (default): one Assessment per line; `compact`: the same assessments, with what the stream
   * already sent replaced by references to definition records (see {@link JsonlDetail}); `verdict`:
   * one VerdictSummary per line (the fast mode).
   */
  readonly detail?: JsonlDetail;
  /**
   * Worker threads. 1 (default) judges on the calling thread; more spreads batches of lines over
   * that many worker threads. The output order is the input order either way.
   */
  readonly jobs?: number;
  /** Write each bad line as an error record `{"line": n, "error": {code, message, messages, issues}}` in its place. Default false. */
  readonly inlineErrors?: boolean;
  /** Called for each bad line, in line order (also with inline errors). */
  readonly onError?: (error: JsonlLineError) => void;
  /** Called now and then (at most every `progressInterval` ms) and once at the end. */
  readonly onProgress?: (progress: JsonlSummary) => void;
  /** Milliseconds between progress calls. Default 200. */
  readonly progressInterval?: number;
  /** Lines per batch. Default: adaptive, for about 1 MB of output per batch of verdict lines and 256 kB of full or compact ones (1 to 1,024 lines). */
  readonly batchLines?: number;
  /**
   * Longest line, in bytes (default {@link LIMITS}.files.maxLineBytes). A longer line is never
   * read whole: it is reported in its place (code `ERR_LINE_TOO_LONG`) and the run goes on.
   */
  readonly maxLineBytes?: number;
  /**
   * Stops the run when aborted (on Ctrl-C, say): no new line is read, the lines already read are
   * judged and written, so that the output ends on a whole line; the summary says `interrupted`.
   */
  readonly signal?: AbortSignal;
}

/**
 * Counts of a JSON Lines run.
 * @example
 * ```ts
 * const summary: JsonlSummary = await evaluateJsonl(createReadStream("reports.jsonl"), process.stdout);
 * console.error(`${summary.assessed} of ${summary.lines} lines judged, ${summary.invalid} invalid`);
 * ```
 * @category Node
 */
export interface JsonlSummary {
  /** Lines read (blank lines included). */
  readonly lines: number;
  /** Lines judged: one output line each. */
  readonly assessed: number;
  /** Bad lines: not JSON, too long, or not an incident that can be judged. */
  readonly invalid: number;
  /** Set when `signal` stopped the run before the end of the input. */
  readonly interrupted?: boolean;
}

/** The compiled worker entry, next to the built module (dist/), or in dist/ when running from src/. */
function workerEntry(): URL {
  const beside = new URL("./stream-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL("../../dist/stream-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error("The worker entry stream-worker.js was not found: build the package first (npm run build).");
}

/** Writes and waits for `drain` when the destination asks for it: constant memory with slow readers. */
function writer(output: Writable): { write(chunk: Uint8Array, written?: () => void): void; ready(): Promise<void> | undefined } {
  let blocked: Promise<void> | undefined;
  return {
    write(chunk, written) {
      if (chunk.length === 0) return void written?.();
      if (!output.write(chunk, written && (() => written())) && !blocked) {
        blocked = new Promise<void>((resolve, reject) => {
          const done = (error?: Error) => {
            output.off("drain", onDrain);
            output.off("error", done);
            output.off("close", onDrain);
            blocked = undefined;
            if (error) reject(error);
            else resolve();
          };
          const onDrain = () => done();
          output.on("drain", onDrain);
          output.once("error", done);
          output.once("close", onDrain);
        });
      }
    },
    ready: () => blocked,
  };
}

/**
 * Whether `output` is done with a chunk once its write callback ran (files, sockets, pipes,
 * standard output), so that the chunk's memory can be reused. Any other stream may keep chunks
 * (a PassThrough hands them on to its reader): it gets copies.
 */
function releasesChunks(output: Writable): boolean {
  return output instanceof Socket || output instanceof WriteStream || output === process.stdout || output === process.stderr;
}

/** Whole lines as UTF-8, in memory that the next batch reuses: copy or judge them first. */
interface LineBatch {
  readonly bytes: Uint8Array;
  readonly lines: number;
  /** Lines longer than the limit: each is an empty line in `bytes`, reported in its place. */
  readonly oversized: readonly OversizedLine[];
}

const NEWLINE = 10;
const LONE_NEWLINE = new Uint8Array([NEWLINE]);

/**
 * Cuts a byte stream into batches of whole lines at newline bytes, without decoding it (the
 * judging thread decodes the lines). The bytes are copied into one reused buffer as they come: a
 * chunk is never kept, so that a reader may reuse its memory, and a line split across chunks goes
 * whole into one batch. The input's last line may lack its newline. A line longer than
 * `maxLineBytes` is never held: its bytes are dropped as they come, and it stays in its batch as an
 * empty line listed in `oversized`, so that it is reported in its place and the run goes on.
 */
class LineBatcher {
  readonly #target: () => number;
  readonly #maxLineBytes: number;
  #bytes = new Uint8Array(1 << 16);
  #size = 0;
  /** Newlines in the bytes. */
  #lines = 0;
  #want: number;
  /** Where the unfinished line starts in the bytes, and how long it is so far (also when dropped). */
  #lineStart = 0;
  #partial = 0;
  /** Whether the unfinished line is over the limit (its bytes are being dropped). */
  #skipping = false;
  #oversized: OversizedLine[] = [];

  constructor(target: () => number, maxLineBytes: number) {
    this.#target = target;
    this.#want = target();
    this.#maxLineBytes = maxLineBytes;
  }

  /** The batches completed by `chunk` (the rest waits for the next chunk); each is valid until the next one. */
  *push(chunk: Buffer): Generator<LineBatch> {
    const maximum = this.#maxLineBytes;
    let start = 0;
    let lineBegin = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) {
      const continued = lineBegin === 0;
      const length = (continued ? this.#partial : 0) + at - lineBegin;
      if ((continued && this.#skipping) || length > maximum) {
        // The lines before it go in as they are; the long line becomes an empty one.
        this.#append(chunk.subarray(start, lineBegin));
        if (continued && !this.#skipping) this.#size = this.#lineStart;
        this.#oversized.push({ line: this.#lines, bytes: length, maximum });
        this.#append(LONE_NEWLINE);
        this.#skipping = false;
        start = at + 1;
      }
      lineBegin = at + 1;
      this.#partial = 0;
      if (++this.#lines < this.#want) continue;
      this.#append(chunk.subarray(start, at + 1));
      start = at + 1;
      yield this.#take();
    }
    const continued = lineBegin === 0;
    const partial = (continued ? this.#partial : 0) + chunk.length - lineBegin;
    this.#append(chunk.subarray(start, lineBegin));
    if (!continued) this.#lineStart = this.#size;
    if ((continued && this.#skipping) || partial > maximum) {
      // Too long already: what is held of it is dropped, and the rest will be.
      if (!this.#skipping) this.#size = this.#lineStart;
      this.#skipping = true;
    } else {
      this.#append(chunk.subarray(lineBegin));
    }
    this.#partial = partial;
  }

  /** The last batch, if any input is left (its last line counts even without a newline). */
  end(): LineBatch | undefined {
    if (this.#skipping) {
      this.#oversized.push({ line: this.#lines, bytes: this.#partial, maximum: this.#maxLineBytes });
      this.#append(LONE_NEWLINE);
      this.#lines++;
      this.#skipping = false;
    }
    if (this.#size === 0) return undefined;
    if (this.#bytes[this.#size - 1] !== NEWLINE) this.#lines++;
    return this.#take();
  }

  /** The whole lines held, without the unfinished one (when the input is cut short). */
  wholeLines(): LineBatch | undefined {
    if (!this.#skipping) this.#size = this.#lineStart;
    this.#skipping = false;
    this.#partial = 0;
    return this.#size === 0 ? undefined : this.#take();
  }

  #append(piece: Uint8Array): void {
    if (piece.length === 0) return;
    if (this.#bytes.length - this.#size < piece.length) {
      const bytes = new Uint8Array(Math.max(this.#bytes.length * 2, this.#size + piece.length));
      bytes.set(this.#bytes.subarray(0, this.#size));
      this.#bytes = bytes;
    }
    this.#bytes.set(piece, this.#size);
    this.#size += piece.length;
  }

  #take(): LineBatch {
    const batch = { bytes: this.#bytes.subarray(0, this.#size), lines: this.#lines, oversized: this.#oversized };
    this.#size = 0;
    this.#lines = 0;
    this.#lineStart = 0;
    this.#oversized = [];
    this.#want = this.#target();
    return batch;
  }
}

/** The input as batches of whole lines of `target()` lines each (the last may be shorter). */
async function* lineBatches(input: AsyncIterable<unknown>, target: () => number, maxLineBytes: number, signal: AbortSignal | undefined): AsyncGenerator<LineBatch> {
  const batcher = new LineBatcher(target, maxLineBytes);
  for await (const chunk of untilAborted(input, signal)) {
    if (typeof chunk === "string") yield* batcher.push(Buffer.from(chunk, "utf8"));
    // A Buffer view: its indexOf is a native byte search, twice as fast as a Uint8Array's.
    else if (chunk instanceof Uint8Array) yield* batcher.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    else throw new TypeError("evaluateJsonl reads bytes or strings: the input gave something else");
  }
  // Stopped by the signal: the whole lines read are judged, the unfinished one (it may be cut) is not.
  const last = signal?.aborted ? batcher.wholeLines() : batcher.end();
  if (last) yield last;
}

/** The chunks of `input` until `signal` aborts, also while waiting for a chunk that may never come. */
async function* untilAborted<T>(input: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  if (!signal) return yield* input;
  if (signal.aborted) return;
  const iterator = input[Symbol.asyncIterator]();
  const aborted = new Promise<"aborted">((resolve) => signal.addEventListener("abort", () => resolve("aborted"), { once: true }));
  for (;;) {
    const next = await Promise.race([iterator.next(), aborted]);
    if (next === "aborted" || next.done) return;
    yield next.value;
    if (signal.aborted) return;
  }
}

/**
 * The run stopped because a worker thread failed (out of memory, say): every line before `line`
 * was written, in order, and none after it.
 * @example
 * ```ts
 * try {
 *   await evaluateJsonl(input, output, { jobs: 4 });
 * } catch (error) {
 *   if (error instanceof JsonlWorkerError) console.error(`stopped; judge again from line ${error.line}`);
 * }
 * ```
 */
export class JsonlWorkerError extends Error {
  override name = "JsonlWorkerError";
  /** The first line that was not written. */
  readonly line: number;
  constructor(line: number, cause: unknown) {
    super(`A worker thread stopped (${cause instanceof Error ? cause.message : String(cause)}); the lines before line ${line} were written`, { cause });
    this.line = line;
  }
}

/** One batch's place in a worker: shared input memory (written here), shared output memory (written there). */
interface Slot {
  input: Uint8Array;
  /** Whether the worker has `input` (it is sent again only when replaced). */
  sent: boolean;
  output: Uint8Array | undefined;
  /** From sending the batch until its output is written. */
  busy: boolean;
}

interface WorkerState {
  readonly worker: Worker;
  readonly slots: Slot[];
  /** Batches sent and not answered. */
  queued: number;
}

/**
 * The outcome cache of a worker thread judging full or compact lines (see the heap limits in
 * evaluateJsonl). Over 20,000 distinct full lines, a judge with a worker's settings kept 18.4 MB of
 * heap after collection with 256 outcomes and 20.9 MB with 512, in the same time: on new incidents
 * few outcomes repeat.
 */
const DETAILED_WORKER_CACHE_SIZE = 256;

/** Batches that can be in flight per worker: one judged, one waiting, one being written. */
const SLOTS_PER_WORKER = 3;

/**
 * Reads incidents as JSON Lines from `input` and writes one JSON line per incident to `output`
 * (an Assessment, or a VerdictSummary with `detail: "verdict"`), in input order, in constant
 * memory: the input is cut into batches of lines, at most a few batches are in flight, and
 * writing waits for `drain`. Lines end with `\n` or `\r\n` (the last one may lack it). A bad line
 * (not JSON, or an invalid incident) never stops the run: it goes to `onError` with its line
 * number and the typed error's issues, and with `inlineErrors` also into the output as an error
 * record. `jobs` above 1 spreads the work over worker threads: the calling thread then only cuts
 * the input into batches and writes the output, and shares the bytes with the workers instead of
 * copying them. `input` is a readable stream, or any async iterable of byte or string chunks (each
 * chunk is done with before the next is asked for, so that a reader may reuse its memory).
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { evaluateJsonl } from "netralitas-asn/node";
 * const summary = await evaluateJsonl(createReadStream("reports.jsonl"), process.stdout, {
 *   jobs: 2,
 *   onError: (error) => console.error(`line ${error.line}: ${error.message}`),
 * });
 * ```
 * @category Node
 */
export async function evaluateJsonl(input: Readable | AsyncIterable<Uint8Array | string>, output: Writable, options: JsonlOptions = {}): Promise<JsonlSummary> {
  const jobs = Number.isFinite(options.jobs) ? Math.max(1, Math.floor(options.jobs as number)) : 1;
  // Batches of about 1 MB of verdict lines (some 2 kB each) and of about 256 kB of full or compact
  // ones (a full assessment can be 200 kB, so one or two lines): a batch's output memory is held by
  // its slot, three slots a worker, and smaller batches of large lines keep that small.
  const fixed = Number.isFinite(options.batchLines) ? Math.max(1, Math.floor(options.batchLines as number)) : undefined;
  const detailed = options.detail !== "verdict";
  const targetBytes = detailed ? 1 << 18 : 1 << 20;
  let outputBytes = 0;
  let outputLines = 0;
  const batchSize = (): number => {
    if (fixed !== undefined) return fixed;
    if (outputLines === 0) return detailed ? 2 : 8;
    return Math.min(1024, Math.max(1, Math.round(targetBytes / (outputBytes / outputLines))));
  };
  const measure = (bytes: number, count: number) => {
    outputBytes += bytes;
    outputLines += count;
  };
  const config: JudgeConfig = {
    // Loaded (validated) by the caller. A worker gets a copy of a custom rule set, which it checks
    // again (a copy is no longer the loader's frozen object); the bundled one it loads itself (and
    // the calling thread, with jobs above 1, never does).
    ruleset: options.ruleset,
    interpretation: options.interpretation,
    lang: options.lang,
    detail: options.detail,
    inlineErrors: options.inlineErrors,
  };
  const out = writer(output);
  let lines = 0;
  let assessed = 0;
  let invalid = 0;
  const interval = options.progressInterval ?? 200;
  let lastProgress = Date.now();
  const progress = (final = false) => {
    if (!options.onProgress) return;
    const now = Date.now();
    if (!final && now - lastProgress < interval) return;
    lastProgress = now;
    options.onProgress({ lines, assessed, invalid });
  };
  const report = (result: { readonly errors: readonly JsonlLineError[]; readonly assessed: number }) => {
    assessed += result.assessed;
    invalid += result.errors.length;
    if (options.onError) for (const error of result.errors) options.onError(error);
    progress();
  };
  const maxLineBytes = Number.isFinite(options.maxLineBytes) ? Math.max(1, Math.floor(options.maxLineBytes as number)) : LIMITS.files.maxLineBytes;
  const batches = lineBatches(input, batchSize, maxLineBytes, options.signal);
  const ending = (): JsonlSummary => ({ lines, assessed, invalid, ...(options.signal?.aborted ? { interrupted: true } : {}) });
  const reuse = releasesChunks(output);

  if (jobs === 1) {
    const judge = new JsonlJudge(config);
    const buffer = new ByteBuffer();
    // Output memory whose write is done, for the next batches (only when the output releases chunks).
    const spare: Uint8Array[] = [];
    let first = 1;
    for await (const batch of batches) {
      lines += batch.lines;
      buffer.begin(batch.lines, reuse ? spare.pop() : undefined);
      const result: BatchResult = judge.judge(batch.bytes, first, buffer, batch.oversized);
      first += batch.lines;
      const written = buffer.take();
      measure(written.length, batch.lines);
      out.write(written, reuse ? () => void (spare.length < 2 && spare.push(new Uint8Array(written.buffer))) : undefined);
      report(result);
      await out.ready();
      // A write's callback comes on a later tick, which a run of batches already read (promise
      // jobs only) would put off: without this wait each batch would need new memory.
      if (reuse && spare.length === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    progress(true);
    return ending();
  }

  const entry = workerEntry();
  // Heap limits well above what a worker keeps (rule set, caches: some 20 MB for verdicts, 60 MB
  // for full assessments), which make V8 collect sooner: without them each worker's heap grows to
  // several hundred MB. Measured over 400,000 verdicts and 10,000 full assessments: a 32 MB young
  // generation (the main thread's default semi-spaces) halves the scavenges of 16 MB, and 512 MB
  // of old generation takes a quarter fewer full collections of full assessments than 256 MB.
  //
  // Full and compact lines: a 4 MB young generation and an eighth of the judge's cache. A worker
  // keeps some 30 MB alive after a collection, but with 32 MB semi-spaces and 2,048 outcomes the
  // process grew past 300 MB over 5,000 full lines with two workers. Over 30,000 full lines with
  // two workers the peak RSS was 233-246 MB with an 8 MB young generation and 204-206 MB with
  // 4 MB (the old generation's limit, 128 or 512 MB, made no difference), for 8-25% more time.
  // Verdict lines keep the faster settings above.
  const resourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: detailed ? 4 : 32 };
  // Each worker loads the bundled rule set itself; a custom one is sent (a copy).
  const ownRuleset = options.ruleset === undefined || options.ruleset === bundledRuleset() ? undefined : options.ruleset;
  const states: WorkerState[] = Array.from({ length: jobs }, (_, index) => ({
    worker: new Worker(entry, {
      workerData: { ...config, ruleset: ownRuleset, referenceIds: { first: index, step: jobs }, cacheSize: detailed ? DETAILED_WORKER_CACHE_SIZE : undefined } satisfies JudgeConfig,
      resourceLimits,
    }),
    slots: Array.from({ length: SLOTS_PER_WORKER }, () => ({ input: new Uint8Array(0), sent: false, output: undefined, busy: false })),
    queued: 0,
  }));
  const done = new Map<number, { readonly reply: BatchReply; readonly slot: Slot }>();
  /** The first line of each batch sent and not written: where a failure leaves off. */
  const firstLines = new Map<number, number>();
  let nextToWrite = 0;
  let sent = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const release = (slot: Slot) => {
    slot.busy = false;
    signal();
  };
  const flush = () => {
    for (let ready = done.get(nextToWrite); ready; ready = done.get(nextToWrite)) {
      done.delete(nextToWrite);
      firstLines.delete(nextToWrite);
      nextToWrite++;
      const { reply, slot } = ready;
      const view = (slot.output ?? new Uint8Array(0)).subarray(0, reply.length);
      if (reuse) {
        // The slot is busy until the bytes are written: its memory is written from directly.
        out.write(Buffer.from(view.buffer, view.byteOffset, view.length), () => release(slot));
      } else {
        out.write(Buffer.from(view));
        release(slot);
      }
      report(reply);
    }
  };
  for (const state of states) {
    state.worker.on("message", (reply: BatchReply) => {
      state.queued--;
      const slot = state.slots[reply.slot];
      if (!slot) {
        failure ??= new Error(`A worker answered for an unknown slot ${reply.slot}`);
        return signal();
      }
      if (reply.output) slot.output = new Uint8Array(reply.output);
      measure(reply.length, reply.lines);
      done.set(reply.seq, { reply, slot });
      flush();
      signal();
    });
    state.worker.on("error", (error) => {
      failure ??= error;
      signal();
    });
    state.worker.on("exit", (code) => {
      if (code !== 0) failure ??= new Error(`A worker thread stopped with exit code ${code}`);
      signal();
    });
  }
  const waitFor = async (condition: () => boolean) => {
    while (!condition()) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  };
  /** The least busy worker with a free slot. */
  const pick = (): WorkerState | undefined => {
    let best: WorkerState | undefined;
    for (const state of states) if (state.slots.some((slot) => !slot.busy) && (!best || state.queued < best.queued)) best = state;
    return best;
  };
  try {
    let first = 1;
    for await (const batch of batches) {
      lines += batch.lines;
      // At most SLOTS_PER_WORKER batches per worker are read ahead of the output: constant memory.
      await waitFor(() => pick() !== undefined);
      await out.ready();
      const state = pick();
      const index = state?.slots.findIndex((slot) => !slot.busy) ?? -1;
      const slot = state?.slots[index];
      if (!state || !slot) throw new Error("no free slot");
      const size = batch.bytes.length;
      if (slot.input.length < size) {
        slot.input = new Uint8Array(new SharedArrayBuffer(Math.max(size, slot.input.length * 2, 1 << 16)));
        slot.sent = false;
      }
      slot.input.set(batch.bytes);
      slot.busy = true;
      state.queued++;
      firstLines.set(sent, first);
      const request: BatchRequest = {
        seq: sent++,
        slot: index,
        first,
        lines: batch.lines,
        length: size,
        ...(batch.oversized.length > 0 ? { oversized: batch.oversized } : {}),
        ...(slot.sent ? {} : { input: slot.input.buffer as SharedArrayBuffer }),
      };
      slot.sent = true;
      state.worker.postMessage(request);
      first += batch.lines;
    }
    await waitFor(() => nextToWrite === sent);
    await out.ready();
  } catch (error) {
    if (error !== failure) throw error;
    // Every batch before the failed one is written (flush writes in order); what it and later
    // batches held is not, and the caller learns from which line.
    await out.ready();
    throw new JsonlWorkerError(firstLines.get(nextToWrite) ?? lines + 1, failure);
  } finally {
    await Promise.all(states.map(({ worker }) => worker.terminate()));
  }
  progress(true);
  return ending();
}
