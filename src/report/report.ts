// Case-file reports of an assessment, in Markdown or self-contained HTML. Pure string building:
// no node: imports, no external resources, every piece of text escaped for its format.
import type { Lang, LocalizedText } from "../_utils/text.ts";
import { bundledRuleset } from "../evaluator.ts";
import { valueLabel } from "../explain/explain.ts";
import { describeSanction, PHASE_WORDS, STATUS_WORDS, VERDICT_WORDS } from "../explain/words.ts";
import { nextQuestions } from "../questions/questions.ts";
import { resolveDotPath } from "../engine/operators.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { FindingStatus } from "../schema/fixture.ts";
import type { Assessment, Finding } from "../types.ts";

/**
 * Options of {@link renderMarkdownReport} and {@link renderHtmlReport}.
 * @example
 * ```ts
 * renderHtmlReport(assessment, { lang: "en", title: "Case LAP-2024-0117" });
 * ```
 * @category Reports
 */
export interface ReportOptions {
  /** Language of the report. Default `id`. */
  readonly lang?: Lang;
  /** The rule set the assessment was made with (for fact labels and questions). Default: the bundled one. */
  readonly ruleset?: Ruleset;
  /** A title for the report; default "Laporan penilaian netralitas ASN" / "ASN neutrality assessment". */
  readonly title?: string;
}

type Inline = string;
type Block =
  | { readonly kind: "para"; readonly text: Inline; readonly strong?: boolean }
  | { readonly kind: "list"; readonly items: readonly Inline[] }
  | { readonly kind: "table"; readonly rows: readonly (readonly [Inline, Inline])[] }
  | { readonly kind: "pre"; readonly text: string }
  | { readonly kind: "quote"; readonly cite: Inline; readonly text: string };
interface Section {
  readonly title: string;
  readonly level: 2 | 3;
  readonly blocks: readonly Block[];
  readonly status?: FindingStatus;
}

const T = {
  title: { id: "Laporan penilaian netralitas ASN", en: "ASN neutrality assessment" },
  verdict: { id: "Putusan", en: "Verdict" },
  incident: { id: "Kejadian", en: "Incident" },
  reference: { id: "Rujukan", en: "Reference" },
  summary: { id: "Ringkasan", en: "Summary" },
  knownFacts: { id: "Fakta yang diketahui", en: "Known facts" },
  noFacts: { id: "Belum ada fakta yang diisi.", en: "No facts filled in yet." },
  election: { id: "Pemilihan", en: "Election" },
  inferred: { id: "disimpulkan dari wilayah dan tanggal", en: "inferred from region and date" },
  region: { id: "Wilayah", en: "Region" },
  occurred: { id: "Waktu kejadian (lokal)", en: "Occurred (local time)" },
  phase: { id: "Tahapan", en: "Phase" },
  lawDate: { id: "Tanggal hukum yang diterapkan", en: "Law applied as of" },
  confidence: { id: "keyakinan", en: "confidence" },
  confidenceLabel: { id: "Keyakinan", en: "Confidence" },
  counts: { id: "Jumlah temuan", en: "Findings" },
  sanctions: { id: "Ringkasan sanksi", en: "Sanction summary" },
  findings: { id: "Temuan", en: "Findings" },
  rule: { id: "Aturan", en: "Rule" },
  status: { id: "Status", en: "Status" },
  explanation: { id: "Penjelasan", en: "Explanation" },
  provisions: { id: "Ketentuan", en: "Provisions" },
  findingSanctions: { id: "Sanksi", en: "Sanctions" },
  notes: { id: "Catatan", en: "Notes" },
  missing: { id: "Fakta yang belum diketahui", en: "Missing facts" },
  questions: { id: "Pertanyaan yang dapat memutuskan temuan", en: "Questions that could settle findings" },
  answers: { id: "Jawaban", en: "Answers" },
  number: { id: "bilangan bulat", en: "a whole number" },
  fills: { id: "mengisi", en: "fills" },
  concerns: { id: "menyangkut", en: "concerns" },
  notAsked: { id: "Tidak dapat ditanyakan (ditentukan kalender atau tafsir)", en: "Cannot be asked (set by the calendar or an interpretation)" },
  noneMissing: { id: "Tidak ada: setiap temuan sudah dapat ditentukan.", en: "None: every finding is decided." },
  uncertainties: { id: "Ketidakpastian", en: "Uncertainties" },
  interpretation: { id: "Tafsir", en: "Interpretation" },
  options: { id: "Pilihan tafsir yang dipakai", en: "Interpretation options used" },
  footer: { id: "Aturan versi", en: "Rule set version" },
  engine: { id: "mesin", en: "engine" },
  disclaimer: {
    id: "Penilaian otomatis berdasarkan fakta yang dilaporkan; bukan putusan pejabat yang berwenang.",
    en: "An automated assessment of the reported facts; not a decision of the competent authority.",
  },
} as const satisfies Record<string, LocalizedText>;

