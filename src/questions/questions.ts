import type { LocalizedText } from "../_utils/text.ts";
import type { FactValue } from "../engine/trace.ts";
import { InvalidIncidentError } from "../errors.ts";
import { bundledRuleset } from "../evaluator.ts";
import { message } from "../messages.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { FactDefinition } from "../schema/fact-dictionary.ts";
import type { Assessment } from "../types.ts";
import { answeringFact, findingRelevance, knownFacts, type Dictionary } from "./relevance.ts";

/**
 * One allowed answer to a question.
 * @example
 * ```ts
 * const answer: QuestionAnswer = { value: "participant", label: { id: "peserta aktif", en: "participant" } };
 * ```
 * @category Questions
 */
export interface QuestionAnswer {
  readonly value: FactValue;
  readonly label: LocalizedText;
}

/**
 * A question whose answer could settle one or more undetermined findings.
 * @example
 * ```ts
 * const [question] = nextQuestions(assessment);
 * // => { fact: "eventRole", path: "conduct.event.role", type: "enum", text: { id: "Apa perannya ...?", en: "..." },
 * //      answers: [{ value: "passive_listener", label: ... }, ...], findings: ["pp-94-2021/ikut-kampanye"], settles: 1, ... }
 * ```
 * @category Questions
 */
export interface Question {
  /** The dictionary fact the answer fills (e.g. `eventRole`). */
  readonly fact: string;
  /** The facts the rules use that this answer decides: `fact` itself, or derived facts asked through it. */
  readonly facts: readonly string[];
  /** The incident path the answer fills, e.g. `conduct.event.role`. */
  readonly path: string;
  /** The kind of answer: one of `answers` (enum, boolean), a whole number (integer), or free text (string). */
  readonly type: FactDefinition["type"];
  /** The question, in both languages. */
  readonly text: LocalizedText;
  /** The fact's label, in both languages. */
  readonly label: LocalizedText;
  /** The allowed answers (enum values or yes/no); empty for integer and string facts. */
  readonly answers: readonly QuestionAnswer[];
  /** The undetermined findings (rule ids) whose status this answer can change. */
  readonly findings: readonly string[];
  /** How many of those findings one answer to this question settles on its own (the ranking key). */
  readonly settles: number;
}

/**
 * Options of {@link nextQuestions}.
 * @example
 * ```ts
 * nextQuestions(assessment, { ruleset: myRuleset, exclude: ["eventRole"] });
 * ```
 * @category Questions
 */
export interface NextQuestionsOptions {
  /** The rule set the assessment was made with (for its fact dictionary). Default: the bundled one. */
  readonly ruleset?: Ruleset;
  /** Facts not to ask again (e.g. those the user chose to skip). */
  readonly exclude?: Iterable<string>;
}

const YES_NO: readonly QuestionAnswer[] = [
  { value: true, label: { id: "ya", en: "yes" } },
  { value: false, label: { id: "tidak", en: "no" } },
];

function answersOf(definition: FactDefinition): readonly QuestionAnswer[] {
  if (definition.type === "boolean") return YES_NO;
  if (definition.type === "enum") return (definition.values ?? []).map((entry) => ({ value: entry.value, label: entry.label }));
  return [];
}

function questionText(definition: FactDefinition): LocalizedText {
  return (
    definition.question ?? {
      id: `${definition.label.id}?`,
      en: `${definition.label.en}?`,
    }
  );
}

/**
 * The questions worth asking next about an assessment, most useful first: one per fact whose answer
 * can change the status of an undetermined finding (never a fact that cannot change any outcome).
 * Ranked by how many undetermined findings one answer could settle, then by how many findings the
 * answer concerns, then by the fact dictionary's order. Each carries the question text, the allowed
 * answers, the incident path to fill (see {@link answerQuestion}) and the findings it concerns.
 *
 * Facts that are never asked (calendar facts such as the phase, interpretation options) are left out.
 * Answering the questions and evaluating again converges: once no question is left, no finding is
 * undetermined for want of an answerable fact.
 * @example
 * ```ts
 * const assessment = evaluateIncidentSync(incident);
 * const [first] = nextQuestions(assessment);
 * first?.text.en; // => "What was the person's role at the event?"
 * const next = evaluateIncidentSync(answerQuestion(incident, first!, "participant"));
 * ```
 * @category Questions
 */
