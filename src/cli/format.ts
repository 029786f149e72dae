import { isAbsolute, relative } from "node:path";
import type { Lang } from "../_utils/text.ts";
import { formatPath, type InputIssue, type RulesetProblem } from "../errors.ts";
import type { ExpectationMismatch } from "../expectation.ts";
import { PHASE_WORDS, STATUS_WORDS, VERDICT_WORDS } from "../explain/words.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { FindingStatus } from "../schema/fixture.ts";
import type { Assessment, Finding } from "../types.ts";
import { CONFIDENCE_WORDS, INTERPRETATION_WORDS, LABELS, STATUS_MARKS } from "./words.ts";

/** A problem or issue as the command line shows it: where, and what. */
export interface DisplayProblem {
  readonly code: string;
  /** The path to show, relative to the working directory when possible. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly path: readonly (string | number)[];
  readonly messages: { readonly id: string; readonly en: string };
}

/** A file name as people should see it: relative to the working directory when it is absolute. */
export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const shown = relative(cwd, file);
  return shown === "" ? "." : shown;
}

/** Rule-set problems for display. */
export function displayProblems(problems: readonly RulesetProblem[], cwd: string): DisplayProblem[] {
  return problems.map((problem) => ({ ...problem, ...(problem.file === undefined ? {} : { file: displayPath(problem.file, cwd) }) }));
}

/** Incident issues for display, in `file` at `prefix` (e.g. `["incident"]` in a fixture). */
export function displayIssues(
  issues: readonly InputIssue[],
  file: string,
  locate: (path: readonly (string | number)[], code: string) => { line: number; column: number } | undefined,
  prefix: readonly (string | number)[] = [],
): DisplayProblem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    return { code: issue.code, file, path, messages: issue.messages, ...locate(path, issue.code) };
  });
}

/** One problem per line, `file:line:column: message [path]`, the format editors and CI annotate. */
export function formatProblems(problems: readonly DisplayProblem[], lang: Lang): string[] {
  return problems.map((problem) => {
    const where = problem.file === undefined ? "" : `${problem.file}${problem.line === undefined ? "" : `:${problem.line}:${problem.column ?? 1}`}: `;
    const path = problem.path.length > 0 ? ` [${formatPath(problem.path)}]` : "";
    return `${where}${problem.messages[lang]}${path}`;
  });
}

/** A problem as JSON for programs. */
export function problemJson(problem: DisplayProblem, lang: Lang): Record<string, unknown> {
  return {
    code: problem.code,
    ...(problem.file === undefined ? {} : { file: problem.file }),
    ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column }),
    path: problem.path,
    message: problem.messages[lang],
    messages: problem.messages,
  };
}

const ORDER: Readonly<Record<FindingStatus, number>> = { violated: 0, undetermined: 1, not_violated: 2, not_alleged: 3, not_applicable: 4 };

function factWords(ruleset: Ruleset, name: string, lang: Lang): string {
  const definition = ruleset.facts.get(name);
  if (!definition) return name;
  const question = definition.question ? ` ${definition.question[lang]}` : "";
  return `${definition.label[lang]} (${name})${question ? ` —${question}` : ""}`;
}

function when(assessment: Assessment, lang: Lang): string {
  const { occurrence, region } = assessment;
  const local = `${occurrence.localDate}${occurrence.localTime ? ` ${occurrence.localTime}` : ""} ${region.zone}`;
  const original = assessment.incident.occurredAt !== occurrence.localDate && occurrence.precision === "instant" ? ` (${LABELS.from[lang]} ${assessment.incident.occurredAt})` : "";
  return `${local}${original}`;
}

function findingBlock(finding: Finding, ruleset: Ruleset, lang: Lang): string[] {
  const lines = [`${STATUS_MARKS[finding.status]} ${STATUS_WORDS[finding.status][lang].toUpperCase()} — ${finding.title[lang]}`];
  lines.push(`    ${LABELS.rule[lang]}: ${finding.ruleId}`);
  for (const line of finding.explanation[lang].split("\n")) lines.push(`    ${line}`);
  if (finding.confidence !== "high") lines.push(`    ${LABELS.confidence[lang]}: ${CONFIDENCE_WORDS[finding.confidence][lang]}`);
  if (finding.missingFacts.length > 0) {
    lines.push(`    ${LABELS.missingForFinding[lang]}: ${finding.missingFacts.map((name) => ruleset.facts.get(name)?.label[lang] ?? name).join("; ")}`);
  }
  return lines;
}

/**
 * A readable assessment for people: the verdict, where and when (local date, time and zone), the
 * phase, the law date, the sanctions, then each finding with its status, citation, sanction,
 * explanation and missing facts, and finally the facts that could decide and the uncertainties.
 * Findings that are not violated or not applicable are listed in one line each unless `verbose`.
 */
