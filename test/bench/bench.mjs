// `npm run bench`: the performance benchmark, in one run (see the README's Performance section).
//
//   node test/bench/bench.mjs                   full run (20,000 distinct incidents, b2 on the first 5,000; 1,000,000 streamed)
//   node test/bench/bench.mjs --quick           scaled down (also NETRALITAS_BENCH_QUICK=1), about 2–3 minutes
//   --stream-full N                             lines of the large --detail full streamed batch
//   --stream-budget S                           stop feeding that batch after S seconds (default 600, quick 45; it says so)
//
// 1. Corpus: generated incidents (test/bench/generate.mjs) over every calendar, province, employment
//    and conduct kind, with "none" acts and lists of acts; only DISTINCT fact maps are kept (what the
//    rules see of each act, plus the options), and the repeats dropped are counted. Fixtures apart.
// 2. Agreement on the whole corpus: evaluateSync, verdictSync and json-rules-engine given the rules
//    in force (b1) give every finding the same status (and the two library paths the same verdict);
//    the run exits 1 otherwise.
// 3. Throughput, interleaved in one process, whole passes over the corpus, no per-call timers:
//    (a) evaluateSync with every explanation read, (f) verdictSync, each with a cold pass (a new
//    evaluator) and a warm one (the same evaluator again); (b1) json-rules-engine, one Engine per set
//    of rules in force, each incident on its set's Engine; (b2) one Engine holding every rule.
//    Rounds in alternating order; medians. Cache hit rates from evaluator.cacheStats().
// 4. Scaling: the rule set with every rule copied (×1, ×4, ×16 rules), cold passes on one slice.
// 5. Cold start: fresh processes, the library's versus `node -e 0`.
// 6. Streaming: `netralitas evaluate --jsonl` --jobs 1 versus 2 (fast mode), and the peak RSS of a
//    large --detail full batch generated on the fly into standard input.
// 7. The browser bundle size; 8. the HTTP service under a bounded load (test/bench/server-load.mjs).
// 9. "README figures": the main numbers, dated and described, ready to paste.
// Ratios are reported, never compared with thresholds.
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledRuleset, bundledRulesetSource, createEvaluator, IncidentSchema } from "../../dist/index.js";
import { loadFixtures } from "../../dist/node.js";
import { describe, distinctCorpus, fixtureItems, repeatsIn } from "./corpus.mjs";
import { createBareEngine, createEnginesInForce, factAlternatives, ruleSetKey, statusesOverViews } from "./json-rules-engine.mjs";
import { scaledRuleset } from "./scaled-rules.mjs";
import { fmt, numberOption } from "./args.mjs";
import { fullBatch, stream, writeGenerated } from "./stream.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick") || process.env.NETRALITAS_BENCH_QUICK === "1";
const SIZES = quick
  ? { corpus: 3_000, b1Slice: 1_000, b2Slice: 500, rounds: 3, scaling: 200, scalingRounds: 3, b1At16: false, coldStarts: 5, streamVerdict: 50_000, streamRepeats: 1, streamFull: 20_000 }
  : { corpus: 20_000, b1Slice: 20_000, b2Slice: 5_000, rounds: 3, scaling: 1_000, scalingRounds: 3, b1At16: true, coldStarts: 11, streamVerdict: 400_000, streamRepeats: 3, streamFull: 1_000_000 };
SIZES.streamFull = numberOption(argv, "--stream-full", SIZES.streamFull);
// Full-detail lines are large (about 100 kB each today): the batch stops at this budget, and says so.
const STREAM_BUDGET_SECONDS = numberOption(argv, "--stream-budget", quick ? 45 : 600);
const SEED = 20241127;

const line = (text = "") => process.stdout.write(`${text}\n`);
const table = (rows) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const [index, row] of rows.entries()) {
    line(row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join("  "));
    if (index === 0) line(widths.map((width) => "-".repeat(width)).join("  "));
  }
};
const median = (values) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percent = (part, whole) => `${fmt((100 * part) / Math.max(1, whole), 1)}%`;
const started = new Date();
const machine = `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`;
const loadAtStart = loadavg().map((value) => value.toFixed(2)).join(" ");
/** What the "README figures" block at the end prints. */
const figures = [];

