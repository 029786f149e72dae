// Property tests (fast-check): what holds for every input, not only for the fixtures.
// Runs are bounded so the file takes a few seconds; a failure prints the seed and the shrunk input.
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  bundledRuleset,
  bundledRulesetSource,
  createEvaluator,
  evaluateIncident,
  evaluateIncidentSync,
  InvalidIncidentError,
  isInvalidIncidentError,
  loadRuleset,
  type Assessment,
  type Evaluator,
  type RulesetSource,
  type SourceFile,
  type TraceNode,
} from "../src/index.ts";
import { loadFixtures } from "../src/node/index.ts";
import { assessmentProblem, getPath, incidentArbitrary, incidentLeaves, leafValue, random, setPath, shuffle } from "./support/arbitraries.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

/** A full screening: every rule in force judged, none "not alleged" (as interview does from nothing). */
const screening = (value: unknown) => evaluateIncident(uncheckedIncident(value), { scope: "all" });

const RUNS = { incident: 150, anything: 150, pair: 80, ruleset: 10 } as const;
/** Generous: the machine may be shared; a run normally takes a few seconds. */
const TIMEOUT = 60_000;
vi.setConfig({ testTimeout: TIMEOUT });
fc.configureGlobal({ endOnFailure: process.env.FC_END_ON_FAILURE === "1" });

type Outcome = { readonly kind: "assessment"; readonly assessment: Assessment } | { readonly kind: "invalid"; readonly error: InvalidIncidentError };

/** Evaluates, and fails the property for anything but an assessment or an InvalidIncidentError. */
async function outcomeOf(input: unknown, evaluate: (input: unknown) => Promise<Assessment> = (value) => evaluateIncident(uncheckedIncident(value))): Promise<Outcome> {
  try {
    const assessment = await evaluate(input);
    const problem = assessmentProblem(assessment);
    if (problem) throw new Error(`invalid assessment: ${problem}`);
    return { kind: "assessment", assessment };
  } catch (error) {
    if (isInvalidIncidentError(error) && error instanceof InvalidIncidentError) {
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) {
        expect(typeof issue.message).toBe("string");
        expect(issue.message.length).toBeGreaterThan(0);
        expect(Array.isArray(issue.path)).toBe(true);
      }
      return { kind: "invalid", error };
    }
    throw error;
  }
}

/** The same outcome from the synchronous entry point. */
function syncOutcomeOf(input: unknown): Outcome {
  try {
    return { kind: "assessment", assessment: evaluateIncidentSync(uncheckedIncident(input)) };
  } catch (error) {
    if (isInvalidIncidentError(error) && error instanceof InvalidIncidentError) return { kind: "invalid", error };
    throw error;
  }
}

/** Every fact some leaf of a finding's trace could not read. */
function unknownFactsOf(assessment: Assessment): Set<string> {
  const facts = new Set<string>();
  const walk = (node: TraceNode): void => {
    if (node.kind === "leaf") for (const fact of node.unknownFacts) facts.add(fact);
    else node.children.forEach(walk);
  };
  for (const finding of assessment.findings) {
    walk(finding.trace.applicability);
    walk(finding.trace.conditions);
  }
  return facts;
}

const statusesOf = (assessment: Assessment): Record<string, string> =>
  Object.fromEntries(assessment.findings.map((finding) => [finding.ruleId, finding.status]));

describe("every input gets an assessment or an InvalidIncidentError, nothing else", () => {
  it("arbitrary JSON values", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (input) => {
        await outcomeOf(input);
      }),
      { numRuns: RUNS.anything },
    );
  });

  it("arbitrary JavaScript values, JSON or not (Maps, Dates, bigints, boxed values, null prototypes, sparse arrays, ...)", async () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    await fc.assert(
      fc.asyncProperty(anything, async (input) => {
        await outcomeOf(input);
        syncOutcomeOf(input);
      }),
      { numRuns: RUNS.anything },
    );
  });

  it("incident-shaped objects built from the schema's enums: mostly valid, always well-formed", async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(incidentArbitrary(), async (input) => {
        const outcome = await outcomeOf(input);
        if (outcome.kind === "assessment") valid++;
      }),
      { numRuns: RUNS.incident },
    );
    // Guards the generator: most generated incidents must reach the rules.
    expect(valid).toBeGreaterThan(RUNS.incident / 2);
  });

  it("valid incidents with one field replaced by any JSON value", async () => {
    const leaves = incidentLeaves();
    const paths = [["election"], ["region"], ["region", "province"], ["occurredAt"], ["subject"], ["conduct"], ["target"], ...leaves.map(([path]) => path)];
    await fc.assert(
      fc.asyncProperty(incidentArbitrary(), fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), async (incident, path, value) => {
        await outcomeOf(setPath(incident, path, value));
      }),
      { numRuns: RUNS.anything },
    );
  });
});

