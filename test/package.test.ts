// The package as consumers get it: `npm pack`, installed into fresh ESM and CommonJS projects,
// used through `import`, `require` and the `netralitas` binary. Needs dist/ (`npm test` builds
// it first). The tarball's dependencies come from the npm cache (`--prefer-offline`), filled by
// `npm ci`. Runs in the first `npm test` pass only (the repeat passes exclude this file).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledRuleset, createEvaluator } from "../src/index.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

/** Fixtures judged through each consumer: the README's example (a violation) and an undecided case. */
const FIXTURES = ["fixtures/contoh/camat-mengerahkan-staf.json", "fixtures/pp-94-2021/pengerahan-pns/belum-ditentukan--jumlah-tidak-diketahui.json"];

/** What each consumer prints for one fixture. */
interface Judged {
  readonly verdict: string;
  readonly statuses: Record<string, string>;
}

/** The same, judged in this process from the sources. */
async function expected(fixture: string): Promise<Judged> {
  const { readFileSync } = await import("node:fs");
  const { incident } = JSON.parse(readFileSync(join(root, fixture), "utf8")) as { incident: unknown };
  const assessment = await createEvaluator().evaluate(uncheckedIncident(incident));
  return { verdict: assessment.verdict, statuses: Object.fromEntries(assessment.findings.map((finding) => [finding.ruleId, finding.status])) };
}

// Consumer scripts. Each judges the fixtures given as arguments (paths inside the installed package)
// and prints one JSON object.
const ESM_CONSUMER = `
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { evaluateIncident, isInvalidIncidentError, InvalidIncidentError, bundledRuleset, LIMITS } from "netralitas-asn";
import { loadRulesetFromDir, defaultRulesDir } from "netralitas-asn/node";
import * as testing from "netralitas-asn/testing";
import facts from "netralitas-asn/rules/fakta.json" with { type: "json" };
import pkg from "netralitas-asn/package.json" with { type: "json" };
import { createApp } from "netralitas-asn/server";

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("netralitas-asn/package.json"));
const results = [];
for (const file of process.argv.slice(2)) {
  const { incident } = JSON.parse(readFileSync(join(packageDir, file), "utf8"));
  const assessment = await evaluateIncident(incident);
  results.push({ verdict: assessment.verdict, statuses: Object.fromEntries(assessment.findings.map((f) => [f.ruleId, f.status])) });
}
// The dual-package hazard: the CommonJS copy's error is recognised by the ESM copy's guard (brand, not instanceof).
const cjs = require("netralitas-asn");
const crossCopy = await cjs.evaluateIncident({}).catch((error) => ({ branded: isInvalidIncidentError(error), sameClass: error instanceof InvalidIncidentError }));
const health = await createApp().fetch(new Request("http://local/health"));
console.log(JSON.stringify({
  results,
  crossCopy,
  health: health.status,
  rulesFromDir: loadRulesetFromDir(defaultRulesDir()).rules.length,
  bundledRules: bundledRuleset().rules.length,
  testingExports: Object.keys(testing).length,
  facts: facts.facts.length,
  version: pkg.version,
  limit: LIMITS.incident.maxDepth,
}));
`;