line(`netralitas-asn benchmark — ${started.toISOString()}${quick ? " (quick)" : ""}`);
line(`${machine}, load average ${loadAtStart}`);

// ---------------------------------------------------------------------------------------------- corpus
const ruleset = bundledRuleset();
const check = createEvaluator();
const corpusStarted = performance.now();
const { items: corpus, generated, repeats, skipped } = distinctCorpus({ IncidentSchema, ruleset, evaluator: check, size: SIZES.corpus, seed: SEED });
const fixtures = fixtureItems(loadFixtures());
const count = (predicate) => corpus.filter(predicate).length;
const verdicts = new Map();
let withMissingFacts = 0;
for (const item of corpus) {
  const assessment = check.evaluateSync(item.incident, item.options);
  verdicts.set(assessment.verdict, (verdicts.get(assessment.verdict) ?? 0) + 1);
  if (assessment.missingFacts.length > 0) withMissingFacts++;
}
const conductValues = (item) => Object.values(item.incident.conduct ?? {});
const spread = {
  calendars: new Set(corpus.map((item) => item.incident.election)).size,
  provinces: new Set(corpus.map((item) => item.incident.region.province)).size,
  employments: new Set(corpus.map((item) => item.incident.subject?.employment).filter(Boolean)).size,
  eventKinds: new Set(corpus.map((item) => item.incident.conduct?.event?.kind).filter(Boolean)).size,
  lists: count((item) => conductValues(item).some(Array.isArray)),
  none: count((item) => conductValues(item).includes("none")),
  multiView: count((item) => item.views.length > 1),
  ruleSets: new Set(corpus.map((item) => ruleSetKey(item.rules))).size,
};
const insufficient = verdicts.get("insufficient_facts") ?? 0;
line(
  `rule set ${ruleset.version}: ${ruleset.rules.length} rules, ${ruleset.conditions.size} shared conditions, ${ruleset.calendars.size} calendars, ` +
    `${ruleset.provinces.size} provinces`,
);
line(
  `corpus: ${fmt(corpus.length)} distinct incidents (fact maps), from ${fmt(generated)} generated valid ones: ${fmt(repeats)} (${percent(repeats, generated)}) ` +
    `repeated a fact map already taken and were dropped; the corpus itself has ${repeatsIn(corpus)} repeats (${fmt(skipped)} invalid incidents skipped; ` +
    `${fmt((performance.now() - corpusStarted) / 1000, 1)} s)`,
);
line(
  `  spread: ${spread.calendars} calendars, ${spread.provinces} provinces, ${spread.employments} employments (asn included: ${corpus.some((item) => item.incident.subject?.employment === "asn")}), ` +
    `${spread.eventKinds} event kinds; ${fmt(spread.lists)} with lists of acts (${fmt(spread.multiView)} judged as several views), ${fmt(spread.none)} with a "none" act; ` +
    `${spread.ruleSets} distinct sets of rules in force`,
);
line(
  `  verdicts: ${[...verdicts].map(([verdict, n]) => `${verdict} ${percent(n, corpus.length)}`).join(", ")}; ` +
    `${percent(insufficient, corpus.length)} insufficient_facts, ${percent(withMissingFacts, corpus.length)} with missing facts listed`,
);
line(`  fixtures (counted apart, not in the timed corpus): ${fixtures.items.length}, of which ${fixtures.repeats} repeat another fixture's fact map`);
const corpusDescription =
  `${fmt(corpus.length)} distinct generated incidents (every fact map new; ${fmt(repeats)} of ${fmt(generated)} generated repeated one and were dropped), ` +
  `${spread.calendars} calendars, ${spread.provinces} provinces, ${spread.employments} employments, ${spread.eventKinds} event kinds, ` +
  `${percent(spread.lists, corpus.length)} with lists of acts, ${percent(spread.none, corpus.length)} with a "none" act, ` +
  `${percent(insufficient, corpus.length)} insufficient_facts (${percent(withMissingFacts, corpus.length)} list missing facts)`;