describe("results are deterministic", () => {
  const fresh: Evaluator = createEvaluator();

  it("the same input gives deep-equal output: twice, sync and async, and from a fresh evaluator", async () => {
    await fc.assert(
      fc.asyncProperty(incidentArbitrary(), async (input) => {
        const first = await outcomeOf(input);
        const second = await outcomeOf(structuredClone(input));
        const third = await outcomeOf(input, (value) => fresh.evaluate(uncheckedIncident(value)));
        const sync = syncOutcomeOf(input);
        if (first.kind === "assessment") {
          expect(second).toEqual(first);
          expect(third).toEqual(first);
          expect(sync).toEqual(first);
        } else {
          expect(second.kind).toBe("invalid");
          expect(third.kind).toBe("invalid");
          expect(sync.kind).toBe("invalid");
          if (second.kind === "invalid") expect(second.error.issues).toEqual(first.error.issues);
        }
      }),
      { numRuns: RUNS.pair },
    );
  });

  it("the json-rules-engine reference path agrees with the compiled path on every finding", async () => {
    await fc.assert(
      fc.asyncProperty(incidentArbitrary(), async (input) => {
        const compiled = await outcomeOf(input);
        fc.pre(compiled.kind === "assessment");
        const reference = await outcomeOf(input, (value) => evaluateIncident(uncheckedIncident(value), { engine: "json-rules-engine" }));
        if (compiled.kind !== "assessment" || reference.kind !== "assessment") throw new Error("unreachable");
        expect(statusesOf(reference.assessment)).toEqual(statusesOf(compiled.assessment));
        expect(reference.assessment.verdict).toBe(compiled.assessment.verdict);
        expect(reference.assessment.missingFacts).toEqual(compiled.assessment.missingFacts);
      }),
      { numRuns: RUNS.pair },
    );
  });
});

