// The interview's questions: ranked, relevant (every question can change some finding), and
// convergent (answering them settles every finding an answer can settle).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  answerQuestion,
  bundledRuleset,
  createEvaluator,
  isInvalidIncidentError,
  loadRuleset,
  bundledRulesetSource,
  mergeRulesetSources,
  nextQuestions,
  isRulesetError,
  type Assessment,
  type FactValue,
  type FindingStatus,
  traceElements,
  type Question,
} from "../src/index.ts";
import { loadFixtures } from "../src/node/index.ts";
import { FixtureSchema, type Fixture } from "../src/schema/fixture.ts";
import { answeringFact, findingRelevance, knownFacts } from "../src/questions/relevance.ts";
import { isAll, isAny, isLeaf, isNot, type Condition } from "../src/schema/condition.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

const fixturesDir = fileURLToPath(new URL("../fixtures", import.meta.url));
const cases = loadFixtures(fixturesDir).sort((left, right) => (left.file ?? "").localeCompare(right.file ?? ""));
const evaluator = createEvaluator();
const ruleset = bundledRuleset();
const dictionary = ruleset.facts;

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === "object" && value !== null && !Array.isArray(value);

function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const key of path.split(".")) {
    if (!isPlain(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** The answered fields of an incident as path → value (informational fields left out). */
function leaves(value: unknown, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  if (!isPlain(value)) {
    into.set(prefix, value);
    return into;
  }
  for (const [key, child] of Object.entries(value)) {
    if (["id", "summary", "$schema", "positionTitle", "name"].includes(key)) continue;
    leaves(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

/** `base` with its unknown fields filled from `other` (base wins). */
function fillFrom(base: unknown, other: unknown): unknown {
  if (!isPlain(base) || !isPlain(other)) return base === undefined ? other : base;
  const out: Plain = { ...other, ...base };
  for (const key of Object.keys(other)) if (key in base) out[key] = fillFrom(base[key], other[key]);
  return out;
}

/** The incident with a fact set: through its own path, or (for a derived fact asked through another) an answer that yields it. */
function setFact(incident: object, fact: string, value: FactValue, options: object): object | undefined {
  const answering = answeringFact(dictionary, fact);
  if (!answering?.path) return undefined;
  const target = {
    fact: answering.name,
    path: answering.path,
    type: answering.type,
    answers: (answering.values ?? []).map((entry) => ({ value: entry.value, label: entry.label })),
  };
  if (answering.name === fact) return answerQuestion(incident, target, value);
  for (const candidate of target.answers) {
    const answered = answerQuestion(incident, target, candidate.value);
    const assessment = evaluator.evaluateSync(uncheckedIncident(answered), options);
    const leaves = assessment.findings.flatMap((finding) => [...traceElements(finding.trace.applicability), ...traceElements(finding.trace.conditions)]);
    if (leaves.some((leaf) => leaf.fact === fact && leaf.actual === value)) return answered;
  }
  return undefined;
}

// The question machinery is checked on a full screening (scope "all"): every rule in force is judged,
// so an answer in any conduct area can move a finding. The alleged scope is checked below on its own.
const optionsOf = (fixture: Fixture) => ({ scope: "all" as const, ...(fixture.interpretation ? { interpretation: fixture.interpretation } : {}) });
const statusIn = (assessment: Assessment, ruleId: string): FindingStatus | undefined =>
  assessment.findings.find((finding) => finding.ruleId === ruleId)?.status;
const sameInterpretation = (left: Fixture, right: Fixture) => JSON.stringify(left.interpretation ?? {}) === JSON.stringify(right.interpretation ?? {});

/** Every value worth trying as an answer. */
function candidateAnswers(question: Question): FactValue[] {
  if (question.type === "integer") return [0, 1, 2, 5, 10, 50];
  return question.answers.map((answer) => answer.value);
}

/** Answers the top question again and again with `choose`, until none is left or `choose` declines. */
function interview(incident: unknown, options: object, choose: (question: Question) => FactValue | undefined, limit = 40) {
  let current = incident as object;
  const skipped = new Set<string>();
  const asked: string[] = [];
  let assessment = evaluator.evaluateSync(uncheckedIncident(current), options);
  for (let step = 0; step < limit; step++) {
    const [question] = nextQuestions(assessment, { exclude: skipped });
    if (!question) return { assessment, incident: current, asked, skipped };
    const value = choose(question);
    if (value === undefined) skipped.add(question.fact);
    else {
      asked.push(question.fact);
      current = answerQuestion(current, question, value);
      assessment = evaluator.evaluateSync(uncheckedIncident(current), options);
    }
  }
  throw new Error(`interview did not converge in ${limit} steps: asked ${asked.join(", ")}`);
}

const twinsFound: string[] = [];
const undeterminedCases = cases.flatMap(({ file, fixture }) =>
  /(^|\/)belum-ditentukan--/.test(file ?? "")
    ? Object.entries(fixture.expect.findings ?? {})
        .filter(([, status]) => status === "undetermined")
        .map(([ruleId]) => ({ file: file ?? "?", fixture, ruleId }))
    : [],
);

describe("the fact dictionary", () => {
  function factsOf(condition: Condition | undefined, into: Set<string>): Set<string> {
    if (!condition) return into;
    if (isLeaf(condition)) {
      into.add(condition.fact);
      if (isPlain(condition.value) && typeof condition.value["fact"] === "string") into.add(condition.value["fact"]);
    } else if (isAll(condition)) for (const child of condition.all) factsOf(child, into);
    else if (isAny(condition)) for (const child of condition.any) factsOf(child, into);
    else if (isNot(condition)) factsOf(condition.not, into);
    return into;
  }
  const used = new Set<string>();
  for (const rule of ruleset.rules) {
    factsOf(rule.applicability, used);
    factsOf(rule.conditions, used);
    for (const note of rule.notes ?? []) factsOf(note.when, used);
  }
  for (const condition of ruleset.conditions.values()) factsOf(condition, used);

  it.each([...used].sort())("%s has labels, and a question with allowed answers unless it is never asked", (fact) => {
    const definition = dictionary.get(fact);
    expect(definition, `${fact} is in rules/fakta.json`).toBeDefined();
    if (!definition) return;
    expect(definition.label.id.trim()).not.toBe("");
    expect(definition.label.en.trim()).not.toBe("");
    if (definition.type === "enum") {
      expect(definition.values?.length ?? 0, `${fact} lists its values`).toBeGreaterThan(0);
      for (const entry of definition.values ?? []) expect(entry.label.id && entry.label.en, `${fact}=${entry.value} has labels`).toBeTruthy();
    }
    const answering = answeringFact(dictionary, fact);
    if (!answering) {
      // Never asked: only derived calendar or interpretation facts, with no incident path to fill.
      expect(definition.derived, `${fact} is derived`).toBeDefined();
      expect(definition.path, `${fact} has no answerable path`).toBeUndefined();
      return;
    }
    expect(answering.question?.id.trim(), `${answering.name} asks in Indonesian`).toBeTruthy();
    expect(answering.question?.en.trim(), `${answering.name} asks in English`).toBeTruthy();
    expect(["boolean", "integer", "enum", "string"]).toContain(answering.type);
    if (answering.type === "enum") expect(answering.values?.length ?? 0).toBeGreaterThan(0);
    expect(answering.path, `${answering.name} names the incident path to fill`).toBeDefined();
  });

  it("derived facts answered indirectly name the path to fill", () => {
    expect(answeringFact(dictionary, "structuralOrFunctionalOfficial")?.path).toBe("subject.positionLevel");
    expect(answeringFact(dictionary, "targetStatus")?.path).toBe("target.status");
    expect(answeringFact(dictionary, "contest")?.path).toBe("target.contest");
    for (const never of ["phase", "electionKind", "withinReplacementWindow", "withinProgrammeWindow", "passiveAttendanceProhibited", "pppkBoundByPp94"]) {
      expect(answeringFact(dictionary, never), never).toBeUndefined();
    }
  });

  it("an `asks` naming no answerable fact is rejected", () => {
    const source = bundledRulesetSource();
    const data = source.facts.data as { facts: { name: string; asks?: string }[] };
    const facts = data.facts.map((definition) => (definition.name === "structuralOrFunctionalOfficial" ? { ...definition, asks: "positionLevl" } : definition));
    let caught: unknown;
    try {
      loadRuleset({ ...source, facts: { ...source.facts, data: { ...data, facts } } });
    } catch (error) {
      caught = error;
    }
    expect(isRulesetError(caught)).toBe(true);
    const problems = (caught as { problems: { path: readonly (string | number)[]; messages: { en: string } }[] }).problems;
    const problem = problems.find((candidate) => candidate.path.includes("asks"));
    expect(problem?.messages.en).toContain("positionLevel");
  });

  it("a rule using a fact missing from the dictionary is rejected", () => {
    const rule = {
      file: "aturan/uji/fakta-hilang.json",
      data: {
        id: "uji/fakta-hilang",
        title: { id: "Uji", en: "Probe" },
        prohibition: "campaign_attributes",
        provisions: ["pp-94-2021:pasal-5:huruf-n:angka-2"],
        inForce: { from: "2021-08-31" },
        applicability: { condition: "subjek-asn" },
        conditions: { all: [{ name: "unsur-uji", fact: "factNobodyDefined", operator: "equal", value: true }] },
      },
    };
    let caught: unknown;
    try {
      loadRuleset(mergeRulesetSources(bundledRulesetSource(), { rules: [rule] }));
    } catch (error) {
      caught = error;
    }
    expect(isRulesetError(caught)).toBe(true);
    expect(JSON.stringify((caught as { problems?: unknown }).problems)).toContain("factNobodyDefined");
  });
});

describe("answerQuestion", () => {
  const incident = { election: "pilkada-2024", region: { province: "kalimantan-tengah" }, occurredAt: "2024-10-10", subject: { employment: "pns" } };
  // A full screening (scope "all"): the incident states no conduct, so only then is the role asked.
  const assessment = evaluator.evaluateSync(uncheckedIncident(incident), { scope: "all" });
  const role = nextQuestions(assessment).find((question) => question.fact === "eventRole");

  it("fills the path immutably, creating objects on the way", () => {
    expect(role).toBeDefined();
    if (!role) return;
    const answered = answerQuestion(incident, role, "participant");
    expect(valueAt(answered, "conduct.event.role")).toBe("participant");
    expect(answered.subject).toEqual({ employment: "pns" });
    expect(incident).not.toHaveProperty("conduct");
    const again = answerQuestion(answered, { ...role, path: "conduct.event.kind", fact: "eventKind", answers: [{ value: "campaign", label: { id: "kampanye", en: "campaign" } }] }, "campaign");
    expect(valueAt(again, "conduct.event.role")).toBe("participant");
    expect(valueAt(answered, "conduct.event.kind")).toBeUndefined();
  });

  it("rejects a value that is not an allowed answer", () => {
    if (!role) return;
    let caught: unknown;
    try {
      answerQuestion(incident, role, "dancer");
    } catch (error) {
      caught = error;
    }
    expect(isInvalidIncidentError(caught)).toBe(true);
  });

  it("asks a derived fact through the fact it is answered by", () => {
    const official = { ...incident, election: "pemilu-2024", occurredAt: "2024-01-10", conduct: { event: { kind: "campaign", role: "participant" } } };
    const questions = nextQuestions(evaluator.evaluateSync(uncheckedIncident(official)));
    for (const question of questions) expect(question.path, question.fact).not.toBe("");
    expect(questions.map((question) => question.fact)).not.toContain("structuralOrFunctionalOfficial");
  });
});

describe("nextQuestions", () => {
  it("finds undetermined fixtures", () => {
    expect(undeterminedCases.length).toBeGreaterThan(5);
  });

  it("ranks by the findings one answer could settle, and lists only undetermined findings", () => {
    for (const { fixture } of undeterminedCases) {
      const assessment = evaluator.evaluateSync(fixture.incident, optionsOf(fixture));
      const questions = nextQuestions(assessment);
      const undetermined = new Set(assessment.findings.filter((finding) => finding.status === "undetermined").map((finding) => finding.ruleId));
      for (let index = 1; index < questions.length; index++) {
        expect((questions[index - 1]?.settles ?? 0) >= (questions[index]?.settles ?? 0)).toBe(true);
      }
      for (const question of questions) {
        expect(question.findings.length).toBeGreaterThan(0);
        for (const ruleId of question.findings) expect(undetermined.has(ruleId), ruleId).toBe(true);
        expect(question.text.id && question.text.en).toBeTruthy();
        expect(question.path).toMatch(/^[a-z][A-Za-z]*(\.[a-zA-Z]+)+$/);
      }
      expect(new Set(questions.map((question) => question.fact)).size).toBe(questions.length);
    }
  });

  // Relevance, checked by evaluating: every question can change some finding it lists. The witness
  // (answers to other facts under which two answers to this one differ) comes from the trace search;
  // the evaluator, run on the incident with those answers filled in, must confirm it.
  it.each(undeterminedCases.filter((entry, index, all) => all.findIndex((other) => other.file === entry.file) === index).map((entry) => [entry.file, entry] as const))(
    "no question in %s is one whose answer cannot change a finding",
    (_file, { fixture }) => {
      const options = optionsOf(fixture);
      const assessment = evaluator.evaluateSync(fixture.incident, options);
      for (const question of nextQuestions(assessment)) {
        let confirmed = false;
        for (const ruleId of question.findings) {
          const finding = assessment.findings.find((candidate) => candidate.ruleId === ruleId);
          if (!finding || confirmed) continue;
          const known = knownFacts(assessment.findings.flatMap((entry) => [entry.trace.applicability, entry.trace.conditions]));
          const { witnesses } = findingRelevance(finding.trace.applicability, finding.trace.conditions, dictionary, ruleset.data.facts.implications, known);
          for (const fact of question.facts) {
            const witness = witnesses.get(fact);
            if (!witness || confirmed) continue;
            let context: object | undefined = fixture.incident as object;
            for (const [other, value] of witness.context) context = context === undefined ? undefined : setFact(context, other, value, options);
            if (context === undefined) continue;
            const statuses = witness.answers.map((value) => {
              const incident = value === undefined ? context : setFact(context as object, fact, value, options);
              return incident === undefined ? undefined : statusIn(evaluator.evaluateSync(uncheckedIncident(incident), options), ruleId);
            });
            expect(statuses, `${fact} in ${ruleId}: the evaluator agrees with the trace search`).toEqual([...witness.statuses]);
            confirmed = statuses[0] !== statuses[1];
          }
        }
        if (!confirmed) {
          // No witness (search budget spent): at least an answer must change a listed finding on its own.
          const before = question.findings.map((ruleId) => statusIn(assessment, ruleId)).join(",");
          confirmed = candidateAnswers(question).some((value) => {
            const after = evaluator.evaluateSync(uncheckedIncident(answerQuestion(fixture.incident as object, question, value)), options);
            return question.findings.map((ruleId) => statusIn(after, ruleId)).join(",") !== before;
          });
        }
        expect(confirmed, `${question.fact} can change one of ${question.findings.join(", ")}`).toBe(true);
      }
    },
  );

  // (Each case may take longer than the default 5 s when the machine is loaded.)
  // Convergence against a fully specified twin: answer the questions in order with the twin's values.
  it.each(undeterminedCases.map((entry) => [`${entry.file} › ${entry.ruleId}`, entry] as const))("%s converges to its twin's status", (_name, { file, fixture, ruleId }) => {
    const options = optionsOf(fixture);
    const start = evaluator.evaluateSync(fixture.incident, options);
    expect(statusIn(start, ruleId)).toBe("undetermined");
    const finding = start.findings.find((candidate) => candidate.ruleId === ruleId);
    const askable = (finding?.missingFacts ?? []).filter((fact) => answeringFact(dictionary, fact) !== undefined);
    if (askable.length === 0) {
      // Only the calendar (or an interpretation) can settle it: the interview must not pretend otherwise.
      expect(nextQuestions(start).some((question) => question.findings.includes(ruleId))).toBe(false);
      return;
    }
    const folder = dirname(file);
    const siblings = cases.filter(
      (other) => other.file !== file && dirname(other.file ?? "") === folder && ["violated", "not_violated"].includes(other.fixture.expect.findings?.[ruleId] ?? ""),
    );
    const own = leaves(fixture.incident);
    const twins = siblings
      .map((sibling) => {
        const extendsIt = sameInterpretation(sibling.fixture, fixture) && [...own].every(([path, value]) => leaves(sibling.fixture.incident).get(path) === value);
        const incident = fillFrom(fixture.incident, sibling.fixture.incident) as object;
        let status: FindingStatus | undefined;
        try {
          status = statusIn(evaluator.evaluateSync(uncheckedIncident(incident), options), ruleId);
        } catch {
          status = undefined;
        }
        return { sibling, extendsIt, incident, status };
      })
      .filter((twin) => twin.status === "violated" || twin.status === "not_violated")
      .sort((left, right) => Number(right.extendsIt) - Number(left.extendsIt))
      .slice(0, 2);
    if (twins.length === 0) {
      // No sibling completes it: build the twin from the questions themselves (first allowed answer each).
      const built = interview(fixture.incident, options, (question) => candidateAnswers(question)[0]);
      twins.push({ sibling: { fixture, file }, extendsIt: false, incident: built.incident, status: statusIn(evaluator.evaluateSync(uncheckedIncident(built.incident), options), ruleId) });
    }
    if (twins.some((twin) => twin.extendsIt)) twinsFound.push(`${file} › ${ruleId}`);
    for (const twin of twins) {
      if (twin.extendsIt) expect(twin.status, `twin ${twin.sibling.file} as its fixture expects`).toBe(twin.sibling.fixture.expect.findings?.[ruleId]);
      const result = interview(fixture.incident, options, (question) => {
        const value = valueAt(twin.incident, question.path);
        return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : undefined;
      });
      expect(statusIn(result.assessment, ruleId), `answered ${result.asked.join(", ")} from ${twin.sibling.file}`).toBe(twin.status);
      expect(result.asked.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it("most undetermined fixtures have a fully specified twin fixture that extends them", () => {
    expect(twinsFound.length).toBeGreaterThan(undeterminedCases.length / 2);
  });

  // One test per fixture: a single loop over every fixture grew past vitest's 5 s default under load.
  it.each(cases.map((entry) => [entry.file ?? "?", entry] as const))("%s: answering every question leaves no finding undetermined (for want of an askable fact), and questions only shrink", (file, { fixture }) => {
    const options = optionsOf(fixture);
    let assessment: Assessment;
    try {
      assessment = evaluator.evaluateSync(fixture.incident, options);
    } catch {
      return;
    }
    let incident = fixture.incident as object;
    let previous = new Set(nextQuestions(assessment).map((question) => question.fact));
    for (let round = 0; round < 10 && previous.size > 0; round++) {
      // One round: answer every listed question at once, then evaluate again.
      for (const question of nextQuestions(assessment)) incident = answerQuestion(incident, question, candidateAnswers(question)[round % 2 === 0 ? 0 : candidateAnswers(question).length - 1] ?? 0);
      assessment = evaluator.evaluateSync(uncheckedIncident(incident), options);
      const now = new Set(nextQuestions(assessment).map((question) => question.fact));
      for (const fact of now) expect(previous.has(fact), `${file}: ${fact} appeared after answering`).toBe(true);
      previous = now;
    }
    expect(previous.size, `${file} has no questions left`).toBe(0);
    for (const finding of assessment.findings.filter((candidate) => candidate.status === "undetermined")) {
      const askable = finding.missingFacts.filter((fact) => answeringFact(dictionary, fact) !== undefined);
      expect(askable, `${file} ${finding.ruleId} waits only on facts nobody can be asked`).toEqual([]);
    }
    // One fixture answered to the end on a full screening: it screens every rule, slower on a busy machine.
  }, 60_000);
});

describe("questions in the alleged scope", () => {
  const read = (name: string): Fixture => FixtureSchema.parse(JSON.parse(readFileSync(join(fixturesDir, "cakupan-laporan", `${name}.json`), "utf8")));
  it("a report of a rally with unknown details asks about that rally only, never about decisions or party membership", () => {
    const fixture = read("terlihat-di-kampanye--peran-tidak-diketahui");
    const assessment = evaluator.evaluateSync(fixture.incident);
    expect(assessment.verdict).toBe("insufficient_facts");
    const asked = nextQuestions(assessment).map((question) => question.path);
    expect(asked.length).toBeGreaterThan(0);
    for (const path of asked) expect(path, path).toMatch(/^(conduct\.event\.|subject\.|target\.)/);
    expect(asked).toEqual(expect.arrayContaining(["conduct.event.role", "conduct.event.otherAsnBrought", "conduct.event.stateFacilitiesUsed"]));
    expect(asked).not.toContain("conduct.decision.effect");
    expect(asked).not.toContain("subject.partyMembership");
    // A full screening of the same report asks about every act.
    const screening = nextQuestions(evaluator.evaluateSync(fixture.incident, { scope: "all" })).map((question) => question.path);
    expect(screening).toEqual(expect.arrayContaining(["conduct.decision.effect", "subject.partyMembership"]));
  });

  it("a question whose answer an implication already fixes is never asked", () => {
    const incidents = [
      { subject: { employment: "pns", spouseOfCandidate: false }, conduct: { event: { kind: "campaign" } } },
      { subject: { employment: "pns" }, conduct: { event: { kind: "none" } } },
      { subject: { employment: "pns" }, conduct: { socialMedia: { action: "none" } } },
      { subject: { employment: "pns" }, conduct: { event: { kind: "campaign", role: "passive_listener" } } },
    ];
    const implications = dictionaryImplications();
    for (const partial of incidents) {
      const incident = { election: "pilkada-2024", region: { province: "kalimantan-tengah" }, occurredAt: "2024-10-10", ...partial };
      for (const scope of ["alleged", "all"] as const) {
        const asked = new Set(nextQuestions(evaluator.evaluateSync(uncheckedIncident(incident), { scope })).map((question) => question.fact));
        const stated = JSON.stringify(partial);
        for (const implication of implications) {
          if (!stated.includes(`"${pathKey(implication.if)}":${JSON.stringify(implication.is)}`)) continue;
          for (const fact of Object.keys(implication.then)) expect(asked.has(fact), `${fact} follows from ${implication.if}`).toBe(false);
        }
      }
    }
  });
});

function dictionaryImplications() {
  return bundledRuleset().data.facts.implications ?? [];
}

/** The last key of a fact's incident path (the key the incidents above use). */
function pathKey(fact: string): string {
  const path = bundledRuleset().facts.get(fact)?.path ?? fact;
  return path.slice(path.lastIndexOf(".") + 1);
}
