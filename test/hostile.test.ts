// Hostile rule files and incidents: prototype keys, JSONPath, deep nesting, huge inputs,
// unknown operators, values that are not JSON. Each must end in the library's own typed error
// (or a correct assessment), quickly, with no global state changed.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bundledRuleset,
  bundledRulesetSource,
  createEvaluator,
  evaluateIncident,
  evaluateIncidentSync,
  InvalidIncidentError,
  isInvalidIncidentError,
  isNetralitasError,
  isRulesetError,
  LIMITS,
  loadRuleset,
  mergeRulesetSources,
  RulesetError,
  type Assessment,
  type Condition,
  type InputIssue,
  type Rule,
  type Ruleset,
  type RulesetProblem,
  type RulesetSource,
  type SourceFile,
} from "../src/index.ts";
import { loadRulesetFromDir } from "../src/node/index.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

/** Well above the milliseconds these take, well below the seconds an unbounded walk would. */
const QUICK_MS = 2_000;

const valid = {
  election: "pilkada-2024",
  region: { province: "kalimantan-tengah" },
  occurredAt: "2024-10-10",
  subject: { employment: "pns" },
  conduct: { event: { kind: "campaign", role: "participant" } },
};

// ---------------------------------------------------------------------------------------------
// Global state: nothing any test here does may change the built-in prototypes or globals.

type Snapshot = Map<string, unknown>;
function snapshotGlobals(): Snapshot {
  const snapshot: Snapshot = new Map();
  const targets: [string, object][] = [
    ["Object.prototype", Object.prototype],
    ["Array.prototype", Array.prototype],
    ["Function.prototype", Function.prototype],
    ["String.prototype", String.prototype],
    ["Number.prototype", Number.prototype],
    ["Boolean.prototype", Boolean.prototype],
    ["Map.prototype", Map.prototype],
    ["Error.prototype", Error.prototype],
    ["Object", Object],
    ["JSON", JSON],
  ];
  for (const [name, target] of targets) {
    snapshot.set(`${name}:proto`, Object.getPrototypeOf(target));
    for (const key of Reflect.ownKeys(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor && !("value" in descriptor)) {
        snapshot.set(`${name}.${String(key)}:get`, descriptor.get);
        snapshot.set(`${name}.${String(key)}:set`, descriptor.set);
      } else snapshot.set(`${name}.${String(key)}`, descriptor?.value);
    }
  }
  for (const key of Reflect.ownKeys(globalThis)) snapshot.set(`globalThis.${String(key)}`, true);
  snapshot.set("zod.config", JSON.stringify(Object.keys(z.config())));
  return snapshot;
}

let before: Snapshot;
beforeAll(() => {
  before = snapshotGlobals();
});
afterAll(() => {
  const after = snapshotGlobals();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (key) => !key.startsWith("globalThis.") && before.get(key) !== after.get(key),
  );
  expect(changed, "built-in prototypes changed").toEqual([]);
  const addedGlobals = [...after.keys()].filter((key) => key.startsWith("globalThis.") && !before.has(key));
  // vitest and Node may add their own globals lazily; none may come from this library.
  expect(addedGlobals.filter((key) => /polluted|netralitas|jsonpath|__x/i.test(key))).toEqual([]);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(({} as { employment?: unknown }).employment).toBeUndefined();
});

function expectNoPollution(): void {
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("employment");
}

// ---------------------------------------------------------------------------------------------
// Incidents

/** Both entry points reject with an InvalidIncidentError; returns its issues. Fails on a verdict or any other error. */
async function rejected(input: unknown, options?: object): Promise<readonly InputIssue[]> {
  const started = performance.now();
  const outcome = await evaluateIncident(uncheckedIncident(input), options as never).then(
    (assessment: Assessment) => ({ assessment }),
    (error: unknown) => ({ error }),
  );
  expect(performance.now() - started).toBeLessThan(QUICK_MS);
  if ("assessment" in outcome) throw new Error(`expected an InvalidIncidentError, got the verdict ${outcome.assessment.verdict}`);
  const { error } = outcome;
  if (!isInvalidIncidentError(error)) throw error;
  expect(error).toBeInstanceOf(InvalidIncidentError);
  expect(() => evaluateIncidentSync(uncheckedIncident(input), options as never)).toThrow(InvalidIncidentError);
  for (const issue of error.issues) {
    expect(issue.messages.id.length).toBeGreaterThan(0);
    expect(issue.messages.en.length).toBeGreaterThan(0);
  }
  expectNoPollution();
  return error.issues;
}

