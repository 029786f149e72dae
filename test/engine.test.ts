import { describe, expect, it } from "vitest";
import {
  bundledRuleset,
  bundledRulesetSource,
  isInvalidIncidentError,
  createEvaluator,
  evaluateIncident,
  evaluateIncidentSync,
  loadRuleset,
  mergeRulesetSources,
  RulesetError,
  type Finding,
} from "../src/index.ts";
import { and, not, or, type TraceNode } from "../src/engine/trace.ts";
import { conductFactsOf } from "../src/ruleset/conduct.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";
import { CompiledRuleset } from "../src/engine/evaluate.ts";

const base = {
  election: "pilkada-2024",
  region: { province: "kalimantan-tengah" },
  occurredAt: "2024-10-10",
};

function finding(findings: readonly Finding[], ruleId: string): Finding {
  const found = findings.find((candidate) => candidate.ruleId === ruleId);
  if (!found) throw new Error(`no finding for ${ruleId}`);
  return found;
}

describe("three-valued logic", () => {
  it("follows Kleene's tables", () => {
    expect(and([true, undefined])).toBeUndefined();
    expect(and([false, undefined])).toBe(false);
    expect(or([true, undefined])).toBe(true);
    expect(or([false, undefined])).toBeUndefined();
    expect(not(undefined)).toBeUndefined();
    expect(not(false)).toBe(true);
  });

  const probe = {
    file: "aturan/uji/bukan-atribut-partai.json",
    data: {
      id: "uji/bukan-atribut-partai",
      title: { id: "Uji notEqual", en: "notEqual probe" },
      prohibition: "campaign_attributes",
      provisions: ["pp-94-2021:pasal-5:huruf-n:angka-2"],
      inForce: { from: "2021-08-31" },
      applicability: { condition: "subjek-asn" },
      conditions: { all: [{ name: "unsur-tanpa-atribut-partai", fact: "partyAttributes", operator: "notEqual", value: true }] },
    },
  };
  const evaluator = createEvaluator({ ruleset: mergeRulesetSources(bundledRulesetSource(), { rules: [probe] }) });

  it.each(["compiled", "json-rules-engine"] as const)("an absent fact never satisfies notEqual (%s)", async (engine) => {
    // The event is reported (its area is stated), its attributes are not.
    const unknown = await evaluator.evaluate({ ...base, subject: { employment: "pns" }, conduct: { event: {} } }, { engine });
    expect(finding(unknown.findings, "uji/bukan-atribut-partai").status).toBe("undetermined");
    expect(finding(unknown.findings, "uji/bukan-atribut-partai").missingFacts).toEqual(["partyAttributes"]);
    const known = await evaluator.evaluate({ ...base, subject: { employment: "pns" }, conduct: { event: { partyAttributes: false } } }, { engine });
    expect(finding(known.findings, "uji/bukan-atribut-partai").status).toBe("violated");
  });

  it("a decided branch hides irrelevant unknowns: a false element settles the rule", async () => {
    const assessment = await evaluateIncident({ ...base, subject: { employment: "pns" }, conduct: { event: { kind: "other" } } });
    const attributes = finding(assessment.findings, "pp-94-2021/atribut-kampanye");
    expect(attributes.status).toBe("not_violated");
    expect(attributes.missingFacts).toEqual([]);
  });

  it("missing facts are only those that could change the finding", async () => {
    const assessment = await evaluateIncident({ ...base, subject: { employment: "pns" }, conduct: { event: { kind: "campaign", role: "participant" } } });
    expect([...finding(assessment.findings, "pp-94-2021/atribut-kampanye").missingFacts].sort()).toEqual(["asnAttributes", "partyAttributes"]);
    expect(assessment.missingFacts).toEqual(expect.arrayContaining(["partyAttributes", "stateFacilitiesUsed", "otherAsnBrought"]));
    expect(assessment.missingFacts).not.toContain("eventKind");
  });
});

