// `netralitas evaluate --jsonl` on the BUILT command line (dist/cli.js, dist/stream-worker.js;
// `npm test` builds first): a small corpus with bad lines, line-numbered errors, output order,
// and --jobs 2 giving byte for byte the output of --jobs 1.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEvaluator, type Assessment, type VerdictSummary } from "../src/index.ts";
import { loadFixtures } from "../src/node/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], input = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(() => {
  for (const file of ["cli.js", "stream-worker.js"]) {
    if (!existsSync(join(root, "dist", file))) throw new Error(`dist/${file} is missing: run \`npm run build\` (npm test does it first)`);
  }
});

describe("netralitas evaluate --jsonl", () => {
  const fixtures = loadFixtures(join(root, "fixtures")).slice(0, 40);
  // Every fixture as a line ({"incident", "interpretation"} when it has options), with bad lines in between.
  const lines: string[] = [];
  const bad = new Map<number, string>();
  const expected: { line: number; incident: unknown; interpretation?: unknown }[] = [];
  fixtures.forEach(({ fixture }, index) => {
    const line = fixture.interpretation ? JSON.stringify({ incident: fixture.incident, interpretation: fixture.interpretation }) : JSON.stringify(fixture.incident);
    lines.push(line);
    expected.push({ line: lines.length, incident: fixture.incident, ...(fixture.interpretation ? { interpretation: fixture.interpretation } : {}) });
    if (index === 3) {
      lines.push("{not json");
      bad.set(lines.length, "ERR_INVALID_JSON");
    }
    if (index === 11) {
      lines.push("");
    }
    if (index === 17) {
      lines.push(JSON.stringify({ ...fixture.incident, subject: { employmnt: "pns" } }));
      bad.set(lines.length, "ERR_INVALID_INCIDENT");
    }
    if (index === 29) {
      lines.push(JSON.stringify({ ...fixture.incident, election: "pilkada-2042" }));
      bad.set(lines.length, "ERR_UNKNOWN_ELECTION");
    }
  });
  const input = `${lines.join("\n")}\n`;
  const evaluator = createEvaluator();
  const work = mkdtempSync(join(tmpdir(), "netralitas-stream-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("writes one assessment per good line, in input order, and reports bad lines by number without stopping", async () => {
    const result = await run(["evaluate", "--jsonl", "-", "--lang", "en"], input);
    expect(result.code).toBe(3);
    const outputs = result.stdout.trimEnd().split("\n");
    expect(outputs).toHaveLength(expected.length);
    outputs.forEach((text, index) => {
      const item = expected[index];
      if (!item) throw new Error("more outputs than inputs");
      const library: Assessment = evaluator.evaluateSync(item.incident, item.interpretation ? { interpretation: item.interpretation } : undefined);
      // Byte for byte what JSON.stringify makes of the library's assessment.
      expect(text).toBe(JSON.stringify(library));
    });
    const reported = result.stderr.trimEnd().split("\n");
    for (const [line] of bad) expect(reported.some((text) => text.startsWith(`line ${line}: `)), `line ${line} in\n${result.stderr}`).toBe(true);
    expect(reported.find((text) => text.startsWith(`line ${[...bad.keys()][1]}: `))).toContain("subject.employmnt");
    expect(reported.every((text) => /^line \d+: /.test(text))).toBe(true);
  });

  it("with --errors inline puts an error record (line, code, issues) in each bad line's place", async () => {
    const inline = await run(["evaluate", "--jsonl", "-", "--errors", "inline", "--detail", "verdict"], input);
    expect(inline.code).toBe(3);
    const records = inline.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as VerdictSummary | { line: number; error: { code: string; issues: unknown[] } });
    expect(records).toHaveLength(expected.length + bad.size);
    const errors = records.filter((record): record is { line: number; error: { code: string; issues: unknown[] } } => "error" in record);
    expect(errors.map((record) => [record.line, record.error.code])).toEqual([...bad]);
    expect(errors.find((record) => record.error.code === "ERR_INVALID_INCIDENT")?.error.issues).toEqual([
      expect.objectContaining({ path: ["subject", "employmnt"], code: expect.any(String) }),
    ]);
    const verdicts = records.filter((record): record is VerdictSummary => "verdict" in record);
    verdicts.forEach((summary, index) => {
      const item = expected[index];
      if (!item) throw new Error("more outputs than inputs");
      const library = evaluator.verdictSync(item.incident, item.interpretation ? { interpretation: item.interpretation } : undefined);
      expect(summary).toEqual(library);
    });
  });

  it("--jobs 2 writes exactly what --jobs 1 writes, from a file as from standard input", async () => {
    // Enough lines for several batches per worker.
    const many = Array.from({ length: 6 }, () => input).join("");
    const file = join(work, "incidents.jsonl");
    writeFileSync(file, many);
    const [one, two, fromFile] = await Promise.all([
      run(["evaluate", "--jsonl", "-", "--jobs", "1", "--errors", "inline"], many),
      run(["evaluate", "--jsonl", "-", "--jobs", "2", "--errors", "inline"], many),
      run(["evaluate", "--jsonl", file, "--jobs", "2", "--errors", "inline"]),
    ]);
    expect(one.code).toBe(3);
    expect(two.code).toBe(3);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(fromFile.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split("\n")).toHaveLength(6 * (expected.length + bad.size));
  });

  it("exits 0 when every line is judged, and rejects a bad --jobs value (exit 4)", async () => {
    const good = `${lines.filter((_, index) => !bad.has(index + 1)).join("\n")}\n`;
    const ok = await run(["evaluate", "--jsonl", "--jobs", "2", "--detail", "verdict"], good);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe("");
    const usage = await run(["evaluate", "--jsonl", "--jobs", "zero"], good);
    expect(usage.code).toBe(4);
    expect(usage.stderr).toContain("--jobs");
  });
});
