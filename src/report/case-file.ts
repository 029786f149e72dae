// The content of a case-file report, independent of its format: what a supervisor reads and signs.
// Pure data building: no node: imports; every text is in the report's language, no machine ids
// outside the appendix.
import { fill, type Lang } from "../_utils/text.ts";
import { resolveDotPath } from "../engine/operators.ts";
import { traceElements, type TraceElement } from "../explain/elements.ts";
import { factLabel, valueLabel } from "../explain/explain.ts";
import { describeSanction, OPERATOR_WORDS, PHASE_WORDS, STATUS_WORDS, VERDICT_WORDS } from "../explain/words.ts";
import { nextQuestions } from "../questions/questions.ts";
import type { Ruleset } from "../ruleset/types.ts";
import { FINDING_STATUSES, type FindingStatus } from "../schema/fixture.ts";
import type { Sanction } from "../schema/provision.ts";
import type { Assessment, Finding } from "../types.ts";
import { CONCLUSION_NOTES, CONFIDENCE_LEVEL_WORDS, INTERPRETATION_CHOICES, PP_94_2021_PENALTIES, REPORT_WORDS as W, VERDICT_SENTENCES } from "./words.ts";

/** A label and its value. */
export type Row = readonly [label: string, value: string];

/** One violation of the reported person. */
export interface OwnViolation {
  readonly title: string;
  readonly provisions: readonly { readonly citation: string; readonly text: string }[];
  readonly sanctions: readonly string[];
  /** The penalties the law lets the official choose from, where it gives options. */
  readonly options: readonly string[];
  /** The elements that are met, as sentences. */
  readonly elements: readonly string[];
  /** The confidence in words, when below high. */
  readonly confidence?: string;
}

/** An offence of someone else that the same facts establish. */
export interface OtherOffence {
  readonly title: string;
  readonly offender?: string;
  readonly provisions: readonly string[];
  readonly sanctions: readonly string[];
}

/** One open question that could settle undetermined findings. */
export interface OpenQuestion {
  readonly text: string;
  readonly answers: string;
  readonly concerns: readonly string[];
}

/** One finding in the appendix (machine ids allowed there). */
export interface AppendixFinding {
  readonly title: string;
  readonly status: string;
  readonly ruleId: string;
  readonly provisionIds: readonly string[];
  readonly explanation: string;
}

/** The whole case file. */
export interface CaseFile {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly header: readonly Row[];
  readonly verdict: string;
  readonly conclusion: readonly string[];
  readonly counts: string;
  readonly person: readonly Row[];
  readonly summary?: string;
  readonly facts: readonly Row[];
  readonly own: readonly OwnViolation[];
  readonly others: readonly OtherOffence[];
  readonly undetermined: readonly string[];
  /** The report alleges no conduct: the questions ask what happened, area by area. */
  readonly nothingAlleged: boolean;
  readonly questions: readonly OpenQuestion[];
  readonly uncertainties: readonly string[];
  readonly interpretation: readonly Row[];
  readonly statement: string;
  /** Present with `detail: "full"`. */
  readonly appendix?: { readonly findings: readonly AppendixFinding[]; readonly engine: string };
}

/** Options of the case file. */
export interface CaseFileOptions {
  readonly lang: Lang;
  readonly ruleset: Ruleset;
  readonly title?: string;
  /** When the assessment was made (default: now). */
  readonly assessedAt?: Date;
  /** The zone to show it in (default: the user's zone, from Intl). */
  readonly timeZone?: string;
  /** `summary` (default): the case file; `full`: with an appendix of every finding and its trace. */
  readonly detail?: "summary" | "full";
  /** At most this many open questions (default 5). */
  readonly questions?: number;
}

/** The status the issue-11 work adds for rules whose conduct nobody reported; counted, never listed. */
const NOT_ALLEGED = "not_alleged";

/** Whether a finding is about conduct someone reported (every status but `not_alleged`). */
export function isAlleged(finding: Finding): boolean {
  return String(finding.status) !== NOT_ALLEGED;
}