const CJS_CONSUMER = `
const { readFileSync } = require("node:fs");
const { join, dirname } = require("node:path");
const { evaluateIncident, evaluateIncidentSync, isInvalidIncidentError, bundledRuleset } = require("netralitas-asn");
const { loadRulesetFromDir, defaultRulesDir } = require("netralitas-asn/node");
const testing = require("netralitas-asn/testing");
const server = require("netralitas-asn/server");
const facts = require("netralitas-asn/rules/fakta.json");
const packageDir = dirname(require.resolve("netralitas-asn/package.json"));

(async () => {
  const results = [];
  for (const file of process.argv.slice(2)) {
    const { incident } = JSON.parse(readFileSync(join(packageDir, file), "utf8"));
    const assessment = await evaluateIncident(incident);
    const sync = evaluateIncidentSync(incident);
    if (sync.verdict !== assessment.verdict) throw new Error("sync and async disagree");
    results.push({ verdict: assessment.verdict, statuses: Object.fromEntries(assessment.findings.map((f) => [f.ruleId, f.status])) });
  }
  let invalid;
  try { evaluateIncidentSync({ occurredAt: 1 }); } catch (error) { invalid = isInvalidIncidentError(error); }
  const health = await server.createApp().fetch(new Request("http://local/health"));
  console.log(JSON.stringify({
    health: health.status,
    results,
    invalid,
    rulesFromDir: loadRulesetFromDir(defaultRulesDir()).rules.length,
    bundledRules: bundledRuleset().rules.length,
    testingExports: Object.keys(testing).length,
    facts: facts.facts.length,
  }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

describe("the packed package in real consumer projects", () => {
  let work: string;
  let tarball: string;
  let packedFiles: string[];
  const projects = { esm: "", cjs: "" };

  beforeAll(async () => {
    const built = ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "cli.js"];
    if (!built.every((file) => existsSync(join(root, "dist", file)))) {
      throw new Error(`dist/ is missing or incomplete (${built.join(", ")}): run \`npm run build\` (npm test builds first).`);
    }
    work = mkdtempSync(join(tmpdir(), "netralitas-pack-"));
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const [packed] = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
    if (!packed) throw new Error("npm pack printed nothing");
    tarball = join(work, packed.filename);
    packedFiles = packed.files.map((file) => file.path);
    const install = async (name: "esm" | "cjs") => {
      const dir = join(work, name);
      mkdirSync(dir);
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type: name === "esm" ? "module" : "commonjs" }));
      await run("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--loglevel=error"], { cwd: dir });
      projects[name] = dir;
    };
    await Promise.all([install("esm"), install("cjs")]);
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it("the tarball holds the builds, types, binary, rules and fixtures, and nothing else", () => {
    for (const file of ["package.json", "README.md", "LICENSE", "docs/developer-guide.md", "dist/server.js", "dist/server.cjs", "dist/server.d.ts", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/node.js", "dist/node.cjs", "dist/testing.js", "dist/testing.cjs", "dist/cli.js", "rules/fakta.json"]) {
      expect(packedFiles).toContain(file);
    }
    expect(packedFiles.some((file) => file.startsWith("fixtures/"))).toBe(true);
    expect(packedFiles.filter((file) => /^(src|test|docs\/api|\.ci|node_modules)\//.test(file) || file.endsWith(".draft.json"))).toEqual([]);
  });

  // Inside: node loads a package of many small ES modules slowly (zod alone: some 70 ms at start-up,
  // most of it resolving and compiling ~100 files), and zod keeps its registry and config on
  // globalThis, so a copy inside works with the application's zod. ./node, ./testing and ./server
  // (the HTTP framework extends the application's zod) import them.
  it("the binary, the main entry and the stream worker carry zod and date-fns inside (a fast start), the other entries import them", async () => {
    const { readFileSync } = await import("node:fs");
    const imports = (file: string) => [...readFileSync(join(root, "dist", file), "utf8").matchAll(/^import .* from "([^".][^"]*)";$/gm)].map((match) => match[1]);
    const external = (file: string) => imports(file).filter((name) => /^(zod|date-fns|@date-fns\/tz)(\/|$)/.test(name ?? ""));
    expect(external("cli.js")).toEqual([]);
    expect(external("index.js")).toEqual([]);
    expect(external("stream-worker.js")).toEqual([]);
    expect(external("node.js")).toContain("zod");
    expect(external("server.js")).toContain("zod");
  });

  it("an ESM project imports it (main entry, ./node, ./testing, rules JSON) and judges like the sources", async () => {
    writeFileSync(join(projects.esm, "check.mjs"), ESM_CONSUMER);
    const { stdout } = await run("node", ["check.mjs", ...FIXTURES], { cwd: projects.esm });
    const output = JSON.parse(stdout) as { results: Judged[]; crossCopy: { branded: boolean; sameClass: boolean }; health: number; rulesFromDir: number; bundledRules: number; testingExports: number; facts: number; limit: number };
    expect(output.health).toBe(200);
    expect(output.results).toEqual(await Promise.all(FIXTURES.map(expected)));
    expect(output.results[0]?.verdict).toBe("violation");
    expect(Object.keys(output.results[1]?.statuses ?? {}).length).toBeGreaterThan(0);
    // Two copies of the library (ESM and CJS) in one process: the brand still recognises the error.
    expect(output.crossCopy).toEqual({ branded: true, sameClass: false });
    expect(output.rulesFromDir).toBe(bundledRuleset().rules.length);
    expect(output.bundledRules).toBe(bundledRuleset().rules.length);
    expect(output.testingExports).toBeGreaterThan(0);
    expect(output.facts).toBeGreaterThan(0);
    expect(output.limit).toBe(32);
  }, 60_000);

  it("a CommonJS project requires it and judges like the sources", async () => {
    writeFileSync(join(projects.cjs, "check.js"), CJS_CONSUMER);
    const { stdout } = await run("node", ["check.js", ...FIXTURES], { cwd: projects.cjs });
    const output = JSON.parse(stdout) as { results: Judged[]; invalid: boolean; health: number; rulesFromDir: number; bundledRules: number; testingExports: number };
    expect(output.health).toBe(200);
    expect(output.results).toEqual(await Promise.all(FIXTURES.map(expected)));
    expect(output.invalid).toBe(true);
    expect(output.rulesFromDir).toBe(bundledRuleset().rules.length);
    expect(output.testingExports).toBeGreaterThan(0);
  }, 60_000);

  it("the installed netralitas binary judges a fixture (npx netralitas evaluate … --json)", async () => {
    for (const [index, fixture] of FIXTURES.entries()) {
      const installed = join(projects.esm, "node_modules", "netralitas-asn", fixture);
      const outcome = await run("npx", ["--no-install", "netralitas", "evaluate", installed, "--json"], { cwd: projects.esm, maxBuffer: 64 * 1024 * 1024 }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
      if (!outcome.stdout.trim().startsWith("{")) throw new Error(`netralitas exited ${outcome.code} without JSON: ${outcome.stderr}`);
      const assessment = JSON.parse(outcome.stdout) as { verdict: string };
      const judged = await expected(FIXTURES[index] as string);
      expect(assessment.verdict).toBe(judged.verdict);
      // Documented exit codes: 1 violation, 2 insufficient facts.
      expect(outcome.code).toBe({ violation: 1, insufficient_facts: 2, no_violation: 0, not_applicable: 0 }[judged.verdict]);
    }
    // Broken input is exit code 3, not a crash.
    writeFileSync(join(projects.esm, "broken.json"), JSON.stringify({ occurredAt: 1 }));
    const broken = await run("npx", ["--no-install", "netralitas", "evaluate", "broken.json", "--json"], { cwd: projects.esm }).catch((error: { code: number }) => error);
    expect((broken as { code?: number }).code).toBe(3);
  }, 60_000);

  it("a TypeScript project gets typed inputs from the packed types: a misspelt key does not compile", async () => {
    const dir = projects.esm;
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "es2023", module: "nodenext", moduleResolution: "nodenext", skipLibCheck: true, types: [] }, files: ["typed.ts"] }),
    );
    // Each @ts-expect-error must be an error: an unused one fails the compile.
    writeFileSync(
      join(dir, "typed.ts"),
      [
        'import { evaluateIncident, findingOf, parseIncident, type IncidentInput } from "netralitas-asn";',
        'import { createApp } from "netralitas-asn/server";',
        'const incident: IncidentInput = { region: { province: "papua" }, occurredAt: "2024-11-23", subject: { employment: "pns" } };',
        "export const typed = async () => {",
        "  findingOf(await evaluateIncident(incident), \"pp-94-2021/pengerahan-pns\")?.status;",
        "  await evaluateIncident(parseIncident(JSON.parse(\"{}\") as unknown));",
        "  // @ts-expect-error a misspelt key",
        '  await evaluateIncident({ subject: { employmnt: "pns" } });',
        "  // @ts-expect-error not an incident",
        "  await evaluateIncident(42);",
        "  return createApp().fetch;",
        "};",
        "",
      ].join("\n"),
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const outcome = await run("node", [tsc, "-p", dir], { cwd: dir }).then(
      () => ({ code: 0, stdout: "" }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(outcome).toEqual({ code: 0, stdout: "" });
  }, 60_000);

  it("the installed `npx netralitas serve` answers the README's curl example", async () => {
    const { spawn } = await import("node:child_process");
    const { readFileSync } = await import("node:fs");
    // Its own process group, so that the server npx starts is stopped with it.
    const child = spawn("npx", ["--no-install", "netralitas", "serve", "--port", "0"], { cwd: projects.esm, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const exited = new Promise((resolve) => child.on("close", resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stderr = "";
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
          stderr += chunk;
          const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
          if (match?.[1]) resolve(match[1]);
        });
        child.on("close", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
      });
      const readme = readFileSync(join(root, "README.md"), "utf8");
      const block = /```sh\n(curl [^`]*?)\n```/.exec(readme)?.[1] ?? "";
      const args = [...block.replace(/\\\n\s*/g, " ").replaceAll("http://localhost:8080", url).matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? "").slice(1);
      const { stdout } = await run("curl", args);
      expect((JSON.parse(stdout) as { verdict: string }).verdict).toBe("violation");
    } finally {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
      await exited;
    }
  }, 60_000);
});
