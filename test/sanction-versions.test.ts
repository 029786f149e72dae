// Dated sanction versions: UU 10/2016 Pasal 188 before and after MK 136/PUU-XXII/2024 (14 Nov 2024).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { bundledRuleset, describeSanction, type Sanction } from "../src/index.ts";
import { checkRulesetDir } from "../src/node/index.ts";
import { reachesSubject, sanctionChangeDates, sanctionsOn } from "../src/engine/sanction-versions.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Criminal = Extract<Sanction, { kind: "criminal" }>;
const PASAL_71 = ["uu-10-2016:pasal-71:ayat-1", "uu-10-2016:pasal-71:ayat-2", "uu-10-2016:pasal-71:ayat-3"];

function sanctionsOf(id: string): readonly Sanction[] {
  const provision = bundledRuleset().provisions.get(id);
  if (!provision) throw new Error(`missing provision ${id}`);
  return provision.sanctions;
}

function pasal188On(id: string, lawDate: string): Criminal {
  const versions = sanctionsOn(sanctionsOf(id), lawDate).filter(
    (sanction): sanction is Criminal => sanction.kind === "criminal" && sanction.article === "UU 10/2016 Pasal 188",
  );
  expect(versions, `${id} on ${lawDate}`).toHaveLength(1);
  return versions[0] as Criminal;
}

describe("UU 10/2016 Pasal 188 in two dated versions", () => {
  it.each(PASAL_71)("%s: exactly one version applies on each side of 14 Nov 2024", (id) => {
    expect(sanctionChangeDates(sanctionsOf(id))).toEqual(["2016-07-01", "2024-11-14"]);
    expect(pasal188On(id, "2024-11-13").inForce).toEqual({ from: "2016-07-01", to: "2024-11-13" });
    expect(pasal188On(id, "2024-11-14").inForce).toEqual({ from: "2024-11-14" });
    expect(pasal188On(id, "2024-11-14").amendedBy).toEqual({ id: "mk-136-puu-xxii-2024", citation: "Putusan MK 136/PUU-XXII/2024" });
  });

  it("TNI/Polri members have no criminal exposure under Pasal 188 before 14 Nov 2024, and do from it", () => {
    for (const employment of ["tni", "polri"] as const) {
      expect(reachesSubject(pasal188On(PASAL_71[0] as string, "2024-11-13"), employment), employment).toBe(false);
      expect(reachesSubject(pasal188On(PASAL_71[0] as string, "2024-11-14"), employment), employment).toBe(true);
    }
  });

  it("state officials, ASN officials and village heads are covered by both versions; the penalty is unchanged", () => {
    const before = pasal188On(PASAL_71[0] as string, "2020-12-09");
    const after = pasal188On(PASAL_71[0] as string, "2025-04-19");
    for (const employment of ["state_official", "regional_head", "pns", "cpns", "pppk", "village_head"] as const) {
      expect(reachesSubject(before, employment), employment).toBe(true);
      expect(reachesSubject(after, employment), employment).toBe(true);
    }
    expect(reachesSubject(after, "village_official")).toBe(false);
    const penalty = ({ custody, minMonths, maxMonths, fineMinRupiah, fineMaxRupiah, combination }: Criminal) => ({ custody, minMonths, maxMonths, fineMinRupiah, fineMaxRupiah, combination });
    expect(penalty(after)).toEqual(penalty(before));
    expect(penalty(after)).toEqual({ custody: "penjara", minMonths: 1, maxMonths: 6, fineMinRupiah: 600_000, fineMaxRupiah: 6_000_000, combination: "and_or" });
  });

  it("an unstated employment leaves a limited article's reach open; an unlimited one reaches everyone", () => {
    expect(reachesSubject(pasal188On(PASAL_71[0] as string, "2024-12-01"), undefined)).toBeUndefined();
    const unlimited: Criminal = { kind: "criminal", article: "X", custody: "penjara", maxMonths: 12, combination: "and", confidence: "high" };
    expect(reachesSubject(unlimited, undefined)).toBe(true);
    const offender: Criminal = { ...unlimited, offender: { id: "pasangan calon", en: "the candidate pair" }, subjects: ["state_official"] };
    expect(reachesSubject(offender, "state_official")).toBe(true);
    expect(reachesSubject(offender, "pns")).toBe(false);
    expect(reachesSubject(offender, undefined)).toBe(false);
    // An ASN of unknown kind: decided when the article treats every kind alike.
    expect(reachesSubject(pasal188On(PASAL_71[0] as string, "2024-12-01"), "asn")).toBe(true);
    expect(reachesSubject({ ...unlimited, subjects: ["tni", "polri"] }, "asn")).toBe(false);
    expect(reachesSubject({ ...unlimited, subjects: ["pns"] }, "asn")).toBeUndefined();
  });

  it("the inference behind the start date is marked: the new version is low confidence and says why", () => {
    const after = pasal188On(PASAL_71[0] as string, "2024-11-14");
    expect(after.confidence).toBe("low");
    expect(after.note?.id).toContain("(L)");
    expect(after.note?.en).toContain("not for earlier acts, is an inference");
    expect(pasal188On(PASAL_71[0] as string, "2024-11-13").note?.en).toContain("no criminal exposure under Pasal 188");
  });

  it("undated sanctions always apply, and an undated list is returned as it is", () => {
    const undated = sanctionsOf("pp-94-2021:pasal-5:huruf-n:angka-3");
    expect(sanctionsOn(undated, "2000-01-01")).toBe(undated);
    expect(sanctionChangeDates(undated)).toEqual([]);
    const administrative = sanctionsOn(sanctionsOf("uu-10-2016:pasal-71:ayat-2"), "2024-11-13").filter((sanction) => sanction.kind === "administrative");
    expect(administrative).toHaveLength(1);
  });

  it("describes a version by its dates and the ruling that made it", () => {
    expect(describeSanction(pasal188On(PASAL_71[0] as string, "2024-11-14"))).toEqual({
      id: "pidana: penjara 1 bulan–6 bulan dan/atau denda Rp600.000–Rp6.000.000 (UU 10/2016 Pasal 188) [versi sejak 2024-11-14, Putusan MK 136/PUU-XXII/2024]",
      en: "criminal: prison 1 month–6 months and/or a fine of Rp600.000–Rp6.000.000 (UU 10/2016 Pasal 188) [version from 2024-11-14, Putusan MK 136/PUU-XXII/2024]",
    });
    expect(describeSanction(pasal188On(PASAL_71[0] as string, "2024-11-13")).en).toMatch(/\[version 2016-07-01 to 2024-11-13\]$/);
  });
});

