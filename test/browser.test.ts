// The core entry in a real browser: bundled by esbuild (no node: modules), loaded as an ES module
// in headless Chromium (Debian's chromium driven by playwright-core), judging fixtures there with
// the same results as the same bundle in Node, whatever the browser's time zone and locale.
// (That the sources, dist/ and the packed package judge alike is for fixtures.test.ts and
// package.test.ts.)
// Needs /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it) or CHROMIUM_PATH.
// Runs in the first `npm test` pass only (the repeat passes in other time zones exclude this file,
// passes), since it emulates several time zones itself.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../src/index.ts";
import { loadFixtures } from "../src/node/index.ts";
import { BUDGET, bundleCore, measure, type BundleReport } from "./bench/bundle-size.mjs";
import type { IncidentInput } from "../src/schema/incident.ts";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
// node.md: as root, and on a closed network, Chromium needs these to start cleanly and quietly.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const fixturesDir = fileURLToPath(new URL("../fixtures", import.meta.url));

interface Case {
  readonly name: string;
  readonly incident: unknown;
  readonly options: { readonly interpretation?: object; readonly engine?: "compiled" | "json-rules-engine" };
}

/** What must match between the browser and Node: the whole assessment, or the error's code and issues. */
type Outcome = { readonly assessment: Assessment } | { readonly error: { readonly name: string; readonly code: string; readonly issues: readonly unknown[]; readonly branded: boolean } };


