// The terminal summary of an assessment (`netralitas evaluate` by default): some 40 lines at most,
// built from the same case file as the report; `--detail full` prints formatAssessment instead.
import type { Lang } from "../_utils/text.ts";
import { caseFile, dateInWords } from "../report/case-file.ts";
import { REPORT_WORDS } from "../report/words.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { Assessment } from "../types.ts";
import { LABELS } from "./words.ts";

const SUMMARY_WORDS = {
  own: { id: "PELANGGARAN OLEH ORANG YANG DILAPORKAN", en: "VIOLATIONS BY THE REPORTED PERSON" },
  others: { id: "PELANGGARAN PIHAK LAIN (bukan pelanggaran orang yang dilaporkan)", en: "OFFENCES OF OTHER PARTIES (not the reported person's)" },
  open: { id: "BELUM DAPAT DITENTUKAN", en: "NOT YET DETERMINED" },
  questions: { id: "pertanyaan yang dapat memutuskannya", en: "questions that could settle them" },
  incident: { id: "Kejadian", en: "Incident" },
  more: { id: "Rincian setiap temuan: --detail full · laporan untuk berkas perkara: netralitas report FILE --format html", en: "Every finding in detail: --detail full · case-file report: netralitas report FILE --format html" },
  confidence: { id: "keyakinan", en: "confidence" },
} as const;

/** At most this many open questions in the summary. */
const QUESTIONS = 5;

/**
 * A short readable assessment: the verdict and conclusion, where, when and which law, the
 * person's own violations with citation and sanction, other parties' offences apart, and the
 * few questions that could settle what is undetermined.
 */
export function formatSummary(assessment: Assessment, lang: Lang, options: { readonly ruleset: Ruleset }): string {
  const file = caseFile(assessment, { lang, ruleset: options.ruleset, questions: QUESTIONS });
  const lines: string[] = [`${LABELS.assessment[lang]}: ${file.verdict}`, ...file.conclusion];
  if (file.counts) lines.push(file.counts);
  lines.push("");
  const get = (label: string) => file.person.find(([key]) => key === label)?.[1];
  const where = [assessment.incident.id, get(REPORT_WORDS.time[lang]), get(REPORT_WORDS.place[lang])].filter((part) => part !== undefined).join(" · ");
  const rows: [string, string][] = [
    [SUMMARY_WORDS.incident[lang], where],
    [LABELS.phase[lang], `${get(REPORT_WORDS.phase[lang]) ?? ""} — ${assessment.election.title[lang]}`],
    [LABELS.lawDate[lang], `${dateInWords(assessment.lawDate, lang)} · ${LABELS.rulesetVersion[lang].toLowerCase()} ${assessment.rulesetVersion}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) lines.push(`${label.padEnd(width)}  ${value}`);
  const violated = assessment.findings.filter((finding) => finding.status === "violated");
  const idOf = (title: string) => violated.find((finding) => finding.title[lang] === title)?.ruleId;
  if (file.own.length > 0) {
    lines.push("", `${SUMMARY_WORDS.own[lang]} (${file.own.length})`);
    for (const violation of file.own) {
      const id = idOf(violation.title);
      lines.push(`  ✗ ${violation.title} — ${violation.provisions.map((provision) => provision.citation).join("; ")}${id ? ` [${id}]` : ""}`);
      lines.push(`      ${LABELS.sanction[lang]}: ${violation.sanctions.join("; ")}${violation.confidence ? ` (${SUMMARY_WORDS.confidence[lang]}: ${violation.confidence})` : ""}`);
    }
  }
  if (file.others.length > 0) {
    lines.push("", `${SUMMARY_WORDS.others[lang]} (${file.others.length})`);
    for (const other of file.others) lines.push(`  • ${other.title} — ${other.provisions.join("; ")}`);
  }
  if (file.undetermined.length > 0) {
    lines.push("", `${SUMMARY_WORDS.open[lang]} (${file.undetermined.length}); ${SUMMARY_WORDS.questions[lang]}:`);
    file.questions.forEach((question, index) => lines.push(`  ${index + 1}. ${question.text} (${question.answers})`));
  }
  lines.push("", SUMMARY_WORDS.more[lang]);
  return lines.join("\n");
}
