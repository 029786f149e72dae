// Worker-thread entry of evaluateJsonl (src/node/stream.ts), built to dist/stream-worker.js.
// Judges batches of whole lines that the main thread puts in shared memory (one of a few slots per
// worker) and writes each batch's output into the slot's shared output memory: nothing is copied
// between the threads or allocated per batch, so that the main thread, which only cuts the input
// and writes the output, stays nearly idle and leaves the CPU to the workers.
import { parentPort, workerData } from "node:worker_threads";
import { ByteBuffer } from "./assessment-json.ts";
import { JsonlJudge, type BatchReply, type BatchRequest, type JudgeConfig } from "./jsonl-judge.ts";

const judge = new JsonlJudge(workerData as JudgeConfig);
// A slot's output memory is made here, and made anew (bigger) when a batch's output outgrows it.
const out = new ByteBuffer((size) => new Uint8Array(new SharedArrayBuffer(size)));
const inputs: Uint8Array[] = [];
const outputs: (Uint8Array | undefined)[] = [];
const port = parentPort;
if (!port) throw new Error("stream-worker.js runs only as a worker thread");

port.on("message", ({ seq, slot, first, lines, length, input, oversized }: BatchRequest) => {
  if (input) inputs[slot] = new Uint8Array(input);
  const memory = inputs[slot];
  if (!memory) throw new Error(`No input memory for slot ${slot}`);
  const before = outputs[slot];
  out.begin(lines, before);
  const result = judge.judge(memory.subarray(0, length), first, out, oversized);
  const bytes = out.take();
  const grown = bytes.buffer === before?.buffer ? undefined : (bytes.buffer as SharedArrayBuffer);
  if (grown) outputs[slot] = new Uint8Array(grown);
  const reply: BatchReply = { seq, slot, length: bytes.length, lines: result.lines, errors: result.errors, assessed: result.assessed, ...(grown ? { output: grown } : {}) };
  port.postMessage(reply);
});
