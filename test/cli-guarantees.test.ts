// The command line never loses a good line or a user's work (issue 13), on the BUILT binary
// (dist/cli.js and dist/stream-worker.js; `npm test` builds first): oversized JSON Lines lines in
// place for every job count, special files, write errors, interview --save and Ctrl-C; and
// reports that neutralise every line-breaking and control character.
import { uncheckedIncident } from "../src/_utils/unchecked.ts";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { evaluateIncidentSync, LIMITS, renderHtmlReport, renderMarkdownReport } from "../src/index.ts";
import { evaluateJsonl, type JsonlLineError } from "../src/node/index.ts";
import { readText, writeFileAtomic } from "../src/node/files.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "netralitas-guarantees-"));
vi.setConfig({ testTimeout: 60_000 });
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => {
  for (const file of ["cli.js", "stream-worker.js"]) {
    if (!existsSync(join(root, "dist", file))) throw new Error(`dist/${file} is missing: run \`npm run build\` (npm test does it first)`);
  }
});

const incident = {
  election: "pilkada-2024",
  region: { province: "kalimantan-tengah" },
  occurredAt: "2024-10-10",
  subject: { employment: "pns" },
  conduct: { event: { kind: "campaign", role: "participant" } },
};

function runSync(args: readonly string[], input = "", cwd = work) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", cwd, timeout: 30_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Stopped by Ctrl-C after finishing its work: the process raises SIGINT again, so that a shell
 * shows exit code 130 (a direct parent sees the signal).
 */
function expectInterrupted({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }) {
  expect(code === 130 || signal === "SIGINT").toBe(true);
}

