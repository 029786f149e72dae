// `netralitas evaluate --jsonl` on the BUILT command line (dist/cli.js, dist/stream-worker.js;
// `npm test` builds first): a small corpus with bad lines, line-numbered errors, output order,
// and --jobs 2 giving byte for byte the output of --jobs 1.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEvaluator, type Assessment, type VerdictSummary } from "../src/index.ts";
import { evaluateJsonl, loadFixtures, type JsonlLineError, type JsonlOptions, type JsonlSummary } from "../src/node/index.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";
import { CompactAssessmentJson } from "../src/node/compact-json.ts";

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

/**
 * What the README tells a reader of `--detail compact` to do: keep each `{"define": id, "value": v}`
 * record's value by id (a later one replaces it), and in every other line replace `{"ref": id}`
 * where it is a top-level field of the line, or a field of one of its findings, by that value.
 */
function rebuildCompact(output: string): string {
  const values = new Map<number, unknown>();
  const resolve = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    if (keys.length !== 1 || keys[0] !== "ref") return value;
    const id = (value as { ref: number }).ref;
    if (!values.has(id)) throw new Error(`reference ${id} before its definition`);
    return values.get(id);
  };
  const lines: string[] = [];
  for (const text of output.split("\n")) {
    if (text === "") continue;
    const record = JSON.parse(text) as Record<string, unknown>;
    if ("define" in record) {
      values.set(record["define"] as number, record["value"]);
      continue;
    }
    for (const key of Object.keys(record)) record[key] = resolve(record[key]);
    const findings = record["findings"];
    if (Array.isArray(findings)) {
      for (const finding of findings as Record<string, unknown>[]) for (const key of Object.keys(finding)) finding[key] = resolve(finding[key]);
    }
    lines.push(`${JSON.stringify(record)}\n`);
  }
  return lines.join("");
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
      const library: Assessment = evaluator.evaluateSync(uncheckedIncident(item.incident), item.interpretation ? { interpretation: item.interpretation } : undefined);
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
      const library = evaluator.verdictSync(uncheckedIncident(item.incident), item.interpretation ? { interpretation: item.interpretation } : undefined);
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

  it("--detail compact rebuilds, by the documented rule, into exactly the --detail full output (--jobs 1 and 2), in a fraction of the bytes", async () => {
    const many = Array.from({ length: 6 }, () => input).join("");
    const [full, one, two] = await Promise.all([
      run(["evaluate", "--jsonl", "-", "--errors", "inline"], many),
      run(["evaluate", "--jsonl", "-", "--errors", "inline", "--detail", "compact"], many),
      run(["evaluate", "--jsonl", "-", "--errors", "inline", "--detail", "compact", "--jobs", "2"], many),
    ]);
    expect(full.code).toBe(3);
    expect(one.code).toBe(3);
    expect(two.code).toBe(3);
    expect(rebuildCompact(one.stdout)).toBe(full.stdout);
    expect(rebuildCompact(two.stdout)).toBe(full.stdout);
    expect(two.stderr).toBe(full.stderr);
    // Each of the six copies of the corpus after the first is references only: no definitions.
    expect(one.stdout.length).toBeLessThan(full.stdout.length / 3);
    const definitions = one.stdout.split("\n").filter((line) => line.startsWith('{"define":'));
    expect(definitions.length).toBeGreaterThan(0);
    expect(new Set(definitions.map((line) => JSON.stringify((JSON.parse(line) as { value: unknown }).value))).size).toBe(definitions.length);
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

// evaluateJsonl itself (its worker threads run the built dist/stream-worker.js): how the input is
// cut into lines, whatever its chunks, and how the output memory is handed to the destination.
describe("evaluateJsonl", () => {
  const fixtures = loadFixtures(join(root, "fixtures")).slice(0, 12);
  const evaluator = createEvaluator({ lang: "en" });
  const incidents = fixtures.map(({ fixture }) => ({ ...fixture.incident, summary: `Pak Budi — kampanye ✓ 🗳️ ${fixture.incident.occurredAt}` }));
  // Line by line: good incidents (with multi-byte text), bad ones, blank and whitespace-only lines.
  const rows: string[] = [];
  const bad = new Map<number, string>();
  incidents.forEach((incident, index) => {
    rows.push(JSON.stringify(incident));
    if (index === 2) rows.push("");
    if (index === 4) {
      rows.push("{\"summary\": \"tidak lengkap é");
      bad.set(rows.length, "ERR_INVALID_JSON");
    }
    if (index === 6) rows.push("   \t");
    if (index === 8) {
      rows.push(JSON.stringify({ ...incident, subject: { employmnt: "pns" } }));
      bad.set(rows.length, "ERR_INVALID_INCIDENT");
    }
  });
  const expectedFull = incidents.map((incident) => `${JSON.stringify(evaluator.evaluateSync(incident))}\n`).join("");
  const expectedVerdict = incidents.map((incident) => `${JSON.stringify(evaluator.verdictSync(incident))}\n`).join("");
  // With a newline after the last line, and without one (the last line still counts).
  const lf = `${rows.join("\n")}\n`;
  const crlf = `${rows.join("\r\n")}\r\n`;
  const unterminated = rows.join("\n");

  /** The input in chunks of the given sizes (cycling), cut anywhere, also inside a character. */
  async function* chunked(text: string, sizes: readonly number[], reuse = false): AsyncGenerator<Uint8Array> {
    const bytes = Buffer.from(text, "utf8");
    // reuse: every chunk is a view of one buffer, overwritten by the next chunk (as a reader may do).
    const shared = new Uint8Array(Math.max(...sizes));
    for (let offset = 0, index = 0; offset < bytes.length; index++) {
      const size = Math.min(sizes[index % sizes.length] ?? 1, bytes.length - offset);
      const chunk = bytes.subarray(offset, offset + size);
      offset += size;
      if (!reuse) {
        yield chunk;
        continue;
      }
      shared.set(chunk);
      yield shared.subarray(0, size);
      shared.fill(0x7b);
    }
  }

  /** A destination that keeps every chunk it is given (as a PassThrough's reader may). */
  function keeper(): { readonly stream: Writable; text(): string } {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
  }

  async function judge(input: AsyncIterable<Uint8Array | string>, options: JsonlOptions): Promise<{ text: string; errors: JsonlLineError[]; summary: JsonlSummary }> {
    const errors: JsonlLineError[] = [];
    const destination = keeper();
    const summary = await evaluateJsonl(input, destination.stream, { lang: "en", ...options, onError: (error) => errors.push(error) });
    return { text: destination.text(), errors, summary };
  }

  it.each([1, 2])("cuts lines at newline bytes wherever the chunks end (LF, CRLF, no final newline; jobs %i)", async (jobs) => {
    for (const [text, sizes] of [
      [lf, [1]],
      [crlf, [3, 7, 2]],
      [unterminated, [64]],
      [crlf, [4096]],
      [lf, [5, 1, 250]],
    ] as const) {
      const result = await judge(chunked(text, sizes), { jobs, batchLines: 3 });
      expect(result.text).toBe(expectedFull);
      expect(result.errors.map((error) => [error.line, error.code])).toEqual([...bad]);
      expect(result.summary).toEqual({ lines: rows.length, assessed: incidents.length, invalid: bad.size });
    }
  });

  it("takes a reader that reuses its buffer, and string chunks", async () => {
    const reused = await judge(chunked(crlf, [13, 2, 40], true), { jobs: 2, batchLines: 2, detail: "verdict" });
    expect(reused.text).toBe(expectedVerdict);
    expect(reused.errors.map((error) => error.line)).toEqual([...bad.keys()]);
    async function* strings(): AsyncGenerator<string> {
      for (let offset = 0; offset < lf.length; offset += 17) yield lf.slice(offset, offset + 17);
    }
    const fromStrings = await judge(strings(), { detail: "verdict" });
    expect(fromStrings.text).toBe(expectedVerdict);
  });

  it("with workers, gives a destination that keeps chunks bytes that later batches do not overwrite", async () => {
    // Many small batches through a few reused slots per worker, inline errors in their places.
    const many = Array.from({ length: 30 }, () => lf).join("");
    const result = await judge(chunked(many, [1000]), { jobs: 2, batchLines: 2, detail: "verdict", inlineErrors: true });
    const lines = result.text.trimEnd().split("\n");
    expect(lines).toHaveLength(30 * (incidents.length + bad.size));
    const records = lines.map((line) => JSON.parse(line) as VerdictSummary | { line: number; error: { code: string } });
    const errors = records.filter((record): record is { line: number; error: { code: string } } => "error" in record);
    const expectedErrors = Array.from({ length: 30 }, (_, copy) => [...bad].map(([line, code]) => [copy * rows.length + line, code])).flat();
    expect(errors.map((record) => [record.line, record.error.code])).toEqual(expectedErrors);
    expect(records.filter((record) => !("error" in record)).map((record) => JSON.stringify(record)).join("\n")).toBe(
      Array.from({ length: 30 }, () => expectedVerdict.trimEnd()).join("\n"),
    );
  });

  it("with workers, writes to a file from reused memory, and reports progress", async () => {
    const work = mkdtempSync(join(tmpdir(), "netralitas-jsonl-"));
    try {
      const file = join(work, "out.jsonl");
      const destination = createWriteStream(file);
      const progress: JsonlSummary[] = [];
      const many = Array.from({ length: 20 }, () => crlf).join("");
      const summary = await evaluateJsonl(chunked(many, [777]), destination, { jobs: 2, batchLines: 4, detail: "verdict", onProgress: (value) => progress.push(value), progressInterval: 0 });
      await new Promise<void>((resolve, reject) => destination.end((error?: Error | null) => (error ? reject(error) : resolve())));
      expect(readFileSync(file, "utf8")).toBe(Array.from({ length: 20 }, () => expectedVerdict).join(""));
      expect(summary).toEqual({ lines: 20 * rows.length, assessed: 20 * incidents.length, invalid: 20 * bad.size });
      expect(progress.at(-1)).toEqual(summary);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("compact lines", () => {
  it("keep the reader's table bounded: ids are reused, never within a line, and every line still rebuilds exactly", () => {
    const evaluator = createEvaluator();
    const assessments = loadFixtures(join(root, "fixtures"))
      .slice(0, 30)
      .map(({ fixture }) => evaluator.evaluateSync(uncheckedIncident(fixture.incident), fixture.interpretation ? { interpretation: fixture.interpretation } : undefined));
    // A budget (16 characters) far below what one line refers to, and ids 3, 5, 7, … (a second thread's).
    const compact = new CompactAssessmentJson({ first: 3, step: 2 }, 16);
    const chunks: Uint8Array[] = [];
    const out = { text: (text: string) => chunks.push(new TextEncoder().encode(text)), bytes: (bytes: Uint8Array) => chunks.push(bytes) };
    for (const assessment of [...assessments, ...assessments]) {
      compact.write(assessment as unknown as Record<string, unknown>, out);
      out.text("\n");
    }
    const output = new TextDecoder().decode(Buffer.concat(chunks));
    expect(rebuildCompact(output)).toBe([...assessments, ...assessments].map((assessment) => `${JSON.stringify(assessment)}\n`).join(""));
    const ids = new Set(output.split("\n").filter((line) => line.startsWith('{"define":')).map((line) => (JSON.parse(line) as { define: number }).define));
    expect([...ids].every((id) => id % 2 === 1 && id >= 3)).toBe(true);
    // Bounded by the most values one line needs, not by the lines written.
    const perLine = Math.max(...assessments.map((assessment) => assessment.findings.length * Object.keys(assessment.findings[0] ?? {}).length + Object.keys(assessment).length));
    expect(ids.size).toBeLessThanOrEqual(Math.max(16, perLine));
  });
});