describe("three-valued monotonicity: one more known fact only settles what was unknown", () => {
  const ruleset = bundledRuleset();
  const leafByPath = new Map(incidentLeaves().map(([path, node]) => [path.join("."), node]));
  const areaOfPath = new Map([...ruleset.facts.values()].flatMap((definition) => (definition.path && definition.area ? [[definition.path, definition.area] as const] : [])));

  /** Every node result of `before` that was decided is unchanged in `after` (same tree shape). */
  function decidedNodesKept(before: TraceNode, after: TraceNode, where: string): void {
    if (before.result !== undefined) expect(after.result, where).toBe(before.result);
    if (before.kind !== "leaf" && after.kind !== "leaf") {
      expect(after.children.length, where).toBe(before.children.length);
      before.children.forEach((child, index) => decidedNodesKept(child, after.children[index] as TraceNode, `${where}/${index}`));
    }
  }

  /**
   * One more known fact only settles what was unknown. `alleged`: judged in the alleged scope, with
   * the new fact in a stated area or about the person (new conduct may bring a rule into scope).
   */
  async function checkMonotonicity(alleged: boolean): Promise<void> {
    const judge = alleged ? (value: unknown) => evaluateIncident(uncheckedIncident(value)) : screening;
    let settled = 0;
    let filled = 0;
    await fc.assert(
      fc.asyncProperty(incidentArbitrary(), fc.gen(), async (incident, g) => {
        const before = await outcomeOf(incident, judge);
        fc.pre(before.kind === "assessment");
        if (before.kind !== "assessment") return;
        // Missing: a fact some rule could not read, which an incident field fills.
        const missing = [...unknownFactsOf(before.assessment)]
          .map((name) => ruleset.facts.get(name)?.path)
          .filter((path): path is string => path !== undefined && leafByPath.has(path) && getPath(incident, path.split(".")) === undefined)
          .filter((path) => {
            const area = areaOfPath.get(path);
            return !alleged || area === undefined || before.assessment.alleged.includes(area);
          });
        fc.pre(missing.length > 0);
        const path = g(fc.constantFrom, ...missing);
        const node = leafByPath.get(path);
        if (!node) throw new Error(`no schema for ${path}`);
        const value = g(() => leafValue(node));
        const after = await outcomeOf(setPath(incident, path.split("."), value), judge);
        // A value an implication contradicts (role passive_listener beside active support) is refused, rightly.
        if (after.kind !== "assessment" && after.error.issues.every((issue) => issue.code === "contradictory_facts")) return;
        if (after.kind !== "assessment") throw new Error(`filling ${path} made the incident invalid: ${after.error.message}`);
        filled++;
        const afterById = new Map(after.assessment.findings.map((finding) => [finding.ruleId, finding]));
        expect([...afterById.keys()].sort()).toEqual(before.assessment.findings.map((finding) => finding.ruleId).sort());
        for (const finding of before.assessment.findings) {
          const later = afterById.get(finding.ruleId);
          if (!later) throw new Error(`no finding for ${finding.ruleId}`);
          const where = `${finding.ruleId} after setting ${path} = ${JSON.stringify(value)}`;
          // Kleene monotonicity, node by node: a decided condition stays decided the same way.
          decidedNodesKept(finding.trace.applicability, later.trace.applicability, `${where}: applicability`);
          decidedNodesKept(finding.trace.conditions, later.trace.conditions, `${where}: conditions`);
          // Hence for statuses: violated and not_applicable are final; violated and not_violated
          // never swap; undetermined may become anything. The one refinement of a decided status:
          // not_violated while it was unknown whether the rule binds the person becomes
          // not_applicable once the fact shows it does not (no breach either way).
          if (alleged && finding.status === "not_alleged") {
            // Not alleged before: the new fact is in a stated area or about the person, so the rule stays
            // out of scope (or is found not to bind the person at all).
            expect(["not_alleged", "not_applicable"], where).toContain(later.status);
          } else if (finding.status === "undetermined") {
            if (later.status !== "undetermined") settled++;
          } else if (finding.status === "not_violated" && finding.trace.applicability.result === undefined && later.status === "not_applicable") {
            // refinement, allowed
          } else {
            expect(later.status, where).toBe(finding.status);
          }
        }
        // The verdict never swings between violation and no violation.
        if (before.assessment.verdict === "violation") expect(after.assessment.verdict).toBe("violation");
        if (before.assessment.verdict === "no_violation") expect(["no_violation", "not_applicable"]).toContain(after.assessment.verdict);
      }),
      { numRuns: RUNS.incident },
    );
    // Guards against a vacuous pass: facts were filled and some findings did get settled.
    expect(filled).toBeGreaterThan(RUNS.incident / 3);
    expect(settled).toBeGreaterThan(0);
  }

  it("filling in one missing fact keeps every decided condition, and every decided finding (full screening)", () => checkMonotonicity(false));

  it("in the alleged scope, a missing fact of a stated area (or about the person) keeps every decided alleged finding; new conduct may bring a rule into scope", () =>
    checkMonotonicity(true));

});

