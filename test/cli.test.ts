// Runs the BUILT command line (dist/cli.js; `npm test` builds first) as legal staff would.
// Few processes, started in parallel: the suite runs twice in CI (TZ=UTC and TZ=Asia/Jayapura).
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEvaluator, type Assessment } from "../src/index.ts";
import { coverageReportFromDirs, loadFixtures } from "../src/node/index.ts";
import { EXIT_CODE_TEXT } from "../src/cli/command.ts";
import { rulesetFromOptions } from "../src/cli/rules.ts";
import { bundledRuleset } from "../src/evaluator.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], options: { readonly input?: string; readonly cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** 1-based line and column of an offset, computed independently of the CLI's own parser. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

// Each test starts a few Node processes; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` (npm test does it first)");
});

describe("netralitas evaluate", () => {
  const cases = loadFixtures(join(root, "fixtures"));
  const files = cases.map((entry) => join("fixtures", entry.file ?? ""));
  const evaluator = createEvaluator();

  it("agrees with the library on every fixture (one process, --json)", async () => {
    const result = await run(["evaluate", "--json", ...files]);
    expect(result.stderr).toBe("");
    const outputs = JSON.parse(result.stdout) as { file: string; exitCode: number; assessment: Assessment; expectation?: unknown[] }[];
    expect(outputs).toHaveLength(cases.length);
    const codes: number[] = [];
    for (const [index, entry] of cases.entries()) {
      const output = outputs[index];
      const { fixture } = entry;
      const expected = await evaluator.evaluate(fixture.incident, fixture.interpretation ? { interpretation: fixture.interpretation } : {});
      expect(output?.file, entry.file).toBe(files[index]);
      expect(output?.assessment.verdict, entry.file).toBe(expected.verdict);
      const statuses = (assessment: Assessment) => Object.fromEntries(assessment.findings.map((finding) => [finding.ruleId, finding.status]));
      expect(statuses(output?.assessment as Assessment), entry.file).toEqual(statuses(expected));
      expect(output?.assessment.phase.id).toBe(expected.phase.id);
      // Whether the expectations are met is the fixture test's business; here: the CLI compares them.
      expect(Array.isArray(output?.expectation), entry.file).toBe(true);
      expect(output?.exitCode).toBe({ violation: 1, insufficient_facts: 2, nothing_alleged: 2, no_violation: 0, not_applicable: 0 }[expected.verdict]);
      codes.push(output?.exitCode ?? -1);
    }
    // The combined exit code: a violation (1) before insufficient facts (2).
    expect(result.code).toBe(codes.includes(1) ? 1 : codes.includes(2) ? 2 : 0);
  });

  it.each([
    ["violation", 1],
    ["insufficient_facts", 2],
    ["no_violation", 0],
  ] as const)("exits by verdict: %s → %i, with a readable assessment", async (verdict, code) => {
    let entry: (typeof cases)[number] | undefined;
    for (const candidate of cases) {
      const options = candidate.fixture.interpretation ? { interpretation: candidate.fixture.interpretation } : {};
      if (evaluator.evaluateSync(candidate.fixture.incident, options).verdict === verdict) {
        entry = candidate;
        break;
      }
    }
    if (!entry) throw new Error(`no fixture has the verdict ${verdict}`);
    const [indonesian, english] = await Promise.all([
      run(["evaluate", join("fixtures", entry.file ?? "")]),
      run(["evaluate", join("fixtures", entry.file ?? ""), "--lang", "en"]),
    ]);
    expect(indonesian.code).toBe(code);
    expect(english.code).toBe(code);
    expect(indonesian.stdout).toMatch(/^HASIL PENILAIAN: /);
    expect(indonesian.stdout).toContain("Tahapan ");
    expect(indonesian.stdout).toContain("Hukum per ");
    expect(indonesian.stdout).toContain("HARAPAN KASUS UJI: ");
    expect(english.stdout).toMatch(/^ASSESSMENT: /);
    expect(english.stdout).toContain("Law as of ");
  });

  it("shows local time and zone, citation, sanction and missing facts", async () => {
    const result = await run(["evaluate", "fixtures/tahapan/zona-waktu--papua-sudah-masa-tenang.json", "--detail", "full"]);
    expect(result.stdout).toContain("2024-11-24 01:30 WIT (dari 2024-11-23T23:30:00+07:00)");
    expect(result.stdout).toContain("masa tenang (quiet_period)");
    expect(result.stdout).toContain("✗ MELANGGAR — Ikut kampanye");
    expect(result.stdout).toContain("PP 94/2021 Pasal 5 huruf n angka 1");
    expect(result.stdout).toMatch(/Sanksi/);
    expect(result.stdout).toContain("FAKTA YANG BELUM DIKETAHUI");
    expect(result.stdout).toContain("KETIDAKPASTIAN:");
  });

  it("prints a summary of at most 40 lines by default, everything with --detail full, English with --lang en", async () => {
    const example = "fixtures/contoh/camat-mengerahkan-staf.json";
    const [summary, full, english] = await Promise.all([run(["evaluate", example]), run(["evaluate", example, "--detail", "full"]), run(["evaluate", example, "--lang", "en"])]);
    const lines = (text: string) => text.trimEnd().split("\n").length;
    expect(summary.code).toBe(1);
    expect(lines(summary.stdout)).toBeLessThanOrEqual(40);
    expect(lines(full.stdout)).toBeGreaterThan(lines(summary.stdout) * 3);
    expect(summary.stdout).toContain("PELANGGARAN OLEH ORANG YANG DILAPORKAN (2)");
    expect(summary.stdout).toContain("✗ Peserta kampanye mengerahkan PNS lain — PP 94/2021 Pasal 5 huruf n angka 3");
    expect(summary.stdout).toContain("Sanksi: hukuman disiplin berat (PP 94/2021 Pasal 14 huruf i)");
    expect(summary.stdout).toContain("12 Oktober 2024 pukul 09.30 WIB");
    expect(summary.stdout).toContain("--detail full");
    const own = summary.stdout.slice(summary.stdout.indexOf("PELANGGARAN OLEH"), summary.stdout.indexOf("PELANGGARAN PIHAK LAIN"));
    expect(own).not.toContain("Pasangan calon melibatkan ASN");
    expect(english.stdout).toContain("VIOLATIONS BY THE REPORTED PERSON (2)");
    for (const indonesian of ["Sanksi", "Kejadian", "Tahapan", "Hukum per", "PELANGGARAN", "pukul", "Oktober", "melanggar", "HARAPAN"]) expect(english.stdout).not.toContain(indonesian);
  });

  it("reads stdin, reports invalid input with line and column (exit 3), and usage errors (exit 4)", async () => {
    const broken = '{\n  "region": { "province": "papua" },\n  "occuredAt": "2024-11-23"\n}\n';
    const [invalid, json, usage, unknownOption] = await Promise.all([
      run(["evaluate", "-"], { input: broken }),
      run(["evaluate", "-", "--json", "--lang", "en"], { input: '{ "region": { "province": "papua" }, }' }),
      run(["evaluate"]),
      run(["evaluate", "x.json", "--jsn"]),
    ]);
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toContain('(stdin):3:3: Kunci "occuredAt" tidak dikenal. Mungkin maksudnya "occurredAt"?');
    expect(invalid.stderr).toContain("(stdin):1:1: Wajib diisi");
    expect(json.code).toBe(3);
    const error = JSON.parse(json.stdout) as { error: { problems: { line: number; column: number; code: string; message: string }[] } };
    expect(error.error.problems[0]).toMatchObject({ line: 1, column: 36, code: "invalid_json" });
    expect(error.error.problems[0]?.message).toContain("trailing comma");
    expect(usage.code).toBe(4);
    expect(unknownOption.code).toBe(4);
    expect(unknownOption.stderr).toContain('Opsi "--jsn" tidak dikenal untuk perintah evaluate. Mungkin maksudnya "--json"?');
  });
});

