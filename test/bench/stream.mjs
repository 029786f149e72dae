// Streaming runs for the benchmark: `netralitas evaluate --jsonl - --jobs N --detail D` in a child
// process (peak RSS through rss-probe.mjs), fed from a file or from lines generated on the fly.
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { IncidentSchema } from "../../dist/index.js";
import { incidentGenerator } from "./generate.mjs";

/**
 * Runs the CLI with lines written to its stdin by `input(stdin)`; returns lines read back (when
 * `countOutput`), seconds and peak RSS in MB. `onProgress(lines, seconds)` is called every
 * `progressSeconds` while it runs.
 */
export async function stream({ root, here, work, jobs, detail, input, countOutput, onProgress, progressSeconds = 10 }) {
  const probeFile = join(work, `rss-${jobs}-${detail}-${Date.now()}.json`);
  const sink = countOutput ? "pipe" : openSync("/dev/null", "w");
  const child = spawn(process.execPath, ["--import", join(here, "rss-probe.mjs"), join(root, "dist", "cli.js"), "evaluate", "--jsonl", "-", "--jobs", String(jobs), "--detail", detail], {
    stdio: ["pipe", sink, "pipe"],
    env: { ...process.env, NETRALITAS_RSS_PROBE: probeFile },
  });
  if (typeof sink === "number") closeSync(sink);
  let lines = 0;
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout?.on("data", (chunk) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  });
  const started = performance.now();
  const timer = onProgress ? setInterval(() => onProgress(lines, (performance.now() - started) / 1000), progressSeconds * 1000) : undefined;
  const exited = new Promise((resolve) => child.on("close", resolve));
  try {
    await input(child.stdin);
    const code = await exited;
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`netralitas evaluate --jsonl --jobs ${jobs} --detail ${detail} exited with ${code}: ${stderr.slice(0, 2000)}`);
    const usage = JSON.parse(readFileSync(probeFile, "utf8"));
    return { lines, seconds, maxRssMb: usage.maxRSS / 1024 };
  } finally {
    if (timer) clearInterval(timer);
  }
}

/**
 * Writes up to `count` generated incidents, one per line, honouring backpressure, then ends the
 * stream; stops early when `stop()` turns true. Returns how many lines it wrote. With `evaluator`,
 * only incidents it accepts are written (else some lines would be errors, and the CLI exits 3).
 */
export async function writeGenerated({ destination, ruleset, count, seed, evaluator, stop = () => false }) {
  const check = evaluator ? { evaluateSync: (incident) => evaluator.verdictSync(incident) } : undefined;
  const source = incidentGenerator({ IncidentSchema, ruleset, seed, inferElection: false, evaluator: check });
  let chunk = "";
  let written = 0;
  for (let index = 0; index < count; index++) {
    chunk += `${JSON.stringify(source.next())}\n`;
    written++;
    const last = index === count - 1 || stop();
    if (chunk.length > 1 << 16 || last) {
      if (!destination.write(chunk)) await new Promise((resolve) => destination.once("drain", resolve));
      chunk = "";
    }
    if (last) break;
  }
  await new Promise((resolve) => destination.end(resolve));
  return written;
}

/**
 * The large `--detail full --jobs 2` batch: `planned` incidents generated on the fly into standard
 * input (seed 11), output read back and counted; feeding stops after `budgetSeconds`. Returns the
 * lines written and read back, seconds, peak RSS in MB (the whole process, workers included) and
 * whether the budget cut it short. `log` gets a progress line every `progressSeconds`.
 */
export async function fullBatch({ context, ruleset, evaluator, planned, budgetSeconds, log, progressSeconds = 10, fmt = String }) {
  let written = 0;
  const started = performance.now();
  const overBudget = () => (performance.now() - started) / 1000 > budgetSeconds;
  const big = await stream({
    ...context,
    jobs: 2,
    detail: "full",
    countOutput: true,
    progressSeconds,
    input: async (stdin) => {
      written = await writeGenerated({ destination: stdin, ruleset, count: planned, seed: 11, evaluator, stop: overBudget });
    },
    onProgress: (lines, elapsed) => {
      const rate = lines / Math.max(elapsed, 1e-9);
      log(`  … ${fmt(lines)} lines in ${fmt(elapsed)} s, ${fmt(rate)} lines/s, about ${fmt(Math.max(0, planned - lines) / Math.max(rate, 1e-9) / 60, 1)} min more for ${fmt(planned)}`);
    },
  });
  if (big.lines !== written) throw new Error(`streamed ${written} incidents but got ${big.lines} lines`);
  return { written, lines: big.lines, seconds: big.seconds, maxRssMb: big.maxRssMb, capped: written < planned };
}
