// `npm run bench:stream-full`: the benchmark's large streamed batch alone, run to the end by default
// (1,000,000 incidents with `--detail full --jobs 2`, some 45 minutes on 2 cores), with its peak RSS.
//
//   node test/bench/stream-full.mjs [--lines N] [--budget S]
//
// The same batch as the streaming part of bench.mjs (test/bench/stream.mjs, fullBatch): incidents
// generated on the fly into the CLI's standard input, the output read back and its lines counted,
// peak RSS of the whole process (workers included) from process.resourceUsage() at its exit.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledRuleset, createEvaluator } from "../../dist/index.js";
import { fmt, numberOption } from "./args.mjs";
import { fullBatch } from "./stream.mjs";

const argv = process.argv.slice(2);
const planned = numberOption(argv, "--lines", 1_000_000);
const budgetSeconds = numberOption(argv, "--budget", 4 * 3600);
const line = (text) => process.stdout.write(`${text}\n`);
const here = fileURLToPath(new URL(".", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "netralitas-stream-full-"));
const started = new Date();
line(`netralitas-asn streamed batch — ${started.toISOString()}; node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, load average ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
line(`${fmt(planned)} incidents generated on the fly into \`netralitas evaluate --jsonl - --detail full --jobs 2\` (time budget ${fmt(budgetSeconds)} s):`);
try {
  const big = await fullBatch({ context: { root: join(here, "..", ".."), here, work }, ruleset: bundledRuleset(), evaluator: createEvaluator(), planned, budgetSeconds, log: line, progressSeconds: 60, fmt });
  line(
    `${big.capped ? `STOPPED AT THE TIME BUDGET: ${fmt(big.written)} of ${fmt(planned)}` : fmt(big.written)} lines streamed, ${fmt(big.lines)} read back: ` +
      `peak RSS ${fmt(big.maxRssMb, 1)} MB, ${fmt(big.seconds)} s (${fmt(big.lines / big.seconds)} lines/s, generation included); ` +
      `load average ${loadavg().map((value) => value.toFixed(2)).join(" ")} at the end`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
