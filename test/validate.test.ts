// checkRulesetDir (netralitas-asn/node), the library behind `netralitas validate`: the checks the
// CLI test does not seed, each on its own copy of rules/.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { checkRulesetDir, loadRulesetFromDir } from "../src/node/index.ts";
import { isRulesetError } from "../src/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const made: string[] = [];

function copyRules(): string {
  const dir = mkdtempSync(join(tmpdir(), "netralitas-check-"));
  made.push(dir);
  cpSync(join(root, "rules"), dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

function codes(dir: string, options = {}): string[] {
  return checkRulesetDir(dir, options).problems.map((problem) => `${problem.code} ${problem.file?.slice(dir.length + 1)} ${problem.path.join(".")}`);
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("checkRulesetDir", () => {
  it("finds no problem in the bundled rules", () => {
    expect(checkRulesetDir(join(root, "rules")).problems).toEqual([]);
  });

  it("flags comparisons that can never hold or never match", () => {
    const dir = copyRules();
    edit(dir, "aturan/pp-94-2021/pengerahan-pns.json", (text) => text.replace('"operator": "greaterThan",\n        "value": 0', '"operator": "greaterThan",\n        "value": "0"'));
    edit(dir, "aturan/pp-94-2021/surat-dukungan-ktp.json", (text) => text.replace('"value": true', '"value": "true"'));
    edit(dir, "kondisi/subjek-asn.json", (text) => text.replace('"operator": "in"', '"operator": "contains"'));
    expect(codes(dir)).toEqual([
      "value_type_mismatch aturan/pp-94-2021/pengerahan-pns.json conditions.all.1.value",
      "value_type_mismatch aturan/pp-94-2021/surat-dukungan-ktp.json conditions.all.0.value",
      "never_holds kondisi/subjek-asn.json condition.all.0.operator",
    ]);
  });

  it("still cross-checks a file that fails its schema, without follow-up noise", () => {
    const dir = copyRules();
    // A schema error (a misspelt key) and a cross-check error (an unknown fact) in the same rule.
    edit(dir, "aturan/pp-94-2021/pengerahan-pns.json", (text) => text.replace('"prohibition"', '"prohibiton"').replace('"fact": "otherAsnBrought"', '"fact": "otherAsnBrougt"'));
    // A schema error in a catalogue must not make every rule citing it report an unknown provision.
    edit(dir, "ketentuan/pp-94-2021.json", (text) => text.replace('"level": "berat"', '"level": "heavy"'));
    // A schema error in a shared condition must not make the rules using it report an unknown condition.
    edit(dir, "kondisi/hadir-kampanye-calon.json", (text) => text.replace('"description"', '"descripton"'));
    const found = codes(dir);
    expect(found).toContain("unrecognized_key aturan/pp-94-2021/pengerahan-pns.json prohibiton");
    expect(found).toContain("unknown_fact aturan/pp-94-2021/pengerahan-pns.json conditions.all.1.fact");
    expect(found.filter((entry) => entry.startsWith("unknown_provision") || entry.startsWith("unknown_condition"))).toEqual([]);
    expect(found.some((entry) => entry.startsWith("invalid_value ketentuan/pp-94-2021.json"))).toBe(true);
  });

  it("locates every problem by line and column, and reports duplicate keys and a wrong $schema", () => {
    const dir = copyRules();
    edit(dir, "aturan/pp-94-2021/fasilitas-negara.json", (text) => text.replace('"prohibition": "state_facilities",', '"prohibition": "state_facilities",\n  "prohibition": "state_facilities",'));
    edit(dir, "kondisi/subjek-asn.json", (text) => text.replace("shared-condition.schema.json", "rule.schema.json"));
    const { problems } = checkRulesetDir(dir);
    expect(problems.map((problem) => [problem.code, problem.line, problem.column])).toEqual([
      ["duplicate_key", 9, 3],
      ["schema_reference", 2, 14],
    ]);
    expect(problems[1]?.messages.id).toContain('"../schema/shared-condition.schema.json"');
  });

  it("checks fixtures: their schema, the rules they name, and their expectations", () => {
    const dir = copyRules();
    const fixtures = mkdtempSync(join(tmpdir(), "netralitas-fixtures-"));
    made.push(fixtures);
    const source = JSON.parse(readFileSync(join(root, "fixtures/pp-94-2021/pengerahan-pns/melanggar--membawa-dua-belas-staf.json"), "utf8")) as {
      expect: { findings: Record<string, string> };
    };
    mkdirSync(join(fixtures, "a"));
    writeFileSync(join(fixtures, "a", "salah-harapan.json"), JSON.stringify({ ...source, $schema: undefined, expect: { verdict: "violation", findings: { "pp-94-2021/pengerahan-pns": "not_violated" } } }, null, 2));
    writeFileSync(join(fixtures, "a", "aturan-tak-dikenal.json"), JSON.stringify({ ...source, $schema: undefined, expect: { verdict: "violation", findings: { "pp-94-2021/pengerahan": "violated" } } }, null, 2));
    writeFileSync(join(fixtures, "a", "rusak.json"), '{ "title": "x", }');
    const found = checkRulesetDir(dir, { fixturesDir: fixtures }).problems.map((problem) => [problem.code, problem.file?.slice(fixtures.length + 1), problem.line]);
    expect(found).toEqual([
      ["unknown_rule", "a/aturan-tak-dikenal.json", 23],
      ["invalid_json", "a/rusak.json", 1],
      ["fixture_expectation", "a/salah-harapan.json", 23],
    ]);
  });

  it("checks a folder without fakta.json on top of the bundled rules", () => {
    const dir = mkdtempSync(join(tmpdir(), "netralitas-extra-"));
    made.push(dir);
    mkdirSync(join(dir, "aturan", "baru"), { recursive: true });
    const rule = JSON.parse(readFileSync(join(root, "rules/aturan/pp-94-2021/pengerahan-pns.json"), "utf8")) as Record<string, unknown>;
    writeFileSync(join(dir, "aturan", "baru", "contoh.json"), JSON.stringify({ ...rule, $schema: undefined, id: "baru/contoh", provisions: ["pp-94-2021:pasal-5:huruf-n:angka-30"] }, null, 2));
    const check = checkRulesetDir(dir);
    expect(check.extended).toBe(true);
    expect(check.problems.map((problem) => problem.code)).toEqual(["unknown_provision"]);
    expect(check.problems[0]?.messages.en).toContain('Did you mean "pp-94-2021:pasal-5:huruf-n:angka-3"?');
  });

  it("loadRulesetFromDir throws a RulesetError whose problems carry line and column", () => {
    const dir = copyRules();
    edit(dir, "kalender/pilkada-2024.json", (text) => text.replace('"kind": "pilkada",', '"kind": "pilkada",,'));
    try {
      loadRulesetFromDir(dir);
      expect.unreachable();
    } catch (error) {
      if (!isRulesetError(error)) throw error;
      expect(error.problems).toEqual([expect.objectContaining({ code: "invalid_json", file: "kalender/pilkada-2024.json", line: 4, column: 21 })]);
    }
  });
});
