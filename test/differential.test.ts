// Differential tests (fast-check) of the fast paths against the slow ones they stand in for:
// the compiled evaluation against json-rules-engine, the verdict-only mode and the outcome cache
// against full evaluation, the schema fast path against zod, and the time-zone short cut against
// date-fns. Runs are bounded so the file takes a few seconds; a failure prints the seed.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { bundledRuleset, createEvaluator, IncidentSchema, isInvalidIncidentError, type Assessment, type Evaluator } from "../src/index.ts";
import { DayTable } from "../src/engine/day-table.ts";
import { daysAfter, isWithin } from "../src/timeline/dates.ts";
import { determinationWindows, phaseOn } from "../src/timeline/phase.ts";
import { compileFastParse, REJECT } from "../src/engine/fast-parse.ts";
import { copyJsonData } from "../src/_utils/json-data.ts";
import { InvalidIncidentError, LIMITS } from "../src/index.ts";
import { AssessmentJson } from "../src/node/assessment-json.ts";
import { resolveOccurrence, wallClockByDateFns } from "../src/timeline/occurrence.ts";
import { incidentArbitrary, INCIDENT_JSON_SCHEMA, incidentLeaves, leafValue } from "./support/arbitraries.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

const RUNS = { engines: 120, cache: 60, parse: 400, zones: 300 } as const;
vi.setConfig({ testTimeout: 60_000 });

const interpretationArbitrary = fc.option(
  fc.record({ passiveAttendance: fc.constantFrom("allowed", "prohibited"), pppkBoundByPp94: fc.boolean() }, { requiredKeys: [] }),
  { nil: undefined },
);

const statuses = (assessment: { readonly findings: readonly { readonly ruleId: string; readonly status: string }[] }) =>
  assessment.findings.map((finding) => `${finding.ruleId}=${finding.status}`);

/** The assessment, or the error code for input that cannot be judged (anything else fails the test). */
function outcome<T>(run: () => T): T | string {
  try {
    return run();
  } catch (error) {
    if (isInvalidIncidentError(error)) return error.code;
    throw error;
  }
}

describe("compiled path and json-rules-engine", () => {
  const evaluator = createEvaluator();

  it("give every finding the same status, and verdictSync the same statuses", async () => {
    let judged = 0;
    await fc.assert(
      fc.asyncProperty(incidentArbitrary(), interpretationArbitrary, async (incident, interpretation) => {
        const options = interpretation ? { interpretation } : undefined;
        const compiled = outcome(() => evaluator.evaluateSync(uncheckedIncident(incident), options));
        let reference: Assessment | string;
        try {
          reference = await evaluator.evaluate(uncheckedIncident(incident), { ...options, engine: "json-rules-engine" });
        } catch (error) {
          if (!isInvalidIncidentError(error)) throw error;
          reference = error.code;
        }
        const verdict = outcome(() => evaluator.verdictSync(uncheckedIncident(incident), options));
        if (typeof compiled === "string") {
          expect(reference).toBe(compiled);
          expect(verdict).toBe(compiled);
          return;
        }
        judged++;
        if (typeof reference === "string" || typeof verdict === "string") throw new Error("only one path rejected the incident");
        expect(statuses(reference)).toEqual(statuses(compiled));
        expect(reference.verdict).toBe(compiled.verdict);
        expect(statuses(verdict)).toEqual(statuses(compiled));
        expect(verdict.verdict).toBe(compiled.verdict);
        expect(verdict.phase).toBe(compiled.phase.id);
        expect(verdict.lawDate).toBe(compiled.lawDate);
      }),
      { numRuns: RUNS.engines },
    );
    expect(judged).toBeGreaterThan(RUNS.engines / 3);
  });
});