describe("netralitas evaluate --rules", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "netralitas-rules-"));
    cpSync(join(root, "rules", "aturan", "pp-94-2021", "pengerahan-pns.json"), join(dir, "aturan", "pp-94-2021", "pengerahan-pns.json"), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("chooses the built-in set by name (decoded when read) and loads a folder", () => {
    const io = { out: () => undefined, err: () => undefined, readStdin: () => "", cwd: dir };
    const builtIn = rulesetFromOptions({ bundled: true }, io);
    expect(builtIn.bundled).toBe(true);
    expect(builtIn.ruleset).toBe(bundledRuleset());
    const folder = rulesetFromOptions({ rules: dir }, io);
    expect(folder.bundled).toBe(false);
    expect(folder.rulesDir).toBe(dir);
    expect(folder.ruleset).not.toBe(bundledRuleset());
    expect(folder.ruleset.rules.length).toBe(bundledRuleset().rules.length);
  });

  it("judges JSON Lines with the folder's rules on worker threads too", async () => {
    const file = join(dir, "aturan", "pp-94-2021", "pengerahan-pns.json");
    const original = readFileSync(file, "utf8");
    const incident = JSON.parse(readFileSync(join(root, "fixtures/pp-94-2021/pengerahan-pns/melanggar--membawa-dua-belas-staf.json"), "utf8")).incident;
    const lines = `${JSON.stringify(incident)}\n${JSON.stringify(incident)}\n`;
    // The folder's copy of the rule under another title: an output that shows it was judged with the folder.
    const rule = JSON.parse(original);
    rule.title = { id: "Pengerahan (salinan folder)", en: "Mobilising (folder copy)" };
    writeFileSync(file, JSON.stringify(rule));
    try {
      for (const jobs of ["1", "2"]) {
        const result = await run(["evaluate", "--jsonl", "-", "--jobs", jobs, "--rules", dir], { input: lines });
        expect(result.code).toBe(0);
        const titles = result.stdout.trim().split("\n").map((line) => (JSON.parse(line) as Assessment).findings.find((finding) => finding.ruleId === rule.id)?.title);
        expect(titles).toEqual([rule.title, rule.title]);
      }
    } finally {
      writeFileSync(file, original);
    }
  });

  it("merges a folder on top of the bundled rules, and reports a broken one as exit 5", async () => {
    const file = join(dir, "aturan", "pp-94-2021", "pengerahan-pns.json");
    const fixture = "fixtures/pp-94-2021/pengerahan-pns/melanggar--membawa-dua-belas-staf.json";
    const merged = await run(["evaluate", fixture, "--json", "--rules", dir]);
    expect(merged.code).toBe(1);
    const assessment = JSON.parse(merged.stdout) as Assessment;
    const bundled = await createEvaluator().evaluate(JSON.parse(readFileSync(join(root, fixture), "utf8")).incident);
    const statuses = (findings: Assessment["findings"]) => Object.fromEntries(findings.map((finding) => [finding.ruleId, finding.status]));
    expect(statuses(assessment.findings)).toEqual(statuses(bundled.findings));
    writeFileSync(file, readFileSync(file, "utf8").replace('"otherAsnBrought"', '"otherAsnBrougt"'));
    const [broken, alone] = await Promise.all([run(["evaluate", fixture, "--rules", dir]), run(["evaluate", fixture, "--rules", dir, "--rules-only"])]);
    expect(broken.code).toBe(5);
    expect(broken.stderr).toMatch(/pengerahan-pns\.json:\d+:\d+: Fakta "otherAsnBrougt" tidak ada di kamus fakta/);
    expect(alone.code).toBe(5);
    expect(alone.stderr).toContain("Berkas wajib");
  });
});