/** One line with no stack trace in it (`at foo (file:1:2)`). */
function expectOneLine(stderr: string) {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe("JSON Lines: a bad or oversized line is reported in its place and the run goes on", () => {
  const good = JSON.stringify(incident);
  const file = join(work, "besar.jsonl");
  // 60 lines; a line 3× the limit at 20, one just over at 40, and an oversized last line without its newline.
  const lines = Array.from({ length: 60 }, (_, index) => JSON.stringify({ ...incident, summary: `baris ${index + 1}` }));
  lines[19] = JSON.stringify({ ...incident, summary: "x".repeat(3 * LIMITS.files.maxLineBytes) });
  lines[39] = "y".repeat(LIMITS.files.maxLineBytes + 1);
  beforeAll(() => writeFileSync(file, `${lines.join("\n")}\n${"z".repeat(LIMITS.files.maxLineBytes + 10)}`));

  it.each([1, 2, 4])("--jobs %i writes every good line, in order, and reports the oversized ones with their numbers", (jobs) => {
    const result = runSync(["evaluate", "--jsonl", file, "--jobs", String(jobs), "--detail", "verdict", "--errors", "inline", "--lang", "en"]);
    expect(result.code).toBe(3);
    const out = result.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { line?: number; error?: { code: string }; verdict?: string });
    expect(out).toHaveLength(61);
    expect(out[19]).toMatchObject({ line: 20, error: { code: "ERR_LINE_TOO_LONG" } });
    expect(out[39]).toMatchObject({ line: 40, error: { code: "ERR_LINE_TOO_LONG" } });
    expect(out[60]).toMatchObject({ line: 61, error: { code: "ERR_LINE_TOO_LONG" } });
    const judged = out.filter((_, index) => ![19, 39, 60].includes(index));
    expect(judged).toHaveLength(58);
    for (const entry of judged) expect(entry.verdict).toBe(evaluateIncidentSync(JSON.parse(good)).verdict);
    expect(result.stderr).toContain("line 20: The line is too long");
    expect(result.stderr).toContain("line 40: The line is too long");
    expect(result.stderr).toContain("line 61: The line is too long");
  });

  it.each([1, 2])("the API (jobs %i) drops a long line as it comes, whatever the chunks, and keeps the lines around it", async (jobs) => {
    const maxLineBytes = 300;
    const short = (n: number) => JSON.stringify({ ...incident, summary: String(n) });
    const long = "w".repeat(500);
    const text = `${short(1)}\n${long}\n${short(3)}\r\n${long}\n\n${short(6)}\n${long}`;
    // Chunks of 7 bytes: every line is split, the long ones over many chunks.
    async function* chunks() {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; at += 7) yield bytes.subarray(at, at + 7);
    }
    const written: Buffer[] = [];
    const output = new (await import("node:stream")).Writable({ write: (chunk: Buffer, _encoding, done) => (written.push(Buffer.from(chunk)), done()) });
    const errors: JsonlLineError[] = [];
    const summary = await evaluateJsonl(chunks(), output, { jobs, maxLineBytes, detail: "verdict", batchLines: 2, onError: (error) => errors.push(error) });
    expect(errors.map((error) => [error.line, error.code])).toEqual([
      [2, "ERR_LINE_TOO_LONG"],
      [4, "ERR_LINE_TOO_LONG"],
      [7, "ERR_LINE_TOO_LONG"],
    ]);
    expect(summary).toMatchObject({ lines: 7, assessed: 3, invalid: 3 });
    expect(Buffer.concat(written).toString().trimEnd().split("\n")).toHaveLength(3);
  });

  it("Ctrl-C stops the run on a whole line: every whole line read is judged and written, the cut one is not", async () => {
    const child = spawn(process.execPath, [cli, "evaluate", "--jsonl", "-", "--detail", "verdict"], { cwd: work, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
    // Lines and half a line, then nothing more (the input stays open, as a terminal's would).
    child.stdin.write(`${Array.from({ length: 50 }, () => good).join("\n")}\n${good.slice(0, 40)}`);
    // The first batch (8 lines) is out: the process is running and waits for more lines.
    for (let waited = 0; stdout.split("\n").length < 9 && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill("SIGINT");
    expectInterrupted(await closed);
    expect(stdout.endsWith("\n")).toBe(true);
    const out = stdout.trimEnd().split("\n");
    expect(out).toHaveLength(50);
    for (const line of out) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe("special files: a clear typed error, never a hang, a crash or an internal error", () => {
  const fifo = join(work, "antrian.json");
  const loop = join(work, "putaran.json");
  beforeAll(() => {
    spawnSync("mkfifo", [fifo]);
    symlinkSync(join(work, "putaran-2.json"), loop);
    symlinkSync(loop, join(work, "putaran-2.json"));
    mkdirSync(join(work, "folder.json"));
  });
  const cases: [string, () => string, string][] = [
    ["/dev/zero", () => "/dev/zero", "Not a regular file"],
    ["a FIFO", () => fifo, "Not a regular file"],
    ["a symlink loop", () => loop, "symbolic link loop"],
    ["a directory", () => join(work, "folder.json"), "Not a regular file"],
  ];
  it.each(cases)("%s as the input of evaluate, evaluate --jsonl, report and interview", (_name, path, text) => {
    for (const args of [["evaluate", path()], ["evaluate", "--jsonl", path()], ["report", path()], ["interview", path()]]) {
      const result = runSync([...args, "--lang", "en"]);
      expect(result.signal, args.join(" ")).toBeNull();
      expect(result.code, args.join(" ")).toBe(3);
      expect(result.stderr, args.join(" ")).toContain(text);
      expectOneLine(result.stderr);
    }
  });

  it("/dev/zero on standard input is cut at the file limit", () => {
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${cli}" evaluate - --lang en < /dev/zero`], { encoding: "utf8", timeout: 30_000 });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain("too large");
  });

  it("a FIFO, a device, a link loop and a directory loop in a rule directory are problems of their files", () => {
    const rules = join(work, "aturan-khusus");
    const copy = spawnSync("cp", ["-r", join(root, "rules"), rules]);
    expect(copy.status).toBe(0);
    spawnSync("mkfifo", [join(rules, "aturan", "antrian.json")]);
    symlinkSync("/dev/zero", join(rules, "aturan", "nol.json"));
    symlinkSync(join(rules, "aturan", "b.json"), join(rules, "aturan", "a.json"));
    symlinkSync(join(rules, "aturan", "a.json"), join(rules, "aturan", "b.json"));
    symlinkSync(join(rules, "aturan"), join(rules, "aturan", "lagi"));
    const result = runSync(["validate", rules, "--lang", "en", "--json"]);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { problems: { file: string; code: string }[] };
    const codes = new Map(report.problems.map((problem) => [problem.file.split("/").pop(), problem.code]));
    expect(codes.get("antrian.json")).toBe("special_file");
    expect(codes.get("nol.json")).toBe("special_file");
    expect(codes.get("a.json")).toBe("symlink_loop");
    const evaluated = runSync(["evaluate", "-", "--rules", rules, "--lang", "en"], JSON.stringify(incident));
    expect(evaluated.code).toBe(5);
  });

  it("readText refuses a file over the limit by its size, before reading it", () => {
    const big = join(work, "besar.json");
    writeFileSync(big, " ".repeat(2048));
    expect(() => readText(big, 1024)).toThrow(/too large/);
    expect(readText(big, 4096)).toHaveLength(2048);
  });
});

describe("write errors on any output: exit 6 and one line, never a stack trace or a verdict's code", () => {
  const file = join(work, "satu.json");
  beforeAll(() => writeFileSync(file, JSON.stringify(incident)));

  it.each([["evaluate", file], ["evaluate", "--jsonl", file], ["report", file], ["validate"]])("%s … > /dev/full (ENOSPC)", (...args) => {
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${cli}" ${args.map((arg) => `"${arg}"`).join(" ")} --lang en > /dev/full`], { encoding: "utf8", timeout: 30_000 });
    expect(result.status).toBe(6);
    expect(result.stderr).toContain("The output cannot be written (ENOSPC)");
    expectOneLine(result.stderr);
  });

  it("a reader that stops early (EPIPE)", () => {
    const many = join(work, "banyak.jsonl");
    writeFileSync(many, `${Array.from({ length: 3000 }, () => JSON.stringify(incident)).join("\n")}\n`);
    const result = spawnSync("bash", ["-c", `"${process.execPath}" "${cli}" evaluate --jsonl "${many}" --lang en | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}"`], { encoding: "utf8", timeout: 60_000 });
    expect(result.stdout).toContain("exit=6");
    expect(result.stderr).toContain("(EPIPE)");
    expectOneLine(result.stderr);
  });
});

describe("interview --save keeps the user's work", () => {
  const start = join(root, "fixtures/pp-94-2021/ikut-kampanye/belum-ditentukan--peran-tidak-diketahui.json");

  it("a --save path in a missing folder is refused before the first question", () => {
    const result = runSync(["interview", start, "--save", join(work, "tidak-ada", "x.json"), "--lang", "en"], "1\n1\n1\n");
    expect(result.code).toBe(3);
    expect(result.stdout).not.toContain("ASN neutrality interview");
  });

  it("an existing --save file is overwritten only after a yes, asked before the first question", () => {
    const target = join(work, "ada.json");
    writeFileSync(target, "isi lama\n");
    const refused = runSync(["interview", start, "--save", target, "--lang", "en"], "n\nq\n");
    expect(refused.code).toBe(3);
    expect(refused.stdout).toContain("exists. Overwrite?");
    expect(refused.stdout).not.toContain("ASN neutrality interview");
    expect(readFileSync(target, "utf8")).toBe("isi lama\n");
    const agreed = runSync(["interview", start, "--save", target, "--lang", "en"], "y\nq\n");
    expect(agreed.stdout).toContain("ASN neutrality interview");
    expect(JSON.parse(readFileSync(target, "utf8"))).toMatchObject({ region: { province: expect.any(String) } });
  });

  it("a leftover piped answer is never taken as a file name, and an existing file is never overwritten unasked", () => {
    const dir = mkdtempSync(join(work, "sisa-"));
    for (const name of ["y", "2", "kejadian.json"]) writeFileSync(join(dir, name), "jangan ditimpa\n");
    // q stops, then "y" would have been the file name; then an existing .json name without a yes.
    for (const input of ["q\ny\n", "q\n2\n", "q\nkejadian.json\n\n"]) {
      const result = runSync(["interview", start, "--lang", "en"], input, dir);
      expect(result.stdout).not.toContain("Incident saved to");
    }
    for (const name of ["y", "2", "kejadian.json"]) expect(readFileSync(join(dir, name), "utf8")).toBe("jangan ditimpa\n");
    expect(readdirSync(dir).sort()).toEqual(["2", "kejadian.json", "y"]);
  });

  it("the end of piped input prints the incident so far instead of losing it", () => {
    const result = runSync(["interview", start, "--lang", "en"], "");
    expect(result.stdout).toContain("The incident so far (not saved):");
    expect(result.stdout).toContain('"occurredAt"');
  });

  async function interrupted(args: readonly string[]) {
    // (See expectInterrupted.)
    const child = spawn(process.execPath, [cli, "interview", start, "--lang", "en", ...args], { cwd: work, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
    for (let waited = 0; !stdout.includes("> ") && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill("SIGINT");
    return { stopped: await closed, stdout };
  }

  it("Ctrl-C with --save saves the answers so far as a draft (exit 130)", async () => {
    const target = join(work, "draf.json");
    const { stopped, stdout } = await interrupted(["--save", target]);
    expectInterrupted(stopped);
    expect(stdout).toContain("The answers so far were saved to");
    expect(JSON.parse(readFileSync(target, "utf8"))).toMatchObject({ occurredAt: expect.any(String) });
  });

  it("Ctrl-C without --save prints the incident so far (exit 130)", async () => {
    const { stopped, stdout } = await interrupted([]);
    expectInterrupted(stopped);
    expect(stdout).toContain("Interrupted (Ctrl-C).");
    expect(stdout).toContain("The incident so far (not saved):");
  });

  it("writeFileAtomic replaces a file whole, and a failed write leaves the old one and no temporary file", () => {
    const dir = mkdtempSync(join(work, "atomik-"));
    const target = join(dir, "hasil.json");
    writeFileSync(target, "lama\n");
    writeFileAtomic(target, "baru\n");
    expect(readFileSync(target, "utf8")).toBe("baru\n");
    // A directory in the way: the rename fails after the temporary file was written.
    const blocked = join(dir, "folder");
    mkdirSync(blocked);
    writeFileSync(join(blocked, "isi"), "tetap\n");
    expect(() => writeFileAtomic(blocked, "baru\n")).toThrow();
    expect(readFileSync(join(blocked, "isi"), "utf8")).toBe("tetap\n");
    expect(readdirSync(dir).sort()).toEqual(["folder", "hasil.json"]);
  });
});

describe("reports neutralise every line-breaking and control character in user text", () => {
  const breaks = ["\r", "\n", "\r\n", "\u000b", "\u000c", "\u0085", "\u2028", "\u2029"];
  const assessment = evaluateIncidentSync(uncheckedIncident({
    ...incident,
    summary: breaks.map((line) => `teks${line}# Judul palsu${line}- butir${line}| a | b |${line}===`).join("") + "\u0000\u001b[31m\u202eabc\u2066",
    id: "LAP-1\r## Palsu",
    subject: { ...incident.subject, positionTitle: "Camat\u2028- Palsu" },
  }));

  it("Markdown: no forged heading, list item or table row; no control character left", () => {
    const markdown = renderMarkdownReport(assessment, { lang: "en" });
    const lines = markdown.split(/\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/);
    expect(lines.filter((line) => line.includes("Judul palsu") && /^\s*#/.test(line))).toEqual([]);
    expect(lines.filter((line) => line.includes("butir") && /^\s*-/.test(line))).toEqual([]);
    expect(lines.filter((line) => /Palsu/.test(line) && /^\s*#/.test(line))).toEqual([]);
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(markdown).toContain("Judul palsu");
  });

  it("HTML: no raw control or bidirectional character", () => {
    const html = renderHtmlReport(assessment, { lang: "en" });
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain("Judul palsu");
  });
});