describe("validation of dated sanction versions", () => {
  function copyRules(): string {
    const dir = mkdtempSync(join(tmpdir(), "netralitas-sanctions-"));
    made.push(dir);
    cpSync(join(root, "rules"), dir, { recursive: true });
    return dir;
  }
  function editCatalogue(dir: string, change: (text: string) => string): void {
    const path = join(dir, "ketentuan/uu-10-2016.json");
    const before = readFileSync(path, "utf8");
    const after = change(before);
    if (after === before) throw new Error("edit changed nothing");
    writeFileSync(path, after);
  }
  const codes = (dir: string) => checkRulesetDir(dir).problems.map((problem) => `${problem.code} ${problem.path.join(".")}`);

  it("flags two versions of one article on the same day", () => {
    const dir = copyRules();
    editCatalogue(dir, (text) => text.replace('"to": "2024-11-13"', '"to": "2024-11-14"'));
    expect(codes(dir)).toEqual(["sanction_version_overlap provisions.1.sanctions.1.inForce"]);
  });

  it("flags a version that ends before it starts or lies outside its provision", () => {
    const dir = copyRules();
    editCatalogue(dir, (text) => text.replace('"from": "2016-07-01",\n            "to": "2024-11-13"', '"from": "2015-01-01",\n            "to": "2014-11-13"'));
    const found = codes(dir);
    expect(found).toContain("in_force_reversed provisions.1.sanctions.0.inForce.to");
    expect(found).toContain("sanction_outside_provision provisions.1.sanctions.0.inForce");
  });
});
