// The promises of README "Guarantees and limits", attacked class by class (issue 13): shared
// mutable state, bad input that would still get a verdict, unbounded work, and validation of
// regional overrides. The command line's promises are in test/cli-guarantees.test.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bundledRuleset,
  bundledRulesetSource,
  checkRuleset,
  createEvaluator,
  DateOutsideCalendarError,
  evaluateIncident,
  evaluateIncidentSync,
  InvalidIncidentError,
  LIMITS,
  loadRuleset,
  mergeRulesetSources,
  phaseOf,
  RulesetError,
  type Condition,
  type Rule,
  type Ruleset,
  type RulesetSource,
  type SourceFile,
} from "../src/index.ts";
import { compareDates } from "../src/timeline/dates.ts";
import type { IncidentInput } from "../src/schema/incident.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";
import { resolveOccurrence } from "../src/timeline/occurrence.ts";

const valid: IncidentInput = {
  election: "pilkada-2024",
  region: { province: "kalimantan-tengah" },
  occurredAt: "2024-10-10",
  subject: { employment: "pns" },
  conduct: { event: { kind: "campaign", role: "participant", otherAsnBrought: 12 } },
};

/** Every fixture's incident and interpretation (the corpus whose results must never change). */
function fixtures(): { incident: IncidentInput; interpretation?: unknown }[] {
  const found: { incident: IncidentInput; interpretation?: unknown }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".json")) {
        const data = JSON.parse(readFileSync(path, "utf8")) as { incident?: unknown; interpretation?: unknown };
        if (data.incident !== undefined) found.push({ incident: uncheckedIncident(data.incident), ...(data.interpretation ? { interpretation: data.interpretation } : {}) });
      }
    }
  };
  walk(join(import.meta.dirname, "..", "fixtures"));
  return found;
}

/** A value unlike `value`, of the same kind where that means anything. */
function other(value: unknown): unknown {
  if (typeof value === "string") return `${value}-changed`;
  if (typeof value === "number") return value + 7;
  if (typeof value === "boolean") return !value;
  if (Array.isArray(value)) return [];
  if (value === null) return "changed";
  return { changed: true };
}

/**
 * Tries every change a caller could make to every object reachable from `root` (assigning each
 * property, deleting it, adding one, pushing to and emptying arrays, changing Maps and Sets,
 * replacing prototypes). Writes to frozen objects throw in strict mode: those are caught.
 * Returns how many objects were reached and how many changes went through. Objects already
 * attacked by an earlier call (`attacked`: the frozen ones that assessments share) are skipped.
 */
function mutateEverything(root: unknown, attacked: WeakSet<object> = new WeakSet()): { objects: number; changed: number } {
  const objects: object[] = [];
  const seen = attacked;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || (typeof next !== "object" && typeof next !== "function") || seen.has(next)) continue;
    if (typeof next === "function") continue;
    seen.add(next);
    objects.push(next);
    if (next instanceof Map) for (const [key, value] of next) pending.push(key, value);
    if (next instanceof Set) for (const value of next) pending.push(value);
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Object.getOwnPropertyDescriptor(next, key);
      if (descriptor && "value" in descriptor) pending.push(descriptor.value);
    }
  }
  let changed = 0;
  // Refused writes throw thousands of TypeErrors: without their stacks they cost little.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const attempt = (change: () => void) => {
    try {
      change();
      changed++;
    } catch {
      // A frozen object or map refused the change.
    }
  };
  for (const object of objects) {
    const record = object as Record<string | symbol, unknown>;
    for (const key of Reflect.ownKeys(object)) {
      if (Array.isArray(object) && key === "length") continue;
      attempt(() => {
        record[key] = other(record[key]);
      });
    }
    attempt(() => {
      record["injected"] = "changed";
    });
    if (Array.isArray(object)) {
      attempt(() => void object.push(other(object[0])));
      attempt(() => void object.reverse());
    }
    if (object instanceof Map) {
      attempt(() => void object.set("injected", "changed"));
      for (const key of [...object.keys()]) attempt(() => void object.delete(key));
    }
    if (object instanceof Set) attempt(() => void object.clear());
    for (const key of Reflect.ownKeys(object)) {
      if (Array.isArray(object) && key === "length") continue;
      attempt(() => {
        if (!delete record[key]) throw new TypeError("not deleted");
      });
    }
    attempt(() => void Object.setPrototypeOf(object, null));
  }
  Error.stackTraceLimit = stackTraceLimit;
  return { objects: objects.length, changed };
}

