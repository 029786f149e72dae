// Case-file reports of an assessment, in Markdown or self-contained HTML (print CSS for A4). Pure
// string building: no node: imports, no external resources. Every text field goes through one
// escaping function per format (escapeMarkdown, escapeHtml) and nothing else reaches the output.
import type { Lang } from "../_utils/text.ts";
import { bundledRuleset } from "../evaluator.ts";
import { multiLine, singleLine } from "./plain-text.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { Assessment } from "../types.ts";
import { caseFile, type CaseFile } from "./case-file.ts";
import { REPORT_WORDS as W } from "./words.ts";

/**
 * Options of {@link renderMarkdownReport} and {@link renderHtmlReport}.
 * @example
 * ```ts
 * renderHtmlReport(assessment, { lang: "en", title: "Case LAP-2024-0117", timeZone: "Asia/Jakarta" });
 * ```
 * @category Reports
 */
export interface ReportOptions {
  /** Language of the report. Default `id`. */
  readonly lang?: Lang;
  /** The rule set the assessment was made with (for fact labels and questions). Default: the bundled one. */
  readonly ruleset?: Ruleset;
  /** A title for the report; default "Laporan Penilaian Netralitas ASN" / "ASN Neutrality Assessment Report". */
  readonly title?: string;
  /** When the assessment was made, shown on the first page. Default: now. */
  readonly assessedAt?: Date;
  /** The IANA zone the assessment time is shown in. Default: the user's zone (Intl). */
  readonly timeZone?: string;
  /** `summary` (default): the case file; `full`: with an appendix of every finding, its trace and ids. */
  readonly detail?: "summary" | "full";
}

function build(assessment: Assessment, options: ReportOptions): CaseFile {
  return caseFile(assessment, {
    lang: options.lang ?? "id",
    ruleset: options.ruleset ?? bundledRuleset(),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.assessedAt === undefined ? {} : { assessedAt: options.assessedAt }),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.detail === undefined ? {} : { detail: options.detail }),
  });
}

