// `npm run bench`: the performance benchmark, in one run (see the README's Performance section).
//
//   node test/bench/bench.mjs            full run (10,000 generated incidents, 1,000,000 streamed)
//   node test/bench/bench.mjs --quick    scaled down (also NETRALITAS_BENCH_QUICK=1)
//
// 1. Corpus: every fixture (loadFixtures) plus seeded generated incidents over the schema's enums,
//    the regions and dates across every calendar.
// 2. Agreement: (a) the library and (b) a bare json-rules-engine Engine must give every finding the
//    same status over the whole corpus; the run fails otherwise.
// 3. tinybench, one incident per call, cycling through the corpus: (a) evaluator.evaluate (full
//    assessments, explanations on), its sync form, the fast mode (verdictSync) and (b) Engine.run
//    on pre-extracted facts. Throughput, p50, p99 and the ratio, all from this run.
// 4. Batch throughput on one thread without per-call timers: a fresh evaluator's first pass over
//    the corpus (every combination of facts new to it) and later passes.
// 5. Cold start: fresh node processes that import, load and judge one incident.
// 6. Streaming: `netralitas evaluate --jsonl` with --jobs 1 and 2 on the same file (full assessments
//    and the verdict-only fast mode; medians of alternating pairs of runs), and the peak RSS of a
//    large streamed batch generated on the fly into standard input (verdict lines: a full
//    assessment of some 50 rules is ~100 kB of JSON).
// 7. The browser bundle size, when test/bench/bundle-size.mjs exists.
// 8. The HTTP service under a bounded load (test/bench/server-load.mjs): fixed concurrency for a
//    fixed time per scenario, throughput and p50/p99, and one streamed NDJSON batch.
// Ratios are reported, never compared with thresholds.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, createWriteStream, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench, hrtimeNow } from "tinybench";
import { bundledRuleset, createEvaluator, IncidentSchema } from "../../dist/index.js";
import { loadFixtures } from "../../dist/node.js";
import { incidentFacts } from "../../dist/testing.js";
import { incidentGenerator } from "./generate.mjs";
import { createBareEngine, statusesOf } from "./json-rules-engine.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..");
const quick = process.argv.includes("--quick") || process.env.NETRALITAS_BENCH_QUICK === "1";
const SIZES = quick
  ? { generated: 10_000, taskTime: 1000, batch: 2_000, streamFull: 2_000, streamVerdict: 50_000, streamRepeats: 1, streamed: 100_000, coldStarts: 3 }
  : { generated: 10_000, taskTime: 3000, batch: 5_000, streamFull: 10_000, streamVerdict: 400_000, streamRepeats: 3, streamed: 1_000_000, coldStarts: 5 };
/** Enough outcomes for every fact combination of the corpus: the steady state of a long-running evaluator. */
const LARGE_CACHE = 65_536;

const fmt = (value, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const us = (ms) => `${fmt(ms * 1000, 1)} µs`;
const line = (text = "") => process.stdout.write(`${text}\n`);
const table = (rows) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const [index, row] of rows.entries()) {
    line(row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join("  "));
    if (index === 0) line(widths.map((width) => "-".repeat(width)).join("  "));
  }
};

line(`netralitas-asn benchmark — ${new Date().toISOString()}${quick ? " (quick)" : ""}`);
line(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, load average ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);

// ---------------------------------------------------------------------------------------------- corpus
const ruleset = bundledRuleset();
const fixtures = loadFixtures();
// Incidents the evaluator rejects are skipped (verdictSync rejects exactly what evaluateSync rejects).
const check = createEvaluator();
const generator = incidentGenerator({ IncidentSchema, ruleset, seed: 20241127, evaluator: { evaluateSync: (incident) => check.verdictSync(incident) } });
const corpus = [
  ...fixtures.map(({ fixture }) => ({ incident: fixture.incident, options: fixture.interpretation ? { interpretation: fixture.interpretation } : undefined })),
  ...Array.from({ length: SIZES.generated }, () => ({ incident: generator.next(), options: undefined })),
];
for (const item of corpus) {
  const { facts, rules } = incidentFacts(item.incident, item.options ?? {});
  item.facts = facts;
  item.rules = rules;
}
line(
  `rule set ${ruleset.version}: ${ruleset.rules.length} rules, ${ruleset.conditions.size} shared conditions, ${ruleset.calendars.size} calendars; ` +
    `corpus ${fmt(corpus.length)} incidents (${fixtures.length} fixtures + ${fmt(SIZES.generated)} generated, ${generator.skipped} invalid ones skipped)`,
);

