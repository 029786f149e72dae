// Worker-thread entry of evaluateJsonl (src/node/stream.ts), built to dist/stream-worker.js.
// Receives batches of lines, answers with the output as UTF-8 bytes (moved, not copied, to the
// main thread, which only writes them) and the bad lines.
import { parentPort, workerData } from "node:worker_threads";
import { concatBytes } from "./assessment-json.ts";
import { JsonlJudge, type JudgeConfig } from "./jsonl-judge.ts";

const judge = new JsonlJudge(workerData as JudgeConfig);
const port = parentPort;
if (!port) throw new Error("stream-worker.js runs only as a worker thread");

port.on("message", ({ seq, lines, first }: { seq: number; lines: string[]; first: number }) => {
  const result = judge.batch(lines, first);
  const bytes = concatBytes(result.chunks);
  port.postMessage({ seq, lines: lines.length, bytes, errors: result.errors, assessed: result.assessed }, [bytes.buffer]);
});