export function formatAssessment(assessment: Assessment, lang: Lang, options: { readonly ruleset: Ruleset; readonly verbose?: boolean }): string {
  const { ruleset } = options;
  const lines: string[] = [];
  lines.push(`${LABELS.assessment[lang]}: ${VERDICT_WORDS[assessment.verdict][lang]}`);
  lines.push(assessment.explanation[lang]);
  lines.push("");
  const election = `${assessment.election.title[lang]} (${assessment.election.id})${assessment.election.inferred ? `, ${LABELS.inferred[lang]}` : ""}`;
  const region = `${assessment.region.provinceName}${assessment.region.regency ? `, ${LABELS.regency[lang]} ${assessment.region.regency}` : ""} — ${assessment.region.zone} (${assessment.region.timeZone})`;
  const phase = assessment.phase;
  const phaseText = `${PHASE_WORDS[phase.id][lang]} (${phase.id}), ${phase.from} ${LABELS.until[lang]} ${phase.to}${phase.regionalOverride ? `, ${LABELS.regionalOverride[lang]}` : ""}${phase.confidence === "high" ? "" : `; ${LABELS.confidence[lang].toLowerCase()}: ${CONFIDENCE_WORDS[phase.confidence][lang]}`}`;
  const interpretation = Object.entries(assessment.interpretation)
    .map(([key, value]) => `${INTERPRETATION_WORDS[key]?.[lang] ?? key}: ${typeof value === "boolean" ? (value ? (lang === "id" ? "ya" : "yes") : lang === "id" ? "tidak" : "no") : String(value)}`)
    .join("; ");
  const rows: [string, string][] = [
    [LABELS.election[lang], election],
    [LABELS.region[lang], region],
    [LABELS.time[lang], when(assessment, lang)],
    [LABELS.phase[lang], phaseText],
    [LABELS.lawDate[lang], `${assessment.lawDate} (${LABELS.lawDateNote[lang]})`],
    [LABELS.sanction[lang], assessment.sanctionSummary.text[lang]],
    [LABELS.interpretation[lang], interpretation],
    [LABELS.rulesetVersion[lang], assessment.rulesetVersion],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) lines.push(`${label.padEnd(width)}  ${value}`);

  const findings = [...assessment.findings].sort((left, right) => ORDER[left.status] - ORDER[right.status] || (left.ruleId < right.ruleId ? -1 : 1));
  const counts = (Object.keys(ORDER) as FindingStatus[])
    .map((status) => [status, findings.filter((finding) => finding.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${STATUS_WORDS[status][lang].toLowerCase()}`);
  lines.push("");
  lines.push(`${LABELS.findings[lang]} (${findings.length}): ${counts.join(", ")}`);
  const detailed = findings.filter((finding) => options.verbose || finding.status === "violated" || finding.status === "undetermined");
  const brief = findings.filter((finding) => !detailed.includes(finding));
  for (const finding of detailed) {
    lines.push("");
    lines.push(...findingBlock(finding, ruleset, lang));
  }
  if (brief.length > 0) {
    lines.push("");
    lines.push(`${LABELS.otherFindings[lang]}:`);
    for (const finding of brief) {
      const citations = finding.provisions.map((provision) => provision.citation).join("; ");
      lines.push(`  ${STATUS_MARKS[finding.status]} ${STATUS_WORDS[finding.status][lang]} — ${finding.title[lang]} [${finding.ruleId}; ${citations}]`);
    }
  }
  if (assessment.missingFacts.length > 0) {
    lines.push("");
    lines.push(`${LABELS.missingFacts[lang]}:`);
    for (const name of assessment.missingFacts) lines.push(`  - ${factWords(ruleset, name, lang)}`);
  }
  if (assessment.uncertainties.length > 0) {
    lines.push("");
    lines.push(`${LABELS.uncertainties[lang]}:`);
    for (const note of assessment.uncertainties) lines.push(`  - ${note[lang]}`);
  }
  return lines.join("\n");
}

/** Whether a fixture's expectations were met, in words. */
export function formatExpectation(mismatches: readonly ExpectationMismatch[], lang: Lang): string {
  if (mismatches.length === 0) return `${LABELS.expectation[lang]}: ${LABELS.expectationMet[lang]}`;
  return [
    `${LABELS.expectation[lang]}: ${LABELS.expectationNotMet[lang]}`,
    ...mismatches.map((mismatch) => `  - ${mismatch.what}: ${LABELS.expected[lang]} ${mismatch.expected}, ${LABELS.actual[lang]} ${mismatch.actual}`),
  ].join("\n");
}

/** A plain-text table with padded columns. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? "").length)));
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join("  ")
      .trimEnd();
  return [render(header), render(widths.map((width) => "-".repeat(width))), ...rows.map(render)];
}
