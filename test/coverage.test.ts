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

// Every provision id the table "Consequences for the data" of shared/reference/regulations-addendum.md
// proposes (and the ids its sections A1-A11 propose for it), copied here for the same reason.
const ADDENDUM_PROVISION_IDS = [
    "skb-netralitas-2022:lampiran-2:b:9:sebelum-penetapan",
    "skb-netralitas-2022:lampiran-2:b:9:setelah-penetapan",
    "skb-netralitas-2022:lampiran-2:b:lainnya",
    "uu-10-2016:pasal-188",
    "uu-10-2016:pasal-73:ayat-1",
    "uu-10-2016:pasal-73:ayat-4",
    "uu-10-2016:pasal-187a:ayat-2",
    "uu-10-2016:pasal-70:ayat-1:huruf-c",
    "uu-6-2014:pasal-29:huruf-g",
    "uu-6-2014:pasal-29:huruf-j",
    "uu-6-2014:pasal-51:huruf-g",
    "uu-6-2014:pasal-51:huruf-j",
    "uu-6-2014:pasal-64:huruf-h",
    "uu-7-2017:pasal-280:ayat-2:huruf-d",
    "uu-7-2017:pasal-280:ayat-2:huruf-h",
    "uu-7-2017:pasal-280:ayat-2:huruf-i",
    "uu-7-2017:pasal-280:ayat-2:huruf-j",
    "uu-7-2017:pasal-280:ayat-3",
    "uu-7-2017:pasal-490",
    "uu-7-2017:pasal-522",
    "uu-5-2014:pasal-105:ayat-3:huruf-c",
    "pp-49-2018:pasal-51:ayat-3",
    "pp-49-2018:pasal-52:ayat-3",
    "pp-42-2004:pasal-11:huruf-c",
    "pp-42-2004:pasal-15",
    "pp-94-2021:pasal-26:ayat-1",
    "pp-94-2021:pasal-28",
];

// The addendum's new instruments (A4, A5, A6, A10): each needs a catalogue, whether or not the
// addendum proposed ids for its provisions.
const ADDENDUM_INSTRUMENT_IDS = [
  "uu-6-2014",
  "pp-49-2018",
  "skb-netralitas-2020",
  "menpanrb-se-b71-2017",
  "menpanrb-b36-2018",
  "pp-42-2004",
  "menpanrb-se-1-2023",
];

// Addendum ids deliberately not in the catalogue yet, each with the reason. The test below fails as
// soon as one of them is added, so that this list only ever names what is really missing.
const NOT_ENCODED: Readonly<Record<string, string>> = {
  "uu-10-2016:pasal-188": "A2, the dated versions of Pasal 188 (MK 136/PUU-XXII/2024): encoded with the calendars and dated versions of issue 12",
};

// Provisions the catalogue deliberately gives no rule, with what their reason must say.
const WITHOUT_RULE: Readonly<Record<string, RegExp>> = {
  // A1: "sanctions discussed and decided by the Satgas"; conduct outside the matrix has no elements.
  "skb-netralitas-2022:lampiran-2:b:lainnya": /Satgas/,
};

describe("regulatory coverage of the bundled rule set", () => {
  const report = coverageReport({ fixtures });

  it("the catalogue holds every provision id of provisions.md", () => {
    const catalogue = new Set(bundledRuleset().provisions.keys());
    expect(REFERENCE_PROVISION_IDS.filter((id) => !catalogue.has(id))).toEqual([]);
  });

  it("the catalogue holds every provision id the addendum proposes, except those listed with a reason", () => {
    const catalogue = new Set(bundledRuleset().provisions.keys());
    expect(ADDENDUM_PROVISION_IDS.filter((id) => !(id in NOT_ENCODED) && !catalogue.has(id))).toEqual([]);
    // A listed id that has since been encoded must leave the list.
    expect(Object.keys(NOT_ENCODED).filter((id) => catalogue.has(id))).toEqual([]);
    expect(Object.keys(NOT_ENCODED).filter((id) => !ADDENDUM_PROVISION_IDS.includes(id))).toEqual([]);
  });

  it("the catalogue has every instrument the addendum adds", () => {
    const instruments = new Set(bundledRuleset().data.catalogues.map((catalogue) => catalogue.instrument.id));
    expect(ADDENDUM_INSTRUMENT_IDS.filter((id) => !instruments.has(id))).toEqual([]);
  });

  it("every addendum provision in the catalogue is cited by a rule, except the catch-all the addendum gives no level", () => {
    const catalogue = new Set(bundledRuleset().provisions.keys());
    for (const id of ADDENDUM_PROVISION_IDS.filter((entry) => catalogue.has(entry) && !(entry in WITHOUT_RULE))) {
      expect(report.provisions.find((provision) => provision.id === id)?.rules.length, id).toBeGreaterThan(0);
    }
  });

  it("only the provisions listed here are deliberately without a rule, each with its reason in the catalogue", () => {
    expect([...report.provisionsWithoutRule].sort()).toEqual(Object.keys(WITHOUT_RULE).sort());
    for (const id of report.provisionsWithoutRule) {
      const row = report.provisions.find((provision) => provision.id === id);
      expect(row?.rules).toEqual([]);
      expect(row?.covered).toBe(true);
      expect(row?.withoutRule?.id, id).toMatch(WITHOUT_RULE[id] ?? /^$/);
    }
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