describe("prototype keys in incidents never pollute and never judge", () => {
  it.each([
    ['{"__proto__": {"polluted": true}}', ["__proto__"]],
    ['{"constructor": {"prototype": {"polluted": true}}}', ["constructor"]],
    ['{"prototype": {"polluted": true}}', ["prototype"]],
    ['{"subject": {"employment": "pns", "__proto__": {"polluted": true}}}', ["subject", "__proto__"]],
    ['{"conduct": {"event": {"__proto__": {"kind": "campaign"}, "constructor": 1}}}', ["conduct", "event", "__proto__"]],
  ])("JSON %s is an unknown key", async (json, path) => {
    const extra = JSON.parse(json) as Record<string, unknown>;
    const incident = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
    // Merge by defining own properties, so that "__proto__" stays a key as JSON.parse made it.
    const merge = (target: Record<string, unknown>, source: Record<string, unknown>) => {
      for (const key of Object.keys(source)) {
        const value = source[key];
        const existing = Object.hasOwn(target, key) ? target[key] : undefined;
        if (existing && typeof existing === "object" && value && typeof value === "object" && key !== "__proto__") merge(existing as Record<string, unknown>, value as Record<string, unknown>);
        else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      }
    };
    merge(incident, extra);
    const issues = await rejected(incident);
    expect(issues.map((issue) => issue.path)).toContainEqual(path);
    expect(issues.every((issue) => issue.code === "unrecognized_key")).toBe(true);
  });

  it("an object whose prototype carries the fields is not plain data: inherited fields are never judged", async () => {
    const inherited = Object.create({ employment: "pns" }) as object;
    const issues = await rejected({ ...valid, subject: inherited });
    expect(issues[0]).toMatchObject({ code: "data_not_json", path: ["subject"] });
    const rootInherited = Object.create(valid) as object;
    expect((await rejected(rootInherited))[0]).toMatchObject({ code: "data_not_json", path: [] });
  });

  it("a null-prototype object is plain data and judged like any other", async () => {
    const subject = Object.assign(Object.create(null) as object, { employment: "pns" });
    const assessment = await evaluateIncident(uncheckedIncident({ ...valid, subject }));
    expect(assessment.verdict).toBe("violation");
  });

  it("prototype keys in the options are rejected too", async () => {
    const interpretation = JSON.parse('{"__proto__": {"passiveAttendance": "prohibited"}}') as object;
    const issues = await rejected(valid, { interpretation });
    expect(issues[0]?.path).toEqual(["interpretation", "__proto__"]);
  });
});

class Subject {
  employment = "pns";
}
const cyclic: Record<string, unknown> = { employment: "pns" };
cyclic["self"] = cyclic;
const cyclicArray: unknown[] = [];
cyclicArray.push(cyclicArray);
const withGetter = Object.defineProperty({}, "employment", { get: () => "pns", enumerable: true });
const withThrowingGetter = Object.defineProperty({}, "employment", {
  get: () => {
    throw new Error("boom");
  },
  enumerable: true,
});
const withSetterOnly = Object.defineProperty({}, "employment", { set: () => undefined, enumerable: true });
const throwingProxy = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error("trap");
    },
  },
);
const revoked = Proxy.revocable({}, {});
revoked.revoke();