describe("shared mutable state: results and evaluators cannot be changed from outside", () => {
  // Every fifth fixture: each kind of verdict, sanction, calendar and override (the walk over all
  // of them and both engines took a minute).
  const corpus = fixtures().filter((_, index) => index % 5 === 0);

  it("the corpus is large enough to reach every kind of shared object", () => {
    expect(corpus.length).toBeGreaterThan(40);
  });

  it("mutating every reachable field of every assessment (both engines) leaves later assessments unchanged", async () => {
    const evaluator = createEvaluator();
    const before = corpus.map(({ incident, interpretation }) =>
      JSON.stringify(evaluator.evaluateSync(incident, interpretation ? { interpretation: interpretation as never } : undefined)),
    );
    let reached = 0;
    const attacked = new WeakSet<object>();
    for (const [index, { incident, interpretation }] of corpus.entries()) {
      const options = interpretation ? { interpretation: interpretation as never } : undefined;
      // The reference path (some 30 ms an incident, and nothing of it cached) for a quarter of them.
      for (const engine of index % 4 === 0 ? (["compiled", "json-rules-engine"] as const) : (["compiled"] as const)) {
        reached += mutateEverything(await evaluator.evaluate(incident, { ...options, engine }), attacked).objects;
      }
      reached += mutateEverything(evaluator.evaluateSync(incident, options), attacked).objects;
      reached += mutateEverything(evaluator.verdictSync(incident, options), attacked).objects;
    }
    expect(reached).toBeGreaterThan(corpus.length * 50);
    const after = corpus.map(({ incident, interpretation }) =>
      JSON.stringify(evaluator.evaluateSync(incident, interpretation ? { interpretation: interpretation as never } : undefined)),
    );
    for (let index = 0; index < corpus.length; index++) expect(after[index]).toBe(before[index]);
    // And a fresh evaluator agrees: nothing shared by the whole process changed either.
    const fresh = createEvaluator();
    corpus.forEach(({ incident, interpretation }, index) =>
      expect(JSON.stringify(fresh.evaluateSync(incident, interpretation ? { interpretation: interpretation as never } : undefined))).toBe(before[index]),
    );
  }, 60_000);

  it("evaluateIncident's process-wide evaluator is not changed by mutating what it returned", async () => {
    const before = JSON.stringify(evaluateIncidentSync(valid));
    mutateEverything(await evaluateIncident(valid));
    mutateEverything(evaluateIncidentSync(valid));
    expect(JSON.stringify(await evaluateIncident(valid))).toBe(before);
    expect(JSON.stringify(evaluateIncidentSync(valid))).toBe(before);
  });

  it("what an assessment shares with the evaluator is frozen: phase, provisions, sanctions, titles, calendar texts", () => {
    const assessment = evaluateIncidentSync(valid);
    const violated = assessment.findings.find((finding) => finding.status === "violated");
    expect(violated).toBeDefined();
    for (const shared of [
      assessment.phase,
      assessment.phase.stages,
      violated?.provisions,
      violated?.provisions[0],
      violated?.sanctions,
      violated?.sanctions[0],
      violated?.title,
      violated?.explanation,
      violated?.trace,
    ]) {
      if (shared !== undefined) expect(Object.isFrozen(shared)).toBe(true);
    }
  });

  it("the rule set an evaluator exposes (and the bundled one) cannot be changed: arrays frozen, maps refuse set, delete and clear", () => {
    const evaluator = createEvaluator();
    const before = JSON.stringify(evaluator.evaluateSync(valid));
    for (const ruleset of [evaluator.ruleset, bundledRuleset()]) {
      expect(() => (ruleset.calendars as Map<string, unknown>).delete("pilkada-2024")).toThrow(TypeError);
      expect(() => (ruleset.calendars as Map<string, unknown>).clear()).toThrow(TypeError);
      expect(() => (ruleset.provinces as Map<string, unknown>).set("x", {})).toThrow(TypeError);
      expect(() => (ruleset.rules as Rule[]).pop()).toThrow(TypeError);
      expect(Object.isFrozen(ruleset.data.calendars[0]?.phases[0])).toBe(true);
      mutateEverything(ruleset);
    }
    expect(JSON.stringify(evaluator.evaluateSync(valid))).toBe(before);
    expect(JSON.stringify(createEvaluator().evaluateSync(valid))).toBe(before);
  });

  it("the bundled source cannot be changed for later callers", () => {
    const before = JSON.stringify(bundledRulesetSource());
    mutateEverything(bundledRulesetSource());
    expect(JSON.stringify(bundledRulesetSource())).toBe(before);
  });

  it("createEvaluator takes a snapshot: mutating every field of the config afterwards changes nothing", () => {
    const source = structuredClone(bundledRulesetSource()) as RulesetSource;
    const config = { ruleset: source, interpretation: { passiveAttendance: "prohibited" as const }, lang: "en" as const, engine: "compiled" as const, cacheSize: 64 };
    const evaluator = createEvaluator(config);
    const passive: IncidentInput = { ...valid, conduct: { event: { kind: "campaign", role: "passive_listener" } } };
    const before = [JSON.stringify(evaluator.evaluateSync(valid)), JSON.stringify(evaluator.evaluateSync(passive))];
    let failure: unknown;
    try {
      evaluator.evaluateSync({ ...valid, region: { province: "nowhere" } });
    } catch (error) {
      failure = error;
    }
    expect((failure as InvalidIncidentError).lang).toBe("en");
    const { changed } = mutateEverything(config);
    expect(changed).toBeGreaterThan(100);
    expect([JSON.stringify(evaluator.evaluateSync(valid)), JSON.stringify(evaluator.evaluateSync(passive))]).toEqual(before);
    try {
      evaluator.evaluateSync({ ...valid, region: { province: "nowhere" } });
    } catch (error) {
      failure = error;
    }
    expect((failure as InvalidIncidentError).lang).toBe("en");
  });

  it("the evaluator object itself cannot be rewired", () => {
    const evaluator = createEvaluator();
    expect(Object.isFrozen(evaluator)).toBe(true);
    expect(() => {
      (evaluator as { evaluateSync: unknown }).evaluateSync = () => ({ verdict: "no_violation" });
    }).toThrow(TypeError);
  });

  it("LIMITS cannot be raised at run time", () => {
    expect(() => {
      (LIMITS.incident as { maxDepth: number }).maxDepth = 1_000_000;
    }).toThrow(TypeError);
    expect(LIMITS.incident.maxDepth).toBe(32);
  });
});