// ---------------------------------------------------------------------------------------------- baselines
const enginesStarted = performance.now();
const enginesInForce = createEnginesInForce(ruleset, [...corpus, ...fixtures.items]);
const engineOf = (item) => enginesInForce.get(ruleSetKey(item.rules));
const allRules = createBareEngine(ruleset);
line(
  `baselines: (b1) json-rules-engine, one Engine per set of rules in force (${enginesInForce.size} Engines, built before timing in ` +
    `${fmt(performance.now() - enginesStarted)} ms), each incident on its own set's Engine; (b2) one Engine holding all ${ruleset.rules.length} rules. ` +
    `Both get the facts incidentFacts() derives (one run per view), and two json-rules-engine rules per rule file (applicability, conditions).`,
);

// ---------------------------------------------------------------------------------------------- agreement
// Library statuses against b1's. json-rules-engine does not know which conduct the report alleges:
// where the library says not_alleged, b1 (judging the same facts, unstated areas none) may say
// anything but not_applicable (scopedStatus keeps not_applicable). Everything else must be equal.
{
  const agreementStarted = performance.now();
  const evaluator = createEvaluator();
  const alternatives = factAlternatives(ruleset);
  let findings = 0;
  let notAlleged = 0;
  const disagreements = [];
  const all = [...corpus.map((item, index) => ({ item, where: `corpus[${index}]` })), ...fixtures.items.map((item, index) => ({ item, where: `fixture[${index}]` }))];
  for (const { item, where } of all) {
    const assessment = evaluator.evaluateSync(item.incident, item.options);
    const verdict = evaluator.verdictSync(item.incident, item.options);
    const reference = await statusesOverViews(engineOf(item), item.views, alternatives);
    if (verdict.verdict !== assessment.verdict) disagreements.push({ where, evaluateSync: assessment.verdict, verdictSync: verdict.verdict });
    if (assessment.findings.length !== item.rules.length) disagreements.push({ where, findings: assessment.findings.length, rulesInForce: item.rules.length });
    for (const [position, finding] of assessment.findings.entries()) {
      findings++;
      const fast = verdict.findings[position];
      const other = reference.get(finding.ruleId);
      if (finding.status === "not_alleged") notAlleged++;
      const referenceAgrees = finding.status === "not_alleged" ? other !== undefined && other !== "not_applicable" : other === finding.status;
      if (fast?.ruleId !== finding.ruleId || fast.status !== finding.status || !referenceAgrees) {
        disagreements.push({ where, ruleId: finding.ruleId, evaluateSync: finding.status, verdictSync: fast?.status, jsonRulesEngine: other });
      }
    }
    if (disagreements.length > 50) break;
  }
  if (disagreements.length > 0) {
    line(`\nDISAGREEMENT: ${disagreements.length}${disagreements.length > 50 ? "+" : ""} difference(s) between evaluateSync, verdictSync and json-rules-engine (b1):`);
    for (const entry of disagreements.slice(0, 8)) {
      const [, list, index] = /^(corpus|fixture)\[(\d+)\]$/.exec(entry.where);
      line(`  ${JSON.stringify(entry)}\n    incident ${JSON.stringify((list === "corpus" ? corpus : fixtures.items)[Number(index)].incident)}`);
    }
    process.exit(1);
  }
  line(
    `agreement: all ${fmt(findings)} findings of ${fmt(all.length)} incidents (corpus and fixtures) have the same status in evaluateSync, verdictSync and (b1), ` +
      `and the same verdict in both library paths (${fmt(notAlleged)} not_alleged findings: b1 does not judge allegation; it gave none of them not_applicable; ` +
      `${fmt((performance.now() - agreementStarted) / 1000, 1)} s)`,
  );
  figures.push(`agreement: all ${fmt(findings)} findings equal between evaluateSync, verdictSync and json-rules-engine (b1) on the whole corpus and the fixtures`);
}