describe("values that are not JSON are an InvalidIncidentError, never a crash or a verdict", () => {
  it.each<[string, (incident: typeof valid) => unknown, string, readonly (string | number)[]]>([
    ["a function", (incident) => ({ ...incident, id: () => "x" }), "data_not_json", ["id"]],
    ["a symbol", (incident) => ({ ...incident, id: Symbol("x") }), "data_not_json", ["id"]],
    ["a bigint", (incident) => ({ ...incident, conduct: { event: { otherAsnBrought: 12n } } }), "data_not_json", ["conduct", "event", "otherAsnBrought"]],
    ["NaN", (incident) => ({ ...incident, conduct: { event: { otherAsnBrought: Number.NaN } } }), "data_not_json", ["conduct", "event", "otherAsnBrought"]],
    ["Infinity", (incident) => ({ ...incident, conduct: { event: { otherAsnBrought: Number.POSITIVE_INFINITY } } }), "data_not_json", ["conduct", "event", "otherAsnBrought"]],
    ["-Infinity", (incident) => ({ ...incident, conduct: { event: { otherAsnBrought: Number.NEGATIVE_INFINITY } } }), "data_not_json", ["conduct", "event", "otherAsnBrought"]],
    ["an invalid Date", (incident) => ({ ...incident, occurredAt: new Date("not a date") }), "data_not_json", ["occurredAt"]],
    ["a valid Date", (incident) => ({ ...incident, occurredAt: new Date("2024-10-10T00:00:00Z") }), "data_not_json", ["occurredAt"]],
    ["a Map", (incident) => ({ ...incident, subject: new Map([["employment", "pns"]]) }), "data_not_json", ["subject"]],
    ["a Set", (incident) => ({ ...incident, subject: new Set(["pns"]) }), "data_not_json", ["subject"]],
    ["a RegExp", (incident) => ({ ...incident, occurredAt: /2024/ }), "data_not_json", ["occurredAt"]],
    ["a boxed string", (incident) => ({ ...incident, occurredAt: new String("2024-10-10") }), "data_not_json", ["occurredAt"]],
    ["a typed array", (incident) => ({ ...incident, subject: new Uint8Array(4) }), "data_not_json", ["subject"]],
    ["a class instance", (incident) => ({ ...incident, subject: new Subject() }), "data_not_json", ["subject"]],
    ["a class instance at the root", (incident) => Object.assign(new Subject(), incident), "data_not_json", []],
    ["a getter", (incident) => ({ ...incident, subject: withGetter }), "data_accessor", ["subject", "employment"]],
    ["a throwing getter", (incident) => ({ ...incident, subject: withThrowingGetter }), "data_accessor", ["subject", "employment"]],
    ["a setter without getter", (incident) => ({ ...incident, subject: withSetterOnly }), "data_accessor", ["subject", "employment"]],
    ["a getter on the root", (incident) => Object.defineProperty({ ...incident }, "occurredAt", { get: () => "2024-10-10", enumerable: true }), "data_accessor", ["occurredAt"]],
    ["a proxy whose trap throws", (incident) => ({ ...incident, subject: throwingProxy }), "data_unreadable", ["subject"]],
    ["a revoked proxy", (incident) => ({ ...incident, subject: revoked.proxy }), "data_unreadable", ["subject"]],
    ["a cyclic object", (incident) => ({ ...incident, subject: cyclic }), "data_cycle", ["subject", "self"]],
    ["a cyclic array", (incident) => ({ ...incident, summary: cyclicArray }), "data_cycle", ["summary", 0]],
  ])("%s", async (_name, build, code, path) => {
    const issues = await rejected(build(valid));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, path });
  });

  it("a shared (not cyclic) object used twice is fine", async () => {
    const event = { kind: "campaign", role: "participant" } as const;
    const assessment = await evaluateIncident(uncheckedIncident({ ...valid, conduct: { event }, target: { status: "candidate" } }));
    expect(assessment.verdict).toBe("violation");
  });

  it("the caller's object is read once: mutating it afterwards does not change the assessment", async () => {
    const incident = JSON.parse(JSON.stringify(valid)) as typeof valid & { conduct: { event: { role: string } } };
    const assessment = await evaluateIncident(uncheckedIncident(incident));
    incident.conduct.event.role = "passive_listener";
    const event = assessment.incident.conduct.event;
    expect(typeof event === "object" ? event.role : event).toBe("participant");
  });

  it.each([
    ["null options", null],
    ["a string as options", "en"],
    ["an unknown language", { lang: "fr" }],
    ["an unknown engine", { engine: "eval" }],
    ["options with a throwing getter", Object.defineProperty({}, "lang", { get: () => { throw new Error("boom"); }, enumerable: true })],
  ])("%s: an InvalidIncidentError", async (_name, options) => {
    await rejected(valid, options as object);
  });
});