describe("bad input gets a typed error, never a verdict", () => {
  const sentinels = [
    "9999-12-31T23:59:59Z",
    "9999-12-31T23:59:59+00:00",
    "9999-12-31T20:00:00-09:00",
    "9999-12-31",
    "0000-01-01",
    "0000-01-01T00:00:00Z",
    "0000-01-01T00:00:00+14:00",
    "0001-01-01T00:00:00+01:00",
    "0099-06-01T12:00:00Z",
    "1000-01-01T00:00:00+14:00",
  ];

  it.each(sentinels)("%s is outside every calendar: DateOutsideCalendarError, with and without an election", (occurredAt) => {
    for (const election of [undefined, "pilkada-2024", "pemilu-2024"]) {
      const incident = { ...valid, occurredAt, ...(election ? { election } : { election: undefined }) };
      expect(() => evaluateIncidentSync(incident)).toThrow(DateOutsideCalendarError);
    }
    expect(() => phaseOf("pilkada-2024", occurredAt, { province: "papua" })).toThrow(DateOutsideCalendarError);
  });

  it("a date with a two-digit year is read as that year, not as 19xx", () => {
    expect(resolveOccurrence("0024-10-10T10:00:00+07:00", "Asia/Jakarta")?.localDate).toBe("0024-10-10");
    expect(resolveOccurrence("0099-12-31T23:00:00Z", "Asia/Jayapura")?.localDate).toBe("0100-01-01");
    expect(() => evaluateIncidentSync({ ...valid, occurredAt: "0024-10-10T10:00:00+07:00" })).toThrow(DateOutsideCalendarError);
  });

  it("local dates compare by the calendar for any year, and text that is no date is never compared", () => {
    expect(compareDates("+010000-01-01", "9999-12-31")).toBeGreaterThan(0);
    expect(compareDates("-000001-12-31", "0000-01-01")).toBeLessThan(0);
    expect(() => compareDates("Invalid Date", "2024-01-01")).toThrow(RangeError);
  });

  it("a misspelt option key is an error naming the nearest key, not a silently ignored strict reading", async () => {
    const passive: IncidentInput = { ...valid, conduct: { event: { kind: "campaign", role: "passive_listener" } } };
    for (const run of [
      () => evaluateIncidentSync(passive, { interpretaton: { passiveAttendance: "prohibited" } } as never),
      () => createEvaluator().verdictSync(passive, { interpretaton: {} } as never),
    ]) {
      let caught: unknown;
      try {
        run();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidIncidentError);
      expect((caught as InvalidIncidentError).issues[0]).toMatchObject({ code: "unrecognized_key", path: ["interpretaton"], suggestion: "interpretation" });
    }
    await expect(evaluateIncident(passive, { langg: "en" } as never)).rejects.toBeInstanceOf(InvalidIncidentError);
  });

  it("a misspelt or wrong config key is an error from createEvaluator", () => {
    const cases: [unknown, string, readonly (string | number)[]][] = [
      [{ interpretaton: { passiveAttendance: "prohibited" } }, "unrecognized_key", ["interpretaton"]],
      [{ lang: "fr" }, "invalid_value", ["lang"]],
      [{ engine: "fast" }, "invalid_value", ["engine"]],
      [{ cacheSize: -1 }, "too_small", ["cacheSize"]],
      [{ cacheSize: 1.5 }, "invalid_type", ["cacheSize"]],
      [{ interpretation: { passiveAtendance: "prohibited" } }, "unrecognized_key", ["interpretation", "passiveAtendance"]],
      [{ interpretation: { passiveAttendance: "maybe" } }, "invalid_value", ["interpretation", "passiveAttendance"]],
      [{ interpretation: "strict" }, "invalid_type", ["interpretation"]],
    ];
    for (const [config, code, path] of cases) {
      let caught: unknown;
      try {
        createEvaluator(config as never);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(config)).toBeInstanceOf(InvalidIncidentError);
      expect((caught as InvalidIncidentError).issues[0], JSON.stringify(config)).toMatchObject({ path });
      expect((caught as InvalidIncidentError).issues.map((issue) => issue.code), JSON.stringify(config)).toContain(code);
    }
  });

  it("an unsupported lang never gives messages that read undefined", () => {
    for (const lang of ["fr", "EN", "", "__proto__"]) {
      // In the evaluator's config: refused when the evaluator is made.
      let refused: unknown;
      try {
        createEvaluator({ lang } as never);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(InvalidIncidentError);
      expect((refused as InvalidIncidentError).issues[0]?.path).toEqual(["lang"]);
      expect((refused as InvalidIncidentError).message).not.toContain("undefined");
      let caught: unknown;
      try {
        evaluateIncidentSync({ ...valid, region: { province: "nowhere" } }, { lang } as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidIncidentError);
      expect((caught as InvalidIncidentError).message).not.toContain("undefined");
      expect((caught as InvalidIncidentError).issues[0]?.path).toEqual(["lang"]);
    }
  });

  function handBuilt(change: (rule: Rule) => Rule): Ruleset {
    const loaded = loadRuleset(bundledRulesetSource());
    return { ...loaded, rules: loaded.rules.map((rule, index) => (index === 0 ? change(rule) : rule)) };
  }

  it("a hand-built rule set with an unknown operator is refused by createEvaluator, with the loader's problem", () => {
    const ruleset = handBuilt((rule) => ({ ...rule, conditions: { name: "x", fact: "partyAttributes", operator: "equals", value: true } as unknown as Condition }));
    let caught: unknown;
    try {
      createEvaluator({ ruleset });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RulesetError);
    expect((caught as RulesetError).problems[0]).toMatchObject({ code: "unknown_operator", path: ["conditions", "operator"] });
    expect((caught as RulesetError).problems[0]?.messages.en).toContain('"equal"');
  });

  it("a hand-built rule set citing an unknown provision, or with indexes that contradict its data, is refused", () => {
    const unknownProvision = handBuilt((rule) => ({ ...rule, provisions: ["tidak-ada:pasal-1"] }));
    expect(() => createEvaluator({ ruleset: unknownProvision })).toThrow(RulesetError);
    const loaded = loadRuleset(bundledRulesetSource());
    const provinces = new Map(loaded.provinces);
    provinces.delete("papua");
    let caught: unknown;
    try {
      createEvaluator({ ruleset: { ...loaded, provinces } });
    } catch (error) {
      caught = error;
    }
    expect((caught as RulesetError).problems[0]).toMatchObject({ code: "inconsistent_ruleset", path: ["provinces"] });
  });

  it("a valid hand-built rule set (a rule removed) is checked, frozen and judged like a loaded one", () => {
    const loaded = loadRuleset(bundledRulesetSource());
    const removed = loaded.rules[0]?.id;
    const evaluator = createEvaluator({ ruleset: { ...loaded, rules: loaded.rules.slice(1) } });
    expect(evaluator.ruleset.rules.map((rule) => rule.id)).not.toContain(removed);
    expect(Object.isFrozen(evaluator.ruleset.rules)).toBe(true);
    expect(evaluator.evaluateSync(valid).findings.map((finding) => finding.ruleId)).not.toContain(removed);
  });
});

describe("bounded work: LIMITS checked by validate and loadRuleset before compiling", () => {
  const base = bundledRulesetSource();
  const leaf = { name: "unsur-atribut-partai", fact: "partyAttributes", operator: "equal", value: true };
  const rule = (conditions: unknown) => ({
    file: "aturan/uji/probe.json",
    data: {
      id: "uji/probe",
      title: { id: "Uji", en: "Probe" },
      prohibition: "campaign_attributes",
      provisions: ["pp-94-2021:pasal-5:huruf-n:angka-2"],
      inForce: { from: "2021-08-31" },
      applicability: { condition: "subjek-asn" },
      conditions,
    },
  });

  /** Shared conditions that fan out: each an `any` of `width` references to the next. */
  function fanOut(levels: number, width: number): SourceFile[] {
    return Array.from({ length: levels }, (_, index) => ({
      file: `kondisi/kipas-${index}.json`,
      data: {
        id: `kipas-${index}`,
        description: { id: "x", en: "x" },
        condition: index === levels - 1 ? leaf : { any: Array.from({ length: width }, () => ({ condition: `kipas-${index + 1}` })) },
      },
    }));
  }

  it("a 48 kB folder whose shared conditions fan out (100 references each) is refused in milliseconds, naming the conditions", () => {
    // 12 levels: within the depth limit (25 levels), 100^11 leaves once expanded.
    const conditions = fanOut(12, 100);
    expect(JSON.stringify(conditions).length).toBeLessThan(60_000);
    const source = mergeRulesetSources(base, { rules: [rule({ condition: "kipas-0" })], conditions });
    const started = performance.now();
    const { problems } = checkRuleset(source);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.code === "condition_too_large")).toBe(true);
    expect(problems.map((problem) => problem.file)).toContain("aturan/uji/probe.json");
    expect(problems.map((problem) => problem.file)).toContain("kondisi/kipas-0.json");
    expect(problems[0]?.messages.en).toContain(String(LIMITS.conditionNodes));
    expect(() => createEvaluator({ ruleset: source })).toThrow(RulesetError);
  });

  it(`a tree of exactly ${LIMITS.conditionNodes} expanded nodes loads; one more is refused`, () => {
    // kipas-0 = any of 99 references to a leaf: 1 + 99 × (1 reference + 1 leaf) = 199 nodes. The
    // rule's tree: an `all` (1) of n references to kipas-0 (n × 200).
    const conditions: SourceFile[] = [
      { file: "kondisi/kipas-0.json", data: { id: "kipas-0", description: { id: "x", en: "x" }, condition: { any: Array.from({ length: 99 }, () => ({ condition: "kipas-1" })) } } },
      { file: "kondisi/kipas-1.json", data: { id: "kipas-1", description: { id: "x", en: "x" }, condition: leaf } },
    ];
    const references = { all: Array.from({ length: 49 }, () => ({ condition: "kipas-0" })) };
    const leaves = (count: number) => ({ all: Array.from({ length: count }, () => leaf) });
    // 1 + (1 + 49 × 200) + (1 + 99) + (1 + 97) = 10,000.
    const fits = mergeRulesetSources(base, { rules: [rule({ all: [references, leaves(99), leaves(97)] })], conditions });
    expect(LIMITS.conditionNodes).toBe(10_000);
    expect(checkRuleset(fits).problems).toEqual([]);
    const over = mergeRulesetSources(base, { rules: [rule({ all: [references, leaves(99), leaves(98)] })], conditions });
    expect(checkRuleset(over).problems.map((problem) => problem.code)).toEqual(["condition_too_large"]);
  });

  it(`more than ${LIMITS.rules} rules is too_many_rules, before any schema`, () => {
    const template = rule(leaf);
    const rules = Array.from({ length: LIMITS.rules + 1 }, (_, index) => ({ ...template, file: `aturan/uji/r-${index}.json` }));
    const { problems } = checkRuleset({ ...base, rules });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "too_many_rules", path: ["rules"] });
  });
});