// ---------------------------------------------------------------------------------------------- throughput
// Every explanation is read, so that nothing is left out of the work measured.
const readExplanations = (assessment) => {
  let length = assessment.explanation.id.length + assessment.explanation.en.length;
  for (const finding of assessment.findings) length += finding.explanation.id.length + finding.explanation.en.length;
  return length;
};
const seconds = (run) => {
  const begin = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - begin) / 1e9;
};
const secondsAsync = async (run) => {
  const begin = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - begin) / 1e9;
};
const outcomes = (evaluator) => evaluator.cacheStats().outcomes;
/** A pass of `judge` over `items` on `evaluator`: seconds and the outcome cache's hits and misses in it. */
const libraryPass = (evaluator, items, judge) => {
  const before = outcomes(evaluator);
  let sink = 0;
  const time = seconds(() => {
    for (const item of items) sink += judge(evaluator, item);
  });
  const after = outcomes(evaluator);
  return { seconds: time, hits: after.hits - before.hits, misses: after.misses - before.misses, sink };
};
const full = (evaluator, item) => readExplanations(evaluator.evaluateSync(item.incident, item.options));
const fast = (evaluator, item) => evaluator.verdictSync(item.incident, item.options).findings.length;
/** A cold pass (a new evaluator: every incident new to it) and a warm one (the same evaluator again). */
const coldAndWarm = (judge, items, config) => {
  const evaluator = createEvaluator(config);
  const cold = libraryPass(evaluator, items, judge);
  const warm = libraryPass(evaluator, items, judge);
  return { cold, warm };
};
const referencePass = (items, engineFor) =>
  secondsAsync(async () => {
    for (const item of items) {
      const engine = engineFor(item);
      for (const facts of item.views) await engine.run({ ...facts });
    }
  });

// --quick times the baselines (no cache: the cost of an incident does not depend on the others) on
// the first incidents of the corpus only, to stay within minutes; the full run, on all of it.
const baselineItems = { b1: corpus.slice(0, SIZES.b1Slice), b2: corpus.slice(0, SIZES.b2Slice) };
const PATHS = ["a", "f", "b1", "b2"];
const samples = { aCold: [], aWarm: [], fCold: [], fWarm: [], b1: [], b2: [] };
const hitCounts = { aCold: { hits: 0, misses: 0 }, aWarm: { hits: 0, misses: 0 }, fCold: { hits: 0, misses: 0 }, fWarm: { hits: 0, misses: 0 } };
const record = (name, pass) => {
  samples[name].push(pass.seconds);
  hitCounts[name].hits += pass.hits;
  hitCounts[name].misses += pass.misses;
};
const throughputStarted = performance.now();
for (let round = 0; round < SIZES.rounds; round++) {
  const order = round % 2 === 0 ? PATHS : [...PATHS].reverse();
  for (const path of order) {
    if (path === "a" || path === "f") {
      const { cold, warm } = coldAndWarm(path === "a" ? full : fast, corpus);
      record(`${path}Cold`, cold);
      record(`${path}Warm`, warm);
    } else {
      samples[path].push(await referencePass(baselineItems[path], path === "b1" ? engineOf : () => allRules));
    }
  }
}
const passSize = (name) => (name === "b1" || name === "b2" ? baselineItems[name].length : corpus.length);
const perIncident = (name) => (median(samples[name]) / passSize(name)) * 1e6;
const hitRate = (name) => (hitCounts[name].hits + hitCounts[name].misses === 0 ? "no cache" : percent(hitCounts[name].hits, hitCounts[name].hits + hitCounts[name].misses));
const LABELS = {
  aCold: "(a) evaluateSync, explanations read — cold pass",
  aWarm: "(a) same — warm pass",
  fCold: "(f) verdictSync, fast mode — cold pass",
  fWarm: "(f) same — warm pass",
  b1: `(b1) json-rules-engine, rules in force${SIZES.b1Slice < corpus.length ? ` (first ${fmt(SIZES.b1Slice)})` : ""}`,
  b2: `(b2) json-rules-engine, all rules${SIZES.b2Slice < corpus.length ? ` (first ${fmt(SIZES.b2Slice)})` : ""}`,
};
line(
  `\nthroughput on one thread: whole passes over the ${fmt(corpus.length)} distinct incidents, no per-call timers; ${SIZES.rounds} rounds in alternating order, ` +
    `medians (${fmt((performance.now() - throughputStarted) / 1000, 1)} s):`,
);
table([
  ["path", "incidents/s", "µs/incident", "cache hits", "passes (s)"],
  ...Object.entries(LABELS).map(([name, label]) => [
    label,
    fmt(1e6 / perIncident(name)),
    fmt(perIncident(name), 1),
    name in hitCounts ? hitRate(name) : "",
    samples[name].map((value) => fmt(value, 2)).join(" "),
  ]),
]);
const ratio = (baseline, path) => perIncident(baseline) / perIncident(path);
line("ratios (baseline time / library time, this run):");
table([
  ["", "(a) cold", "(a) warm", "(f) cold", "(f) warm"],
  ...["b1", "b2"].map((baseline) => [
    baseline === "b1" ? "(b1) rules in force" : "(b2) all rules",
    ...["aCold", "aWarm", "fCold", "fWarm"].map((path) => `${fmt(ratio(baseline, path), 1)}×`),
  ]),
]);
figures.push(
  `throughput (one thread, medians of ${SIZES.rounds} interleaved rounds): (a) full assessments, every explanation read: ` +
    `cold ${fmt(1e6 / perIncident("aCold"))}/s (${fmt(perIncident("aCold"), 1)} µs, cache hits ${hitRate("aCold")}), warm ${fmt(1e6 / perIncident("aWarm"))}/s (${fmt(perIncident("aWarm"), 1)} µs, hits ${hitRate("aWarm")}); ` +
    `(f) fast mode: cold ${fmt(1e6 / perIncident("fCold"))}/s (${fmt(perIncident("fCold"), 1)} µs), warm ${fmt(1e6 / perIncident("fWarm"))}/s (${fmt(perIncident("fWarm"), 1)} µs); ` +
    `(b1) ${fmt(1e6 / perIncident("b1"))}/s (${fmt(perIncident("b1"), 1)} µs${passSize("b1") < corpus.length ? `, first ${fmt(passSize("b1"))} incidents` : ""}); ` +
    `(b2) ${fmt(1e6 / perIncident("b2"))}/s (${fmt(perIncident("b2"), 1)} µs${passSize("b2") < corpus.length ? `, first ${fmt(passSize("b2"))} incidents` : ""})`,
  `ratios: b1/a ${fmt(ratio("b1", "aCold"), 1)}× cold, ${fmt(ratio("b1", "aWarm"), 1)}× warm; b1/f ${fmt(ratio("b1", "fCold"), 1)}× cold, ${fmt(ratio("b1", "fWarm"), 1)}× warm; ` +
    `b2/a ${fmt(ratio("b2", "aCold"), 1)}× cold, ${fmt(ratio("b2", "aWarm"), 1)}× warm; b2/f ${fmt(ratio("b2", "fCold"), 1)}× cold, ${fmt(ratio("b2", "fWarm"), 1)}× warm`,
);