describe("the outcome cache", () => {
  it("changes nothing: the same assessment with and without it, first time and again", () => {
    const cached = createEvaluator();
    fc.assert(
      fc.property(fc.array(incidentArbitrary(), { minLength: 1, maxLength: 4 }), (incidents) => {
        // Twice over the same incidents: the second time every outcome comes from the cache. The
        // expected assessment comes from a new evaluator without a cache, whose trace nodes are its
        // own, so none of the memos of explanations or their lines built by `cached` can serve it.
        for (const incident of [...incidents, ...incidents]) {
          const uncached: Evaluator = createEvaluator({ cacheSize: 0 });
          const expected = outcome(() => uncached.evaluateSync(uncheckedIncident(incident)));
          const actual = outcome(() => cached.evaluateSync(uncheckedIncident(incident)));
          if (typeof expected === "string") {
            expect(actual).toBe(expected);
            continue;
          }
          expect(actual).toEqual(expected);
          expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
          expect(structuredClone(actual)).toEqual(expected);
        }
      }),
      { numRuns: RUNS.cache },
    );
  });

  it("shares frozen findings between assessments; each assessment's list of findings is its own", () => {
    const evaluator = createEvaluator();
    const incident = {
      election: "pilkada-2024",
      region: { province: "kalimantan-tengah" },
      occurredAt: "2024-10-10",
      subject: { employment: "pns" },
      conduct: { event: { kind: "campaign", role: "participant" } },
    };
    const first = evaluator.evaluateSync(uncheckedIncident(incident));
    const second = evaluator.evaluateSync(uncheckedIncident(incident));
    const [one, two] = [first.findings[0], second.findings[0]];
    if (!one || !two) throw new Error("no findings");
    expect(two).toBe(one);
    expect(Object.isFrozen(one)).toBe(true);
    expect(Object.isFrozen(one.trace.conditions)).toBe(true);
    expect(Object.isFrozen(one.missingFacts)).toBe(true);
    expect(Object.isFrozen(one.explanation)).toBe(true);
    expect(() => (one.missingFacts as string[]).push("x")).toThrow(TypeError);
    expect(second.findings).not.toBe(first.findings);
    (first.findings as unknown as unknown[]).length = 0;
    expect(second.findings.length).toBeGreaterThan(0);
  });
});

describe("the JSON Lines serializer", () => {
  it("writes exactly JSON.stringify(assessment), for assessments new and judged again", () => {
    const evaluator = createEvaluator();
    const json = new AssessmentJson();
    fc.assert(
      fc.property(fc.array(incidentArbitrary(), { minLength: 1, maxLength: 4 }), (incidents) => {
        for (const incident of [...incidents, ...incidents]) {
          const assessment = outcome(() => evaluator.evaluateSync(uncheckedIncident(incident)));
          if (typeof assessment === "string") continue;
          expect(json.stringify(assessment)).toBe(JSON.stringify(assessment));
        }
      }),
      { numRuns: RUNS.cache },
    );
  });
});

