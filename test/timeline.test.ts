import { describe, expect, it } from "vitest";
import { bundledRuleset, phaseOf } from "../src/index.ts";
import { resolveOccurrence } from "../src/timeline/occurrence.ts";
import { determinationWindows, phaseOn } from "../src/timeline/phase.ts";
import { monthsBefore } from "../src/timeline/dates.ts";

describe("phases on local calendar dates", () => {
  it.each([
    // [election, province, occurredAt, phase, localDate, zone]
    ["pilkada-2024", "jawa-timur", "2024-09-24T23:59:59+07:00", "candidates_determined", "2024-09-24", "WIB"],
    ["pilkada-2024", "jawa-timur", "2024-09-25T00:00:00+07:00", "campaign", "2024-09-25", "WIB"],
    ["pilkada-2024", "kalimantan-tengah", "2024-11-23T23:30:00+07:00", "campaign", "2024-11-23", "WIB"],
    ["pilkada-2024", "kalimantan-selatan", "2024-11-23T23:30:00+07:00", "quiet_period", "2024-11-24", "WITA"],
    ["pilkada-2024", "sulawesi-selatan", "2024-11-23T23:59:00+08:00", "campaign", "2024-11-23", "WITA"],
    ["pilkada-2024", "sulawesi-selatan", "2024-11-23T16:00:00Z", "quiet_period", "2024-11-24", "WITA"],
    ["pilkada-2024", "papua", "2024-11-23T14:59:59Z", "campaign", "2024-11-23", "WIT"],
    ["pilkada-2024", "papua", "2024-11-23T15:00:00Z", "quiet_period", "2024-11-24", "WIT"],
    ["pilkada-2024", "maluku", "2024-11-26T23:00", "quiet_period", "2024-11-26", "WIT"],
    ["pilkada-2024", "maluku", "2024-11-27", "voting_day", "2024-11-27", "WIT"],
    ["pilkada-2024", "maluku", "2024-11-28", "counting", "2024-11-28", "WIT"],
    ["pemilu-2024", "dki-jakarta", "2024-02-10", "campaign", "2024-02-10", "WIB"],
    ["pemilu-2024", "bali", "2024-02-10T16:00:00Z", "quiet_period", "2024-02-11", "WITA"],
    ["pemilu-2024", "papua-selatan", "2024-02-14", "voting_day", "2024-02-14", "WIT"],
    ["pemilu-2024", "dki-jakarta", "2024-10-21", "outside_cycle", "2024-10-21", "WIB"],
  ] as const)("%s in %s at %s is %s (%s %s)", (election, province, when, phase, localDate, zone) => {
    const result = phaseOf(election, when, { province });
    expect(result.phase.id).toBe(phase);
    expect(result.occurrence.localDate).toBe(localDate);
    expect(result.zone).toBe(zone);
  });

  it("the process time zone does not matter (this suite also runs under TZ=UTC and TZ=Asia/Jayapura)", () => {
    const occurrence = resolveOccurrence("2024-11-23T23:30:00+07:00", "Asia/Makassar");
    expect(occurrence).toEqual({ localDate: "2024-11-24", localTime: "00:30", instant: "2024-11-23T16:30:00.000Z", precision: "instant" });
  });

  it("a local date-time without offset is read as the region's wall clock", () => {
    expect(resolveOccurrence("2024-11-23T23:30", "Asia/Jayapura")).toEqual({ localDate: "2024-11-23", localTime: "23:30", precision: "local_date_time" });
  });

  it("rejects impossible dates and times", () => {
    for (const value of ["2024-02-30", "2023-02-29", "2024-13-01", "2024-11-23T24:00", "2024-11-23T10:00+15:00", "23/11/2024", ""]) {
      expect(resolveOccurrence(value, "Asia/Jakarta"), value).toBeUndefined();
    }
    expect(resolveOccurrence("2024-02-29", "Asia/Jakarta")?.localDate).toBe("2024-02-29");
  });

  it("every bundled calendar's phases run in the stable order", () => {
    const order = ["pre_registration", "registration", "candidates_determined", "campaign", "quiet_period", "voting_day", "counting", "post_result", "outside_cycle"];
    for (const calendar of bundledRuleset().calendars.values()) {
      const indices = calendar.phases.map((period) => order.indexOf(period.phase));
      expect([...indices].sort((a, b) => a - b), calendar.id).toEqual(indices);
    }
  });

  it("regional overrides replace the base calendar on their dates (re-votes)", () => {
    const base = bundledRuleset().calendars.get("pilkada-2024");
    if (!base) throw new Error("missing calendar");
    const calendar = {
      ...base,
      regionOverrides: [
        {
          province: "papua",
          regency: "contoh-kabupaten",
          note: { id: "Pemungutan suara ulang (contoh uji).", en: "Re-vote (test example)." },
          confidence: "medium" as const,
          keyDates: { winnersDetermined: "2025-04-10" },
          phases: [
            { phase: "campaign" as const, from: "2025-02-01", to: "2025-02-14" },
            { phase: "voting_day" as const, from: "2025-02-20", to: "2025-02-20" },
          ],
        },
      ],
    };
    expect(phaseOn(calendar, { province: "papua", regency: "contoh-kabupaten" }, "2025-02-20")?.id).toBe("voting_day");
    expect(phaseOn(calendar, { province: "papua", regency: "contoh-kabupaten" }, "2025-02-20")?.regionalOverride).toEqual({
      province: "papua",
      regency: "contoh-kabupaten",
    });
    expect(phaseOn(calendar, { province: "papua", regency: "lain" }, "2025-02-20")?.id).toBe("post_result");
    expect(determinationWindows(calendar, { province: "papua", regency: "contoh-kabupaten" }, "2025-04-11").untilWinnersDetermined).toBe(false);
  });
});

describe("UU 10/2016 Pasal 71 windows are computed from the calendar", () => {
  const calendar = bundledRuleset().calendars.get("pilkada-2024");
  if (!calendar) throw new Error("missing calendar");
  const region = { province: "jawa-barat" };

  it("start six months before candidate determination (22 Sep 2024 → 22 Mar 2024)", () => {
    expect(monthsBefore("2024-09-22", 6)).toBe("2024-03-22");
    expect(determinationWindows(calendar, region, "2024-03-21")).toMatchObject({ start: "2024-03-22", untilEndOfTerm: false, untilWinnersDetermined: false });
    expect(determinationWindows(calendar, region, "2024-03-22")).toMatchObject({ untilEndOfTerm: true, untilWinnersDetermined: true });
  });

  it("ayat 3 is unknown after recapitulation while the region's winner date is unknown", () => {
    expect(determinationWindows(calendar, region, "2024-12-16").untilWinnersDetermined).toBe(true);
    expect(determinationWindows(calendar, region, "2025-01-15").untilWinnersDetermined).toBeUndefined();
    expect(determinationWindows(calendar, region, "2025-01-15").untilEndOfTerm).toBe(true);
  });

  it("month arithmetic clamps at month ends (31 Aug − 6 months = 29 Feb in a leap year)", () => {
    expect(monthsBefore("2024-08-31", 6)).toBe("2024-02-29");
  });
});