describe("the core entry in a real browser", () => {
  let report: BundleReport;
  let server: Server;
  let browser: Browser;
  let origin: string;
  let scratch: string;
  /** The very bundle the browser loads, imported in Node: both sides run the same code, whatever edits land meanwhile. */
  let nodeLib: typeof import("../src/index.ts");

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (as .ci/run does) or set CHROMIUM_PATH.`);
    report = await measure();
    scratch = mkdtempSync(join(tmpdir(), "netralitas-bundle-"));
    const bundleFile = join(scratch, "netralitas.mjs");
    writeFileSync(bundleFile, report.code);
    nodeLib = (await import(/* @vite-ignore */ pathToFileURL(bundleFile).href)) as typeof import("../src/index.ts");
    // The page imports the bundle as an ES module and exposes it; test code then only reads `window.netralitas`.
    const html = `<!doctype html><meta charset="utf-8"><title>netralitas-asn</title>
<script type="module">import * as lib from "/netralitas.js"; window.netralitas = lib;</script>`;
    server = createServer((request, response) => {
      if (request.url === "/netralitas.js") {
        response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
        response.end(Buffer.from(report.code));
      } else {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(html);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // launch() starts Chromium with a new, empty temporary profile (--user-data-dir) and removes it on close.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("the bundle pulls in no Node built-in module, and the check would notice one", async () => {
    expect(report.nodeBuiltins).toEqual([]);
    // The detector itself: the ./node entry does use node:fs, and must be caught.
    const nodeEntry = await bundleCore({ entry: "src/node/index.ts", minify: false });
    expect(nodeEntry.nodeBuiltins.join(" ")).toMatch(/node:fs/);
  });

  it(`stays within its size budget (gzip: code ${BUDGET.codeGzip / 1000} KB, total ${BUDGET.totalGzip / 1000} KB)`, () => {
    const { bytes } = report;
    console.info(`browser bundle: ${bytes.minified} B minified, ${bytes.gzip} B gzip (code ${bytes.codeGzip}, rules ${bytes.rulesGzip}), ${bytes.brotli} B brotli`);
    expect(bytes.codeGzip).toBeLessThanOrEqual(BUDGET.codeGzip);
    expect(bytes.gzip).toBeLessThanOrEqual(BUDGET.totalGzip);
  });

  /** Evaluates every case in a fresh page of a context with the given time zone and locale. */
  async function inBrowser(cases: readonly Case[], context: { timezoneId?: string; locale?: string }): Promise<Outcome[]> {
    const page = await (await browser.newContext(context)).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => "netralitas" in window);
    // Sent as JSON text and parsed there, so that keys such as "__proto__" arrive as JSON.parse makes them.
    const outcomes = await page.evaluate(async (json: string) => {
      const all = JSON.parse(json) as readonly Case[];
      const lib = (window as unknown as { netralitas: typeof import("../src/index.ts") }).netralitas;
      const evaluator = lib.createEvaluator();
      const results: unknown[] = [];
      for (const { incident, options } of all) {
        try {
          results.push({ assessment: await evaluator.evaluate(incident as IncidentInput, options) });
        } catch (error) {
          const failure = error as { name: string; code: string; issues?: readonly unknown[] };
          results.push({ error: { name: failure.name, code: failure.code, issues: failure.issues ?? [], branded: lib.isInvalidIncidentError(error) } });
        }
      }
      // One string back: playwright's structured transfer of thousands of nested objects is slow.
      return JSON.stringify(results);
    }, JSON.stringify(cases));
    await page.context().close();
    expect(errors).toEqual([]);
    return JSON.parse(outcomes) as Outcome[];
  }

  async function inNode(cases: readonly Case[]): Promise<Outcome[]> {
    const evaluator = nodeLib.createEvaluator();
    const results: Outcome[] = [];
    for (const { incident, options } of cases) {
      try {
        results.push({ assessment: JSON.parse(JSON.stringify(await evaluator.evaluate(incident as IncidentInput, options))) as Assessment });
      } catch (error) {
        const failure = error as { name: string; code: string; issues?: readonly unknown[] };
        results.push({ error: { name: failure.name, code: failure.code, issues: JSON.parse(JSON.stringify(failure.issues ?? [])) as unknown[], branded: nodeLib.isInvalidIncidentError(error) } });
      }
    }
    return results;
  }

  /**
   * A fixed sample of fixtures: up to 25 per verdict (as Node judges them), spread over the list,
   * plus every phase and time-zone fixture (tahapan/). Each case costs the same in the browser,
   * so the test stays quick as fixtures are added.
   */
  let sample: Case[] | undefined;
  const fixtureCases = (): Case[] => {
    if (sample) return sample;
    const evaluator = nodeLib.createEvaluator();
    const byVerdict = new Map<string, Case[]>();
    const phases: Case[] = [];
    for (const { file, fixture } of loadFixtures(fixturesDir)) {
      const entry: Case = { name: file ?? "fixture", incident: fixture.incident, options: fixture.interpretation ? { interpretation: fixture.interpretation } : {} };
      if (entry.name.startsWith("tahapan/")) phases.push(entry);
      else {
        const verdict = evaluator.evaluateSync(entry.incident as IncidentInput, entry.options).verdict;
        byVerdict.set(verdict, [...(byVerdict.get(verdict) ?? []), entry]);
      }
    }
    const spread = (list: readonly Case[]) => list.filter((_entry, index) => index % Math.max(1, Math.ceil(list.length / 25)) === 0);
    sample = [...[...byVerdict.values()].flatMap(spread), ...phases];
    return sample;
  };

  const invalidCases: Case[] = [
    { name: "typo", incident: { election: "pilkada-2024", region: { province: "kalimantan-tengah" }, occurredAt: "2024-10-10", subject: { employmen: "pns" } }, options: {} },
    { name: "bad date", incident: { election: "pilkada-2024", region: { province: "kalimantan-tengah" }, occurredAt: "2024-02-30" }, options: {} },
    { name: "not an object", incident: [1, 2, 3], options: {} },
    { name: "prototype key", incident: JSON.parse('{"__proto__":{"polluted":1},"region":{"province":"papua"},"occurredAt":"2024-10-10"}') as unknown, options: {} },
  ];

  /** Compares outcome by outcome, naming the case that differs. */
  function expectSame(actual: readonly Outcome[], expected: readonly Outcome[], cases: readonly Case[], where: string): void {
    expect(actual).toHaveLength(expected.length);
    actual.forEach((outcome, index) => {
      if (JSON.stringify(outcome) !== JSON.stringify(expected[index])) expect(outcome, `${where}: ${cases[index]?.name}`).toEqual(expected[index]);
    });
  }

  it("judges fixtures and invalid incidents exactly as Node does (UTC, compiled path)", async () => {
    const cases = [...fixtureCases(), ...invalidCases];
    const [browserOutcomes, nodeOutcomes] = await Promise.all([inBrowser(cases, { timezoneId: "UTC", locale: "id-ID" }), inNode(cases)]);
    expectSame(browserOutcomes, nodeOutcomes, cases, "UTC");
    // The sample is meaningful: it has every verdict and the invalid inputs failed as such.
    const verdicts = new Set(nodeOutcomes.flatMap((outcome) => ("assessment" in outcome ? [outcome.assessment.verdict] : [])));
    expect([...verdicts].sort()).toEqual(["insufficient_facts", "no_violation", "not_applicable", "nothing_alleged", "violation"]);
    for (const outcome of browserOutcomes.slice(-invalidCases.length)) expect(outcome).toMatchObject({ error: { branded: true } });
  }, 60_000);

  it("gives the same results whatever the browser's time zone and locale", async () => {
    const cases = fixtureCases().filter((entry, index) => entry.name.startsWith("tahapan/") || index % 3 === 0);
    const expected = await inNode(cases);
    const contexts = [
      { timezoneId: "Asia/Jayapura", locale: "id-ID" },
      { timezoneId: "America/New_York", locale: "tr-TR" },
      { timezoneId: "Pacific/Kiritimati", locale: "en-US" },
    ];
    for (const context of contexts) expectSame(await inBrowser(cases, context), expected, cases, `${context.timezoneId} ${context.locale}`);
  }, 60_000);

  it("the json-rules-engine reference path runs in the browser too and agrees", async () => {
    const cases = fixtureCases()
      .filter((_entry, index) => index % 2 === 0)
      .map((entry) => ({ ...entry, options: { ...entry.options, engine: "json-rules-engine" as const } }));
    expectSame(await inBrowser(cases, { timezoneId: "UTC" }), await inNode(cases), cases, "json-rules-engine");
  }, 60_000);
});