describe("netralitas validate", () => {
  it("passes the bundled rules and fixtures (exit 0)", async () => {
    const result = await run(["validate"]);
    expect(result.stdout + result.stderr).toMatch(/^✓ /);
    expect(result.code).toBe(0);
  });

  describe("on a copy of rules/ seeded with one mistake per check", () => {
    let dir: string;
    const expected: { file: string; line: number; column: number; code: string }[] = [];

    /** Replaces `search` (first match after `after`) in a copied file and records where the mistake is. */
    function seed(file: string, search: string | RegExp, replacement: string, code: string, mark: (edited: string, start: number) => number) {
      const path = join(dir, file);
      const text = readFileSync(path, "utf8");
      const match = typeof search === "string" ? { index: text.indexOf(search), 0: search } : search.exec(text);
      if (!match || match.index === -1) throw new Error(`seed: ${String(search)} not found in ${file}`);
      const edited = text.slice(0, match.index) + match[0].replace(search, replacement) + text.slice(match.index + match[0].length);
      writeFileSync(path, edited);
      expected.push({ file: relative(root, path).split("\\").join("/"), code, ...lineColumn(edited, mark(edited, match.index)) });
    }

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "netralitas-validate-"));
      cpSync(join(root, "rules"), dir, { recursive: true });
      const at = (needle: string) => (edited: string, start: number) => edited.indexOf(needle, start);
      // 1. An unknown fact name.
      seed("aturan/pp-94-2021/pengerahan-pns.json", '"fact": "otherAsnBrought"', '"fact": "otherAsnBrougt"', "unknown_fact", at('"otherAsnBrougt"'));
      // 2. An unknown operator.
      seed("aturan/pp-94-2021/surat-dukungan-ktp.json", '"operator": "equal"', '"operator": "equals"', "unknown_operator", at('"equals"'));
      // 3. An unknown provision id.
      seed("aturan/pp-94-2021/fasilitas-negara.json", '"pp-94-2021:pasal-5:huruf-n:angka-4"', '"pp-94-2021:pasal-5:huruf-n:angka-40"', "unknown_provision", at('"pp-94-2021'));
      // 4. A duplicate id: a second shared condition with the id of another.
      const copy = readFileSync(join(dir, "kondisi", "subjek-asn.json"), "utf8");
      writeFileSync(join(dir, "kondisi", "zz-salinan.json"), copy);
      expected.push({ file: relative(root, join(dir, "kondisi", "zz-salinan.json")).split("\\").join("/"), code: "duplicate_id", ...lineColumn(copy, copy.indexOf('"subjek-asn"')) });
      // 5. A rule id that does not match its file path.
      seed("aturan/pp-94-2021/atribut-kampanye.json", '"id": "pp-94-2021/atribut-kampanye"', '"id": "pp-94-2021/atribut-partai"', "id_path_mismatch", at('"pp-94-2021/atribut-partai"'));
      // 6. A rule in force before its provision.
      seed("aturan/pp-94-2021/keputusan-menguntungkan.json", /"inForce": \{\s*"from": "\d{4}-\d{2}-\d{2}"/, '"inForce": { "from": "2019-01-01"', "in_force_outside_provision", at("{"));
      // 7. Calendar phases that overlap: registration starts on the last day of pre_registration.
      seed("kalender/pemilu-2019.json", '"from": "2018-08-04"', '"from": "2018-08-03"', "phase_overlap", at('"2018-08-03"'));
      // 8. Calendar phases that leave a gap: campaign starts a day late.
      seed("kalender/pilkada-2020.json", '"from": "2020-09-26"', '"from": "2020-09-27"', "phase_gap", at('"2020-09-27"'));
      // 9. A condition that can never hold: `in []`.
      seed("aturan/pp-94-2021/kegiatan-keberpihakan.json", /"operator": "in",(\s*)"value": \[[^\]]*\]/, '"operator": "in",$1"value": []', "never_holds", at("[]"));
      // 10. A JSONPath expression in `path`: code, not data.
      seed("kondisi/masa-ada-pasangan-calon.json", '"fact": "phase",', '"fact": "phase", "path": "$..[?(@.x)]",', "jsonpath_expression", at('"$..'));
      // 11. Broken JSON: a missing comma.
      seed("kalender/pemilu-2024.json", '"kind": "pemilu",', '"kind": "pemilu"', "invalid_json", at('"title"'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("reports every mistake in one run, each at its file:line:column (--json)", async () => {
      const result = await run(["validate", dir, "--json"]);
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as { ok: boolean; problems: { file: string; line: number; column: number; code: string; messages: { id: string; en: string } }[] };
      expect(report.ok).toBe(false);
      const found = report.problems.map(({ file, line, column, code }) => ({ file, line, column, code }));
      for (const mistake of expected) expect(found, `${mistake.code} in ${mistake.file}`).toContainEqual(mistake);
      expect(found).toHaveLength(expected.length);
      for (const problem of report.problems) {
        expect(problem.messages.id).not.toBe(problem.messages.en);
        expect(problem.messages.id).not.toMatch(/Unexpected|expected .* received|Invalid input/);
      }
    });

    it("prints file:line:column: message lines in Indonesian, or English with --lang en", async () => {
      const [indonesian, english] = await Promise.all([run(["validate", dir]), run(["validate", dir, "--lang", "en"])]);
      expect(indonesian.code).toBe(1);
      for (const mistake of expected) expect(indonesian.stdout).toContain(`${mistake.file}:${mistake.line}:${mistake.column}: `);
      expect(indonesian.stdout).toContain(`✗ ${expected.length} masalah di ${new Set(expected.map((mistake) => mistake.file)).size} berkas`);
      expect(indonesian.stdout).toContain('Mungkin maksudnya "otherAsnBrought"?');
      expect(indonesian.stdout).toContain("JSON tidak sah: kurang koma");
      expect(english.stdout).toContain('Did you mean "otherAsnBrought"?');
      expect(english.stdout).toContain("Invalid JSON: a comma is missing");
    });
  });
});