describe("the schema fast path", () => {
  const fast = compileFastParse(IncidentSchema, LIMITS.incident);

  /** Valid incidents, and near misses: a leaf replaced by a value of another kind, an extra key, a missing key. */
  const inputs = fc.oneof(
    incidentArbitrary(),
    fc.tuple(incidentArbitrary(), fc.constantFrom(...incidentLeaves()), fc.oneof(fc.anything(), ...incidentLeaves().map(([, node]) => leafValue(node)))).map(
      ([incident, [path], value]) => {
        const copy = structuredClone(incident) as Record<string, unknown>;
        let current = copy;
        path.forEach((key, index) => {
          if (index === path.length - 1) current[key] = value;
          else current = (current[key] ??= {}) as Record<string, unknown>;
        });
        return copy;
      },
    ),
    fc.tuple(incidentArbitrary(), fc.string({ maxLength: 12 })).map(([incident, key]) => ({ ...incident, [key]: 1 })),
    incidentArbitrary().map(({ occurredAt: _occurredAt, ...rest }) => rest),
    fc.anything(),
  );

  it("exists for the incident schema", () => {
    expect(fast).toBeTypeOf("function");
    expect(INCIDENT_JSON_SCHEMA.type).toBe("object");
  });

  it("accepts only what zod accepts, with zod's exact output", () => {
    if (!fast) throw new Error("no fast path");
    fc.assert(
      fc.property(inputs, (input) => {
        const quick = fast(input);
        const zod = IncidentSchema.safeParse(input);
        if (quick === REJECT) return;
        expect(zod.success).toBe(true);
        if (!zod.success) return;
        expect(quick).toStrictEqual(zod.data);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
        expect(Object.keys(quick as object)).toEqual(Object.keys(zod.data));
      }),
      { numRuns: RUNS.parse },
    );
  });

  it("accepts only what the screening copy passes unchanged, with zod's output on that copy", () => {
    if (!fast) throw new Error("no fast path");
    fc.assert(
      fc.property(inputs, (input) => {
        const quick = fast(input);
        if (quick === REJECT) return;
        const copy = copyJsonData(input, LIMITS.incident);
        expect(copy.ok).toBe(true);
        if (!copy.ok) return;
        const zod = IncidentSchema.safeParse(copy.value);
        expect(zod.success && JSON.stringify(zod.data)).toBe(JSON.stringify(quick));
      }),
      { numRuns: RUNS.parse },
    );
  });

  it("reads the caller's object without calling getters, and leaves long strings and stray keys to the slow path", () => {
    if (!fast) throw new Error("no fast path");
    const base = () => ({ election: "pilkada-2024", region: { province: "papua" }, occurredAt: "2024-10-10", subject: { employment: "pns" } });
    expect(fast(base())).not.toBe(REJECT);
    let calls = 0;
    const withGetter = base();
    Object.defineProperty(withGetter.subject, "employment", { get: () => (calls++, "pns"), enumerable: true });
    expect(fast(withGetter)).toBe(REJECT);
    expect(calls).toBe(0);
    const tight = compileFastParse(IncidentSchema, { maxStringLength: 12 });
    expect(tight?.({ ...base(), region: { province: "papua" } })).not.toBe(REJECT);
    expect(tight?.({ ...base(), region: { province: "kalimantan-tengah" } })).toBe(REJECT);
    const stray = { ...base(), extra: 10n };
    expect(fast(stray)).toBe(REJECT);
    const throwing = new Proxy(base(), {
      ownKeys: () => {
        throw new Error("trap");
      },
    });
    expect(() => fast(throwing)).toThrow("trap");
    try {
      createEvaluator().verdictSync(uncheckedIncident(throwing));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidIncidentError);
      expect((error as InvalidIncidentError).issues[0]?.code).toBe("data_unreadable");
    }
    try {
      createEvaluator().verdictSync(uncheckedIncident(withGetter));
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidIncidentError).issues[0]?.code).toBe("data_accessor");
      expect((error as InvalidIncidentError).issues[0]?.path).toEqual(["subject", "employment"]);
    }
  });

  it("leaves unusual objects to zod, or matches it on them", () => {
    if (!fast) throw new Error("no fast path");
    const base = { election: "pilkada-2024", region: { province: "papua" }, occurredAt: "2024-10-10", subject: { employment: "pns" } };
    const nullPrototype = Object.assign(Object.create(null) as object, structuredClone(base));
    const hidden = structuredClone(base);
    Object.defineProperty(hidden, "summary", { value: "hidden", enumerable: false });
    class Report {
      region = { province: "papua" };
      occurredAt = "2024-10-10";
    }
    for (const input of [nullPrototype, hidden, new Report(), Object.create(structuredClone(base)) as object]) {
      const quick = fast(input);
      const zod = IncidentSchema.safeParse(input);
      if (quick === REJECT) continue;
      expect(zod.success).toBe(true);
      if (zod.success) expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
    }
  });

  it("takes valid incidents (so that it is used at all)", () => {
    if (!fast) throw new Error("no fast path");
    fc.assert(
      fc.property(incidentArbitrary(), (incident) => {
        expect(fast(incident)).not.toBe(REJECT);
      }),
      { numRuns: 50 },
    );
  });
});

function inForceOn(ruleset: ReturnType<typeof bundledRuleset>, calendar: { readonly kind: string }, localDate: string) {
  return ruleset.rules.filter((rule) => isWithin(localDate, rule.inForce.from, rule.inForce.to) && (rule.electionKinds === undefined || rule.electionKinds.includes(calendar.kind as "pemilu")));
}

function dayTableOf(ruleset: ReturnType<typeof bundledRuleset>) {
  const ruleDates = ruleset.rules.flatMap(({ inForce }) => (inForce.to === undefined ? [inForce.from] : [inForce.from, daysAfter(inForce.to, 1)]));
  return new DayTable((calendar, localDate) => inForceOn(ruleset, calendar, localDate), ruleDates);
}