// ---------------------------------------------------------------------------------------------- scaling
// Every scale is set up first; then rounds in alternating order of scales, each pass on a new
// evaluator (cold), medians. (b1), much slower, runs in the first round only (no cache: one pass says it).
{
  const slice = corpus.slice(0, SIZES.scaling);
  const source = bundledRulesetSource();
  const scalingStarted = performance.now();
  const scales = [1, 4, 16].map((factor) => {
    const setUp = performance.now();
    const scaled = factor === 1 ? ruleset : scaledRuleset(source, factor);
    const runB1 = factor === 1 || (factor === 16 && SIZES.b1At16);
    // The scaled rule set's own rules in force and Engines (built before timing).
    const items = factor === 1 ? slice : slice.map((item) => ({ ...item, rules: describe(item.incident, item.options, scaled).rules }));
    const engines = runB1 ? (factor === 1 ? enginesInForce : createEnginesInForce(scaled, items)) : undefined;
    createEvaluator({ ruleset: scaled }); // compiles once, outside the timed passes
    return { factor, scaled, items, engines, setUpSeconds: (performance.now() - setUp) / 1000, times: { a: [], f: [], b1: [] } };
  });
  for (let round = 0; round < SIZES.scalingRounds; round++) {
    for (const scale of round % 2 === 0 ? scales : [...scales].reverse()) {
      const { scaled, items, engines, times } = scale;
      for (const path of round % 2 === 0 ? ["a", "f", "b1"] : ["b1", "f", "a"]) {
        if (path === "b1") {
          if (engines && round === 0) times.b1.push(await referencePass(items, (item) => engines.get(ruleSetKey(item.rules))));
        } else {
          times[path].push(libraryPass(createEvaluator({ ruleset: scaled }), items, path === "a" ? full : fast).seconds);
        }
      }
    }
  }
  const micro = (list) => (list.length === 0 ? undefined : (median(list) / slice.length) * 1e6);
  const costsOf = (scale) => ({ a: micro(scale.times.a), f: micro(scale.times.f), b1: micro(scale.times.b1) });
  const base = costsOf(scales[0]);
  const rows = [["rules", "×rules", "(a) cold µs", "×cost", "(f) cold µs", "×cost", "(b1) µs", "×cost", "set-up (s)"]];
  for (const scale of scales) {
    const costs = costsOf(scale);
    const cost = (path) => (costs[path] === undefined ? ["–", "–"] : [fmt(costs[path], 1), `×${fmt(costs[path] / base[path], 1)}`]);
    rows.push([fmt(scale.scaled.rules.length), `×${scale.factor}`, ...cost("a"), ...cost("f"), ...cost("b1"), fmt(scale.setUpSeconds, 1)]);
    if (scale.factor === 16) {
      figures.push(
        `scaling (cold passes over ${fmt(slice.length)} incidents, every rule copied, medians of ${SIZES.scalingRounds}): ×16 rules costs (a) ×${fmt(costs.a / base.a, 1)}, (f) ×${fmt(costs.f / base.f, 1)}` +
          (costs.b1 === undefined ? "" : `, (b1) ×${fmt(costs.b1 / base.b1, 1)}`) +
          ` per incident`,
      );
    }
  }
  line(
    `\nscaling: every rule copied under new ids (same provisions and conditions); cold passes (a new evaluator each) over the first ${fmt(slice.length)} incidents; ` +
      `${SIZES.scalingRounds} rounds in alternating order, medians; (b1) one pass${SIZES.b1At16 ? "" : ", at ×16 skipped in --quick"} ` +
      `(${fmt((performance.now() - scalingStarted) / 1000, 1)} s):`,
  );
  table(rows);
  line("(×cost: µs per incident relative to ×1, beside the rule-count ratio ×rules)");
}