describe("validate checks regional overrides as it checks base calendars", () => {
  const base = bundledRulesetSource();
  const calendar = base.calendars.find((file) => (file.data as { id?: string }).id === "pilkada-2024") as SourceFile;
  const withOverride = (phases: unknown[]) => {
    const data = structuredClone(calendar.data) as Record<string, unknown>;
    data["regionOverrides"] = [
      { province: "papua", note: { id: "PSU", en: "Re-vote" }, confidence: "medium", phases },
    ];
    return mergeRulesetSources(base, { calendars: [{ file: calendar.file ?? "kalender/pilkada-2024.json", data }] });
  };
  const codes = (source: RulesetSource) => checkRuleset(source).problems.map((problem) => ({ code: problem.code, path: problem.path }));

  it("contiguous override periods inside the coverage pass", () => {
    expect(codes(withOverride([
      { phase: "campaign", from: "2025-01-01", to: "2025-01-10" },
      { phase: "quiet_period", from: "2025-01-11", to: "2025-01-13" },
      { phase: "voting_day", from: "2025-01-14", to: "2025-01-14" },
    ]))).toEqual([]);
  });

  it("an overlap, a gap, a reversed period and a period outside the coverage are each reported at their path", () => {
    expect(codes(withOverride([
      { phase: "campaign", from: "2025-01-01", to: "2025-01-10" },
      { phase: "quiet_period", from: "2025-01-09", to: "2025-01-13" },
    ]))).toEqual([{ code: "phase_overlap", path: ["regionOverrides", 0, "phases", 1, "from"] }]);
    expect(codes(withOverride([
      { phase: "campaign", from: "2025-01-01", to: "2025-01-10" },
      { phase: "voting_day", from: "2025-01-14", to: "2025-01-14" },
    ]))).toEqual([{ code: "phase_gap", path: ["regionOverrides", 0, "phases", 1, "from"] }]);
    expect(codes(withOverride([{ phase: "campaign", from: "2025-01-10", to: "2025-01-01" }]))).toEqual([
      { code: "in_force_reversed", path: ["regionOverrides", 0, "phases", 0, "to"] },
    ]);
    expect(codes(withOverride([{ phase: "campaign", from: "2025-12-30", to: "2026-01-05" }]))).toEqual([
      { code: "override_outside_coverage", path: ["regionOverrides", 0, "phases", 0] },
    ]);
  });
});