describe("netralitas coverage, phase, explain and --help", () => {
  it("coverage prints a provision-by-provision table and exits by completeness", async () => {
    const [text, json] = await Promise.all([run(["coverage"]), run(["coverage", "--json"])]);
    const report = coverageReportFromDirs();
    expect(text.code).toBe(report.complete ? 0 : 1);
    expect(json.code).toBe(text.code);
    expect(text.stdout).toMatch(/^CAKUPAN KETENTUAN \(\d+\)/);
    expect(text.stdout).toMatch(/Ketentuan\s+Kutipan\s+Aturan\s+Melanggar\s+Tidak melanggar\s+Belum dapat ditentukan\s+Tidak dituduhkan\s+Tidak berlaku/);
    const line = text.stdout.split("\n").find((candidate) => candidate.startsWith("pp-94-2021:pasal-5:huruf-n:angka-3 "));
    expect(line).toMatch(/PP 94\/2021 Pasal 5 huruf n angka 3\s+.*pp-94-2021\/pengerahan-pns.*\s+\d+\s+\d+\s+\d+\s+\d+$/);
    for (const provision of report.provisions) expect(text.stdout).toContain(provision.id);
    const parsed = JSON.parse(json.stdout) as { complete: boolean; table: { id: string }[] };
    expect(parsed.complete).toBe(report.complete);
    expect(parsed.table.map((row) => row.id)).toEqual(report.provisions.map((provision) => provision.id));
  });

  it("phase gives the phase, local date and zone", async () => {
    const [text, json, unknown] = await Promise.all([
      run(["phase", "pilkada-2024", "2024-11-23T23:30:00+07:00", "--region", "kalimantan-selatan"]),
      run(["phase", "pilkada-2024", "2024-11-23T23:30:00+07:00", "--region", "kalimantan-tengah", "--json"]),
      run(["phase", "pilkada-2042", "2024-11-23", "--region", "papua"]),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("masa tenang (quiet_period)");
    expect(text.stdout).toContain("2024-11-24 00:30 WITA");
    const result = JSON.parse(json.stdout) as { phase: { id: string }; occurrence: { localDate: string; localTime: string }; zone: string };
    expect(result).toMatchObject({ phase: { id: "campaign" }, occurrence: { localDate: "2024-11-23", localTime: "23:30" }, zone: "WIB" });
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('Pemilihan "pilkada-2042" tidak dikenal');
  });

  it("phase names a re-vote's reach and a contest's own period; a contest outside the list is a usage error", async () => {
    const [psu, planned, dpr, president, wrong] = await Promise.all([
      run(["phase", "pilkada-2024", "2025-04-05", "--region", "sulawesi-tengah", "--regency", "banggai"]),
      run(["phase", "pilkada-2024", "2025-05-24", "--region", "lampung", "--regency", "pesawaran", "--lang", "en"]),
      run(["phase", "pemilu-2024", "2023-11-05", "--region", "dki-jakarta", "--contest", "dpr", "--json"]),
      run(["phase", "pemilu-2024", "2023-11-05", "--region", "dki-jakarta", "--contest", "president"]),
      run(["phase", "pemilu-2024", "2023-11-05", "--region", "dki-jakarta", "--contest", "mayor"]),
    ]);
    expect(psu.code).toBe(0);
    expect(psu.stdout).toContain("hari pemungutan suara (voting_day)");
    expect(psu.stdout).toContain("tahapan khusus wilayah (89 TPS)");
    expect(planned.stdout).toContain("regional stage override (planned only)");
    const result = JSON.parse(dpr.stdout) as { phase: { id: string; from: string; contests: string[] } };
    expect(result.phase).toMatchObject({ id: "candidates_determined", from: "2023-11-03", contests: ["dpr", "dpd"] });
    expect(president.stdout).toContain("(registration)");
    expect(president.stdout).not.toContain("Khusus pemilihan");
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('Nilai "mayor" tidak sah untuk opsi --contest');
  });

  it("explain puts a rule in words with its provisions, elements and fixtures", async () => {
    const [text, english, unknown] = await Promise.all([
      run(["explain", "pp-94-2021/pengerahan-pns"]),
      run(["explain", "pp-94-2021/pengerahan-pns", "--lang", "en"]),
      run(["explain", "pp-94-2021/pengerahan"]),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("ATURAN pp-94-2021/pengerahan-pns");
    expect(text.stdout).toContain("PP 94/2021 Pasal 5 huruf n angka 3  [pp-94-2021:pasal-5:huruf-n:angka-3]");
    expect(text.stdout).toContain("hukuman disiplin berat");
    expect(text.stdout).toContain("UNSUR PELANGGARAN");
    expect(text.stdout).toMatch(/- Jumlah ASN lain yang dikerahkan lebih dari 0 \[unsur-mengerahkan-pns-lain\]/);
    expect(text.stdout).toContain("✗ Melanggar");
    expect(text.stdout).toContain("fixtures/pp-94-2021/pengerahan-pns/melanggar--membawa-dua-belas-staf.json — PNS membawa 12 staf ke kampanye");
    expect(english.stdout).toContain("ELEMENTS OF THE BREACH");
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('Mungkin maksudnya "pp-94-2021/pengerahan-pns"?');
  });

  it("--help documents every command, option and exit code", async () => {
    const commands = ["validate", "evaluate", "coverage", "phase", "explain"];
    const [main, english, ...each] = await Promise.all([run(["--help"]), run(["--help", "--lang", "en"]), ...commands.map((command) => run([command, "--help"]))]);
    expect(main.code).toBe(0);
    for (const { code, text } of EXIT_CODE_TEXT) {
      expect(main.stdout).toContain(`${String(code).padStart(2)}  ${text.id}`);
      expect(english.stdout).toContain(`${String(code).padStart(2)}  ${text.en}`);
    }
    each.forEach((result, index) => {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Penggunaan: netralitas ${commands[index]}`);
      expect(result.stdout).toContain("--lang id|en");
      expect(result.stdout).toContain("--json");
    });
    const guide = readFileSync(join(root, "docs", "panduan-staf-hukum.md"), "utf8");
    for (const { code } of EXIT_CODE_TEXT) expect(guide, `the guide documents exit code ${code}`).toMatch(new RegExp(`\\|\\s*${code}\\s*\\|`));
  });
});