/** An object nested `depth` levels deep under `key`. */
function deepObject(depth: number, key = "a"): Record<string, unknown> {
  let node: Record<string, unknown> = {};
  const root = node;
  for (let level = 1; level < depth; level++) {
    const child: Record<string, unknown> = {};
    node[key] = child;
    node = child;
  }
  return root;
}

function deepArray(depth: number): unknown[] {
  let node: unknown[] = [];
  const root = node;
  for (let level = 1; level < depth; level++) {
    const child: unknown[] = [];
    node.push(child);
    node = child;
  }
  return root;
}

describe("deep and huge incidents are rejected quickly, by the limits", () => {
  const { maxDepth, maxValues, maxStringLength } = LIMITS.incident;

  it.each([
    ["10,000 levels under an unknown key", { ...valid, deep: deepObject(10_000) }],
    ["10,000 levels under subject", { ...valid, subject: deepObject(10_000) }],
    ["100,000 nested arrays as summary", { ...valid, summary: deepArray(100_000) }],
  ])("%s: data_too_deep", async (_name, incident) => {
    const issues = await rejected(incident);
    expect(issues[0]?.code).toBe("data_too_deep");
    expect(issues[0]?.messages.en).toContain(String(maxDepth));
  });

  it("nesting up to the limit is read (and then judged by the schema)", async () => {
    // valid is 4 levels deep at most; an unknown key holding maxDepth - 1 levels stays within the limit.
    const issues = await rejected({ ...valid, deep: deepObject(maxDepth - 1) });
    expect(issues[0]?.code).toBe("unrecognized_key");
  });

  it.each([
    ["a 50 MB summary", () => ({ ...valid, summary: "x".repeat(50_000_000) }), "data_string_too_long"],
    ["a 20 MB key", () => ({ ...valid, ["k".repeat(20_000_000)]: 1 }), "data_string_too_long"],
    ["10 million array elements", () => ({ ...valid, subject: new Array(10_000_000).fill(1) }), "data_too_many_values"],
    ["a sparse array of length 2^32 - 1", () => ({ ...valid, subject: Object.assign([], { length: 2 ** 32 - 1 }) }), "data_too_many_values"],
    ["200,000 keys", () => ({ ...valid, ...Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`k${index}`, index])) }), "data_too_many_values"],
  ])("%s", async (_name, build, code) => {
    const issues = await rejected(build());
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe(code);
    // Building these inputs (50 MB strings, 200,000 keys) takes most of the time; `rejected` times the evaluation itself.
  }, 30_000);

  it("strings within the limit are left to the schema's own, tighter field limits", async () => {
    const issues = await rejected({ ...valid, summary: "x".repeat(maxStringLength) });
    expect(issues[0]).toMatchObject({ code: "too_big", path: ["summary"] });
    expect(maxValues).toBeGreaterThan(1_000);
  });
});

// ---------------------------------------------------------------------------------------------
// Rule files

const base = bundledRulesetSource();

function probeRule(over: Partial<Record<keyof Rule, unknown>> = {}): Record<string, unknown> {
  return {
    id: "uji/probe",
    title: { id: "Uji", en: "Probe" },
    prohibition: "campaign_attributes",
    provisions: ["pp-94-2021:pasal-5:huruf-n:angka-2"],
    inForce: { from: "2021-08-31" },
    applicability: { condition: "subjek-asn" },
    conditions: { all: [{ name: "unsur-atribut-partai", fact: "partyAttributes", operator: "equal", value: true }] },
    ...over,
  };
}