/** Escapes text for Markdown: backslash-escapes punctuation Markdown would act on, and `<`, `>`, `&`. */
export function escapeMarkdown(text: string): string {
  return singleLine(text)
    .replace(/[\\`*_[\]|]/g, (char) => `\\${char}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/^(\s*)([-+#])/, "$1\\$2")
    .replace(/^(\s*\d+)\./, "$1\\.");
}

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}text\n${text}\n${marks}`;
}

/**
 * The assessment as a Markdown case file: the conclusion in plain words with the date of the
 * assessment, the rule-set version and the law date; the person and the reported facts; the
 * person's own violations with the provision quoted and the sanction; other parties' offences
 * apart; the open questions; the uncertainties; the interpretation used; a statement that it
 * supports the officials' judgement, and a reviewer block. `detail: "full"` adds an appendix.
 * @example
 * ```ts
 * const markdown = renderMarkdownReport(await evaluateIncident(incident), { lang: "en" });
 * ```
 * @category Reports
 */
export function renderMarkdownReport(assessment: Assessment, options: ReportOptions = {}): string {
  const file = build(assessment, options);
  const { lang } = file;
  const e = escapeMarkdown;
  const out: string[] = [`# ${e(file.title)}`, "", `_${e(file.subtitle)}_`, ""];
  const table = (rows: CaseFile["header"]) => (rows.length === 0 ? [] : ["| | |", "|---|---|", ...rows.map(([key, value]) => `| ${e(key)} | ${e(value)} |`), ""]);
  const list = (items: readonly string[]) => [...items.map((item) => `- ${e(item)}`), ""];
  out.push(...table(file.header));
  out.push(`## ${e(W.conclusion[lang])}`, "", `**${e(file.verdict)}**`, "", ...file.conclusion.map((line) => e(line)).join(" ").split("\n"), "");
  if (file.counts) out.push(e(file.counts), "");
  out.push(`## ${e(W.personAndFacts[lang])}`, "", ...table(file.person));
  if (file.summary) out.push(`**${e(W.summary[lang])}:** ${e(file.summary)}`, "");
  out.push(`**${e(W.reportedFacts[lang])}**`, "", ...(file.facts.length > 0 ? table(file.facts) : [e(W.noFacts[lang]), ""]));
  out.push(`## ${e(W.ownViolations[lang])}`, "");
  if (file.own.length === 0) out.push(e(W.noOwnViolations[lang]), "");
  file.own.forEach((violation, index) => {
    out.push(`### ${index + 1}. ${e(violation.title)}`, "");
    for (const provision of violation.provisions) out.push(`> **${e(provision.citation)}**`, ">", `> ${e(provision.text)}`, "");
    out.push(`**${e(W.sanction[lang])}:** ${e(violation.sanctions.join("; "))}`, "");
    if (violation.options.length > 0) out.push(`**${e(W.sanctionOptions[lang])}:** ${e(violation.options.join("; "))}`, "");
    if (violation.elements.length > 0) out.push(`**${e(W.why[lang])}:**`, "", ...list(violation.elements));
    if (violation.confidence) out.push(`${e(W.confidence[lang])}: ${e(violation.confidence)}`, "");
  });
  if (file.others.length > 0) {
    out.push(`## ${e(W.otherParties[lang])}`, "", `_${e(W.otherPartiesNote[lang])}_`, "");
    for (const other of file.others) {
      out.push(`- **${e(other.title)}** (${e(other.provisions.join("; "))}). ${e(W.sanction[lang])}: ${e(other.sanctions.join("; "))}`);
    }
    out.push("");
  }
  if (file.undetermined.length > 0) {
    out.push(`## ${e(W.open[lang])}`, "", `${file.undetermined.length} ${e(W.openIntro[lang])}`, "");
    file.questions.forEach((question, index) => out.push(`${index + 1}\. ${e(question.text)} (${e(W.answers[lang])}: ${e(question.answers)}; ${e(W.concerns[lang])}: ${e(question.concerns.join("; "))})`));
    out.push("", `**${e(W.undeterminedList[lang])}:** ${e(file.undetermined.join("; "))}`, "");
  }
  if (file.nothingAlleged && file.questions.length > 0) {
    out.push(`## ${e(W.whatHappened[lang])}`, "", e(W.whatHappenedIntro[lang]), "");
    file.questions.forEach((question, index) => out.push(`${index + 1}\. ${e(question.text)} (${e(W.answers[lang])}: ${e(question.answers)})`));
    out.push("");
  }
  if (file.uncertainties.length > 0) out.push(`## ${e(W.uncertainties[lang])}`, "", ...list(file.uncertainties));
  out.push(`## ${e(W.interpretation[lang])}`, "", ...table(file.interpretation));
  out.push(`## ${e(W.statementTitle[lang])}`, "", e(file.statement), "");
  out.push(`## ${e(W.reviewer[lang])}`, "", "| | |", "|---|---|");
  for (const label of [W.reviewerName, W.reviewerId, W.reviewerPosition, W.reviewerDate, W.signature, W.reviewerNotes]) out.push(`| ${e(label[lang])} | |`);
  out.push("");
  if (file.appendix) {
    out.push(`## ${e(W.appendix[lang])}`, "", `${e(W.appendixEngine[lang])}: ${e(file.appendix.engine)}`, "");
    for (const finding of file.appendix.findings) {
      out.push(`### ${e(finding.title)} — ${e(finding.status)}`, "", `${e(W.appendixRule[lang])}: ${e(finding.ruleId)}; ${e(W.appendixProvisions[lang])}: ${e(finding.provisionIds.join(", "))}`, "", fence(finding.explanation), "");
    }
  }
  return out.join("\n");
}

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @example
 * ```ts
 * escapeHtml(`<b class="x">&</b>`); // => "&lt;b class=&quot;x&quot;&gt;&amp;&lt;/b&gt;"
 * ```
 * @category Reports
 */
export function escapeHtml(text: string): string {
  return multiLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const CSS = `
:root { color-scheme: light; --ink: #1b1f23; --muted: #57606a; --line: #c9d1d9; --soft: #f6f8fa; --accent: #8b1a1a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 50rem; padding: 1.5rem 1.25rem 2.5rem; font: 15px/1.5 "Noto Sans", "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: #fff; }
header.top { border-bottom: 2px solid var(--ink); padding-bottom: .5rem; margin-bottom: .8rem; }
h1 { font-size: 1.45rem; margin: 0; }
.subtitle { margin: .1rem 0 0; color: var(--muted); }
h2 { font-size: 1.1rem; margin: 1.3rem 0 .45rem; padding-bottom: .15rem; border-bottom: 1px solid var(--line); break-after: avoid; }
h3 { font-size: 1rem; margin: .9rem 0 .3rem; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 .6rem; }
th, td { text-align: left; vertical-align: top; padding: .22rem .45rem; border: 1px solid var(--line); }
th { width: 32%; background: var(--soft); font-weight: 600; }
table.grid th { width: 18%; }
table.grid td { width: 32%; }
.conclusion { border: 2px solid var(--ink); border-radius: 4px; padding: .1rem .8rem .4rem; margin: .4rem 0 .6rem; }
.conclusion h2 { border: none; margin: .3rem 0 0; font-size: .95rem; color: var(--muted); }
.conclusion .verdict { font-size: 1.2rem; font-weight: 700; margin: 0 0 .2rem; }
.conclusion p { margin: .15rem 0; }
.counts { color: var(--muted); font-size: .9em; }
.violation { border-left: 4px solid var(--accent); padding: .05rem 0 .2rem .8rem; margin: .6rem 0; break-inside: avoid; }
.other { border-left: 4px solid var(--line); padding: .05rem 0 .2rem .8rem; margin: .5rem 0; break-inside: avoid; }
.note { color: var(--muted); font-style: italic; margin: .2rem 0; }
blockquote { margin: .3rem 0; padding: .3rem .7rem; border-left: 3px solid var(--line); background: var(--soft); }
blockquote cite { display: block; font-style: normal; font-weight: 600; }
ul, ol { margin: .2rem 0 .4rem; padding-left: 1.3rem; }
li { margin: .1rem 0; }
p { margin: .3rem 0; }
.statement { border: 1px solid var(--line); background: var(--soft); padding: .45rem .7rem; }
.reviewer td { height: 1.9rem; }
.reviewer .notes td { height: 4rem; }
.appendix { break-before: page; }
.appendix pre { white-space: pre-wrap; word-break: break-word; font: 11px/1.4 "DejaVu Sans Mono", ui-monospace, monospace; background: var(--soft); border: 1px solid var(--line); padding: .4rem .6rem; }
@page { size: A4; margin: 16mm 15mm 16mm 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
  th, td { padding: 1.5pt 4pt; }
  h1 { font-size: 15pt; }
  h2 { font-size: 11.5pt; margin-top: 9pt; }
  h3 { font-size: 10.5pt; }
  .reviewer-block { break-inside: avoid; }
}
`;

/**
 * The assessment as a self-contained HTML case file (inline CSS with an A4 print layout, no
 * scripts, no external resources), with the same content as {@link renderMarkdownReport}. All
 * text is HTML-escaped.
 * @example
 * ```ts
 * const html = renderHtmlReport(assessment, { lang: "id" });
 * ```
 * @category Reports
 */
export function renderHtmlReport(assessment: Assessment, options: ReportOptions = {}): string {
  return `<!doctype html>
<html lang="${options.lang ?? "id"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(options.title ?? W.title[options.lang ?? "id"])}</title>
<style>${CSS}</style>
</head>
<body>
${renderHtmlReportBody(assessment, options)}
</body>
</html>
`;
}

/** The case file as the body of the HTML document. */
function renderHtmlReportBody(assessment: Assessment, options: ReportOptions = {}): string {
  const file = build(assessment, options);
  const { lang } = file;
  const e = escapeHtml;
  const out: string[] = [];
  const table = (rows: CaseFile["header"], className = "") =>
    rows.length === 0 ? "" : `<table${className ? ` class="${className}"` : ""}>${rows.map(([key, value]) => `<tr><th scope="row">${e(key)}</th><td>${e(value)}</td></tr>`).join("")}</table>`;
  // Two label-value pairs per row: the first page holds more without smaller type.
  const grid = (rows: CaseFile["header"]) => {
    const cells = rows.map(([key, value]) => `<th scope="row">${e(key)}</th><td>${e(value)}</td>`);
    const lines: string[] = [];
    for (let index = 0; index < cells.length; index += 2) lines.push(`<tr>${cells[index] ?? ""}${cells[index + 1] ?? '<th></th><td></td>'}</tr>`);
    return rows.length === 0 ? "" : `<table class="grid">${lines.join("")}</table>`;
  };
  const list = (items: readonly string[], tag = "ul") => `<${tag}>${items.map((item) => `<li>${e(item)}</li>`).join("")}</${tag}>`;
  out.push(`<header class="top"><h1>${e(file.title)}</h1><p class="subtitle">${e(file.subtitle)}</p></header>`);
  out.push(grid(file.header));
  out.push(`<section class="conclusion"><h2>${e(W.conclusion[lang])}</h2><p class="verdict">${e(file.verdict)}</p>${file.conclusion.map((line) => `<p>${e(line)}</p>`).join("")}${file.counts ? `<p class="counts">${e(file.counts)}</p>` : ""}</section>`);
  out.push(`<section class="person"><h2>${e(W.personAndFacts[lang])}</h2>${grid(file.person)}`);
  if (file.summary) out.push(`<p><strong>${e(W.summary[lang])}:</strong> ${e(file.summary)}</p>`);
  out.push(`<h3>${e(W.reportedFacts[lang])}</h3>${file.facts.length > 0 ? grid(file.facts) : `<p>${e(W.noFacts[lang])}</p>`}</section>`);
  out.push(`<section class="own"><h2>${e(W.ownViolations[lang])}</h2>`);
  if (file.own.length === 0) out.push(`<p>${e(W.noOwnViolations[lang])}</p>`);
  file.own.forEach((violation, index) => {
    out.push(`<div class="violation"><h3>${index + 1}. ${e(violation.title)}</h3>`);
    for (const provision of violation.provisions) out.push(`<blockquote><cite>${e(provision.citation)}</cite>${e(provision.text)}</blockquote>`);
    out.push(`<p><strong>${e(W.sanction[lang])}:</strong> ${e(violation.sanctions.join("; "))}</p>`);
    if (violation.options.length > 0) out.push(`<p><strong>${e(W.sanctionOptions[lang])}:</strong> ${e(violation.options.join("; "))}</p>`);
    if (violation.elements.length > 0) out.push(`<p><strong>${e(W.why[lang])}:</strong></p>${list(violation.elements)}`);
    if (violation.confidence) out.push(`<p class="note">${e(W.confidence[lang])}: ${e(violation.confidence)}</p>`);
    out.push("</div>");
  });
  out.push("</section>");
  if (file.others.length > 0) {
    out.push(`<section class="others"><h2>${e(W.otherParties[lang])}</h2><p class="note">${e(W.otherPartiesNote[lang])}</p>`);
    for (const other of file.others) {
      out.push(
        `<div class="other"><h3>${e(other.title)}</h3><p>${e(other.provisions.join("; "))}</p><p><strong>${e(W.sanction[lang])}:</strong> ${e(other.sanctions.join("; "))}</p></div>`,
      );
    }
    out.push("</section>");
  }
  if (file.undetermined.length > 0) {
    out.push(`<section class="open"><h2>${e(W.open[lang])}</h2><p>${file.undetermined.length} ${e(W.openIntro[lang])}</p>`);
    out.push(`<ol>${file.questions.map((question) => `<li>${e(question.text)} <span class="counts">(${e(W.answers[lang])}: ${e(question.answers)}; ${e(W.concerns[lang])}: ${e(question.concerns.join("; "))})</span></li>`).join("")}</ol>`);
    out.push(`<p class="counts"><strong>${e(W.undeterminedList[lang])}:</strong> ${e(file.undetermined.join("; "))}</p></section>`);
  }
  if (file.nothingAlleged && file.questions.length > 0) {
    out.push(`<section class="open"><h2>${e(W.whatHappened[lang])}</h2><p>${e(W.whatHappenedIntro[lang])}</p>`);
    out.push(`<ol>${file.questions.map((question) => `<li>${e(question.text)} <span class="counts">(${e(W.answers[lang])}: ${e(question.answers)})</span></li>`).join("")}</ol></section>`);
  }
  if (file.uncertainties.length > 0) out.push(`<section class="uncertainties"><h2>${e(W.uncertainties[lang])}</h2>${list(file.uncertainties)}</section>`);
  out.push(`<section class="interpretation"><h2>${e(W.interpretation[lang])}</h2>${table(file.interpretation)}</section>`);
  out.push(`<section class="reviewer-block"><h2>${e(W.statementTitle[lang])}</h2><p class="statement">${e(file.statement)}</p>`);
  out.push(
    `<h2>${e(W.reviewer[lang])}</h2><table class="reviewer">${[W.reviewerName, W.reviewerId, W.reviewerPosition, W.reviewerDate, W.signature].map((label) => `<tr><th scope="row">${e(label[lang])}</th><td></td></tr>`).join("")}<tr class="notes"><th scope="row">${e(W.reviewerNotes[lang])}</th><td></td></tr></table></section>`,
  );
  if (file.appendix) {
    out.push(`<section class="appendix"><h2>${e(W.appendix[lang])}</h2><p>${e(W.appendixEngine[lang])}: ${e(file.appendix.engine)}</p>`);
    for (const finding of file.appendix.findings) {
      out.push(`<h3>${e(finding.title)} — ${e(finding.status)}</h3><p class="counts">${e(W.appendixRule[lang])}: ${e(finding.ruleId)}; ${e(W.appendixProvisions[lang])}: ${e(finding.provisionIds.join(", "))}</p><pre>${e(finding.explanation)}</pre>`);
    }
    out.push("</section>");
  }
  return out.join("\n");
}
