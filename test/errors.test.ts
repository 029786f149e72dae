import { describe, expect, it } from "vitest";
import {
  AmbiguousElectionError,
  DateOutsideCalendarError,
  evaluateIncident,
  InvalidIncidentError,
  isInvalidIncidentError,
  isNetralitasError,
  UnknownElectionError,
  type InputIssue,
} from "../src/index.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

const valid = {
  election: "pilkada-2024",
  region: { province: "kalimantan-tengah" },
  occurredAt: "2024-10-10",
  subject: { employment: "pns" },
  conduct: { event: { kind: "campaign", role: "participant" } },
};

async function issuesOf(input: unknown, lang: "id" | "en" = "en"): Promise<readonly InputIssue[]> {
  try {
    await evaluateIncident(uncheckedIncident(input), { lang });
  } catch (error) {
    expect(isInvalidIncidentError(error)).toBe(true);
    expect(error).toBeInstanceOf(InvalidIncidentError);
    return (error as InvalidIncidentError).issues;
  }
  throw new Error("expected an InvalidIncidentError, got a verdict");
}

describe("bad input never yields a verdict", () => {
  it("a malformed date names occurredAt", async () => {
    const issues = await issuesOf({ ...valid, occurredAt: "2024-02-30" });
    expect(issues[0]?.path).toEqual(["occurredAt"]);
    expect(issues[0]?.code).toBe("invalid_occurrence");
  });

  it("a date-time with an impossible hour names occurredAt", async () => {
    const issues = await issuesOf({ ...valid, occurredAt: "2024-10-10T25:00:00+07:00" });
    expect(issues[0]?.path).toEqual(["occurredAt"]);
  });

  it("an unknown election gets its own error with a suggestion", async () => {
    await expect(evaluateIncident(uncheckedIncident({ ...valid, election: "pilkada-2042" }))).rejects.toBeInstanceOf(UnknownElectionError);
    const issues = await issuesOf({ ...valid, election: "pilkda-2024" });
    expect(issues[0]).toMatchObject({ code: "unknown_election", path: ["election"], suggestion: "pilkada-2024" });
  });

  it("an unknown key is rejected with the nearest known key, never treated as unknown", async () => {
    const issues = await issuesOf({ ...valid, conduct: { event: { kind: "campaign", role: "participant", otherAsnBrough: 3 } } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "unrecognized_key", path: ["conduct", "event", "otherAsnBrough"], suggestion: "otherAsnBrought" });
    expect(issues[0]?.message).toContain('Did you mean "otherAsnBrought"');
  });

  it("a snake_case spelling of a key still finds the camelCase key", async () => {
    const issues = await issuesOf({ ...valid, subject: { employment: "pns", on_unpaid_leave: true } });
    expect(issues[0]?.suggestion).toBe("onUnpaidLeave");
  });

  it("a wrong type names the path and both types", async () => {
    const issues = await issuesOf({ ...valid, conduct: { event: { kind: "campaign", otherAsnBrought: "twelve" } } });
    expect(issues[0]).toMatchObject({ code: "invalid_type", path: ["conduct", "event", "otherAsnBrought"] });
    expect(issues[0]?.message).toContain("expected number, received string");
  });

  it("an enum typo suggests the allowed value", async () => {
    const issues = await issuesOf({ ...valid, subject: { employment: "pnss" } });
    expect(issues[0]).toMatchObject({ code: "invalid_value", path: ["subject", "employment"], suggestion: "pns" });
  });

  it.each([null, 42, "incident", [valid], undefined])("a non-object input (%s) is rejected at the root", async (input) => {
    const issues = await issuesOf(input);
    expect(issues[0]?.path).toEqual([]);
    expect(issues[0]?.code).toBe("not_an_object");
  });

  it("a missing required field is reported as required", async () => {
    const { occurredAt: _omitted, ...rest } = valid;
    const issues = await issuesOf(rest);
    expect(issues[0]).toMatchObject({ code: "required", path: ["occurredAt"] });
  });

  it("an unknown province is rejected with a suggestion", async () => {
    const issues = await issuesOf({ ...valid, region: { province: "kalimantan-tengh" } });
    expect(issues[0]).toMatchObject({ code: "unknown_province", path: ["region", "province"], suggestion: "kalimantan-tengah" });
  });

  it("every problem is reported at once", async () => {
    const issues = await issuesOf({ ...valid, occurredAt: 5, subject: { employment: "x", typo: 1 } });
    expect(issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["occurredAt", "subject.employment", "subject.typo"]));
  });

  it("messages are Indonesian by default and carry both languages", async () => {
    const issues = await issuesOf({ ...valid, subject: { employmen: "pns" } }, "id");
    expect(issues[0]?.message).toContain("Kunci");
    expect(issues[0]?.messages.en).toContain("Unknown key");
  });

  it("a date outside the named calendar gets a DateOutsideCalendarError", async () => {
    await expect(evaluateIncident(uncheckedIncident({ ...valid, occurredAt: "2027-01-01" }))).rejects.toBeInstanceOf(DateOutsideCalendarError);
  });

  it("a date no calendar covers, without an election, gets a DateOutsideCalendarError", async () => {
    const { election: _omitted, ...rest } = valid;
    await expect(evaluateIncident(uncheckedIncident({ ...rest, occurredAt: "2030-01-01" }))).rejects.toBeInstanceOf(DateOutsideCalendarError);
  });

  it("an omitted election covered by two calendars asks for the election", async () => {
    const { election: _omitted, ...rest } = valid;
    const error = await evaluateIncident(uncheckedIncident({ ...rest, occurredAt: "2024-01-15" })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AmbiguousElectionError);
    expect((error as AmbiguousElectionError).candidates).toEqual(expect.arrayContaining(["pemilu-2024", "pilkada-2024"]));
    expect((error as AmbiguousElectionError).issues[0].path).toEqual(["election"]);
  });

  it("an omitted election covered by one calendar is found and reported as inferred", async () => {
    const { election: _omitted, ...rest } = valid;
    const assessment = await evaluateIncident(uncheckedIncident({ ...rest, occurredAt: "2025-03-01" }));
    expect(assessment.election).toMatchObject({ id: "pilkada-2024", inferred: true });
  });

  it("errors are branded for cross-realm checks", async () => {
    const error = await evaluateIncident(uncheckedIncident({})).catch((caught: unknown) => caught);
    expect(isNetralitasError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("ERR_INVALID_INCIDENT");
  });

  it("an invalid interpretation option is an input error naming its path", async () => {
    const error = await evaluateIncident(uncheckedIncident(valid), { interpretation: { passiveAttendance: "maybe" as "allowed" } }).catch((caught: unknown) => caught);
    expect((error as InvalidIncidentError).issues[0].path).toEqual(["interpretation", "passiveAttendance"]);
  });
});