// ---------------------------------------------------------------------------------------------- agreement
// This pass also fills the large cache of `warm` with every outcome of the corpus.
const evaluator = createEvaluator();
const warm = createEvaluator({ cacheSize: LARGE_CACHE });
const uncached = createEvaluator({ cacheSize: 0 });
const engine = createBareEngine(ruleset);
let findings = 0;
const disagreements = [];
for (const [index, item] of corpus.entries()) {
  const assessment = await warm.evaluate(item.incident, item.options);
  const verdict = evaluator.verdictSync(item.incident, item.options);
  const reference = statusesOf(await engine.run({ ...item.facts }));
  for (const [position, finding] of assessment.findings.entries()) {
    findings++;
    const other = reference.get(finding.ruleId);
    const fast = verdict.findings[position];
    if (other !== finding.status || fast?.ruleId !== finding.ruleId || fast.status !== finding.status) {
      disagreements.push({ index, ruleId: finding.ruleId, library: finding.status, verdictSync: fast?.status, jsonRulesEngine: other });
    }
  }
  if (verdict.verdict !== assessment.verdict) disagreements.push({ index, verdict: assessment.verdict, verdictSync: verdict.verdict });
}
if (disagreements.length > 0) {
  line(`\nDISAGREEMENT: ${disagreements.length} finding(s) differ between the library and json-rules-engine (or verdictSync):`);
  for (const entry of disagreements.slice(0, 20)) line(`  ${JSON.stringify(entry)}\n    incident ${JSON.stringify(corpus[entry.index].incident)}`);
  process.exit(1);
}
line(`agreement: all ${fmt(findings)} findings have the same status in (a) the library, its fast mode and (b) json-rules-engine`);

// ---------------------------------------------------------------------------------------------- tinybench
const size = corpus.length;
const cycle = () => {
  let index = 0;
  return () => corpus[index++ % size];
};
const bench = new Bench({ time: SIZES.taskTime, warmupTime: 500, now: hrtimeNow });
const nextA = cycle();
const nextWarm = cycle();
const nextCold = cycle();
const nextSync = cycle();
const nextVerdict = cycle();
const nextB = cycle();
const TASKS = {
  a: "(a) evaluator.evaluate — full assessment, explanations on",
  warm: `(a) same, cache of ${fmt(LARGE_CACHE)} outcomes, warm`,
  cold: "(a) same, cache off: every explanation composed",
  sync: "(a) evaluator.evaluateSync — (a) synchronously",
  verdict: "fast mode: evaluator.verdictSync — statuses only",
  b: "(b) json-rules-engine Engine.run — pre-extracted facts",
};
// Every explanation is read, so that nothing is left out of the work measured.
const readExplanations = (assessment) => {
  let length = assessment.explanation.id.length;
  for (const finding of assessment.findings) length += finding.explanation.id.length + finding.explanation.en.length;
  return length;
};
bench.add(TASKS.a, async () => {
  const item = nextA();
  readExplanations(await evaluator.evaluate(item.incident, item.options));
});
bench.add(TASKS.warm, async () => {
  const item = nextWarm();
  readExplanations(await warm.evaluate(item.incident, item.options));
});
bench.add(TASKS.cold, async () => {
  const item = nextCold();
  readExplanations(await uncached.evaluate(item.incident, item.options));
});
bench.add(TASKS.sync, () => {
  const item = nextSync();
  readExplanations(evaluator.evaluateSync(item.incident, item.options));
});
bench.add(TASKS.verdict, () => {
  const item = nextVerdict();
  evaluator.verdictSync(item.incident, item.options);
});
bench.add(TASKS.b, async () => {
  const item = nextB();
  await engine.run({ ...item.facts });
});
await bench.run();
const result = (name) => {
  const task = bench.getTask(name);
  if (!task?.result || !("latency" in task.result)) throw new Error(`${name}: ${task?.result?.state ?? "no result"} ${task?.result?.error ?? ""}`);
  return task.result;
};
line(`\nper incident, one call each (tinybench, ${fmt(SIZES.taskTime)} ms per task):`);
table([
  ["task", "incidents/s", "p50", "p99", "samples"],
  ...Object.values(TASKS).map((name) => {
    const { latency, period } = result(name);
    return [name, fmt(1000 / period), us(latency.p50), us(latency.p99), fmt(latency.samplesCount ?? latency.samples?.length ?? 0)];
  }),
]);
const b = result(TASKS.b);
line(`ratios in this run, mean latency of (b) / mean latency of (a) (p50 / p50 in brackets):`);
for (const name of [TASKS.a, TASKS.warm, TASKS.cold, TASKS.sync, TASKS.verdict]) {
  const a = result(name);
  line(`  ${fmt(b.period / a.period, 1).padStart(6)}×  (${fmt(b.latency.p50 / a.latency.p50, 1)}×)  ${name}`);
}

