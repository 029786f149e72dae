// Authoring aids of the BUILT binary: `new rule|fixture|override` skeletons pass `validate` once
// their ISI_… placeholders are filled; `facts` lists the dictionary; `validate --watch` re-checks on save.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bundledRuleset } from "../src/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "netralitas-authoring-"));
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

type Json = Record<string, unknown>;
const read = (file: string): Json => JSON.parse(readFileSync(file, "utf8")) as Json;
const write = (file: string, data: Json) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);

/** Replaces placeholder strings by the values legal staff would type; fails on one left unfilled. */
function fill(data: unknown, values: Readonly<Record<string, unknown>>): unknown {
  if (typeof data === "string" && data.includes("ISI_")) {
    const key = Object.keys(values).find((candidate) => data === candidate);
    if (key === undefined) throw new Error(`no value for placeholder ${data}`);
    return values[key];
  }
  if (Array.isArray(data)) return data.map((item) => fill(item, values));
  if (data !== null && typeof data === "object") return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, fill(value, values)]));
  return data;
}

const clone = join(work, "clone");
beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  mkdirSync(clone);
  cpSync(join(root, "rules"), join(clone, "rules"), { recursive: true });
  writeFileSync(join(clone, "package.json"), readFileSync(join(root, "package.json")));
});

describe("netralitas new", () => {
  const ruleId = "pp-94-2021/contoh-pengerahan";

  it("new rule writes a rule and its three fixtures that pass validate once filled", async () => {
    const created = await run(["new", "rule", ruleId, "--provision", "pp-94-2021:pasal-5:huruf-n:angka-3"], clone);
    expect(created.code).toBe(0);
    const ruleFile = join(clone, "rules", "aturan", "pp-94-2021", "contoh-pengerahan.json");
    const fixtureDir = join(clone, "fixtures", "pp-94-2021", "contoh-pengerahan");
    const statuses = { "melanggar--contoh.json": 3, "tidak-melanggar--contoh.json": 0, "belum-ditentukan--contoh.json": undefined } as const;
    for (const file of [ruleFile, ...Object.keys(statuses).map((name) => join(fixtureDir, name))]) expect(created.stdout).toContain(file.slice(clone.length + 1));
    expect(read(ruleFile)["$schema"]).toBe("../../schema/rule.schema.json");
    expect(read(join(fixtureDir, "melanggar--contoh.json"))["$schema"]).toBe("../../../rules/schema/fixture.schema.json");

    // Unfilled, validate names each placeholder it cannot accept.
    const unfilled = await run(["validate", "--lang", "en"], clone);
    expect(unfilled.code).toBe(1);
    expect(unfilled.stdout).toContain('"ISI_LARANGAN"');
    expect(unfilled.stdout).toContain('"ISI_FAKTA"');

    write(
      ruleFile,
      fill(read(ruleFile), {
        ISI_JUDUL: "Contoh: mengerahkan ASN lain",
        ISI_TITLE: "Example: mobilising other ASN",
        ISI_LARANGAN: "staff_mobilisation",
        "unsur-ISI_NAMA": "unsur-mengerahkan-asn-lain",
        ISI_FAKTA: "otherAsnBrought",
        ISI_NILAI: 0,
      }) as Json,
    );
    const rule = read(ruleFile);
    (((rule["conditions"] as Json)["all"] as Json[])[0] as Json)["operator"] = "greaterThan";
    write(ruleFile, rule);
    for (const [name, brought] of Object.entries(statuses)) {
      const file = join(fixtureDir, name);
      const fixture = read(file);
      const filled = fill(fixture, { [fixture["title"] as string]: `Contoh ${name}`, ISI_PROVINSI: "kalimantan-tengah", ISI_TANGGAL: "2024-10-10", ISI_PUTUSAN: "ISI_PUTUSAN" }) as Json;
      (filled["incident"] as Json)["conduct"] = { event: { kind: "campaign", role: "participant", ...(brought === undefined ? {} : { otherAsnBrought: brought }) } };
      write(file, filled);
      // The verdict, as legal staff would take it from `evaluate` on the filled fixture.
      const judged = await run(["evaluate", file, "--json"], clone);
      const expectation = filled["expect"] as Json;
      expect(expectation["verdict"]).toBe("ISI_PUTUSAN");
      write(file, { ...filled, expect: { ...expectation, verdict: (JSON.parse(judged.stdout) as { verdict: string }).verdict } });
    }
    const valid = await run(["validate", "--lang", "en"], clone);
    expect(valid.stdout).toContain("no problems");
    expect(valid.code).toBe(0);
  });

  it("new fixture adds one fixture for an existing rule, named by its status", async () => {
    const created = await run(["new", "fixture", "pp-94-2021/pengerahan-pns", "--status", "not_applicable", "--name", "bukan-asn"], clone);
    expect(created.code).toBe(0);
    const file = join(clone, "fixtures", "pp-94-2021", "pengerahan-pns", "tidak-berlaku--bukan-asn.json");
    expect((read(file)["expect"] as Json)["findings"]).toEqual({ "pp-94-2021/pengerahan-pns": "not_applicable" });
    const again = await run(["new", "fixture", "pp-94-2021/pengerahan-pns", "--status", "not_applicable", "--name", "bukan-asn"], clone);
    expect(again.code).toBe(3);
    const unknown = await run(["new", "fixture", "pp-94-2021/pengerahan-pn", "--status", "violated"], clone);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain("pp-94-2021/pengerahan-pns");
  });

  it("new override writes an overlay calendar with a regional stage that the phase command then uses", async () => {
    const project = join(work, "proyek");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), "{}");
    const created = await run(["new", "override", "pilkada-2024", "--province", "papua", "--regency", "yalimo"], project);
    expect(created.code).toBe(0);
    const file = join(project, "rules", "kalender", "pilkada-2024.json");
    const calendar = read(file);
    // An overlay outside the package points at the package's schema folder.
    expect(join(project, "rules", "kalender", calendar["$schema"] as string)).toBe(join(root, "rules", "schema", "calendar.schema.json"));
    write(file, fill(calendar, { ISI_CATATAN: "Pemungutan suara ulang", ISI_NOTE: "Re-vote", ISI_SUMBER: "putusan MK (contoh)", ISI_TANGGAL: "2025-08-06" }) as Json);
    const valid = await run(["validate"], project);
    expect(valid.code).toBe(0);
    const phase = await run(["phase", "pilkada-2024", "2025-08-06", "--region", "papua", "--regency", "yalimo", "--json"], project);
    expect((JSON.parse(phase.stdout) as { phase: { id: string } }).phase.id).toBe("voting_day");
    expect(phase.stderr).toContain("rules/");
  });
});

