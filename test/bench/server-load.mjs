// The HTTP service under a bounded load: `netralitas serve` (the built binary) in a child process on
// a loopback port, and a fixed number of concurrent clients posting incidents for a fixed time per
// scenario. Prints throughput and latency percentiles; asserts nothing (the benchmark output, not
// the tests, is where speed is reported). Run by `npm run bench`, or alone:
//
//   node test/bench/server-load.mjs            10 s per scenario, 16 concurrent requests
//   node test/bench/server-load.mjs --quick    3 s per scenario
//
// Traffic goes to 127.0.0.1 only; every loop stops at its deadline (and at MAX_REQUESTS).
import { spawn } from "node:child_process";
import http from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadFixtures } from "../../dist/node.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..");
const quick = process.argv.includes("--quick") || process.env.NETRALITAS_BENCH_QUICK === "1";
const SECONDS = quick ? 3 : 10;
const CONCURRENCY = 16;
const MAX_REQUESTS = 1_000_000;
const BATCH_LINES = quick ? 2_000 : 10_000;

const fmt = (value, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (text = "") => process.stdout.write(`${text}\n`);

const bodies = loadFixtures().map(({ fixture }) => JSON.stringify({ incident: fixture.incident, ...(fixture.interpretation ? { interpretation: fixture.interpretation } : {}) }));

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "dist", "cli.js"), "serve", "--port", "0", "--lang", "en"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match) resolve({ child, url: match[1] });
    });
    child.on("exit", (code) => reject(new Error(`netralitas serve exited ${code}: ${stderr}`)));
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

// node:http with keep-alive, not fetch: on this 2-core machine the client shares the cores with the
// service, and undici's fetch costs the client several times more per request.
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(url, path, body) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk) => (bytes += chunk.length));
      response.on("end", () => resolve({ status: response.statusCode, bytes }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** CONCURRENCY loops posting for SECONDS; each request's latency in ms. */
async function load(url, detail) {
  const latencies = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < deadline && latencies.length + errors < MAX_REQUESTS) {
      const body = bodies[next++ % bodies.length];
      const started = performance.now();
      try {
        const response = await post(url, `/v1/assessments?detail=${detail}`, body);
        if (response.status === 200) {
          latencies.push(performance.now() - started);
          bytes += response.bytes;
        } else errors++;
      } catch {
        errors++;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - began) / 1000;
  const sorted = latencies.sort((left, right) => left - right);
  return { detail, requests: sorted.length, errors, seconds, perSecond: sorted.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), kbPerResponse: bytes / Math.max(1, sorted.length) / 1024 };
}

/** One streamed batch of BATCH_LINES lines, fast mode. */
async function batch(url) {
  const encoder = new TextEncoder();
  let sent = 0;
  const upload = new ReadableStream({
    pull(controller) {
      const chunk = [];
      while (chunk.length < 100 && sent < BATCH_LINES) chunk.push(bodies[sent++ % bodies.length]);
      controller.enqueue(encoder.encode(`${chunk.join("\n")}\n`));
      if (sent >= BATCH_LINES) controller.close();
    },
  });
  const began = performance.now();
  const response = await fetch(`${url}/v1/assessments:batch?detail=verdict`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: upload, duplex: "half" });
  let lines = 0;
  for await (const chunk of response.body) for (const byte of chunk) if (byte === 10) lines++;
  return { lines, seconds: (performance.now() - began) / 1000 };
}

const { child, url } = await startServer();
try {
  // Warm-up: the evaluator's outcome cache and the JIT, not measured.
  await load(url, "verdict").catch(() => undefined);
  line(`HTTP service (netralitas serve, one process) under load: ${CONCURRENCY} concurrent requests for ${SECONDS} s per row, ${bodies.length} fixture incidents cycled, loopback`);
  line("| POST /v1/assessments | requests/s | p50 | p99 | errors | response |");
  line("| --- | --- | --- | --- | --- | --- |");
  for (const detail of ["verdict", "summary", "full"]) {
    const result = await load(url, detail);
    line(`| detail=${detail} | ${fmt(result.perSecond)} | ${fmt(result.p50, 2)} ms | ${fmt(result.p99, 2)} ms | ${fmt(result.errors)} | ${fmt(result.kbPerResponse, 1)} kB |`);
  }
  const streamed = await batch(url);
  line(`batch: ${fmt(streamed.lines)} NDJSON lines (detail=verdict) streamed in ${fmt(streamed.seconds, 2)} s, ${fmt(streamed.lines / streamed.seconds)} lines/s`);
} finally {
  agent.destroy();
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}