/** Statuses in the order people read them: violated, undetermined, then the rest as FINDING_STATUSES lists them. */
export const STATUS_ORDER: readonly FindingStatus[] = [
  ...(["violated", "undetermined"] as const).filter((status) => (FINDING_STATUSES as readonly string[]).includes(status)),
  ...FINDING_STATUSES.filter((status) => status !== "violated" && status !== "undetermined"),
];

/** Whether a sanction falls on someone other than the reported person (see summariseSanctions). */
function othersSanction(sanction: Sanction, employment: string | undefined): boolean {
  return sanction.kind === "criminal" && sanction.offender !== undefined && !(employment !== undefined && (sanction.subjects ?? []).some((kind) => kind === employment));
}

/** A violated finding whose every sanction falls on someone else: another party's offence. */
export function isOthersOffence(finding: Finding, employment: string | undefined): boolean {
  return finding.status === "violated" && finding.sanctions.length > 0 && finding.sanctions.every((sanction) => othersSanction(sanction, employment));
}

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** A local date `YYYY-MM-DD` in words: "12 Oktober 2024" / "12 October 2024". */
export function dateInWords(date: string, lang: Lang): string {
  const [year, month, day] = date.split("-").map(Number);
  const months = lang === "id" ? MONTHS_ID : MONTHS_EN;
  return year === undefined || month === undefined || day === undefined ? date : `${day} ${months[month - 1] ?? month} ${year}`;
}

/** A local time `HH:mm` the way each language writes it: 09.30 / 09:30. */
export function timeInWords(time: string, lang: Lang): string {
  return lang === "id" ? time.slice(0, 5).replace(":", ".") : time.slice(0, 5);
}

/** An instant in a time zone, in words with the zone's short name: "4 Desember 2026 pukul 01.12 WIB". */
export function instantInWords(instant: Date, timeZone: string, lang: Lang): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  const zoneName =
    new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", { timeZone, timeZoneName: "short" }).formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  const date = dateInWords(`${get("year")}-${get("month")}-${get("day")}`, lang);
  return `${date} ${lang === "id" ? "pukul" : "at"} ${timeInWords(`${get("hour")}:${get("minute")}`, lang)} ${zoneName}`;
}

/** A slug such as `kotawaringin-timur` as a name: "Kotawaringin Timur". */
function slugName(slug: string): string {
  return slug
    .split("-")
    .map((word) => (word.length > 0 ? `${word[0]?.toUpperCase() ?? ""}${word.slice(1)}` : word))
    .join(" ");
}

/** An element of a trace as a sentence: the requirement, then what was reported. */
function elementSentence(element: TraceElement, ruleset: Ruleset, lang: Lang): string {
  const requirement = element.label
    ? element.label[lang]
    : `${factLabel(ruleset.facts, element.fact, lang)} ${OPERATOR_WORDS[element.operator][lang]} ${valueLabel(ruleset.facts, element.fact, element.expected, lang)}`;
  const actual = element.actual === undefined ? W.notKnown[lang] : valueLabel(ruleset.facts, element.fact, element.actual, lang);
  return `${element.negated ? `${W.notTheCase[lang]}: ` : ""}${requirement} (${W.reported[lang]}: ${actual})`;
}

/** The elements that made a finding hold: those of the person's scope, then of the breach. */
function metElements(finding: Finding, ruleset: Ruleset, lang: Lang): string[] {
  const met = (tree: Finding["trace"]["applicability"]) =>
    traceElements(tree)
      .filter((element) => element.deciding && element.outcome === true)
      .map((element) => elementSentence(element, ruleset, lang));
  return [...new Set([...met(finding.trace.applicability), ...met(finding.trace.conditions)])];
}

/** The penalty options of a discipline sanction whose basis is PP 94/2021. */
function penaltyOptions(sanction: Sanction, lang: Lang): string[] {
  if (sanction.kind !== "discipline" || sanction.level === "unclear" || !(sanction.basis ?? "").startsWith("PP 94/2021")) return [];
  return [PP_94_2021_PENALTIES[sanction.level][lang]];
}