describe("netralitas facts", () => {
  it("lists every fact of the dictionary with its label and allowed values", async () => {
    const result = await run(["facts", "--lang", "en"], work);
    expect(result.code).toBe(0);
    const dictionary = bundledRuleset().facts;
    expect(result.stdout).toContain(`FACT DICTIONARY (${dictionary.size})`);
    for (const fact of dictionary.values()) expect(result.stdout).toContain(`${fact.name} — ${fact.label.en}`);
    expect(result.stdout).toContain("pns (civil servant (PNS))");
    const filtered = await run(["facts", "otherAsn"], work);
    expect(filtered.stdout).toContain("KAMUS FAKTA (1)");
  });
});

describe("netralitas validate --watch", () => {
  it("checks again when a file is saved", async () => {
    const folder = join(work, "tonton", "aturan", "pp-94-2021");
    mkdirSync(folder, { recursive: true });
    const file = join(folder, "pengerahan-pns.json");
    const { $schema: _schema, ...rule } = read(join(root, "rules", "aturan", "pp-94-2021", "pengerahan-pns.json"));
    write(file, rule);
    const child = spawn(process.execPath, [cli, "validate", join(work, "tonton"), "--watch", "--lang", "en"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${text}; got ${stdout}`)), 30_000);
        const check = () => {
          if (stdout.includes(text)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on("data", check);
        check();
      });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    try {
      await seen("no problems");
      writeFileSync(file, readFileSync(file, "utf8").replace('"otherAsnBrought"', '"otherAsnBrougt"'));
      await seen('Did you mean "otherAsnBrought"?');
      expect(stdout).toMatch(/── \d\d:\d\d:\d\d ──/);
    } finally {
      child.kill();
    }
  });
});
