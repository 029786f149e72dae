// SKB 2022 Lampiran II part B in its two circulating versions (11 and 13 items): parts of an item as
// provisions of their own, the numbering crosswalk, and the disputed levels as interpretation options.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bundledRuleset, createEvaluator, type InterpretationInput, type IncidentInput } from "../src/index.ts";
import { checkRulesetDir } from "../src/node/index.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const evaluator = createEvaluator();
const B = "skb-netralitas-2022:lampiran-2:b";
const BEFORE_RULE = "skb-netralitas-2022/disiplin-tim-pemenangan-bakal-calon";
const AFTER_RULE = "skb-netralitas-2022/disiplin-tim-pemenangan";

const teamMember = (occurredAt: string, role: "consultant" | "winning_team" = "consultant"): IncidentInput => ({
  election: "pilkada-2024",
  region: { province: "jawa-timur" },
  occurredAt,
  subject: { employment: "pns" },
  conduct: { campaignTeam: { role } },
});

function findingOf(incident: IncidentInput, ruleId: string, interpretation?: InterpretationInput) {
  const assessment = evaluator.evaluateSync(incident, interpretation ? { interpretation } : {});
  const finding = assessment.findings.find((entry) => entry.ruleId === ruleId);
  if (!finding) throw new Error(`no finding for ${ruleId}`);
  return { assessment, finding };
}

describe("SKB 2022 part B item 9, before and after determination", () => {
  it("before determination: sedang by default (13-item version), berat under skbItem9Level: berat", () => {
    const byDefault = findingOf(teamMember("2024-08-01"), BEFORE_RULE);
    expect(byDefault.finding.status).toBe("violated");
    expect(byDefault.finding.sanctions.map((sanction) => (sanction.kind === "discipline" ? sanction.level : sanction.kind))).toEqual(["sedang"]);
    expect(byDefault.finding.confidence).toBe("low");
    expect(byDefault.assessment.sanctionSummary.heaviestDiscipline).toBe("sedang");
    expect(byDefault.assessment.interpretation.skbItem9Level).toBe("sedang");

    const berat = findingOf(teamMember("2024-08-01"), BEFORE_RULE, { skbItem9Level: "berat" });
    expect(berat.finding.sanctions.map((sanction) => (sanction.kind === "discipline" ? sanction.level : sanction.kind))).toEqual(["berat"]);
    expect(berat.assessment.sanctionSummary.heaviestDiscipline).toBe("berat");
  });

  it("after determination: berat in both versions, and the option changes nothing", () => {
    for (const interpretation of [undefined, { skbItem9Level: "sedang" as const }, { skbItem9Level: "berat" as const }]) {
      const { finding } = findingOf(teamMember("2024-10-10", "winning_team"), AFTER_RULE, interpretation);
      expect(finding.status).toBe("violated");
      expect(finding.sanctions.map((sanction) => (sanction.kind === "discipline" ? sanction.level : sanction.kind))).toEqual(["berat"]);
    }
  });

  it("a finding cites the 11-item item and its 13-item part, and gets only the part's sanction", () => {
    const before = findingOf(teamMember("2024-08-01"), BEFORE_RULE).finding;
    expect(before.provisions.map((provision) => provision.id)).toEqual([`${B}:9`, `${B}:9:sebelum-penetapan`]);
    const after = findingOf(teamMember("2024-10-10"), AFTER_RULE).finding;
    expect(after.provisions.map((provision) => provision.id)).toEqual([`${B}:9`, `${B}:9:setelah-penetapan`]);
    // The parent alone carries the merged item's berat; cited beside a part it gives way.
    const parent = bundledRuleset().provisions.get(`${B}:9`);
    expect(parent?.sanctions.map((sanction) => (sanction.kind === "discipline" ? sanction.level : sanction.kind))).toEqual(["berat"]);
  });

  it("the interpretation option is strict: a misspelt key or value is an error", () => {
    expect(() => evaluator.evaluateSync(teamMember("2024-08-01"), { interpretation: { skbItem9Levels: "berat" } as InterpretationInput })).toThrow(/skbItem9Level/);
    expect(() => evaluator.evaluateSync(teamMember("2024-08-01"), { interpretation: { skbItem9Level: "ringan" } as unknown as InterpretationInput })).toThrow();
  });
});

describe("SKB 2022 part B item 3, the disputed level", () => {
  const approach: IncidentInput = {
    election: "pilkada-2024",
    region: { province: "jawa-timur" },
    occurredAt: "2024-06-01",
    subject: { employment: "pns", onUnpaidLeave: false },
    conduct: { ownCandidacy: { approachedParty: true } },
  };
  it("sedang by default, berat under skbItem3Level: berat", () => {
    const rule = "skb-netralitas-2022/disiplin-pendekatan-partai";
    expect(findingOf(approach, rule).finding.sanctions.map((sanction) => (sanction.kind === "discipline" ? sanction.level : sanction.kind))).toEqual(["sedang"]);
    expect(findingOf(approach, rule, { skbItem3Level: "berat" }).finding.sanctions.map((sanction) => (sanction.kind === "discipline" ? sanction.level : sanction.kind))).toEqual(["berat"]);
  });
});