describe("subjects", () => {
  it.each(["tni", "polri", "village_head", "non_asn_staff"] as const)("a %s gets not_applicable under PP 94/2021, never no_violation", async (employment) => {
    const assessment = await evaluateIncident({
      ...base,
      subject: { employment },
      conduct: { event: { kind: "campaign", role: "participant", partyAttributes: true } },
    });
    for (const item of assessment.findings.filter((entry) => entry.ruleId.startsWith("pp-94-2021/"))) {
      expect(item.status, item.ruleId).toBe("not_applicable");
    }
    expect(assessment.verdict).not.toBe("no_violation");
  });

  it("an unknown employment leaves violations undetermined and asks for it", async () => {
    const assessment = await evaluateIncident({ ...base, conduct: { event: { kind: "campaign", role: "participant" } } });
    const participation = finding(assessment.findings, "pp-94-2021/ikut-kampanye");
    expect(participation.status).toBe("undetermined");
    expect(participation.missingFacts).toContain("employment");
  });

  it("a PPPK finding under PP 94/2021 says the application is unsettled", async () => {
    const assessment = await evaluateIncident({ ...base, subject: { employment: "pppk" }, conduct: { event: { kind: "campaign", role: "participant" } } });
    const participation = finding(assessment.findings, "pp-94-2021/ikut-kampanye");
    expect(participation.status).toBe("not_applicable");
    expect(participation.notes.map((note) => note.text.en).join(" ")).toContain("unsettled");
  });
});

describe("interpretation options", () => {
  const passive = { ...base, subject: { employment: "pns" }, conduct: { event: { kind: "campaign", role: "passive_listener", accompanyingSpouse: false } } };

  it("passive attendance is allowed by default, with a note naming the conflicting reading", async () => {
    const assessment = await evaluateIncident(uncheckedIncident(passive));
    const participation = finding(assessment.findings, "pp-94-2021/ikut-kampanye");
    expect(participation.status).toBe("not_violated");
    const interpretation = participation.notes.find((note) => note.kind === "interpretation");
    expect(interpretation?.text.en).toContain("SKB 2022 Lampiran II A6");
    expect(participation.explanation.id).toContain("Catatan");
    expect(assessment.interpretation.passiveAttendance).toBe("allowed");
  });

  it("the strict option makes it a violation, per call or per evaluator", async () => {
    const perCall = await evaluateIncident(uncheckedIncident(passive), { interpretation: { passiveAttendance: "prohibited" } });
    expect(finding(perCall.findings, "pp-94-2021/ikut-kampanye").status).toBe("violated");
    const strict = createEvaluator({ interpretation: { passiveAttendance: "prohibited" } });
    expect(finding((await strict.evaluate(uncheckedIncident(passive))).findings, "pp-94-2021/ikut-kampanye").status).toBe("violated");
  });
});