// ---------------------------------------------------------------------------------------------- cold start
{
  const timed = (args) => {
    const begin = performance.now();
    const child = spawnSync(process.execPath, args, { encoding: "utf8" });
    const wall = performance.now() - begin;
    if (child.status !== 0) throw new Error(`${args.join(" ")} failed: ${child.stderr}`);
    return { ...(child.stdout ? JSON.parse(child.stdout) : {}), wall };
  };
  // An empty script that reports the same clock: from process start to its end.
  const empty = ["-e", "process.stdout.write(JSON.stringify({ total: performance.now() }))"];
  const library = [];
  const bare = [];
  for (let run = 0; run < SIZES.coldStarts; run++) {
    for (const which of run % 2 === 0 ? ["library", "bare"] : ["bare", "library"]) {
      if (which === "library") library.push(timed([join(here, "cold-start.mjs")]));
      else bare.push({ ...timed(empty), zero: timed(["-e", "0"]).wall });
    }
  }
  const m = (list, key) => median(list.map((entry) => entry[key]));
  line(`\ncold start (fresh node processes, alternating; medians of ${SIZES.coldStarts} each):`);
  table([
    ["process", "from process start (ms)", "spawn to exit (ms)"],
    ["node cold-start.mjs: import + load + first assessment", fmt(m(library, "total"), 1), fmt(m(library, "wall"), 1)],
    ["node -e (empty script reporting the clock)", fmt(m(bare, "total"), 1), fmt(m(bare, "wall"), 1)],
    ["node -e 0", "", fmt(m(bare, "zero"), 1)],
    ["difference (library − empty)", fmt(m(library, "total") - m(bare, "total"), 1), fmt(m(library, "wall") - m(bare, "zero"), 1)],
  ]);
  line(
    `  library process: node bootstrap ${fmt(m(library, "bootstrap"), 1)} ms, import ${fmt(m(library, "import"), 1)} ms, load + first assessment ${fmt(m(library, "firstAssessment"), 1)} ms`,
  );
  figures.push(
    `cold start (median of ${SIZES.coldStarts} processes): import + load + first assessment ${fmt(m(library, "total"), 1)} ms from process start ` +
      `(${fmt(m(library, "total") - m(bare, "total"), 1)} ms more than an empty node script); spawn to exit ${fmt(m(library, "wall"), 1)} ms vs ${fmt(m(bare, "zero"), 1)} ms for \`node -e 0\``,
  );
}