describe("the 11/13-item numbering crosswalk", () => {
  const part = (id: string) => bundledRuleset().provisions.get(id);
  it("every part B provision names its number in the 13-item version", () => {
    const thirteen = (id: string) => part(id)?.otherNumberings?.find((entry) => entry.version === "versi 13 butir")?.citation;
    for (let item = 1; item <= 8; item += 1) expect(thirteen(`${B}:${item}`)).toBe(`Lampiran II huruf B angka ${item}`);
    expect(thirteen(`${B}:9`)).toBe("Lampiran II huruf B angka 9 dan 10");
    expect(thirteen(`${B}:9:sebelum-penetapan`)).toBe("Lampiran II huruf B angka 9");
    expect(thirteen(`${B}:9:setelah-penetapan`)).toBe("Lampiran II huruf B angka 10");
    expect(thirteen(`${B}:10`)).toBe("Lampiran II huruf B angka 11");
    expect(thirteen(`${B}:11`)).toBe("Lampiran II huruf B angka 12");
    expect(part(`${B}:lainnya`)?.citation).toBe("Lampiran II huruf B angka 13 (versi 13 butir)");
  });
  it("the catch-all has no level: its sanction is for the Satgas to decide", () => {
    const sanctions = part(`${B}:lainnya`)?.sanctions ?? [];
    expect(sanctions.map((sanction) => sanction.kind)).toEqual(["unspecified"]);
    expect(sanctions[0]?.kind === "unspecified" ? sanctions[0].description.id : "").toMatch(/Satgas/);
  });
  it("both parts of item 9 name it as their parent", () => {
    expect(part(`${B}:9:sebelum-penetapan`)?.parent).toBe(`${B}:9`);
    expect(part(`${B}:9:setelah-penetapan`)?.parent).toBe(`${B}:9`);
  });
});

describe("validation of parent provisions", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  function withCatalogue(change: (text: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), "netralitas-parent-"));
    made.push(dir);
    cpSync(join(root, "rules"), dir, { recursive: true });
    const path = join(dir, "ketentuan/skb-netralitas-2022.json");
    const before = readFileSync(path, "utf8");
    const after = change(before);
    if (after === before) throw new Error("edit changed nothing");
    writeFileSync(path, after);
    return dir;
  }
  const codes = (dir: string) => checkRulesetDir(dir).problems.map((problem) => problem.code);

  it("flags a parent that is not in the catalogue, with a suggestion", () => {
    const dir = withCatalogue((text) => text.replace(`"parent": "${B}:9"`, `"parent": "${B}:99"`));
    const problems = checkRulesetDir(dir).problems;
    expect(problems.map((problem) => problem.code)).toEqual(["unknown_parent_provision"]);
    expect(problems[0]?.path.at(-1)).toBe("parent");
    expect(problems[0]?.messages.en).toContain(`${B}:9`);
    expect(problems[0]?.messages.en).toMatch(/did you mean/i);
  });
  it("flags a parent that is itself a part", () => {
    const dir = withCatalogue((text) => text.replace(`"parent": "${B}:9"`, `"parent": "${B}:9:setelah-penetapan"`));
    expect(codes(dir)).toEqual(["unknown_parent_provision"]);
  });
  it("the bundled rules have no such problem", () => {
    expect(checkRulesetDir(join(root, "rules")).problems.filter((problem) => problem.code === "unknown_parent_provision")).toEqual([]);
  });
});

describe("social-media support for a determined candidate (the largest category of sanctioned conduct)", () => {
  const fixture = (name: string) =>
    JSON.parse(readFileSync(join(root, "fixtures", "cakupan-laporan", `${name}.json`), "utf8")) as { incident: IncidentInput; interpretation?: InterpretationInput };
  const levels = (assessment: ReturnType<typeof evaluator.evaluateSync>) =>
    assessment.findings
      .filter((entry) => entry.status === "violated")
      .flatMap((entry) => entry.sanctions)
      .flatMap((sanction) => (sanction.kind === "discipline" ? [sanction.level] : []));
  it("is a discipline violation with a level under the default reading, and none under prospective_only", () => {
    const shared = fixture("membagikan-unggahan-calon--masa-kampanye");
    const byDefault = evaluator.evaluateSync(shared.incident);
    expect(byDefault.interpretation.skbPartBTargets).toBe("candidates_too");
    expect(byDefault.verdict).toBe("violation");
    expect(levels(byDefault).length).toBeGreaterThan(0);
    expect(byDefault.sanctionSummary.heaviestDiscipline).toBe("berat");
    const prospectiveOnly = fixture("membagikan-unggahan-calon--hanya-bakal-calon");
    const interpretation = prospectiveOnly.interpretation ?? {};
    expect(interpretation.skbPartBTargets).toBe("prospective_only");
    const narrow = evaluator.evaluateSync(prospectiveOnly.incident, { interpretation });
    expect(levels(narrow)).toEqual([]);
    expect(narrow.sanctionSummary.heaviestDiscipline).toBeUndefined();
    // The same report under both readings: only the option differs.
    expect(prospectiveOnly.incident).toEqual(shared.incident);
  });
});