function withRule(data: unknown, extra: Partial<RulesetSource> = {}): RulesetSource {
  return mergeRulesetSources(base, { rules: [{ file: "aturan/uji/probe.json", data }], ...extra });
}

/** loadRuleset throws a RulesetError, quickly; returns its problems. */
function problemsOf(source: unknown): readonly RulesetProblem[] {
  const started = performance.now();
  let caught: unknown;
  try {
    loadRuleset(source as RulesetSource);
  } catch (error) {
    caught = error;
  }
  expect(performance.now() - started).toBeLessThan(QUICK_MS);
  if (caught === undefined) throw new Error("expected a RulesetError, the rule set loaded");
  if (!isRulesetError(caught)) throw caught;
  expect(caught).toBeInstanceOf(RulesetError);
  expect(caught.problems.length).toBeGreaterThan(0);
  for (const problem of caught.problems) {
    expect(problem.messages.id.length).toBeGreaterThan(0);
    expect(problem.messages.en.length).toBeGreaterThan(0);
  }
  expectNoPollution();
  return caught.problems;
}

describe("prototype keys in rule files and fact dictionaries", () => {
  it("the probe rule itself loads (so the failures below are the hostile part)", () => {
    expect(loadRuleset(withRule(probeRule())).rules.some((rule) => rule.id === "uji/probe")).toBe(true);
  });

  it.each([
    ["the rule's root", (json: string) => json.replace('"id":"uji/probe"', '"__proto__":{"polluted":true},"id":"uji/probe"'), ["__proto__"]],
    ["a condition leaf", (json: string) => json.replace('"name":"unsur-atribut-partai"', '"__proto__":{"polluted":true},"name":"unsur-atribut-partai"'), ["conditions", "all", 0, "__proto__"]],
    ["the title", (json: string) => json.replace('"title":{"id":"Uji"', '"title":{"constructor":{"prototype":{"polluted":true}},"id":"Uji"'), ["title", "constructor"]],
    ["the inForce dates", (json: string) => json.replace('"inForce":{', '"inForce":{"prototype":{"polluted":true},'), ["inForce", "prototype"]],
  ])("a prototype key in %s is an unknown key", (_name, edit, path) => {
    const data = JSON.parse(edit(JSON.stringify(probeRule()))) as unknown;
    const problems = problemsOf(withRule(data));
    expect(problems.map((problem) => problem.path)).toContainEqual(path);
  });

  it.each(["constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"])(
    "a fact named %s (an Object.prototype member) is not mistaken for a derived fact",
    (name) => {
      const facts = structuredClone(base.facts.data) as { facts: unknown[] };
      facts.facts.push({ name, type: "string", label: { id: "x", en: "x" } });
      const problems = problemsOf({ ...base, facts: { file: "fakta.json", data: facts } });
      expect(problems.map((problem) => problem.code)).toContain("unknown_derived_fact");
    },
  );

  it("a fact path through constructor or __proto__ is not an incident field", () => {
    const facts = structuredClone(base.facts.data) as { facts: unknown[] };
    facts.facts.push({ name: "sneaky", type: "string", path: "subject.constructor", label: { id: "x", en: "x" } });
    facts.facts.push({ name: "sneakier", type: "string", path: "__proto__.polluted", label: { id: "x", en: "x" } });
    const problems = problemsOf({ ...base, facts: { file: "fakta.json", data: facts } });
    expect(problems.filter((problem) => problem.path.includes("path"))).toHaveLength(2);
  });

  it("a shared condition named constructor works on both engines without touching prototypes", async () => {
    const shared: SourceFile = {
      file: "kondisi/constructor.json",
      data: { id: "constructor", description: { id: "x", en: "x" }, condition: { name: "subjek-pns", fact: "employment", operator: "equal", value: "pns" } },
    };
    const source = withRule(probeRule({ applicability: { condition: "constructor" } }), { conditions: [shared] });
    const evaluator = createEvaluator({ ruleset: source });
    for (const engine of ["compiled", "json-rules-engine"] as const) {
      const assessment = await evaluator.evaluate(uncheckedIncident({ ...valid, conduct: { event: { ...valid.conduct.event, partyAttributes: true } } }), { engine });
      expect(assessment.findings.find((finding) => finding.ruleId === "uji/probe")?.status).toBe("violated");
    }
    expectNoPollution();
  });
});

