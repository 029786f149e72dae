// The law of 2017-2025 (issue 12): what the fixtures alone do not show about sanctions and the
// instruments an assessment uses.
import { describe, expect, it } from "vitest";
import { createEvaluator, type Assessment, type IncidentInput } from "../src/index.ts";
import { describeSanction } from "../src/explain/words.ts";

const evaluator = createEvaluator();
const instrumentsCited = (assessment: Assessment): Set<string> =>
  new Set(assessment.findings.filter((finding) => finding.status === "violated").flatMap((finding) => finding.provisions.map((provision) => provision.id.split(":")[0] ?? provision.id)));

describe("ordered administrative sanctions (UU 6/2014 Pasal 30)", () => {
  it("read step by step: the next step only if the previous one is not complied with, the last one only possibly", () => {
    const words = describeSanction({
      kind: "administrative",
      description: { id: "Sanksi administratif bertahap", en: "Ordered administrative sanction" },
      sequence: [{ measure: "oral_or_written_reprimand" }, { measure: "temporary_suspension" }, { measure: "dismissal", optional: true }],
      basis: "UU 6/2014 Pasal 30",
      confidence: "high",
    });
    expect(words.id).toBe(
      "Sanksi administratif bertahap: teguran lisan dan/atau teguran tertulis → bila tidak dilaksanakan, pemberhentian sementara → dapat dilanjutkan dengan pemberhentian (UU 6/2014 Pasal 30)",
    );
    expect(words.en).toBe(
      "Ordered administrative sanction: oral and/or written reprimand → if not complied with, temporary suspension → possibly followed by dismissal (UU 6/2014 Pasal 30)",
    );
  });

  it("a village head holding party office gets the sequence, not a discipline level", () => {
    const assessment = evaluator.evaluateSync({
      election: "pilkada-2024",
      region: { province: "jawa-tengah" },
      occurredAt: "2024-06-01",
      subject: { employment: "village_head", partyMembership: "officer" },
    });
    expect(assessment.verdict).toBe("violation");
    expect(assessment.sanctionSummary.heaviestDiscipline).toBeUndefined();
    expect(assessment.sanctionSummary.administrative.map((sanction) => sanction.sequence?.map((step) => step.measure))).toEqual([
      ["oral_or_written_reprimand", "temporary_suspension", "dismissal"],
    ]);
  });
});

describe("money politics in the Pilkada (UU 10/2016 Pasal 73 and 187A)", () => {
  const giving = (employment: "pns" | "other_non_asn"): IncidentInput => ({
    election: "pilkada-2024",
    region: { province: "jawa-tengah" },
    occurredAt: "2024-11-25",
    subject: { employment },
    conduct: { moneyPolitics: { act: "gave", purpose: "vote_for_or_against", asCandidateOrTeam: false } },
  });

  it("an ASN giver faces 36-72 months and Rp200m-1bn and, separately, a severe discipline penalty", () => {
    const summary = evaluator.evaluateSync(giving("pns")).sanctionSummary;
    expect(summary.criminal.map((sanction) => [sanction.article, sanction.minMonths, sanction.maxMonths, sanction.fineMinRupiah, sanction.fineMaxRupiah, sanction.combination])).toEqual([
      ["UU 10/2016 Pasal 187A ayat (1)", 36, 72, 200_000_000, 1_000_000_000, "and"],
    ]);
    expect(summary.heaviestDiscipline).toBe("berat");
  });

  it("a giver who is not an ASN gets the criminal finding and no discipline", () => {
    const summary = evaluator.evaluateSync(giving("other_non_asn")).sanctionSummary;
    expect(summary.criminal.map((sanction) => sanction.article)).toEqual(["UU 10/2016 Pasal 187A ayat (1)"]);
    expect(summary.heaviestDiscipline).toBeUndefined();
  });

  it("the same money handed out in a general election is not judged under the Pilkada law", () => {
    const assessment = evaluator.evaluateSync({ ...giving("other_non_asn"), election: "pemilu-2024", occurredAt: "2024-02-12" });
    expect(assessment.findings.some((finding) => finding.ruleId.startsWith("uu-10-2016/politik-uang"))).toBe(false);
  });
});

describe("the law of the incident's date", () => {
  const declaration = (occurredAt: string, election: string): IncidentInput => ({
    election,
    region: { province: "kalimantan-tengah" },
    occurredAt,
    subject: { employment: "pns" },
    conduct: { event: { kind: "declaration", role: "participant", activeSupport: true, accompanyingSpouse: false } },
  });

  it("a 2020 declaration is judged under the 2020 SKB and PP 42/2004, a 2024 one under the 2022 SKB", () => {
    const in2020 = instrumentsCited(evaluator.evaluateSync(declaration("2020-09-15", "pilkada-2020")));
    expect(in2020.has("skb-netralitas-2020")).toBe(true);
    expect(in2020.has("pp-42-2004")).toBe(true);
    expect(in2020.has("skb-netralitas-2022")).toBe(false);
    const in2024 = instrumentsCited(evaluator.evaluateSync(declaration("2024-08-01", "pilkada-2024")));
    expect(in2024.has("skb-netralitas-2022")).toBe(true);
    expect(in2024.has("skb-netralitas-2020")).toBe(false);
    expect(in2024.has("pp-42-2004")).toBe(false);
  });

  it("the day before the 2020 SKB was signed it is not applied", () => {
    const cited = instrumentsCited(evaluator.evaluateSync(declaration("2020-09-09", "pilkada-2020")));
    expect(cited.has("skb-netralitas-2020")).toBe(false);
  });
});