describe("the day table", () => {
  it("gives, on every day of every calendar (and a month either side), in every region an override names and one it does not, the entry computed for that day alone", () => {
    const ruleset = bundledRuleset();
    const table = dayTableOf(ruleset);
    let days = 0;
    for (const calendar of ruleset.calendars.values()) {
      const regions = [
        { province: "nusa-tenggara-timur" },
        ...(calendar.regionOverrides ?? []).map((override) => ({ province: override.province, regency: override.regency })),
      ];
      const contests = [undefined, ...new Set((calendar.contestPhases ?? []).flatMap((entry) => entry.contests))];
      for (let localDate = daysAfter(calendar.coverage.from, -31); localDate <= daysAfter(calendar.coverage.to, 31); localDate = daysAfter(localDate, 1)) {
        for (const region of regions) {
          for (const contest of contests) {
            const entry = table.get(calendar, region, localDate, contest);
            const phase = phaseOn(calendar, region, localDate, contest);
            days++;
            if (JSON.stringify(entry.phase) !== JSON.stringify(phase)) expect({ calendar: calendar.id, region, localDate, contest, phase: entry.phase }).toEqual({ calendar: calendar.id, region, localDate, contest, phase });
            if (!phase) {
              expect(entry.rules).toEqual([]);
              continue;
            }
            const windows = determinationWindows(calendar, region, localDate);
            if (entry.untilEndOfTerm !== windows.untilEndOfTerm || entry.untilWinnersDetermined !== windows.untilWinnersDetermined) {
              expect({ calendar: calendar.id, region, localDate, untilEndOfTerm: entry.untilEndOfTerm, untilWinnersDetermined: entry.untilWinnersDetermined }).toEqual({
                calendar: calendar.id,
                region,
                localDate,
                untilEndOfTerm: windows.untilEndOfTerm,
                untilWinnersDetermined: windows.untilWinnersDetermined,
              });
            }
            const expected = inForceOn(ruleset, calendar, localDate);
            if (entry.rules.length !== expected.length || entry.rules.some((rule, index) => rule !== expected[index])) {
              expect({ calendar: calendar.id, localDate, rules: entry.rules.map((rule) => rule.id) }).toEqual({ calendar: calendar.id, localDate, rules: expected.map((rule) => rule.id) });
            }
          }
        }
      }
    }
    expect(days).toBeGreaterThan(10_000);
  }, 60_000);

  it("gives the phase, windows and rules in force that the timeline functions give", () => {
    const ruleset = bundledRuleset();
    const calendars = [...ruleset.calendars.values()];
    const provinces = [...ruleset.provinces.keys()];
    const regencies = calendars.flatMap((calendar) => (calendar.regionOverrides ?? []).flatMap((override) => (override.regency ? [override.regency] : [])));
    const table = dayTableOf(ruleset);
    const day = fc.integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2026, 11, 31) }).map((epoch) => new Date(epoch).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...calendars), fc.constantFrom(...provinces), fc.option(fc.constantFrom("kota-lain", ...regencies), { nil: undefined }), day, (calendar, province, regency, localDate) => {
        const region = { province, regency };
        // Twice: computed, then remembered.
        for (const entry of [table.get(calendar, region, localDate), table.get(calendar, region, localDate)]) {
          const phase = phaseOn(calendar, region, localDate);
          expect(entry.phase).toEqual(phase);
          if (!phase) continue;
          const windows = determinationWindows(calendar, region, localDate);
          expect(entry.untilEndOfTerm).toBe(windows.untilEndOfTerm);
          expect(entry.untilWinnersDetermined).toBe(windows.untilWinnersDetermined);
          expect(entry.rules.map((rule) => rule.id)).toEqual(
            ruleset.rules.filter((rule) => isWithin(localDate, rule.inForce.from, rule.inForce.to) && (rule.electionKinds === undefined || rule.electionKinds.includes(calendar.kind))).map((rule) => rule.id),
          );
        }
      }),
      { numRuns: RUNS.zones },
    );
  });
});

describe("the time-zone short cut", () => {
  it("converts instants to the same local date and time as date-fns", () => {
    const zones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Pontianak", "Europe/Berlin", "America/New_York", "Australia/Adelaide", "UTC"];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, epoch) => {
        const text = new Date(epoch).toISOString().slice(0, 19) + "Z";
        const resolved = resolveOccurrence(text, zone);
        const expected = wallClockByDateFns(zone, Math.floor(epoch / 1000) * 1000);
        expect(resolved?.localDate).toBe(expected.localDate);
        expect(resolved?.localTime).toBe(expected.localTime);
      }),
      { numRuns: RUNS.zones },
    );
  });
});