describe("JSONPath in a path is rejected: a path is data, never code", () => {
  const expressions = [
    "$..partyAttributes",
    "$[?(@.x)]",
    "$.a[0]",
    "a[?(@.constructor.constructor('return process')())]",
    "constructor.constructor('return this')()",
    "a.*",
  ];

  it.each(expressions)("a condition path %s", (path) => {
    const problems = problemsOf(withRule(probeRule({ conditions: { name: "unsur-x", fact: "partyAttributes", operator: "equal", value: true, path } })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "jsonpath_expression", path: ["conditions", "path"] });
    expect(problems[0]?.messages.en).toContain("JSONPath");
  });

  it.each(expressions)("a fact-dictionary path %s", (path) => {
    const facts = structuredClone(base.facts.data) as { facts: unknown[] };
    facts.facts.push({ name: "viaJsonPath", type: "string", path, label: { id: "x", en: "x" } });
    const problems = problemsOf({ ...base, facts: { file: "fakta.json", data: facts } });
    expect(problems.map((problem) => problem.code)).toContain("jsonpath_expression");
  });

  it("a hand-built Ruleset that skips the loader gets the loader's checks: its JSONPath is refused, never evaluated", () => {
    const loaded = loadRuleset(withRule(probeRule()));
    const hostile = "$[?(globalThis.__jsonpathRan = true)]";
    const rules = loaded.rules.map((rule): Rule =>
      rule.id === "uji/probe" ? { ...rule, conditions: { name: "unsur-x", fact: "partyAttributes", operator: "equal", value: true, path: hostile } as Condition } : rule,
    );
    const patched: Ruleset = { ...loaded, rules };
    let caught: unknown;
    try {
      createEvaluator({ ruleset: patched });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RulesetError);
    expect((caught as RulesetError).problems[0]).toMatchObject({ code: "jsonpath_expression", file: "aturan/uji/probe.json", path: ["conditions", "path"] });
    expect((globalThis as { __jsonpathRan?: unknown }).__jsonpathRan).toBeUndefined();
  });
});

describe("unknown operators", () => {
  it.each(["regex", "matches", "eval", "__proto__", "constructor", "equals", "in "])("%j is rejected with the list of operators", (operator) => {
    const problems = problemsOf(withRule(probeRule({ conditions: { name: "unsur-x", fact: "partyAttributes", operator, value: true } })));
    expect(problems[0]).toMatchObject({ code: "unknown_operator", path: ["conditions", "operator"] });
    expect(problems[0]?.messages.en).toContain("greaterThanInclusive");
  });

  it("a near miss gets a suggestion", () => {
    const problems = problemsOf(withRule(probeRule({ conditions: { name: "unsur-x", fact: "partyAttributes", operator: "equals", value: true } })));
    expect(problems[0]?.messages.en).toContain('"equal"');
  });
});

function leaf(): Record<string, unknown> {
  return { name: "unsur-atribut-partai", fact: "partyAttributes", operator: "equal", value: true };
}
function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let node: unknown = leaf();
  for (let level = 1; level < depth; level++) node = wrap(node);
  return node;
}
const inNot = (inner: unknown) => ({ not: inner });
const inAll = (inner: unknown) => ({ all: [inner] });