/** A fact value of the incident in words (booleans as yes/no, enum values by their label). */
function reportedFacts(assessment: Assessment, ruleset: Ruleset, lang: Lang): { person: Row[]; facts: Row[] } {
  const person: Row[] = [];
  const facts: Row[] = [];
  for (const definition of ruleset.facts.values()) {
    if (definition.path === undefined) continue;
    const value = resolveDotPath(assessment.incident, definition.path);
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") continue;
    const row: Row = [definition.label[lang], valueLabel(ruleset.facts, definition.name, value, lang)];
    (definition.path.startsWith("subject.") ? person : facts).push(row);
  }
  return { person, facts };
}

/** The interpretation choices in words. */
function interpretationRows(assessment: Assessment, lang: Lang): Row[] {
  return Object.entries(assessment.interpretation).map(([key, value]): Row => {
    const choice = INTERPRETATION_CHOICES[key];
    const shown = choice?.values[String(value)]?.[lang] ?? (typeof value === "boolean" ? (value ? W.yes[lang] : W.no[lang]) : String(value));
    return [choice?.label[lang] ?? key, shown];
  });
}

/** Builds the case file of an assessment. */
export function caseFile(assessment: Assessment, options: CaseFileOptions): CaseFile {
  const { lang, ruleset } = options;
  const incident = assessment.incident;
  const employment = incident.subject.employment;
  const alleged = assessment.findings.filter(isAlleged);
  const notAlleged = assessment.findings.length - alleged.length;
  const titleOf = new Map(assessment.findings.map((finding) => [finding.ruleId, finding.title[lang]] as const));
  const byTitle = (left: Finding, right: Finding) => (left.title[lang] < right.title[lang] ? -1 : left.title[lang] > right.title[lang] ? 1 : 0);

  const violated = alleged.filter((finding) => finding.status === "violated");
  const others = violated.filter((finding) => isOthersOffence(finding, employment)).sort(byTitle);
  const own = violated.filter((finding) => !isOthersOffence(finding, employment)).sort(byTitle);
  const undetermined = alleged.filter((finding) => finding.status === "undetermined").sort(byTitle);

  const header: Row[] = [];
  if (incident.id) header.push([W.reference[lang], incident.id]);
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  header.push([W.assessedAt[lang], instantInWords(options.assessedAt ?? new Date(), timeZone, lang)]);
  header.push([W.rulesetVersion[lang], assessment.rulesetVersion]);
  header.push([W.lawDate[lang], `${W.lawAsOf[lang]} ${dateInWords(assessment.lawDate, lang)}`]);

  const sentence = VERDICT_SENTENCES[assessment.verdict];
  const conclusion: string[] = [];
  if (assessment.verdict === "violation" && own.length === 0) conclusion.push(fill(CONCLUSION_NOTES.onlyOthers[lang], { count: others.length }));
  else conclusion.push(sentence ? fill(sentence[lang], { count: own.length }) : `${VERDICT_WORDS[assessment.verdict][lang]}.`);
  if (own.length > 0 && others.length > 0) conclusion.push(fill(CONCLUSION_NOTES.others[lang], { count: others.length }));
  if (undetermined.length > 0 && assessment.verdict !== "insufficient_facts") conclusion.push(fill(CONCLUSION_NOTES.undetermined[lang], { count: undetermined.length }));
  if (notAlleged > 0) conclusion.push(fill(CONCLUSION_NOTES.notAlleged[lang], { count: notAlleged }));
  const counts = STATUS_ORDER.map((status) => [status, alleged.filter((finding) => finding.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${STATUS_WORDS[status][lang]}: ${count}`)
    .join(" · ");

  const { person, facts } = reportedFacts(assessment, ruleset, lang);
  const personRows: Row[] = [...person];
  if (incident.subject.positionTitle) personRows.push([W.position[lang], incident.subject.positionTitle]);
  const occurrence = assessment.occurrence;
  const time = `${dateInWords(occurrence.localDate, lang)}${occurrence.localTime ? ` ${lang === "id" ? "pukul" : "at"} ${timeInWords(occurrence.localTime, lang)}` : ""} ${assessment.region.zone}`;
  personRows.push([W.place[lang], `${incident.region.regency ? `${slugName(incident.region.regency)}, ` : ""}${assessment.region.provinceName}`]);
  personRows.push([W.time[lang], time]);
  personRows.push([W.election[lang], `${assessment.election.title[lang]}${assessment.election.inferred ? ` (${W.inferred[lang]})` : ""}`]);
  personRows.push([W.phase[lang], `${PHASE_WORDS[assessment.phase.id][lang]} (${dateInWords(assessment.phase.from, lang)} – ${dateInWords(assessment.phase.to, lang)})`]);
  if (incident.target?.name) personRows.push([W.candidate[lang], incident.target.name]);

  const ownItems: OwnViolation[] = own.map((finding) => ({
    title: finding.title[lang],
    provisions: finding.provisions.map((provision) => ({ citation: provision.citation, text: provision.text })),
    sanctions: finding.sanctions.map((sanction) => describeSanction(sanction)[lang]),
    options: [...new Set(finding.sanctions.flatMap((sanction) => penaltyOptions(sanction, lang)))],
    elements: metElements(finding, ruleset, lang),
    ...(finding.confidence === "high" ? {} : { confidence: CONFIDENCE_LEVEL_WORDS[finding.confidence][lang] }),
  }));
  const otherItems: OtherOffence[] = others.map((finding) => {
    const offender = finding.sanctions.map((sanction) => (sanction.kind === "criminal" ? sanction.offender?.[lang] : undefined)).find((text) => text !== undefined);
    return {
      title: finding.title[lang],
      ...(offender === undefined ? {} : { offender }),
      provisions: finding.provisions.map((provision) => provision.citation),
      sanctions: finding.sanctions.map((sanction) => describeSanction(sanction)[lang]),
    };
  });

  const questions = nextQuestions(assessment, { ruleset })
    .slice(0, options.questions ?? 5)
    .map((question) => ({
      text: question.text[lang],
      answers: question.answers.length > 0 ? question.answers.map((answer) => answer.label[lang]).join(" / ") : W.number[lang],
      concerns: question.findings.map((ruleId) => titleOf.get(ruleId) ?? ruleId),
    }));

  const uncertainties = [
    ...new Set([
      ...own.flatMap((finding) => [
        ...finding.notes.filter((note) => note.kind === "uncertainty").map((note) => note.text[lang]),
        ...finding.provisions.flatMap((provision) => provision.notes.map((note) => note[lang])),
      ]),
      ...(assessment.phase.confidence === "high" ? [] : [`${W.phase[lang]}: ${CONFIDENCE_LEVEL_WORDS[assessment.phase.confidence][lang]}`]),
    ]),
  ];

  return {
    lang,
    title: options.title ?? W.title[lang],
    subtitle: W.subtitle[lang],
    header,
    verdict: VERDICT_WORDS[assessment.verdict][lang],
    conclusion,
    counts,
    person: personRows,
    ...(incident.summary ? { summary: incident.summary } : {}),
    facts,
    own: ownItems,
    others: otherItems,
    undetermined: undetermined.map((finding) => `${finding.title[lang]}${finding.provisions[0] ? ` (${finding.provisions[0].citation})` : ""}`),
    nothingAlleged: assessment.verdict === "nothing_alleged",
    questions,
    uncertainties,
    interpretation: interpretationRows(assessment, lang),
    statement: W.statement[lang],
    ...(options.detail === "full"
      ? {
          appendix: {
            engine: assessment.engine,
            findings: [...assessment.findings]
              .sort((left, right) => STATUS_ORDER.indexOf(left.status) - STATUS_ORDER.indexOf(right.status) || byTitle(left, right))
              .map((finding) => ({
                title: finding.title[lang],
                status: STATUS_WORDS[finding.status][lang],
                ruleId: finding.ruleId,
                provisionIds: finding.provisions.map((provision) => provision.id),
                explanation: finding.explanation[lang],
              })),
          },
        }
      : {}),
  };
}
