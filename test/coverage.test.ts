import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundledRuleset, bundledRulesetSource, coverageReport, loadRuleset } from "../src/index.ts";
import { loadFixtures } from "../src/node/index.ts";
import { assertFullCoverage, CoverageError } from "../src/testing/index.ts";

const fixturesDir = fileURLToPath(new URL("../fixtures", import.meta.url));
const fixtures = loadFixtures(fixturesDir);

// Every stable provision id of shared/reference/provisions.md (copied here so the suite does not
// depend on a file outside the repository). The catalogue may hold more, never fewer.
const REFERENCE_PROVISION_IDS = [
    "pp-53-2010:pasal-4:angka-12:huruf-a",
    "pp-53-2010:pasal-4:angka-12:huruf-b",
    "pp-53-2010:pasal-4:angka-12:huruf-c",
    "pp-53-2010:pasal-4:angka-12:huruf-d",
    "pp-53-2010:pasal-4:angka-13:huruf-a",
    "pp-53-2010:pasal-4:angka-13:huruf-b",
    "pp-53-2010:pasal-4:angka-14",
    "pp-53-2010:pasal-4:angka-15:huruf-a",
    "pp-53-2010:pasal-4:angka-15:huruf-b",
    "pp-53-2010:pasal-4:angka-15:huruf-c",
    "pp-53-2010:pasal-4:angka-15:huruf-d",
    "pp-94-2021:pasal-5:huruf-n:angka-1",
    "pp-94-2021:pasal-5:huruf-n:angka-2",
    "pp-94-2021:pasal-5:huruf-n:angka-3",
    "pp-94-2021:pasal-5:huruf-n:angka-4",
    "pp-94-2021:pasal-5:huruf-n:angka-5",
    "pp-94-2021:pasal-5:huruf-n:angka-6",
    "pp-94-2021:pasal-5:huruf-n:angka-7",
    "skb-netralitas-2022:lampiran-2:a:1",
    "skb-netralitas-2022:lampiran-2:a:2",
    "skb-netralitas-2022:lampiran-2:a:3",
    "skb-netralitas-2022:lampiran-2:a:4",
    "skb-netralitas-2022:lampiran-2:a:5",
    "skb-netralitas-2022:lampiran-2:a:6",
    "skb-netralitas-2022:lampiran-2:a:7",
    "skb-netralitas-2022:lampiran-2:b:1",
    "skb-netralitas-2022:lampiran-2:b:10",
    "skb-netralitas-2022:lampiran-2:b:11",
    "skb-netralitas-2022:lampiran-2:b:2",
    "skb-netralitas-2022:lampiran-2:b:3",
    "skb-netralitas-2022:lampiran-2:b:4",
    "skb-netralitas-2022:lampiran-2:b:5",
    "skb-netralitas-2022:lampiran-2:b:6",
    "skb-netralitas-2022:lampiran-2:b:7",
    "skb-netralitas-2022:lampiran-2:b:8",
    "skb-netralitas-2022:lampiran-2:b:9",
    "uu-10-2016:pasal-70:ayat-1:huruf-b",
    "uu-10-2016:pasal-71:ayat-1",
    "uu-10-2016:pasal-71:ayat-2",
    "uu-10-2016:pasal-71:ayat-3",
    "uu-20-2023:pasal-24:ayat-1:huruf-d",
    "uu-20-2023:pasal-52:ayat-3:huruf-j",
    "uu-5-2014:pasal-87:ayat-4:huruf-c",
    "uu-7-2017:pasal-280:ayat-2:huruf-f",
    "uu-7-2017:pasal-280:ayat-3",
    "uu-7-2017:pasal-282",
    "uu-7-2017:pasal-283:ayat-1",
];

describe("regulatory coverage of the bundled rule set", () => {
  const report = coverageReport({ fixtures });

  it("the catalogue holds every provision id of provisions.md", () => {
    const catalogue = new Set(bundledRuleset().provisions.keys());
    expect(REFERENCE_PROVISION_IDS.filter((id) => !catalogue.has(id))).toEqual([]);
  });

  it("every provision has at least one rule citing it", () => {
    expect(report.uncoveredProvisions).toEqual([]);
    for (const id of REFERENCE_PROVISION_IDS) {
      expect(report.provisions.find((provision) => provision.id === id)?.rules.length, id).toBeGreaterThan(0);
    }
  });

  it("every rule has violated, not-violated and undetermined fixtures", () => {
    expect(report.incompleteRules.map((rule) => `${rule.id}: ${rule.missing.join(", ")}`)).toEqual([]);
    for (const rule of report.rules) {
      expect(rule.fixtures.violated.length, rule.id).toBeGreaterThan(0);
      expect(rule.fixtures.not_violated.length, rule.id).toBeGreaterThan(0);
      expect(rule.fixtures.undetermined.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("no fixture names a rule that does not exist", () => {
    expect(report.orphanExpectations).toEqual([]);
    expect(report.complete).toBe(true);
  });

  it("the testing entry's one-line assertion passes for the bundled rules and fixtures", () => {
    expect(assertFullCoverage({ fixturesDir }).complete).toBe(true);
  });
});

describe("netralitas-asn/testing on a deliberately incomplete rule set", () => {
  // Drop every rule citing UU 7/2017 Pasal 282 and PP 94/2021 angka 7, and keep only the fixtures
  // that violate the remaining rules.
  const source = bundledRulesetSource();
  const dropped = new Set(["uu-7-2017:pasal-282", "pp-94-2021:pasal-5:huruf-n:angka-7"]);
  const keep = source.rules.filter((file) => !(file.data as { provisions: string[] }).provisions.some((id) => dropped.has(id)));
  const ruleset = loadRuleset({ ...source, rules: keep });
  const onlyViolations = fixtures
    .map(({ file, fixture }) => ({
      ...(file === undefined ? {} : { file }),
      fixture: {
        ...fixture,
        expect: {
          ...fixture.expect,
          findings: Object.fromEntries(Object.entries(fixture.expect.findings ?? {}).filter(([ruleId, status]) => status === "violated" && ruleset.rules.some((rule) => rule.id === ruleId))),
        },
      },
    }));

  it("fails with a message naming exactly the uncovered provisions and the rules lacking cases", () => {
    let caught: unknown;
    try {
      assertFullCoverage({ ruleset, fixtures: onlyViolations });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CoverageError);
    const message = (caught as CoverageError).message;
    expect(message).toContain("Provisions without a rule (2):");
    expect(message).toContain("  - uu-7-2017:pasal-282");
    expect(message).toContain("  - pp-94-2021:pasal-5:huruf-n:angka-7");
    expect(message).toContain("pp-94-2021/pengerahan-pns: missing not_violated, undetermined");
    expect((caught as CoverageError).report.uncoveredProvisions).toHaveLength(2);
  });
});