describe("deep condition trees are rejected or handled in bounded time, never a stack overflow", () => {
  const maximum = LIMITS.conditionDepth;

  it.each([
    ["5,000 nested not", () => nested(5_000, inNot), "data_too_deep"],
    ["20,000 nested not", () => nested(20_000, inNot), "data_too_deep"],
    ["5,000 nested all", () => nested(5_000, inAll), "data_too_deep"],
    [`${maximum + 1} nested not`, () => nested(maximum + 1, inNot), "condition_too_deep"],
    [`${maximum + 1} nested all`, () => nested(maximum + 1, inAll), "condition_too_deep"],
  ])("%s: %s", (_name, build, code) => {
    const problems = problemsOf(withRule(probeRule({ conditions: build() })));
    expect(problems[0]?.code).toBe(code);
    expect(problems[0]?.file).toBe("aturan/uji/probe.json");
  });

  it(`a tree of exactly ${maximum} levels loads and evaluates on both engines`, async () => {
    // Exactly `maximum` levels: the leaf inside maximum - 1 wrappers.
    const conditions = nested(maximum, inAll);
    const evaluator = createEvaluator({ ruleset: withRule(probeRule({ conditions })) });
    for (const engine of ["compiled", "json-rules-engine"] as const) {
      const assessment = await evaluator.evaluate(uncheckedIncident({ ...valid, conduct: { event: { ...valid.conduct.event, partyAttributes: true } } }), { engine });
      expect(assessment.findings.find((finding) => finding.ruleId === "uji/probe")?.status).toBe("violated");
    }
  });

  it("a hand-built Ruleset that skips the loader and nests 5,000 levels is a RulesetError from createEvaluator", () => {
    const loaded = loadRuleset(withRule(probeRule()));
    const rules = loaded.rules.map((rule): Rule => (rule.id === "uji/probe" ? { ...rule, conditions: nested(5_000, inNot) as Condition } : rule));
    expect(() => createEvaluator({ ruleset: { ...loaded, rules } })).toThrow(RulesetError);
  });

  it("depth counts through shared conditions: a chain of 3,000 references is rejected quickly", () => {
    const chain: SourceFile[] = Array.from({ length: 3_000 }, (_, index) => ({
      file: `kondisi/rantai-${index}.json`,
      data: { id: `rantai-${index}`, description: { id: "x", en: "x" }, condition: index === 2_999 ? leaf() : { condition: `rantai-${index + 1}` } },
    }));
    const problems = problemsOf(withRule(probeRule({ conditions: { condition: "rantai-0" } }), { conditions: chain }));
    expect(problems.every((problem) => problem.code === "condition_too_deep")).toBe(true);
    expect(problems.map((problem) => problem.file)).toContain("aturan/uji/probe.json");
  });

  it("a reference cycle between shared conditions is reported as a cycle", () => {
    const cycle: SourceFile[] = [
      { file: "kondisi/siklus-a.json", data: { id: "siklus-a", description: { id: "x", en: "x" }, condition: { all: [leaf(), { condition: "siklus-b" }] } } },
      { file: "kondisi/siklus-b.json", data: { id: "siklus-b", description: { id: "x", en: "x" }, condition: { any: [leaf(), { condition: "siklus-a" }] } } },
    ];
    const problems = problemsOf(withRule(probeRule({ conditions: { condition: "siklus-a" } }), { conditions: cycle }));
    expect(problems.map((problem) => problem.code)).toContain("condition_cycle");
  });

  it("a wide, diamond-shaped reference graph is measured once per shared condition, not once per path", () => {
    // 30 layers, each referring twice to the next: 2^30 paths, 30 shared conditions.
    const layers: SourceFile[] = Array.from({ length: 30 }, (_, index) => ({
      file: `kondisi/berlian-${index}.json`,
      data: {
        id: `berlian-${index}`,
        description: { id: "x", en: "x" },
        condition: index === 29 ? leaf() : { any: [{ condition: `berlian-${index + 1}` }, { condition: `berlian-${index + 1}` }] },
      },
    }));
    const problems = problemsOf(withRule(probeRule({ conditions: { condition: "berlian-0" } }), { conditions: layers }));
    expect(problems.map((problem) => problem.code)).toContain("condition_too_deep");
  });
});

