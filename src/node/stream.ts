import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { bundledRuleset } from "../evaluator.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { InterpretationInput } from "../schema/options.ts";
import type { Lang } from "../_utils/text.ts";
import { concatBytes } from "./assessment-json.ts";
import { JsonlJudge, type BatchResult, type JsonlDetail, type JsonlLineError, type JudgeConfig } from "./jsonl-judge.ts";

export type { JsonlDetail, JsonlLineError } from "./jsonl-judge.ts";

/**
 * Options of {@link evaluateJsonl}.
 * @example
 * ```ts
 * const options: JsonlOptions = { jobs: 2, detail: "verdict", onError: (error) => console.error(error.line, error.message) };
 * await evaluateJsonl(createReadStream("reports.jsonl"), process.stdout, options);
 * ```
 */
export interface JsonlOptions {
  /** The rule set; default the bundled one. */
  readonly ruleset?: Ruleset;
  /** Interpretation options for every line; a line `{"incident": …, "interpretation": …}` adds its own. */
  readonly interpretation?: InterpretationInput;
  /** Language of error messages. Default `id`. */
  readonly lang?: Lang;
  /** `full` (default): one Assessment per line; `verdict`: one VerdictSummary per line (the fast mode). */
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
  /** Lines per batch. Default: adaptive, for about 1 MB of output per batch (8 to 1,024 lines). */
  readonly batchLines?: number;
}

/**
 * Counts of a JSON Lines run.
 * @example
 * ```ts
 * const summary: JsonlSummary = await evaluateJsonl(createReadStream("reports.jsonl"), process.stdout);
 * console.error(`${summary.assessed} of ${summary.lines} lines judged, ${summary.invalid} invalid`);
 * ```
 */
export interface JsonlSummary {
  /** Lines read (blank lines included). */
  readonly lines: number;
  /** Lines judged: one output line each. */
  readonly assessed: number;
  /** Bad lines: not JSON, or not an incident that can be judged. */
  readonly invalid: number;
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
function writer(output: Writable): { write(chunk: string | Uint8Array): void; ready(): Promise<void> | undefined } {
  let blocked: Promise<void> | undefined;
  return {
    write(chunk) {
      if (chunk.length === 0) return;
      if (!output.write(chunk) && !blocked) {
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

interface WorkerReply {
  readonly seq: number;
  /** Input lines in the batch. */
  readonly lines: number;
  readonly bytes: Uint8Array;
  readonly errors: readonly JsonlLineError[];
  readonly assessed: number;
}

/**
 * Reads incidents as JSON Lines from `input` and writes one JSON line per incident to `output`
 * (an Assessment, or a VerdictSummary with `detail: "verdict"`), in input order, in constant
 * memory: lines are read with readline, at most a few batches are in flight, and writing waits
 * for `drain`. A bad line (not JSON, or an invalid incident) never stops the run: it goes to
 * `onError` with its line number and the typed error's issues, and with `inlineErrors` also into
 * the output as an error record. `jobs` above 1 spreads the work over worker threads.
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { evaluateJsonl } from "netralitas-asn/node";
 * const summary = await evaluateJsonl(createReadStream("reports.jsonl"), process.stdout, {
 *   jobs: 2,
 *   onError: (error) => console.error(`line ${error.line}: ${error.message}`),
 * });
 * ```
 */
export async function evaluateJsonl(input: Readable, output: Writable, options: JsonlOptions = {}): Promise<JsonlSummary> {
  const jobs = Number.isFinite(options.jobs) ? Math.max(1, Math.floor(options.jobs as number)) : 1;
  // Batches of about 1 MB of output: a full assessment can be 100 kB, a verdict line 100 bytes.
  const fixed = Number.isFinite(options.batchLines) ? Math.max(1, Math.floor(options.batchLines as number)) : undefined;
  let outputBytes = 0;
  let outputLines = 0;
  const batchSize = (): number => {
    if (fixed !== undefined) return fixed;
    if (outputLines === 0) return 8;
    return Math.min(1024, Math.max(8, Math.round((1 << 20) / (outputBytes / outputLines))));
  };
  const measure = (bytes: number, count: number) => {
    outputBytes += bytes;
    outputLines += count;
  };
  const config: JudgeConfig = {
    // Loaded (validated) once here and copied to each worker: a copy takes 2 ms, loading 70 ms.
    ruleset: options.ruleset ?? bundledRuleset(),
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
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });

  if (jobs === 1) {
    const judge = new JsonlJudge(config);
    let batch: string[] = [];
    let first = 1;
    const flush = async () => {
      const result: BatchResult = judge.batch(batch, first);
      const bytes = concatBytes(result.chunks);
      measure(bytes.byteLength, batch.length);
      first += batch.length;
      batch = [];
      out.write(bytes);
      report(result);
      await out.ready();
    };
    for await (const line of reader) {
      lines++;
      batch.push(line);
      if (batch.length >= batchSize()) await flush();
    }
    if (batch.length > 0) await flush();
    progress(true);
    return { lines, assessed, invalid };
  }

  const entry = workerEntry();
  // Heap limits far above what a worker keeps (rule set, caches: some 60 MB), which make V8 collect
  // sooner: without them each worker's heap grows to several hundred MB under this allocation rate.
  const resourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };
  const workers = Array.from({ length: jobs }, () => new Worker(entry, { workerData: config, resourceLimits }));
  const load = workers.map(() => 0);
  const done = new Map<number, WorkerReply>();
  let nextToWrite = 0;
  let sent = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  workers.forEach((worker, index) => {
    worker.on("message", (reply: WorkerReply) => {
      load[index] = (load[index] ?? 1) - 1;
      measure(reply.bytes.byteLength, reply.lines);
      done.set(reply.seq, reply);
      for (let ready = done.get(nextToWrite); ready; ready = done.get(nextToWrite)) {
        done.delete(nextToWrite);
        nextToWrite++;
        out.write(Buffer.from(ready.bytes.buffer, ready.bytes.byteOffset, ready.bytes.byteLength));
        report(ready);
      }
      signal();
    });
    worker.on("error", (error) => {
      failure ??= error;
      signal();
    });
    worker.on("exit", (code) => {
      if (code !== 0) failure ??= new Error(`A worker thread stopped with exit code ${code}`);
      signal();
    });
  });
  // At most this many batches are read ahead of the output: constant memory whatever the input size.
  const maxInFlight = jobs * 3;
  const waitFor = async (condition: () => boolean) => {
    while (!condition()) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  };
  const send = async (batch: string[], first: number) => {
    await waitFor(() => sent - nextToWrite < maxInFlight);
    await out.ready();
    let target = 0;
    for (let index = 1; index < workers.length; index++) if ((load[index] ?? 0) < (load[target] ?? 0)) target = index;
    load[target] = (load[target] ?? 0) + 1;
    workers[target]?.postMessage({ seq: sent++, lines: batch, first });
  };
  try {
    let batch: string[] = [];
    let first = 1;
    for await (const line of reader) {
      lines++;
      batch.push(line);
      if (batch.length >= batchSize()) {
        await send(batch, first);
        first += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) await send(batch, first);
    await waitFor(() => nextToWrite === sent);
    await out.ready();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  progress(true);
  return { lines, assessed, invalid };
}
