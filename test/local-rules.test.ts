// The rules on disk: inside a folder with a rules/ rule set (a checkout, an overlay) every judging
// command of the BUILT binary uses it and says so in one line; --bundled forces the built-in set.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { messageIn } from "../src/messages.ts";
import { describeLocalRules, findLocalRulesDir } from "../src/node/local-rules.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "netralitas-local-rules-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
vi.setConfig({ testTimeout: 120_000 });

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end("");
  });
}

// A "fresh clone": the package's rules/ and package.json, plus one new rule without fixtures that
// a camat mobilising staff breaks (a copy of the mobilisation rule under a new id and title).
const clone = join(work, "clone");
const newRuleId = "pp-94-2021/pengerahan-pns-salinan";
const newTitle = "Salinan aturan pengerahan untuk uji";
const example = join(root, "fixtures", "contoh", "camat-mengerahkan-staf.json");
beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  mkdirSync(clone);
  cpSync(join(root, "rules"), join(clone, "rules"), { recursive: true });
  writeFileSync(join(clone, "package.json"), readFileSync(join(root, "package.json")));
  const rule = JSON.parse(readFileSync(join(clone, "rules", "aturan", "pp-94-2021", "pengerahan-pns.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(
    join(clone, "rules", "aturan", "pp-94-2021", "pengerahan-pns-salinan.json"),
    `${JSON.stringify({ ...rule, id: newRuleId, title: { id: newTitle, en: "Copy of the mobilisation rule for a test" } }, null, 2)}\n`,
  );
});

describe("a rules/ folder in a checkout", () => {
  it("is found from a subfolder, compared file by file with the built-in set, and named as a checkout", () => {
    mkdirSync(join(clone, "kasus"), { recursive: true });
    expect(findLocalRulesDir(join(clone, "kasus"))).toBe(join(clone, "rules"));
    const local = describeLocalRules(join(clone, "rules"));
    expect(local.complete).toBe(true);
    expect(local.checkout).toBe(true);
    expect(local.differing).toEqual(["aturan/pp-94-2021/pengerahan-pns-salinan.json"]);
    // The package's own rules/ is the built-in set: nothing differs.
    expect(describeLocalRules(join(root, "rules")).differing).toEqual([]);
  });

  it("coverage fails naming the new rule, and says in one line which rules it used", async () => {
    const result = await run(["coverage"], clone);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(newRuleId);
    const notice = messageIn("id", "cli_rules_stale", { path: "rules/", count: 1, first: "aturan/pp-94-2021/pengerahan-pns-salinan.json" });
    expect(result.stderr.trim()).toBe(notice);
    expect(result.stderr).toContain("berbeda dari aturan bawaan paket di 1 berkas");
    const bundled = await run(["coverage", "--bundled"], clone);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).not.toContain(newRuleId);
    expect(bundled.stderr).toBe("");
  });

  it("explain shows the new rule; the built-in set does not have it", async () => {
    const result = await run(["explain", newRuleId, "--lang", "en"], clone);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`RULE ${newRuleId}`);
    expect(result.stderr).toContain("rules/ differs from the built-in rule set: 1 files");
    const bundled = await run(["explain", newRuleId, "--bundled"], clone);
    expect(bundled.code).toBe(3);
  });

  it("evaluate, report and interview judge with it; --bundled gives the built-in result", async () => {
    const [local, bundled, report, interview] = await Promise.all([
      run(["evaluate", example, "--json"], clone),
      run(["evaluate", example, "--json", "--bundled"], clone),
      run(["report", example, "--format", "md"], clone),
      run(["interview", example, "--save", join(work, "saved.json")], clone),
    ]);
    const findings = (text: string) => JSON.parse(text) as { findings: { ruleId: string; status: string }[]; rulesetVersion: string };
    expect(findings(local.stdout).findings.find((finding) => finding.ruleId === newRuleId)?.status).toBe("violated");
    expect(findings(local.stdout).rulesetVersion).toMatch(/\+rules$/);
    expect(findings(bundled.stdout).findings.some((finding) => finding.ruleId === newRuleId)).toBe(false);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(newTitle);
    expect(interview.stderr).toContain("berbeda dari aturan bawaan");
  });

  it("--rules is repeatable: a second overlay goes on top of the first", async () => {
    const first = join(work, "lapis-1", "aturan", "pp-94-2021");
    const second = join(work, "lapis-2", "aturan", "pp-94-2021");
    mkdirSync(first, { recursive: true });
    mkdirSync(second, { recursive: true });
    const rule = JSON.parse(readFileSync(join(root, "rules", "aturan", "pp-94-2021", "pengerahan-pns.json"), "utf8")) as Record<string, unknown>;
    delete rule["$schema"];
    writeFileSync(join(first, "lapis.json"), JSON.stringify({ ...rule, id: "pp-94-2021/lapis", title: { id: "Lapis satu", en: "Layer one" } }));
    writeFileSync(join(second, "lapis.json"), JSON.stringify({ ...rule, id: "pp-94-2021/lapis", title: { id: "Lapis dua", en: "Layer two" } }));
    const result = await run(["explain", "pp-94-2021/lapis", "--rules", join(work, "lapis-1"), "--rules", join(work, "lapis-2")], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Lapis dua");
    expect(result.stdout).not.toContain("Lapis satu");
    const conflict = await run(["explain", "pp-94-2021/lapis", "--rules", join(work, "lapis-1"), "--bundled"], work);
    expect(conflict.code).toBe(4);
  });

  it("an overlay rules/ (no fakta.json) in a project is put on top of the built-in set", async () => {
    const project = join(work, "proyek");
    mkdirSync(join(project, "rules", "aturan", "pp-94-2021"), { recursive: true });
    writeFileSync(join(project, "package.json"), "{}");
    cpSync(join(clone, "rules", "aturan", "pp-94-2021", "pengerahan-pns-salinan.json"), join(project, "rules", "aturan", "pp-94-2021", "pengerahan-pns-salinan.json"));
    const result = await run(["explain", newRuleId, "--lang", "en"], project);
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe(messageIn("en", "cli_rules_overlay", { path: "rules/", count: 1 }));
  });
});