describe("huge and non-JSON rule files are rejected quickly with clear problems", () => {
  const { maxStringLength, maxValues } = LIMITS.ruleFile;

  it.each([
    ["a 20 MB title", () => probeRule({ title: { id: "x".repeat(20_000_000), en: "x" } }), ["title", "id"]],
    ["a 20 MB condition name", () => probeRule({ conditions: { ...leaf(), name: "x".repeat(20_000_000) } }), ["conditions", "name"]],
    ["a 20 MB $schema", () => probeRule({ $schema: "x".repeat(20_000_000) }), ["$schema"]],
    ["a 20 MB key", () => ({ ...probeRule(), ["k".repeat(20_000_000)]: 1 }), ["k".repeat(20_000_000)]],
  ])("%s: data_string_too_long", (_name, build, path) => {
    const problems = problemsOf(withRule(build()));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "data_string_too_long", file: "aturan/uji/probe.json" });
    expect(problems[0]?.path).toEqual(path);
    expect(problems[0]?.messages.en).toContain(String(maxStringLength));
  });

  it("a file with more values than the limit", () => {
    const problems = problemsOf(withRule(probeRule({ provisions: Array.from({ length: maxValues + 1 }, () => "pp-94-2021:pasal-5:huruf-n:angka-2") })));
    expect(problems[0]?.code).toBe("data_too_many_values");
  });

  it.each([
    ["a function", () => probeRule({ title: { id: () => "x", en: "x" } }), "data_not_json"],
    ["a Date", () => probeRule({ inForce: { from: new Date() } }), "data_not_json"],
    ["a getter", () => Object.defineProperty(probeRule(), "id", { get: () => "uji/probe", enumerable: true }), "data_accessor"],
    [
      "a cycle through a known key",
      () => {
        const conditions: Record<string, unknown> = { all: [] };
        (conditions["all"] as unknown[]).push(conditions);
        return probeRule({ conditions });
      },
      "data_cycle",
    ],
  ])("%s in a rule file", (_name, build, code) => {
    const problems = problemsOf(withRule(build()));
    expect(problems[0]?.code).toBe(code);
  });

  it.each([
    ["null", null],
    ["an empty object", {}],
    ["rules that are not a list", { ...base, rules: "aturan" }],
    ["a throwing getter", Object.defineProperty({ ...base }, "rules", { get: () => { throw new Error("boom"); }, enumerable: true })],
  ])("a source that is %s", (_name, source) => {
    const problems = problemsOf(source);
    expect(problems[0]?.code).toBe("invalid_ruleset_source");
  });
});

describe("rule directories on disk with hostile files", () => {
  const rulesDir = fileURLToPath(new URL("../rules", import.meta.url));
  let dir: string;

  function copyRules(): string {
    const target = mkdtempSync(join(tmpdir(), "netralitas-hostile-"));
    const source = bundledRulesetSource();
    const write = (file: SourceFile) => {
      if (!file.file) return;
      const path = join(target, file.file);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, readFileSync(join(rulesDir, file.file)));
    };
    [...source.rules, ...source.provisions, ...source.calendars, ...source.conditions, source.regions, source.facts].forEach(write);
    return target;
  }

  beforeAll(() => {
    dir = copyRules();
    mkdirSync(join(dir, "aturan", "uji"), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function loadFails(): readonly RulesetProblem[] {
    const started = performance.now();
    let caught: unknown;
    try {
      loadRulesetFromDir(dir);
    } catch (error) {
      caught = error;
    }
    expect(performance.now() - started).toBeLessThan(10_000);
    if (caught === undefined) throw new Error("expected a RulesetError");
    expect(isNetralitasError(caught), `not a library error: ${String(caught)}`).toBe(true);
    return (caught as RulesetError).problems;
  }

  it("a rule file nested 100,000 levels deep", () => {
    writeFileSync(join(dir, "aturan", "uji", "probe.json"), `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(loadFails().length).toBeGreaterThan(0);
  });

  it("a 20 MB rule file", () => {
    writeFileSync(join(dir, "aturan", "uji", "probe.json"), JSON.stringify(probeRule({ title: { id: "x".repeat(20_000_000), en: "x" } })));
    expect(loadFails().length).toBeGreaterThan(0);
  });
});

describe("the bundled rule set is within its own limits", () => {
  it("loads, so every bundled file is within LIMITS", () => {
    expect(bundledRuleset().rules.length).toBeGreaterThan(0);
  });
});