const ORDER: Readonly<Record<FindingStatus, number>> = { violated: 0, undetermined: 1, not_violated: 2, not_alleged: 3, not_applicable: 4 };

function findingSection(finding: Finding, lang: Lang): Section {
  const blocks: Block[] = [
    {
      kind: "table",
      rows: [
        [T.rule[lang], finding.ruleId],
        [T.status[lang], `${STATUS_WORDS[finding.status][lang]} (${finding.status})`],
        [T.confidenceLabel[lang], finding.confidence],
      ],
    },
    { kind: "pre", text: finding.explanation[lang] },
  ];
  for (const provision of finding.provisions) {
    blocks.push({ kind: "quote", cite: `${provision.citation} (${T.confidence[lang]}: ${provision.confidence})`, text: provision.text });
  }
  if (finding.sanctions.length > 0 && finding.status !== "not_applicable") {
    blocks.push({ kind: "para", text: `${T.findingSanctions[lang]}:`, strong: true });
    blocks.push({ kind: "list", items: finding.sanctions.map((sanction) => describeSanction(sanction)[lang]) });
  }
  return { title: finding.title[lang], level: 3, blocks, status: finding.status };
}

/** The report's content, independent of its format. */
function model(assessment: Assessment, options: ReportOptions): { title: string; lang: Lang; sections: Section[] } {
  const lang = options.lang ?? "id";
  const ruleset = options.ruleset ?? bundledRuleset();
  const dictionary = ruleset.facts;
  const incident = assessment.incident;
  const sections: Section[] = [];

  const counts = (Object.keys(ORDER) as FindingStatus[])
    .map((status) => [status, assessment.findings.filter((finding) => finding.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${STATUS_WORDS[status][lang]}: ${count}`)
    .join(" · ");
  sections.push({
    title: T.verdict[lang],
    level: 2,
    blocks: [
      { kind: "para", text: VERDICT_WORDS[assessment.verdict][lang], strong: true },
      { kind: "para", text: assessment.explanation[lang] },
      { kind: "para", text: `${T.counts[lang]}: ${counts || "0"}` },
    ],
  });

  const facts: (readonly [string, string])[] = [];
  for (const definition of dictionary.values()) {
    if (definition.path === undefined) continue;
    const value = resolveDotPath(incident, definition.path);
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      facts.push([definition.label[lang], valueLabel(dictionary, definition.name, value, lang)]);
    }
  }
  const when = `${assessment.occurrence.localDate}${assessment.occurrence.localTime ? ` ${assessment.occurrence.localTime}` : ""} ${assessment.region.zone} (${assessment.region.timeZone})`;
  const incidentRows: (readonly [string, string])[] = [];
  if (incident.id) incidentRows.push([T.reference[lang], incident.id]);
  incidentRows.push([
    T.election[lang],
    `${assessment.election.title[lang]} (${assessment.election.id}${assessment.election.inferred ? `; ${T.inferred[lang]}` : ""}; ${T.confidence[lang]}: ${assessment.election.confidence})`,
  ]);
  incidentRows.push([T.region[lang], `${assessment.region.provinceName}${assessment.region.regency ? ` / ${assessment.region.regency}` : ""}`]);
  incidentRows.push([T.occurred[lang], `${when}${assessment.occurrence.instant ? ` = ${assessment.occurrence.instant}` : ""}`]);
  incidentRows.push([
    T.phase[lang],
    `${PHASE_WORDS[assessment.phase.id][lang]} (${assessment.phase.id}, ${assessment.phase.from} – ${assessment.phase.to}; ${T.confidence[lang]}: ${assessment.phase.confidence})`,
  ]);
  incidentRows.push([T.lawDate[lang], assessment.lawDate]);
  if (incident.subject.positionTitle) incidentRows.push([lang === "id" ? "Nama jabatan" : "Position title", incident.subject.positionTitle]);
  if (incident.target?.name) incidentRows.push([lang === "id" ? "Nama calon/partai" : "Candidate or party", incident.target.name]);
  const incidentBlocks: Block[] = [{ kind: "table", rows: incidentRows }];
  if (incident.summary) incidentBlocks.push({ kind: "para", text: `${T.summary[lang]}: ${incident.summary}` });
  incidentBlocks.push({ kind: "para", text: `${T.knownFacts[lang]}:`, strong: true });
  incidentBlocks.push(facts.length > 0 ? { kind: "table", rows: facts } : { kind: "para", text: T.noFacts[lang] });
  sections.push({ title: T.incident[lang], level: 2, blocks: incidentBlocks });

  sections.push({ title: T.sanctions[lang], level: 2, blocks: [{ kind: "para", text: assessment.sanctionSummary.text[lang] }] });

  sections.push({ title: T.findings[lang], level: 2, blocks: [] });
  const findings = [...assessment.findings].sort((left, right) => ORDER[left.status] - ORDER[right.status] || left.ruleId.localeCompare(right.ruleId));
  for (const finding of findings) sections.push(findingSection(finding, lang));

  const questions = nextQuestions(assessment, { ruleset });
  const asked = new Set(questions.flatMap((question) => question.facts));
  const missingBlocks: Block[] = [];
  if (questions.length > 0) {
    missingBlocks.push({ kind: "para", text: `${T.questions[lang]}:`, strong: true });
    missingBlocks.push({
      kind: "list",
      items: questions.map((question) => {
        const answers = question.answers.length > 0 ? question.answers.map((answer) => answer.label[lang]).join(" / ") : T.number[lang];
        return `${question.text[lang]} — ${T.answers[lang]}: ${answers} (${T.fills[lang]} ${question.path}; ${T.concerns[lang]} ${question.findings.join(", ")})`;
      }),
    });
  }
  const unasked = assessment.missingFacts.filter((fact) => !asked.has(fact) && !questions.some((question) => question.fact === fact));
  const unaskable = unasked.filter((fact) => {
    const definition = dictionary.get(fact);
    return definition !== undefined && definition.path === undefined && definition.asks === undefined;
  });
  if (unaskable.length > 0) {
    missingBlocks.push({ kind: "para", text: `${T.notAsked[lang]}:`, strong: true });
    missingBlocks.push({ kind: "list", items: unaskable.map((fact) => `${dictionary.get(fact)?.label[lang] ?? fact} (${fact})`) });
  }
  if (missingBlocks.length === 0) missingBlocks.push({ kind: "para", text: T.noneMissing[lang] });
  sections.push({ title: T.missing[lang], level: 2, blocks: missingBlocks });

  if (assessment.uncertainties.length > 0) {
    sections.push({ title: T.uncertainties[lang], level: 2, blocks: [{ kind: "list", items: assessment.uncertainties.map((note) => note[lang]) }] });
  }
  const interpretationNotes = [
    ...new Set(
      assessment.findings
        .filter((finding) => finding.status !== "not_applicable")
        .flatMap((finding) => finding.notes.filter((note) => note.kind === "interpretation").map((note) => note.text[lang])),
    ),
  ];
  const optionsUsed = Object.entries(assessment.interpretation).map(([key, value]) => `${key} = ${String(value)}`);
  sections.push({
    title: T.interpretation[lang],
    level: 2,
    blocks: [
      { kind: "para", text: `${T.options[lang]}: ${optionsUsed.join("; ")}` },
      ...(interpretationNotes.length > 0 ? [{ kind: "list", items: interpretationNotes } as const] : []),
    ],
  });
  return { title: options.title ?? T.title[lang], lang, sections };
}

function footer(assessment: Assessment, lang: Lang): string {
  return `${T.footer[lang]}: ${assessment.rulesetVersion} · ${T.engine[lang]}: ${assessment.engine}. ${T.disclaimer[lang]}`;
}

/** Escapes text for Markdown: backslash-escapes punctuation Markdown would act on, and `<`, `>`, `&`. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, " ")
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
 * The assessment as a Markdown report for a case file: verdict, incident summary, election, phase and
 * local time with zone, the law date, each finding with its explanation, provisions quoted and
 * sanctions, the sanction summary, the missing facts with their questions, uncertainties and
 * interpretation notes.
 * @example
 * ```ts
 * const markdown = renderMarkdownReport(await evaluateIncident(incident), { lang: "en" });
 * ```
 * @category Reports
 */
export function renderMarkdownReport(assessment: Assessment, options: ReportOptions = {}): string {
  const { title, lang, sections } = model(assessment, options);
  const out: string[] = [`# ${escapeMarkdown(title)}`, ""];
  for (const section of sections) {
    out.push(`${"#".repeat(section.level)} ${escapeMarkdown(section.title)}`, "");
    for (const block of section.blocks) {
      switch (block.kind) {
        case "para":
          out.push(block.strong ? `**${escapeMarkdown(block.text)}**` : escapeMarkdown(block.text), "");
          break;
        case "list":
          out.push(...block.items.map((item) => `- ${escapeMarkdown(item)}`), "");
          break;
        case "table":
          out.push("| | |", "|---|---|", ...block.rows.map(([key, value]) => `| ${escapeMarkdown(key)} | ${escapeMarkdown(value)} |`), "");
          break;
        case "pre":
          out.push(fence(block.text), "");
          break;
        case "quote":
          out.push(`> **${escapeMarkdown(block.cite)}**`, ">", `> ${escapeMarkdown(block.text)}`, "");
          break;
      }
    }
  }
  out.push("---", "", `_${escapeMarkdown(footer(assessment, lang))}_`, "");
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
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const CSS = `
:root { color-scheme: light; --ink: #1b1f23; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 56rem; padding: 2rem 1.25rem 3rem; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border: 1px solid var(--line); }
th { width: 30%; background: var(--soft); font-weight: 600; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .7rem .8rem; font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
blockquote { margin: .6rem 0; padding: .4rem .9rem; border-left: 4px solid var(--line); color: var(--ink); background: #fbfbfc; }
blockquote cite { display: block; font-style: normal; font-weight: 600; margin-bottom: .2rem; }
.finding { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .2rem 1rem .6rem; margin: 1rem 0; }
.finding.violated { border-left-color: #cf222e; }
.finding.undetermined { border-left-color: #bf8700; }
.finding.not_violated { border-left-color: #1a7f37; }
.finding.not_applicable { border-left-color: #8c959f; }
.verdict { font-size: 1.15rem; font-weight: 700; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .6rem; }
@media print { body { max-width: none; padding: 0; } .finding { break-inside: avoid; } }
`;

/**
 * The assessment as a self-contained HTML page (inline CSS, no scripts, no external resources) to attach
 * to a case file, with the same content as {@link renderMarkdownReport}. All text is HTML-escaped.
 * @example
 * ```ts
 * const html = renderHtmlReport(assessment, { lang: "id" });
 * ```
 * @category Reports
 */
export function renderHtmlReport(assessment: Assessment, options: ReportOptions = {}): string {
  const { title, lang, sections } = model(assessment, options);
  const out: string[] = [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    `<h1>${escapeHtml(title)}</h1>`,
  ];
  let open = false;
  for (const section of sections) {
    if (open) {
      out.push("</section>");
      open = false;
    }
    if (section.level === 3) {
      out.push(`<section class="finding ${section.status ?? ""}">`);
      open = true;
    }
    out.push(`<h${section.level}>${escapeHtml(section.title)}</h${section.level}>`);
    for (const block of section.blocks) {
      switch (block.kind) {
        case "para":
          out.push(block.strong ? `<p class="${section.title === T.verdict[lang] ? "verdict" : ""}"><strong>${escapeHtml(block.text)}</strong></p>` : `<p>${escapeHtml(block.text)}</p>`);
          break;
        case "list":
          out.push("<ul>", ...block.items.map((item) => `<li>${escapeHtml(item)}</li>`), "</ul>");
          break;
        case "table":
          out.push("<table>", ...block.rows.map(([key, value]) => `<tr><th scope="row">${escapeHtml(key)}</th><td>${escapeHtml(value)}</td></tr>`), "</table>");
          break;
        case "pre":
          out.push(`<pre>${escapeHtml(block.text)}</pre>`);
          break;
        case "quote":
          out.push(`<blockquote><cite>${escapeHtml(block.cite)}</cite>${escapeHtml(block.text)}</blockquote>`);
          break;
      }
    }
  }
  if (open) out.push("</section>");
  out.push(`<footer>${escapeHtml(footer(assessment, lang))}</footer>`, "</body>", "</html>", "");
  return out.join("\n");
}
