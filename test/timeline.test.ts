import { describe, expect, it } from "vitest";
import { bundledRuleset, phaseOf } from "../src/index.ts";
import { tzOffset } from "@date-fns/tz/tzOffset";
import { FIXED_OFFSET_WINDOW, FIXED_OFFSETS, resolveOccurrence, wallClockByDateFns } from "../src/timeline/occurrence.ts";
import { determinationWindows, phaseOn } from "../src/timeline/phase.ts";
import { daysAfter, monthsBefore } from "../src/timeline/dates.ts";
import fc from "fast-check";
import { tz } from "@date-fns/tz/tz";
import { addDays } from "date-fns/addDays";
import { lightFormat } from "date-fns/lightFormat";
import { parseISO } from "date-fns/parseISO";
import { subMonths } from "date-fns/subMonths";
import { DayTable } from "../src/engine/day-table.ts";

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

  it("the fixed offsets of Indonesia's zones agree with the runtime's zone data every 3 hours of their window, and cover every province", () => {
    const step = 3 * 60 * 60_000;
    for (const [zone, offset] of FIXED_OFFSETS) {
      let disagreements = 0;
      for (let epoch = FIXED_OFFSET_WINDOW.from; epoch < FIXED_OFFSET_WINDOW.until; epoch += step) if (tzOffset(zone, new Date(epoch)) !== offset) disagreements++;
      expect(disagreements, zone).toBe(0);
    }
    for (const province of bundledRuleset().provinces.values()) expect(FIXED_OFFSETS.get(province.timeZone), province.id).toBeTypeOf("number");
    // Past the window the runtime's data decides: the same wall clock as date-fns's conversion.
    const after = FIXED_OFFSET_WINDOW.until + 5 * 60 * 60_000;
    const outside = resolveOccurrence(new Date(after).toISOString(), "Asia/Makassar");
    expect(outside).toMatchObject(wallClockByDateFns("Asia/Makassar", after));
    expect(resolveOccurrence("1989-12-31T20:00:00Z", "Asia/Pontianak")).toMatchObject(wallClockByDateFns("Asia/Pontianak", Date.UTC(1989, 11, 31, 20)));
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

describe("2025 follow-up elections of the Pilkada 2024 (regional overrides)", () => {
  const calendar = bundledRuleset().calendars.get("pilkada-2024");
  if (!calendar) throw new Error("missing calendar");

  it.each([
    // [province, regency, date, phase]: the re-vote day in its region, post_result elsewhere
    ["sulawesi-tengah", "banggai", "2025-04-05", "voting_day"],
    ["sulawesi-tengah", "poso", "2025-04-05", "post_result"],
    ["sulawesi-tengah", "banggai", "2025-04-04", "post_result"],
    ["sulawesi-tengah", "banggai", "2025-04-06", "post_result"],
    ["banten", "serang", "2025-04-19", "voting_day"],
    ["banten", "kota-serang", "2025-04-19", "post_result"],
    ["aceh", "sabang", "2025-04-05", "voting_day"],
    ["papua", "jayapura", "2025-08-06", "voting_day"],
    ["papua", undefined, "2025-08-06", "voting_day"],
    ["papua-selatan", "merauke", "2025-08-06", "post_result"],
  ] as const)("%s/%s on %s is %s", (province, regency, date, phase) => {
    expect(phaseOf("pilkada-2024", date, { province, ...(regency ? { regency } : {}) }).phase.id).toBe(phase);
  });

  it("a re-vote of some polling stations carries its reach, the day's confidence and the override's region", () => {
    const banggai = phaseOn(calendar, { province: "sulawesi-tengah", regency: "banggai" }, "2025-04-05");
    expect(banggai).toMatchObject({ id: "voting_day", confidence: "high", regionalOverride: { province: "sulawesi-tengah", regency: "banggai", pollingStations: { min: 89, max: 89 } } });
    expect(banggai?.regionalOverride?.planned).toBeUndefined();
    const siak = phaseOn(calendar, { province: "riau", regency: "siak" }, "2025-03-22");
    expect(siak?.regionalOverride?.pollingStations).toEqual({ min: 2, max: 4 });
    const parigi = phaseOn(calendar, { province: "sulawesi-tengah", regency: "parigi-moutong" }, "2025-04-16");
    expect(parigi).toMatchObject({ id: "voting_day", confidence: "medium" });
    expect(parigi?.regionalOverride?.pollingStations).toBeUndefined();
  });

  it("re-votes the KPU only planned say so, with medium confidence", () => {
    const palopo = phaseOn(calendar, { province: "sulawesi-selatan", regency: "palopo" }, "2025-05-24");
    expect(palopo).toMatchObject({ id: "voting_day", confidence: "medium", regionalOverride: { planned: true } });
  });

  it.each([
    // the repeated election in Bangka and Pangkalpinang after the empty box won
    ["bangka", "2024-10-01", "campaign", "high"],
    ["bangka", "2025-03-05", "post_result", "high"],
    ["bangka", "2025-03-06", "pre_registration", "high"],
    ["bangka", "2025-06-26", "registration", "high"],
    ["bangka", "2025-07-21", "registration", "high"],
    ["bangka", "2025-07-22", "candidates_determined", "high"],
    ["bangka", "2025-07-25", "campaign", "high"],
    ["pangkalpinang", "2025-08-23", "campaign", "high"],
    ["pangkalpinang", "2025-08-24", "quiet_period", "medium"],
    ["bangka", "2025-08-27", "voting_day", "high"],
    ["bangka", "2025-08-28", "post_result", "high"],
    ["belitung", "2025-08-01", "post_result", "high"],
  ] as const)("kepulauan-bangka-belitung/%s on %s is %s (%s)", (regency, date, phase, confidence) => {
    const result = phaseOn(calendar, { province: "kepulauan-bangka-belitung", regency }, date);
    expect(result?.id).toBe(phase);
    expect(result?.confidence).toBe(confidence);
  });

  it("a region's own stages show only in that region; the calendar's stages everywhere", () => {
    const stageIds = (regency: string, date: string) =>
      phaseOn(calendar, { province: "kepulauan-bangka-belitung", regency }, date)?.stages.map((stage) => stage.id) ?? [];
    expect(stageIds("bangka", "2025-06-27")).toContain("ulang-pendaftaran");
    expect(stageIds("belitung", "2025-06-27")).not.toContain("ulang-pendaftaran");
    expect(stageIds("belitung", "2024-06-01")).toEqual(["dukungan-calon-perseorangan"]);
    expect(stageIds("belitung", "2024-05-08")).toEqual(["dukungan-calon-perseorangan", "penyerahan-dokumen-dukungan"]);
    expect(phaseOn(calendar, { province: "jawa-barat" }, "2024-08-19")?.id).toBe("pre_registration");
  });
});

describe("UU 10/2016 Pasal 71(2) ends with the term: the day before the new head's inauguration", () => {
  const calendar = bundledRuleset().calendars.get("pilkada-2024");
  if (!calendar) throw new Error("missing calendar");
  const endOfTerm = (province: string, regency: string | undefined, date: string) => determinationWindows(calendar, { province, regency }, date).untilEndOfTerm;

  it("closes on the simultaneous inauguration of 20 Feb 2025 by default", () => {
    expect(endOfTerm("jawa-barat", undefined, "2025-02-19")).toBe(true);
    expect(endOfTerm("jawa-barat", undefined, "2025-02-20")).toBe(false);
    expect(endOfTerm("jawa-barat", "bandung", "2025-06-01")).toBe(false);
  });

  it("Aceh: inauguration date not found, so unknown once the count is over", () => {
    expect(endOfTerm("aceh", undefined, "2024-12-16")).toBe(true);
    expect(endOfTerm("aceh", undefined, "2024-12-17")).toBeUndefined();
    expect(endOfTerm("aceh", "banda-aceh", "2025-03-01")).toBeUndefined();
  });

  it("Babel and Papua Pegunungan: governors on 17 Apr 2025, regents and mayors on 20 Feb; whose term is not stated, so unknown between", () => {
    for (const province of ["kepulauan-bangka-belitung", "papua-pegunungan"]) {
      expect(endOfTerm(province, undefined, "2025-02-19"), province).toBe(true);
      expect(endOfTerm(province, undefined, "2025-02-20"), province).toBeUndefined();
      expect(endOfTerm(province, undefined, "2025-04-16"), province).toBeUndefined();
      expect(endOfTerm(province, undefined, "2025-04-17"), province).toBe(false);
    }
  });

  it("re-vote regions: inauguration not found, unknown after the count", () => {
    expect(endOfTerm("sulawesi-tengah", "banggai", "2025-02-25")).toBeUndefined();
    expect(endOfTerm("sulawesi-tengah", "banggai", "2025-04-05")).toBe(true);
    expect(endOfTerm("sulawesi-tengah", "poso", "2025-02-25")).toBe(false);
  });

  it("the repeated election keeps the window running from 22 Mar 2024, ayat 3 included", () => {
    const bangka = { province: "kepulauan-bangka-belitung", regency: "bangka" };
    expect(determinationWindows(calendar, bangka, "2024-03-22")).toMatchObject({ start: "2024-03-22", untilEndOfTerm: true, untilWinnersDetermined: true });
    expect(determinationWindows(calendar, bangka, "2025-08-01")).toMatchObject({ untilWinnersDetermined: true });
    // The governor's term ended on 17 Apr 2025, the acting regent's has no known end.
    expect(determinationWindows(calendar, bangka, "2025-08-01").untilEndOfTerm).toBeUndefined();
  });

  it("a calendar with no inauguration date no longer keeps the window open for ever (pilkada-2020)", () => {
    const pilkada2020 = bundledRuleset().calendars.get("pilkada-2020");
    if (!pilkada2020) throw new Error("missing calendar");
    const region = { province: "jawa-tengah" };
    expect(determinationWindows(pilkada2020, region, "2020-12-26").untilEndOfTerm).toBe(true);
    expect(determinationWindows(pilkada2020, region, "2021-02-01").untilEndOfTerm).toBeUndefined();
    expect(determinationWindows(pilkada2020, region, "2021-07-01").untilEndOfTerm).toBe(false);
  });
});

describe("contest-specific periods (Pemilu 2024: legislative lists before the presidential pairs)", () => {
  it.each([
    // [contest, date, phase, confidence]
    ["dpr", "2023-11-02", "registration", "high"],
    ["dpr", "2023-11-03", "candidates_determined", "high"],
    ["dpd", "2023-11-12", "candidates_determined", "high"],
    ["dprd", "2023-11-03", "candidates_determined", "low"],
    ["president", "2023-11-12", "registration", "high"],
    ["president", "2023-11-13", "candidates_determined", "high"],
    [undefined, "2023-11-05", "registration", "high"],
    ["dpr", "2023-11-28", "campaign", "high"],
  ] as const)("%s on %s is %s (%s)", (contest, date, phase, confidence) => {
    const result = phaseOf("pemilu-2024", date, { province: "dki-jakarta" }, contest ? { contest } : {});
    expect(result.phase.id).toBe(phase);
    expect(result.phase.confidence).toBe(confidence);
  });

  it("the period says which contests it holds for and runs over the whole phase", () => {
    const result = phaseOf("pemilu-2024", "2023-11-20", { province: "bali" }, { contest: "dpd" });
    expect(result.phase).toMatchObject({ id: "candidates_determined", from: "2023-11-03", to: "2023-11-27", contests: ["dpr", "dpd"] });
    expect(phaseOf("pemilu-2024", "2023-11-20", { province: "bali" }, { contest: "president" }).phase.contests).toBeUndefined();
  });

  it("parties are participants from 14 Dec 2022", () => {
    const calendar = bundledRuleset().calendars.get("pemilu-2024");
    expect(calendar?.keyDates.partiesDetermined).toBe("2022-12-14");
    expect(phaseOf("pemilu-2024", "2022-12-14", { province: "dki-jakarta" }).phase.stages.map((stage) => stage.id)).toContain("penetapan-partai-peserta-pemilu");
  });

  it("the day table keeps contests apart only where the calendar distinguishes them", () => {
    const calendars = bundledRuleset().calendars;
    const pemilu = calendars.get("pemilu-2024");
    const pilkada = calendars.get("pilkada-2024");
    if (!pemilu || !pilkada) throw new Error("missing calendar");
    let computed = 0;
    const table = new DayTable<string>(() => {
      computed++;
      return [];
    }, []);
    const region = { province: "dki-jakarta" };
    expect(table.get(pemilu, region, "2023-11-05", "dpr").phase?.id).toBe("candidates_determined");
    expect(table.get(pemilu, region, "2023-11-05", "president").phase?.id).toBe("registration");
    expect(table.get(pemilu, region, "2023-11-05").phase?.id).toBe("registration");
    // A contest no period names (here the presidency, which the base calendar follows) shares the contest-free entry.
    expect(computed).toBe(2);
    expect(table.get(pemilu, region, "2023-11-05", "president")).toBe(table.get(pemilu, region, "2023-11-05"));
    expect(table.get(pilkada, region, "2024-10-01", "regional_head")).toBe(table.get(pilkada, region, "2024-10-01"));
    expect(table.get(pemilu, region, "2023-11-05", "dpr")).toBe(table.get(pemilu, region, "2023-11-05", "dpr"));
  });

  it("the day table shares one entry between days on which nothing changes, and not across a phase boundary", () => {
    const pilkada = bundledRuleset().calendars.get("pilkada-2024");
    if (!pilkada) throw new Error("missing calendar");
    let computed = 0;
    const table = new DayTable<string>(() => {
      computed++;
      return [];
    }, []);
    const region = { province: "jawa-timur" };
    // 2024-10-01 and 2024-10-15 lie in the campaign (25 Sep - 23 Nov 2024) with no stage or key date between them.
    expect(table.get(pilkada, region, "2024-10-15")).toBe(table.get(pilkada, region, "2024-10-01"));
    expect(computed).toBe(1);
    expect(table.get(pilkada, region, "2024-11-24").phase?.id).toBe("quiet_period");
    expect(table.get(pilkada, region, "2024-11-23").phase?.id).toBe("campaign");
    expect(table.get(pilkada, region, "2024-11-24")).not.toBe(table.get(pilkada, region, "2024-11-23"));
  });
});

describe("calendar-day arithmetic without a time zone", () => {
  // The reference: date-fns on UTC dates (what dates.ts did before it used plain UTC fields).
  const utc = tz("UTC");
  const viaDateFns = (date: string, change: (day: Date) => Date) => lightFormat(change(parseISO(date, { in: utc })), "yyyy-MM-dd");

  // (Within 1000-9999: beyond, date-fns writes a five-digit year where dates.ts writes an expanded one.)
  it("daysAfter and monthsBefore agree with date-fns on UTC for any date, forward and back", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1010-01-01T00:00:00Z"), max: new Date("9990-12-31T00:00:00Z"), noInvalidDate: true }), fc.integer({ min: -800, max: 800 }), fc.integer({ min: 0, max: 30 }), (instant, days, months) => {
        const date = instant.toISOString().slice(0, 10);
        expect(daysAfter(date, days)).toBe(viaDateFns(date, (day) => addDays(day, days, { in: utc })));
        expect(monthsBefore(date, months)).toBe(viaDateFns(date, (day) => subMonths(day, months, { in: utc })));
      }),
      { numRuns: 2000 },
    );
  });

  it("crosses leap days and year ends, and rejects text that is no real date", () => {
    expect(daysAfter("2024-02-28", 1)).toBe("2024-02-29");
    expect(daysAfter("2023-02-28", 1)).toBe("2023-03-01");
    expect(daysAfter("2024-12-31", 1)).toBe("2025-01-01");
    expect(daysAfter("2025-01-01", -1)).toBe("2024-12-31");
    expect(daysAfter("0050-01-01", 0)).toBe("0050-01-01");
    expect(monthsBefore("2024-03-31", 1)).toBe("2024-02-29");
    expect(() => daysAfter("2023-02-29", 1)).toThrow(RangeError);
    expect(() => daysAfter("not a date", 1)).toThrow(RangeError);
    expect(() => monthsBefore("2024-13-01", 1)).toThrow(RangeError);
  });
});