describe("results do not depend on the order of rule files or of order-free condition elements", () => {
  const fixturesDir = fileURLToPath(new URL("../fixtures", import.meta.url));
  const base = bundledRulesetSource();
  const baseline = createEvaluator({ ruleset: base });
  // A fixed sample, so that each run costs the same however many fixtures there are: 20 fixtures
  // spread over the whole list, plus 20 generated incidents (seeded, so the sample is stable).
  const fixtures = loadFixtures(fixturesDir);
  const stride = Math.max(1, Math.ceil(fixtures.length / 20));
  const incidents: { incident: unknown; interpretation?: object }[] = [
    ...fixtures
      .filter((_entry, index) => index % stride === 0)
      .map(({ fixture }) => ({ incident: fixture.incident, ...(fixture.interpretation ? { interpretation: fixture.interpretation } : {}) })),
    ...fc.sample(incidentArbitrary(), { numRuns: 20, seed: 20_241_127 }).map((incident) => ({ incident })),
  ];

  async function judgeAll(evaluator: Evaluator): Promise<(Assessment | string)[]> {
    return Promise.all(
      incidents.map(({ incident, interpretation }) =>
        evaluator.evaluate(uncheckedIncident(incident), interpretation ? { interpretation } : {}).catch((error: unknown) => {
          if (isInvalidIncidentError(error)) return error.code;
          throw error;
        }),
      ),
    );
  }
  const expectedPromise = judgeAll(baseline);

  /** Compares cheaply through JSON first; a difference is then shown by a structural diff. */
  const texts = new WeakMap<readonly unknown[], string[]>();
  function sameResults(actual: readonly unknown[], expected: readonly unknown[]): void {
    expect(actual.length).toBe(expected.length);
    const expectedTexts = texts.get(expected) ?? expected.map((result) => JSON.stringify(result));
    texts.set(expected, expectedTexts);
    actual.forEach((result, index) => {
      if (JSON.stringify(result) !== expectedTexts[index]) expect(result, `incident #${index}`).toEqual(expected[index]);
    });
  }

  /** The assessment with findings in rule-id order: the order of files may only change the order of findings. */
  const byRuleId = (result: Assessment | string) =>
    typeof result === "string" ? result : { ...result, findings: [...result.findings].sort((left, right) => left.ruleId.localeCompare(right.ruleId)) };

  it("shuffled rule, catalogue, calendar and shared-condition files give the same assessments", async () => {
    const expected = (await expectedPromise).map(byRuleId); // computed once; its JSON is cached by sameResults
    await fc.assert(
      fc.asyncProperty(fc.integer(), async (seed) => {
        const next = random(seed);
        const shuffled: RulesetSource = {
          ...base,
          rules: shuffle(base.rules, next),
          provisions: shuffle(base.provisions, next),
          calendars: shuffle(base.calendars, next),
          conditions: shuffle(base.conditions, next),
        };
        const evaluator = createEvaluator({ ruleset: loadRuleset(shuffled) });
        sameResults((await judgeAll(evaluator)).map(byRuleId), expected);
      }),
      { numRuns: RUNS.ruleset },
    );
  });

  /** Shuffles every all/any child list and every in/notIn value list, recursively. */
  function shuffleConditions(value: unknown, next: () => number): unknown {
    if (Array.isArray(value)) return value.map((item) => shuffleConditions(item, next));
    if (value === null || typeof value !== "object") return value;
    const node = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      if ((key === "all" || key === "any") && Array.isArray(child)) copy[key] = shuffle(child, next).map((item) => shuffleConditions(item, next));
      else if (key === "value" && Array.isArray(child) && (node["operator"] === "in" || node["operator"] === "notIn")) copy[key] = shuffle(child, next);
      else copy[key] = shuffleConditions(child, next);
    }
    return copy;
  }

  /** What the order of condition elements may not change: verdicts, statuses, the facts still needed, sanctions. */
  const semantics = (result: Assessment | string) =>
    typeof result === "string"
      ? result
      : {
          verdict: result.verdict,
          findings: Object.fromEntries(result.findings.map((finding) => [finding.ruleId, { status: finding.status, missingFacts: [...finding.missingFacts].sort() }])),
          missingFacts: result.missingFacts,
          sanctionSummary: result.sanctionSummary,
          phase: result.phase.id,
        };

  it("shuffled all/any children and in/notIn lists give the same verdicts, statuses and missing facts", async () => {
    const expected = (await expectedPromise).map(semantics);
    await fc.assert(
      fc.asyncProperty(fc.integer(), async (seed) => {
        const next = random(seed);
        const reshape = (files: readonly SourceFile[]): SourceFile[] => files.map((file) => ({ ...file, data: shuffleConditions(file.data, next) }));
        const shuffled: RulesetSource = { ...base, rules: reshape(base.rules), conditions: reshape(base.conditions) };
        const evaluator = createEvaluator({ ruleset: loadRuleset(shuffled) });
        sameResults((await judgeAll(evaluator)).map(semantics), expected);
      }),
      { numRuns: RUNS.ruleset },
    );
  });
});
