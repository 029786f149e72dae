// `netralitas interview` end to end, on the built binary (npm test builds first; locally run
// `npm run build` before this file), with answers piped on stdin.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { answerQuestion, createEvaluator, nextQuestions, type FactValue, type Question } from "../src/index.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "netralitas-interview-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const evaluator = createEvaluator();

function run(args: readonly string[], input: string) {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", cwd: work, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The line a person types for a value: the choice number, y/n, or the number itself. */
function typed(question: Question, value: FactValue): string {
  if (question.type === "boolean") return value ? "y" : "n";
  if (question.type === "enum") return String(question.answers.findIndex((answer) => answer.value === value) + 1);
  return String(value);
}

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

describe("netralitas interview (built binary, piped answers)", () => {
  it("answers the ranked questions with a twin's values and reaches the twin's status", () => {
    const start = join(root, "fixtures/pp-94-2021/ikut-kampanye/belum-ditentukan--peran-tidak-diketahui.json");
    const twin = readJson(join(root, "fixtures/pp-94-2021/ikut-kampanye/melanggar--peserta-aktif.json"));
    const ruleId = "pp-94-2021/ikut-kampanye";
    const expected = (twin["expect"] as { findings: Record<string, string> }).findings[ruleId];

    // The same interview through the library: which questions come, in which order, and what to type.
    let incident = readJson(start)["incident"] as Record<string, unknown>;
    const skipped = new Set<string>();
    const lines: string[] = [];
    const asked: Question[] = [];
    for (let step = 0; step < 60; step++) {
      const [question] = nextQuestions(evaluator.evaluateSync(uncheckedIncident(incident)), { exclude: skipped });
      if (!question) break;
      asked.push(question);
      const value = valueAt(twin["incident"], question.path);
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        lines.push(typed(question, value));
        incident = answerQuestion(incident, question, value);
      } else {
        lines.push(step % 2 === 0 ? "?" : "skip");
        skipped.add(question.fact);
      }
    }
    const final = evaluator.evaluateSync(uncheckedIncident(incident));
    expect(final.findings.find((finding) => finding.ruleId === ruleId)?.status).toBe(expected);

    const saved = join(work, "lengkap.json");
    const result = run(["interview", start, "--lang", "en", "--save", saved], `${lines.join("\n")}\n`);
    expect(result.stderr).toBe("");
    for (const question of asked) expect(result.stdout).toContain(question.text.en);
    // The assessment is shown at the start and after every answer.
    const answered = lines.filter((line) => line !== "?" && line !== "skip").length;
    expect(result.stdout.match(/^→ Assessment: /gm)?.length).toBe(answered + 1);
    expect(result.stdout).toContain("No further question can change the assessment.");
    expect(result.code).toBe({ violation: 1, insufficient_facts: 2, nothing_alleged: 2, no_violation: 0, not_applicable: 0 }[final.verdict]);
    const written = readJson(saved);
    expect(written).toEqual(incident);
    const rejudged = evaluator.evaluateSync(uncheckedIncident(written));
    expect(rejudged.findings.find((finding) => finding.ruleId === ruleId)?.status).toBe(expected);
  });

  it("starts from nothing: election, province and date first, then saves at the final prompt", () => {
    const input = ["pilkada-2024", "kalimantan tengah", "2024-10-10", "3", "q", "awal.json", ""].join("\n");
    const result = run(["interview"], input);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Pemilihan apa?");
    expect(result.stdout).toContain("Di provinsi mana kejadiannya?");
    expect(result.stdout).toContain("Kapan kejadiannya?");
    expect(result.stdout).toMatch(/^→ Penilaian: /m);
    expect(result.stdout).toContain("Wawancara dihentikan.");
    expect(result.stdout).toContain("Kejadian disimpan ke awal.json");
    const written = readJson(join(work, "awal.json"));
    expect(written).toMatchObject({ election: "pilkada-2024", region: { province: "kalimantan-tengah" }, occurredAt: "2024-10-10" });
    // "3" answered the first question (whatever it was) with its third choice, or as a number.
    // From nothing the interview screens every rule (scope "all").
    const first = nextQuestions(evaluator.evaluateSync({ election: "pilkada-2024", region: { province: "kalimantan-tengah" }, occurredAt: "2024-10-10" }, { scope: "all" }))[0];
    if (first) {
      const value = first.type === "integer" ? 3 : first.answers[2]?.value;
      if (value !== undefined) expect(valueAt(written, first.path)).toBe(value);
    }
    expect(result.code).toBe(2);
  });

  it("re-asks an answer it does not understand, and accepts y/n words", () => {
    const start = join(root, "fixtures/pp-94-2021/ikut-kampanye/belum-ditentukan--peran-tidak-diketahui.json");
    const incident = readJson(start)["incident"] as Record<string, unknown>;
    const first = nextQuestions(evaluator.evaluateSync(uncheckedIncident(incident)))[0];
    expect(first).toBeDefined();
    if (!first) return;
    const good = first.type === "boolean" ? "ya" : first.type === "enum" ? "1" : "0";
    const result = run(["interview", start, "--save", join(work, "ulang.json")], `tidak-jelas\n${good}\nq\n`);
    expect(result.stdout).toContain("Jawaban tidak dikenal");
    const expectedValue = first.type === "boolean" ? true : first.type === "enum" ? first.answers[0]?.value : 0;
    expect(valueAt(readJson(join(work, "ulang.json")), first.path)).toBe(expectedValue);
  });
});