// ---------------------------------------------------------------------------------------------- streaming
const work = mkdtempSync(join(tmpdir(), "netralitas-bench-"));
const streamContext = { root, here, work };
try {
  // --jobs 1 against --jobs 2 in fast mode, from the same file, pairs of runs in alternating order.
  const file = join(work, "incidents-verdict.jsonl");
  await writeGenerated({ destination: createWriteStream(file), ruleset, count: SIZES.streamVerdict, seed: 7, evaluator: check });
  const text = readFileSync(file);
  const fromFile = (stdin) => new Promise((resolve) => stdin.end(text, resolve));
  const runs = { 1: [], 2: [] };
  for (let repeat = 0; repeat < SIZES.streamRepeats; repeat++) {
    for (const jobs of repeat % 2 === 0 ? [1, 2] : [2, 1]) runs[jobs].push(await stream({ ...streamContext, jobs, detail: "verdict", input: fromFile, countOutput: false }));
  }
  line(
    `\nstreaming \`netralitas evaluate --jsonl - --jobs N --detail verdict\` (${fmt(SIZES.streamVerdict)} generated lines from a file, output to /dev/null; ` +
      `seconds include process start; ${SIZES.streamRepeats > 1 ? `median of ${SIZES.streamRepeats} runs` : "one run"}):`,
  );
  const rows = [["jobs", "incidents/s", "seconds", "peak RSS"]];
  for (const jobs of [1, 2]) {
    const time = median(runs[jobs].map((run) => run.seconds));
    rows.push([String(jobs), fmt(SIZES.streamVerdict / time), fmt(time, 1), `${fmt(Math.max(...runs[jobs].map((run) => run.maxRssMb)))} MB`]);
  }
  table(rows);
  const jobsRatio = median(runs[1].map((run) => run.seconds)) / median(runs[2].map((run) => run.seconds));
  line(`--jobs 2 / --jobs 1 throughput, fast mode: ${fmt(jobsRatio, 2)}×`);

  // A large --detail full batch generated on the fly into stdin, its peak RSS; stopped at the time budget.
  line(`\nstreamed batch: ${fmt(SIZES.streamFull)} incidents generated on the fly into stdin, --detail full --jobs 2 (time budget ${fmt(STREAM_BUDGET_SECONDS)} s):`);
  const planned = SIZES.streamFull;
  const big = await fullBatch({ context: streamContext, ruleset, evaluator: check, planned, budgetSeconds: STREAM_BUDGET_SECONDS, log: line, fmt });
  const { written, capped } = big;
  line(
    `  ${capped ? `STOPPED AT THE TIME BUDGET: ${fmt(written)} of ${fmt(planned)} lines streamed` : `${fmt(written)} lines streamed`}, ${fmt(big.lines)} read back: ` +
      `peak RSS ${fmt(big.maxRssMb)} MB, ${fmt(big.seconds, 1)} s (${fmt(big.lines / big.seconds)} lines/s, generation included)`,
  );
  figures.push(
    `streaming: --jobs 2 / --jobs 1 in fast mode ${fmt(jobsRatio, 2)}× (${fmt(SIZES.streamVerdict)} lines); ${fmt(written)} lines with --detail full --jobs 2` +
      `${capped ? ` (stopped at the time budget; ${fmt(planned)} planned)` : ""}: peak RSS ${fmt(big.maxRssMb)} MB, ${fmt(big.lines / big.seconds)} lines/s`,
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

// ---------------------------------------------------------------------------------------------- README figures
line("\n---------------------------------------------------------------- README figures");
line(`date: ${started.toISOString().slice(0, 10)} (${started.toISOString()})${quick ? ", --quick run" : ""}`);
line(`machine: ${machine}; load average ${loadAtStart} at the start, ${loadavg().map((value) => value.toFixed(2)).join(" ")} at the end`);
line(`rule set: ${ruleset.version}, ${ruleset.rules.length} rules`);
line(`corpus: ${corpusDescription}`);
line(
  `baselines: (b1) json-rules-engine given only the rules in force on each incident's date (one Engine per distinct set, ${enginesInForce.size} Engines built before timing); ` +
    `(b2) one json-rules-engine Engine holding all ${ruleset.rules.length} rules; both on the facts the library derives (incidentFacts), not timed: turning their results into statuses`,
);
for (const figure of figures) line(figure);
line("----------------------------------------------------------------");