describe("assessment contents", () => {
  const camat = {
    ...base,
    subject: { employment: "pns", positionLevel: "administrator" },
    conduct: { event: { kind: "campaign", role: "participant", otherAsnBrought: 14 } },
  };

  it("carries phase, local date, zone, law date, citations and sanctions", async () => {
    const assessment = await evaluateIncident(uncheckedIncident(camat));
    expect(assessment.verdict).toBe("violation");
    expect(assessment.phase.id).toBe("campaign");
    expect(assessment.region).toMatchObject({ zone: "WIB", province: "kalimantan-tengah" });
    expect(assessment.lawDate).toBe("2024-10-10");
    const mobilisation = finding(assessment.findings, "pp-94-2021/pengerahan-pns");
    expect(mobilisation.status).toBe("violated");
    expect(mobilisation.provisions[0]).toMatchObject({ id: "pp-94-2021:pasal-5:huruf-n:angka-3", citation: "PP 94/2021 Pasal 5 huruf n angka 3" });
    expect(mobilisation.sanctions[0]).toMatchObject({ kind: "discipline", level: "berat", basis: "PP 94/2021 Pasal 14 huruf i" });
    expect(mobilisation.explanation.id).toContain("Jumlah ASN lain yang dikerahkan");
    expect(mobilisation.explanation.en).toContain("fact: 14");
    expect(assessment.sanctionSummary.heaviestDiscipline).toBe("berat");
    // Angka 1's level is unclear in the sources (L): the summary and the finding say so.
    expect(assessment.sanctionSummary.disciplineLevelUnclear).toBe(true);
    expect(finding(assessment.findings, "pp-94-2021/ikut-kampanye").confidence).toBe("low");
  });

  it("uncertain calendars and provisions are surfaced in the output", async () => {
    const assessment = await evaluateIncident(uncheckedIncident({ ...camat, election: "pilkada-2020", occurredAt: "2020-10-10" }));
    expect(assessment.election.confidence).toBe("medium");
    expect(assessment.uncertainties.some((note) => note.en.includes("pilkada-2020"))).toBe(true);
  });

  it("the synchronous and json-rules-engine paths agree with the default", async () => {
    const asynchronous = await evaluateIncident(uncheckedIncident(camat));
    const synchronous = evaluateIncidentSync(uncheckedIncident(camat));
    const reference = await evaluateIncident(uncheckedIncident(camat), { engine: "json-rules-engine" });
    const statuses = (findings: readonly Finding[]) => findings.map((item) => [item.ruleId, item.status]);
    expect(statuses(synchronous.findings)).toEqual(statuses(asynchronous.findings));
    expect(statuses(reference.findings)).toEqual(statuses(asynchronous.findings));
    expect(reference.engine).toBe("json-rules-engine");
  });

  it("a rule set with a typo'd fact is refused with the file and a suggestion", () => {
    const broken = {
      file: "aturan/uji/salah-fakta.json",
      data: {
        id: "uji/salah-fakta",
        title: { id: "Uji", en: "Probe" },
        prohibition: "campaign_attributes",
        provisions: ["pp-94-2021:pasal-5:huruf-n:angka-2"],
        inForce: { from: "2021-08-31" },
        applicability: { condition: "subjek-asn" },
        conditions: { all: [{ name: "unsur-atribut", fact: "partyAtributes", operator: "equal", value: true }] },
      },
    };
    let caught: unknown;
    try {
      loadRuleset(mergeRulesetSources(bundledRulesetSource(), { rules: [broken] }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RulesetError);
    const problem = (caught as RulesetError).problems[0];
    expect(problem).toMatchObject({ code: "unknown_fact", file: "aturan/uji/salah-fakta.json", path: ["conditions", "all", 0, "fact"] });
    expect(problem?.messages.en).toContain('"partyAttributes"');
  });
});

describe("alleged scope", () => {
  it("every bundled rule names its conduct elements, each a node of its conditions that reads only conduct facts", () => {
    const ruleset = bundledRuleset();
    for (const rule of ruleset.rules) {
      expect(rule.conduct, rule.id).toBeDefined();
      const facts = conductFactsOf(rule, ruleset.conditions);
      expect(facts.length, rule.id).toBeGreaterThan(0);
      for (const fact of facts) expect(ruleset.facts.get(fact)?.area, `${rule.id}: ${fact}`).toBeDefined();
    }
  });

  it("a rule is alleged by any of its conduct areas, and only rules whose conduct is stated are judged", async () => {
    const incident = { ...base, subject: { employment: "pns" }, conduct: { decision: { effect: "favours" } }, target: { status: "candidate" } };
    const assessment = await evaluateIncident(uncheckedIncident(incident));
    expect(assessment.alleged).toEqual(["decision"]);
    for (const finding of assessment.findings) {
      if (finding.prohibition === "favouring_decision") expect(finding.status, finding.ruleId).not.toBe("not_alleged");
      if (finding.prohibition === "banner" || finding.prohibition === "partisan_photo") expect(finding.status, finding.ruleId).toBe("not_alleged");
      if (finding.status === "not_alleged") expect(finding.missingFacts, finding.ruleId).toEqual([]);
    }
    const screening = await evaluateIncident(uncheckedIncident(incident), { scope: "all" });
    expect(screening.findings.some((finding) => finding.status === "not_alleged")).toBe(false);
    expect(screening.verdict).toBe("violation");
  });

  it("a stated fact that contradicts an implied one is an input error naming the fact's path", () => {
    let caught: unknown;
    try {
      evaluateIncidentSync({ ...base, subject: { employment: "pns", spouseOfCandidate: false }, conduct: { event: { kind: "campaign", accompanyingSpouse: true } } });
    } catch (error) {
      caught = error;
    }
    expect(isInvalidIncidentError(caught)).toBe(true);
    const issue = (caught as { issues: { code: string; path: readonly string[] }[] }).issues[0];
    expect(issue?.code).toBe("contradictory_facts");
    expect(issue?.path).toEqual(["conduct", "event", "accompanyingSpouse"]);
  });

  it("\"none\" for an area and a list of acts pass the schema's fast path and zod alike, and a misspelt key inside an area is named", () => {
    const listed = evaluateIncidentSync({ ...base, subject: { employment: "pns" }, conduct: { photo: "none", socialMedia: [{ action: "like", target: "other" }, { action: "none" }] } });
    expect(listed.alleged).toEqual(["socialMedia", "photo"]);
    let caught: unknown;
    try {
      evaluateIncidentSync(uncheckedIncident({ ...base, subject: { employment: "pns" }, conduct: { photo: { wth: "none" } } }));
    } catch (error) {
      caught = error;
    }
    const issue = (caught as { issues: { code: string; path: readonly string[]; message: string }[] }).issues[0];
    expect(issue?.code).toBe("unrecognized_key");
    expect(issue?.path).toEqual(["conduct", "photo", "wth"]);
    expect(issue?.message).toContain('"with"');
  });
});

describe("sanctions by the law date and by whom an article reaches", () => {
  const decision = (employment: string, occurredAt: string) =>
    uncheckedIncident({
      election: "pilkada-2024",
      region: { province: "kalimantan-tengah" },
      occurredAt,
      subject: { employment },
      conduct: { decision: { effect: "favours" } },
      target: { status: "candidate" },
    });
  const rule = "uu-10-2016/keputusan-menguntungkan-pasangan-calon";

  it("UU 10/2016 Pasal 188 reaches TNI/Polri only from 14 Nov 2024 (MK 136/PUU-XXII/2024), in either order on one evaluator", () => {
    for (const order of [["2024-11-13", "2024-11-14"], ["2024-11-14", "2024-11-13"]] as const) {
      const evaluator = createEvaluator();
      const results = new Map(order.map((date) => [date, evaluator.evaluateSync(decision("tni", date))] as const));
      const before = results.get("2024-11-13");
      const after = results.get("2024-11-14");
      const findingBefore = before?.findings.find((entry) => entry.ruleId === rule);
      const findingAfter = after?.findings.find((entry) => entry.ruleId === rule);
      expect(findingBefore?.status).toBe("violated");
      expect(findingAfter?.status).toBe("violated");
      // One version each: the earlier one before the ruling, the later one (with its L start date) from it.
      expect(findingBefore?.sanctions.filter((sanction) => sanction.kind === "criminal").map((sanction) => sanction.inForce?.from)).toEqual(["2016-07-01"]);
      expect(findingAfter?.sanctions.filter((sanction) => sanction.kind === "criminal").map((sanction) => sanction.inForce?.from)).toEqual(["2024-11-14"]);
      expect(before?.sanctionSummary.criminal.map((sanction) => sanction.article)).toEqual([]);
      expect(after?.sanctionSummary.criminal.map((sanction) => sanction.article)).toEqual(["UU 10/2016 Pasal 188"]);
      expect(findingAfter?.confidence).toBe("low");
    }
  });

  it("a PNS is exposed under Pasal 188 before the ruling too, with the earlier version's confidence", () => {
    const assessment = evaluateIncidentSync(decision("pns", "2024-11-13"));
    expect(assessment.sanctionSummary.criminal.map((sanction) => sanction.inForce?.from)).toEqual(["2016-07-01"]);
    expect(assessment.findings.find((entry) => entry.ruleId === rule)?.confidence).not.toBe("low");
  });

  it("the phase follows the candidate's contest: DPR lists were fixed on 3 Nov 2023, presidential pairs on 13 Nov 2023", () => {
    const appeal = (contest: string) =>
      evaluateIncidentSync(
        uncheckedIncident({
          election: "pemilu-2024",
          region: { province: "dki-jakarta" },
          occurredAt: "2023-11-05",
          subject: { employment: "pns" },
          conduct: { partisanActivity: { form: "appeal", audience: "colleagues" } },
          target: { contest },
        }),
      );
    const dpr = appeal("dpr");
    expect(dpr.phase.id).toBe("candidates_determined");
    expect(dpr.findings.find((entry) => entry.ruleId === "pp-94-2021/kegiatan-keberpihakan")?.status).toBe("violated");
    const president = appeal("president");
    expect(president.phase.id).toBe("registration");
    expect(president.findings.find((entry) => entry.ruleId === "pp-94-2021/kegiatan-keberpihakan")?.status).toBe("not_violated");
  });
});

describe("cache statistics", () => {
  const incident = uncheckedIncident({ ...base, subject: { employment: "pns" }, conduct: { event: { kind: "campaign", role: "speaker" } } });
  it("count one lookup per rule in force: misses first, hits when the same facts come again", () => {
    const evaluator = createEvaluator({ cacheSize: 1024 });
    expect(evaluator.cacheStats().outcomes).toEqual({ hits: 0, misses: 0, entries: 0, capacity: 1024 });
    const rules = evaluator.evaluateSync(incident).findings.length;
    const first = evaluator.cacheStats().outcomes;
    expect(first.misses).toBe(rules);
    expect(first.hits).toBe(0);
    expect(first.entries).toBe(rules);
    evaluator.evaluateSync(incident);
    const second = evaluator.cacheStats().outcomes;
    expect(second.hits).toBe(rules);
    expect(second.misses).toBe(rules);
  });
  it("count nothing when the cache is off, and the fast mode does not touch the cache", () => {
    const off = createEvaluator({ cacheSize: 0 });
    off.evaluateSync(incident);
    expect(off.cacheStats().outcomes).toEqual({ hits: 0, misses: 0, entries: 0, capacity: 0 });
    const fast = createEvaluator();
    fast.verdictSync(incident);
    expect(fast.cacheStats().outcomes.hits + fast.cacheStats().outcomes.misses).toBe(0);
  });
});

describe("memos bounded by bytes", () => {
  // Each count of people brought, unknown role: undetermined findings whose traces differ.
  const undetermined = Array.from({ length: 200 }, (_, index) =>
    uncheckedIncident({ ...base, subject: { employment: "pns" }, conduct: { event: { kind: index % 2 === 0 ? "campaign" : "party_event", otherAsnBrought: index + 1 } } }),
  );
  const readAll = (evaluator: ReturnType<typeof createEvaluator>, incident: (typeof undetermined)[number]) =>
    evaluator.evaluateSync(incident).findings.map((entry) => entry.explanation.en).join("\n");
  it("have capacities set by the cache size", () => {
    expect(createEvaluator().cacheStats().memos).toEqual({ texts: { bytes: 0, capacity: 32 * 1024 * 1024 }, questions: { bytes: 0, capacity: 4 * 1024 * 1024 } });
    expect(createEvaluator({ cacheSize: 256 }).cacheStats().memos).toEqual({ texts: { bytes: 0, capacity: 1024 * 1024 }, questions: { bytes: 0, capacity: 256 * 1024 } });
    expect(createEvaluator({ cacheSize: 2048 }).cacheStats().memos.questions.capacity).toBe(1024 * 1024);
    expect(createEvaluator({ cacheSize: 0 }).cacheStats().memos).toEqual({ texts: { bytes: 0, capacity: 0 }, questions: { bytes: 0, capacity: 0 } });
  });
  it("fill within their capacity, belong to one evaluator, and change no text", () => {
    const small = createEvaluator({ cacheSize: 16 });
    const other = createEvaluator({ cacheSize: 16 });
    const off = createEvaluator({ cacheSize: 0 });
    let asked = 0;
    for (const incident of undetermined) {
      const text = readAll(small, incident);
      if (text.includes("To decide")) asked++;
      const { texts, questions } = small.cacheStats().memos;
      expect(texts.bytes).toBeLessThanOrEqual(texts.capacity);
      expect(questions.bytes).toBeLessThanOrEqual(questions.capacity);
    }
    expect(asked).toBe(undetermined.length);
    expect(small.cacheStats().memos.questions.bytes).toBeGreaterThan(0);
    expect(small.cacheStats().memos.texts.bytes).toBeGreaterThan(0);
    // Another evaluator on the same rule set has its own (empty) memos.
    expect(other.cacheStats().memos.questions.bytes).toBe(0);
    // Remembered or composed each time, the same words.
    for (const incident of undetermined.slice(-10)) expect(readAll(small, incident)).toBe(readAll(off, incident));
    expect(off.cacheStats().memos.questions.bytes).toBe(0);
  });
});

describe("trace nodes kept for sharing", () => {
  // Distinct counts of people brought, in distinct roles and kinds of event: each makes new leaves and groups.
  const roles = ["speaker", "participant", "organiser", "campaign_team", "passive_listener"] as const;
  const incidents = Array.from({ length: 600 }, (_, index) =>
    uncheckedIncident({
      ...base,
      subject: { employment: index % 2 === 0 ? "pns" : "pppk" },
      conduct: { event: { kind: index % 3 === 0 ? "campaign" : "party_event", role: roles[index % roles.length], otherAsnBrought: index + 1 } },
    }),
  );
  const texts = (evaluator: ReturnType<typeof createEvaluator>, incident: (typeof incidents)[number]) =>
    evaluator.evaluateSync(incident).findings.map((entry) => [entry.status, entry.explanation.en, JSON.stringify(entry.trace)]);
  it("stay within a budget set by the cache size, and past it traces and explanations are the same", () => {
    const small = createEvaluator({ cacheSize: 16 });
    const { capacity } = small.cacheStats().traceNodes;
    expect(capacity).toBe(1024);
    expect(createEvaluator().cacheStats().traceNodes.capacity).toBe(131_072);
    let last = 0;
    for (const incident of incidents) {
      texts(small, incident);
      const { shared } = small.cacheStats().traceNodes;
      expect(shared).toBeGreaterThanOrEqual(last);
      expect(shared).toBeLessThanOrEqual(capacity);
      last = shared;
    }
    expect(last).toBe(capacity);
    // Judged after the budget ran out (nodes made afresh) and by a new evaluator: equal.
    for (const incident of incidents.slice(-20)) expect(texts(small, incident)).toEqual(texts(createEvaluator(), incident));
  });
  it("are not spent on groups over a node made for one trace (past a leaf's 64 kept values)", () => {
    const evaluator = createEvaluator();
    const counted = (count: number) =>
      uncheckedIncident({ ...base, subject: { employment: "pns" }, conduct: { event: { kind: "campaign", role: "speaker", otherAsnBrought: count } } });
    // Counts 1 to 100 fill the leaves of the count (64 values each) and the groups over them.
    for (let count = 1; count <= 100; count++) texts(evaluator, counted(count));
    const { shared } = evaluator.cacheStats().traceNodes;
    // New counts now make leaves afresh: nothing above them is kept, and nothing is drawn from the budget.
    for (let count = 101; count <= 300; count++) texts(evaluator, counted(count));
    expect(evaluator.cacheStats().traceNodes.shared).toBe(shared);
    // And what was made afresh reads as a new evaluator's would.
    expect(texts(evaluator, counted(299))).toEqual(texts(createEvaluator(), counted(299)));
  });
  it("carry their mark where neither JSON, structured cloning nor deep equality sees it", () => {
    const evaluator = createEvaluator();
    const assessment = evaluator.evaluateSync(incidents[0] as (typeof incidents)[number]);
    const again = evaluator.evaluateSync(incidents[0] as (typeof incidents)[number]);
    const enumerableSymbols = (node: TraceNode): symbol[] => [
      ...Object.getOwnPropertySymbols(node).filter((key) => Object.prototype.propertyIsEnumerable.call(node, key)),
      ...(node.kind === "leaf" ? [] : node.children.flatMap(enumerableSymbols)),
    ];
    let shared = 0;
    for (const [index, finding] of assessment.findings.entries()) {
      const trace = finding.trace;
      shared += Object.getOwnPropertySymbols(trace.conditions).length;
      expect([...enumerableSymbols(trace.applicability), ...enumerableSymbols(trace.conditions)]).toEqual([]);
      expect(structuredClone(trace)).toEqual(trace);
      expect(JSON.stringify(structuredClone(trace))).toBe(JSON.stringify(trace));
      expect(again.findings[index]?.trace).toEqual(trace);
    }
    // The marked nodes were there to be seen.
    expect(shared).toBeGreaterThan(0);
  });
  it("are none when the cache is off", () => {
    const off = createEvaluator({ cacheSize: 0 });
    texts(off, incidents[0] as (typeof incidents)[number]);
    expect(off.cacheStats().traceNodes).toEqual({ shared: 0, capacity: 0 });
  });
});

describe("findings whose trace and explanation are made on first read", () => {
  const incident = uncheckedIncident({ ...base, subject: { employment: "pns" }, conduct: { event: { kind: "campaign", role: "speaker", otherAsnBrought: 3 } } });
  it("read the same every time, on the reference path too, and through JSON and structured cloning", async () => {
    const evaluator = createEvaluator();
    const first = evaluator.evaluateSync(incident);
    const again = evaluator.evaluateSync(incident);
    const reference = await evaluator.evaluate(incident, { engine: "json-rules-engine" });
    for (const [index, finding] of first.findings.entries()) {
      expect(finding.explanation).toBe(again.findings[index]?.explanation);
      expect(finding.trace).toBe(finding.trace);
      expect(finding.status).toBe(reference.findings[index]?.status);
      expect(reference.findings[index]?.explanation.id.length).toBeGreaterThan(0);
      expect(finding.explanation.id.length).toBeGreaterThan(0);
    }
    const json = JSON.parse(JSON.stringify(first)) as { findings: { explanation: unknown; trace: unknown }[] };
    expect(json.findings.map((finding) => finding.explanation)).toEqual(first.findings.map((finding) => finding.explanation));
    expect(structuredClone(first).findings.map((finding) => finding.trace)).toEqual(first.findings.map((finding) => finding.trace));
  });
  it("cannot be replaced or changed through an assessment", () => {
    const evaluator = createEvaluator();
    const finding = evaluator.evaluateSync(incident).findings[0];
    if (!finding) throw new Error("no finding");
    expect(() => Object.defineProperty(finding, "explanation", { value: { id: "x", en: "x" } })).toThrow(TypeError);
    expect(() => {
      (finding.explanation as { id: string }).id = "x";
    }).toThrow(TypeError);
    expect(evaluator.evaluateSync(incident).findings[0]?.explanation.id).not.toBe("x");
  });
});

describe("the outcome cache", () => {
  it("never answers for other facts or another tag, even under the same key (a hash collision is a miss)", async () => {
    const { OutcomeCache } = await import("../src/engine/cache.ts");
    const cache = new OutcomeCache<string>(4);
    const reads = [0, 2];
    cache.set(7, 1, [3, 9, 4], reads, "first");
    expect(cache.get(7, 1, [3, 0, 4], reads)).toBe("first");
    // The same key (as if two combinations hashed alike) with other numbers, or another tag: a miss.
    expect(cache.get(7, 1, [3, 0, 5], reads)).toBeUndefined();
    expect(cache.get(7, 2, [3, 0, 4], reads)).toBeUndefined();
    cache.set(7, 1, [3, 0, 5], reads, "second");
    expect(cache.get(7, 1, [3, 0, 5], reads)).toBe("second");
    expect(cache.get(7, 1, [3, 0, 4], reads)).toBeUndefined();
    expect(OutcomeCache.hash(1, [3, -1, 4], [1])).toBe(-1);
    expect(OutcomeCache.hash(1, [3, 9, 4], reads)).toBe(OutcomeCache.hash(1, [3, 0, 4], reads));
    expect(OutcomeCache.hash(1, [3, 9, 4], reads)).not.toBe(OutcomeCache.hash(2, [3, 9, 4], reads));
    expect(Number.isSafeInteger(OutcomeCache.hash(2 ** 40, [65_000, 1, 65_000], [0, 1, 2]))).toBe(true);
  });
  it("stays within its size", async () => {
    const { OutcomeCache } = await import("../src/engine/cache.ts");
    const cache = new OutcomeCache<number>(8);
    for (let index = 0; index < 100; index++) cache.set(OutcomeCache.hash(index, [index], [0]), index, [index], [0], index);
    expect(cache.entries).toBe(8);
  });
});

describe("the explanation memo's budget", () => {
  it("holds at most its weight, letting random entries go, and keeps nothing heavier than the budget", async () => {
    const { WeightedCache } = await import("../src/engine/cache.ts");
    const cache = new WeightedCache<string>(100, (text) => text.length);
    for (let index = 0; index < 50; index++) cache.set(`k${index}`, "x".repeat(10 + (index % 7)));
    expect(cache.weight).toBeLessThanOrEqual(100);
    expect(cache.entries).toBeGreaterThan(3);
    let held = 0;
    for (let index = 0; index < 50; index++) {
      const value = cache.get(`k${index}`);
      if (value !== undefined) {
        held += value.length;
        expect(value).toBe("x".repeat(10 + (index % 7)));
      }
    }
    expect(held).toBe(cache.weight);
    cache.set("huge", "x".repeat(101));
    expect(cache.get("huge")).toBeUndefined();
  });
});

describe("rules compile when first needed", () => {
  it("every bundled rule compiles, frozen, once", () => {
    const ruleset = bundledRuleset();
    const lazy = new CompiledRuleset(ruleset);
    const rules = lazy.rules;
    expect(rules.map(({ rule }) => rule.id)).toEqual(ruleset.rules.map((rule) => rule.id));
    for (const compiled of rules) {
      expect(Object.isFrozen(compiled)).toBe(true);
      expect(Object.isFrozen(compiled.provisions)).toBe(true);
      expect(Object.isFrozen(compiled.versions)).toBe(true);
    }
    // Asked again, the same compiled objects (each rule compiles once).
    expect(lazy.rules.every((compiled, index) => compiled === rules[index])).toBe(true);
  });
});