export function nextQuestions(assessment: Assessment, options: NextQuestionsOptions = {}): Question[] {
  const ruleset = options.ruleset ?? bundledRuleset();
  const dictionary: Dictionary = ruleset.facts;
  const implications = ruleset.data.facts.implications ?? [];
  let known: ReadonlyMap<string, FactValue> | undefined;
  const exclude = new Set(options.exclude ?? []);
  interface Pending {
    readonly definition: FactDefinition;
    readonly facts: Set<string>;
    readonly findings: Set<string>;
    readonly settled: Set<string>;
  }
  const pending = new Map<string, Pending>();
  for (const finding of assessment.findings) {
    if (finding.status !== "undetermined") continue;
    const { relevant, settling } = findingRelevance(finding.trace.applicability, finding.trace.conditions, dictionary, implications, (known ??= knownFactsOf(assessment)));
    for (const fact of relevant) {
      const definition = answeringFact(dictionary, fact);
      if (!definition || exclude.has(definition.name) || exclude.has(fact)) continue;
      let entry = pending.get(definition.name);
      if (!entry) {
        entry = { definition, facts: new Set(), findings: new Set(), settled: new Set() };
        pending.set(definition.name, entry);
      }
      entry.facts.add(fact);
      entry.findings.add(finding.ruleId);
      if (settling.has(fact)) entry.settled.add(finding.ruleId);
    }
  }
  // A report that alleges no conduct: ask what happened, one question per conduct area.
  if (assessment.verdict === "nothing_alleged") {
    for (const fact of assessment.missingFacts) {
      const definition = answeringFact(dictionary, fact);
      if (!definition || exclude.has(definition.name) || pending.has(definition.name)) continue;
      pending.set(definition.name, { definition, facts: new Set([fact]), findings: new Set(), settled: new Set() });
    }
  }
  const order = new Map([...dictionary.keys()].map((name, index) => [name, index] as const));
  return [...pending.values()]
    .map(
      ({ definition, facts, findings, settled }): Question => ({
        fact: definition.name,
        facts: [...facts],
        path: definition.path ?? "",
        type: definition.type,
        text: questionText(definition),
        label: definition.label,
        answers: answersOf(definition),
        findings: [...findings],
        settles: settled.size,
      }),
    )
    .sort(
      (left, right) =>
        right.settles - left.settles ||
        right.findings.length - left.findings.length ||
        (order.get(left.fact) ?? 0) - (order.get(right.fact) ?? 0),
    );
}

function knownFactsOf(assessment: Assessment): Map<string, FactValue> {
  return knownFacts(assessment.findings.flatMap((finding) => [finding.trace.applicability, finding.trace.conditions]));
}

/**
 * The part of a question {@link answerQuestion} needs.
 * @example
 * ```ts
 * const target: QuestionTarget = { fact: "otherAsnBrought", path: "conduct.event.otherAsnBrought", type: "integer", answers: [] };
 * answerQuestion(incident, target, 12);
 * ```
 * @category Questions
 */
export type QuestionTarget = Pick<Question, "path" | "type" | "answers" | "fact">;

/**
 * True when `value` is an allowed answer to the question: one of its answers (enum, boolean), a whole
 * number of at least 0 (integer) or a string (string).
 * @example
 * ```ts
 * isAllowedAnswer(question, "participant"); // => true for the eventRole question
 * isAllowedAnswer(question, "dancer"); // => false
 * ```
 * @category Questions
 */
export function isAllowedAnswer(question: QuestionTarget, value: unknown): value is FactValue {
  switch (question.type) {
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return typeof value === "number" && Number.isInteger(value) && value >= 0;
    case "enum":
      return question.answers.some((answer) => answer.value === value);
    case "string":
      return typeof value === "string";
  }
}

function setPath(node: unknown, keys: readonly string[], value: FactValue): Record<string, unknown> {
  const base = node !== null && typeof node === "object" && !Array.isArray(node) ? (node as Record<string, unknown>) : {};
  const [key, ...rest] = keys;
  if (key === undefined) return base;
  const current = base[key];
  // Several acts of one kind (a list of posts): the answer fills the acts that do not say yet.
  if (Array.isArray(current) && rest.length > 0) {
    return { ...base, [key]: current.map((act: unknown) => (valueAtPath(act, rest) === undefined ? setPath(act, rest, value) : act)) };
  }
  return { ...base, [key]: rest.length === 0 ? value : setPath(current, rest, value) };
}

function valueAtPath(node: unknown, keys: readonly string[]): unknown {
  let current = node;
  for (const key of keys) {
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A new incident with the question's path filled with the answer; the given incident is not changed.
 * Objects on the way are copied, not shared, and created when absent.
 * @example
 * ```ts
 * const answered = answerQuestion(incident, question, "participant");
 * answered.conduct.event.role; // => "participant"
 * ```
 * @throws {@link InvalidIncidentError} when the value is not one of the question's allowed answers.
 * @category Questions
 */
export function answerQuestion<T extends object>(incident: T, question: QuestionTarget, value: FactValue): T {
  if (!isAllowedAnswer(question, value) || question.path === "") {
    const options = question.answers.length > 0 ? question.answers.map((answer) => String(answer.value)).join(", ") : question.type;
    const messages = message("invalid_value", { received: JSON.stringify(value) ?? String(value), options, suggestion: "" });
    throw new InvalidIncidentError([{ code: "invalid_value", path: question.path.split("."), message: messages.id, messages }], "id");
  }
  return setPath(incident, question.path.split("."), value) as T;
}