// ---------------------------------------------------------------------------------------------- batch throughput
const sample = corpus.slice(0, SIZES.batch);
const passRate = (run) => {
  const started = process.hrtime.bigint();
  for (const item of sample) run(item);
  return sample.length / (Number(process.hrtime.bigint() - started) / 1e9);
};
const fresh = createEvaluator();
const coldFull = passRate((item) => fresh.evaluateSync(item.incident, item.options));
let warmFull = 0;
for (let pass = 0; pass < 3; pass++) warmFull = Math.max(warmFull, passRate((item) => fresh.evaluateSync(item.incident, item.options)));
const freshVerdict = createEvaluator();
const coldVerdict = passRate((item) => freshVerdict.verdictSync(item.incident, item.options));
let warmVerdict = 0;
for (let pass = 0; pass < 3; pass++) warmVerdict = Math.max(warmVerdict, passRate((item) => freshVerdict.verdictSync(item.incident, item.options)));
line(`\nbatch throughput on one thread (a loop over the first ${fmt(sample.length)} incidents of the corpus, no per-call timers; default cache):`);
table([
  ["path", "first pass (new evaluator)", "later passes (best of 3)"],
  ["evaluateSync — full assessments, traces and explanations", `${fmt(coldFull)}/s`, `${fmt(warmFull)}/s`],
  ["verdictSync — no traces, no explanations", `${fmt(coldVerdict)}/s`, `${fmt(warmVerdict)}/s`],
]);
line("(the first pass composes every explanation; later ones reuse the outcomes of fact combinations already seen)");

// ---------------------------------------------------------------------------------------------- cold start
const starts = [];
for (let run = 0; run < SIZES.coldStarts; run++) {
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(here, "cold-start.mjs")], { encoding: "utf8" });
  const wall = performance.now() - started;
  if (child.status !== 0) throw new Error(`cold start failed: ${child.stderr}`);
  starts.push({ ...JSON.parse(child.stdout), wall });
}
const median = (values) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];
line(`\ncold start (fresh node process; median of ${starts.length}):`);
line(
  `  import + load + first assessment ${fmt(median(starts.map((start) => start.total)), 1)} ms after process start ` +
    `(node bootstrap ${fmt(median(starts.map((start) => start.bootstrap)), 1)} ms, import ${fmt(median(starts.map((start) => start.import)), 1)} ms, ` +
    `load + first assessment ${fmt(median(starts.map((start) => start.firstAssessment)), 1)} ms); spawn to exit ${fmt(median(starts.map((start) => start.wall)), 1)} ms`,
);

// ---------------------------------------------------------------------------------------------- streaming
const work = mkdtempSync(join(tmpdir(), "netralitas-bench-"));
const cli = join(root, "dist", "cli.js");
const probe = join(here, "rss-probe.mjs");

/** Runs `netralitas evaluate --jsonl - --jobs N [--detail D]` with lines written to its stdin; returns lines out, seconds and peak RSS. */
async function stream({ jobs, detail = "full", input, countOutput }) {
  const probeFile = join(work, `rss-${jobs}-${detail}-${Date.now()}.json`);
  const sink = countOutput ? "pipe" : openSync("/dev/null", "w");
  const child = spawn(process.execPath, ["--import", probe, cli, "evaluate", "--jsonl", "-", "--jobs", String(jobs), "--detail", detail], {
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
  const exited = new Promise((resolve) => child.on("close", resolve));
  await input(child.stdin);
  const code = await exited;
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`netralitas evaluate --jsonl --jobs ${jobs} --detail ${detail} exited with ${code}: ${stderr.slice(0, 2000)}`);
  const usage = JSON.parse(readFileSync(probeFile, "utf8"));
  return { lines, seconds, maxRssMb: usage.maxRSS / 1024 };
}

/** Writes `count` generated incidents, one per line, honouring backpressure. */
async function writeGenerated(destination, count, seed) {
  const source = incidentGenerator({ IncidentSchema, ruleset, seed, inferElection: false });
  let chunk = "";
  for (let index = 0; index < count; index++) {
    chunk += `${JSON.stringify(source.next())}\n`;
    if (chunk.length > 1 << 16 || index === count - 1) {
      if (!destination.write(chunk)) await new Promise((resolve) => destination.once("drain", resolve));
      chunk = "";
    }
  }
  await new Promise((resolve) => destination.end(resolve));
}

try {
  const rows = [["detail", "lines", "jobs", "incidents/s", "seconds", "peak RSS"]];
  const ratios = [];
  for (const [detail, count] of [
    ["full", SIZES.streamFull],
    ["verdict", SIZES.streamVerdict],
  ]) {
    const file = join(work, `incidents-${detail}.jsonl`);
    await writeGenerated(createWriteStream(file), count, 7);
    const text = readFileSync(file);
    const fromFile = (stdin) => new Promise((resolve) => stdin.end(text, resolve));
    // Pairs of runs, in alternating order, so that a slower stretch of the machine (it is shared)
    // weighs on both: medians of the seconds, and the range of the pairs' ratios.
    const runs = { 1: [], 2: [] };
    for (let repeat = 0; repeat < SIZES.streamRepeats; repeat++) {
      for (const jobs of repeat % 2 === 0 ? [1, 2] : [2, 1]) runs[jobs].push(await stream({ jobs, detail, input: fromFile, countOutput: false }));
    }
    for (const jobs of [1, 2]) {
      const seconds = median(runs[jobs].map((run) => run.seconds));
      rows.push([detail, fmt(count), String(jobs), fmt(count / seconds), fmt(seconds, 1), `${fmt(Math.max(...runs[jobs].map((run) => run.maxRssMb)))} MB`]);
    }
    const pairs = runs[1].map((one, index) => one.seconds / runs[2][index].seconds);
    const range = pairs.length > 1 ? ` (pairs ${fmt(Math.min(...pairs), 2)}–${fmt(Math.max(...pairs), 2)}×)` : "";
    ratios.push(`${detail}: ${fmt(median(runs[1].map((run) => run.seconds)) / median(runs[2].map((run) => run.seconds)), 2)}×${range}`);
  }
  line(
    `\nstreaming \`netralitas evaluate --jsonl - --jobs N --detail D\` (generated lines from a file, output to /dev/null; seconds include process start; ` +
      `${SIZES.streamRepeats > 1 ? `median of ${SIZES.streamRepeats} runs, highest peak RSS` : "one run"}):`,
  );
  table(rows);
  line(`--jobs 2 / --jobs 1 throughput: ${ratios.join(", ")}`);

  const big = await stream({ jobs: 2, detail: "verdict", input: (stdin) => writeGenerated(stdin, SIZES.streamed, 11), countOutput: true });
  if (big.lines !== SIZES.streamed) throw new Error(`streamed ${SIZES.streamed} incidents but got ${big.lines} lines`);
  line(
    `streamed batch: ${fmt(SIZES.streamed)} incidents generated on the fly into stdin, --jobs 2 --detail verdict, ${fmt(big.lines)} lines read back: ` +
      `peak RSS ${fmt(big.maxRssMb)} MB, ${fmt(big.seconds, 1)} s (${fmt(SIZES.streamed / big.seconds)}/s, generation included)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------- bundle size
const bundleScript = join(here, "bundle-size.mjs");
if (existsSync(bundleScript)) {
  const child = spawnSync(process.execPath, [bundleScript], { encoding: "utf8", cwd: root });
  line(`\nbrowser bundle size (test/bench/bundle-size.mjs):`);
  line((child.stdout || child.stderr).trim());
}

// ---------------------------------------------------------------------------------------------- HTTP service
{
  const child = spawnSync(process.execPath, [join(here, "server-load.mjs"), ...(quick ? ["--quick"] : [])], { encoding: "utf8", cwd: root });
  line(`\n${(child.stdout || child.stderr).trim()}`);
}
