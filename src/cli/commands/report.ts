import { FileReadError, readText, writeFileAtomic } from "../../node/files.ts";
import { isInvalidIncidentError, isNetralitasError } from "../../errors.ts";
import { createEvaluator } from "../../evaluator.ts";
import { renderHtmlReport, renderMarkdownReport } from "../../report/report.ts";
import type { InterpretationInput } from "../../schema/options.ts";
import { CliError, EXIT, stringOption, usageError, type Command } from "../command.ts";
import { INTERPRETATION_OPTION, RULES_OPTIONS, interpretationFrom, rulesetFromOptions } from "../rules.ts";
import { uncheckedIncident } from "../../_utils/unchecked.ts";

/** `netralitas report <FILE> --format md|html`: a case-file report of one incident. */
export const report: Command = {
  name: "report",
  usage: "<FILE|-> [--format md|html] [--out FILE]",
  summary: {
    id: "Laporan penilaian untuk berkas perkara (Markdown atau HTML mandiri)",
    en: "An assessment report for a case file (Markdown or self-contained HTML)",
  },
  description: {
    id: `Menilai kejadian di FILE (atau kasus uji, dengan tafsirnya) dan mencetak laporan: ringkasan kejadian, pemilihan,
tahapan dan waktu lokal dengan zona, tanggal hukum, setiap temuan dengan penjelasan, kutipan ketentuan dan sanksi,
ringkasan sanksi, fakta yang belum diketahui beserta pertanyaannya, ketidakpastian dan catatan tafsir.
HTML-nya mandiri (CSS di dalam berkas, tanpa sumber luar), siap dilampirkan.`,
    en: `Judges the incident in FILE (or a fixture, with its interpretation) and prints a report: incident summary, election,
phase and local time with zone, law date, every finding with its explanation, quoted provisions and sanctions,
the sanction summary, missing facts with their questions, uncertainties and interpretation notes.
The HTML is self-contained (inline CSS, no external resources), ready to attach.`,
  },
  options: {
    ...RULES_OPTIONS,
    interpretation: INTERPRETATION_OPTION,
    format: { type: "string", valueName: "md|html", choices: ["md", "html"], description: { id: "Format laporan (bawaan: md).", en: "Report format (default: md)." } },
    detail: {
      type: "string",
      valueName: "summary|full",
      choices: ["summary", "full"],
      description: { id: "full: tambahkan lampiran dengan rincian setiap temuan (bawaan: summary).", en: "full: add an appendix with every finding in detail (default: summary)." },
    },
    out: { type: "string", valueName: "FILE", description: { id: "Tulis laporan ke FILE, bukan ke stdout.", en: "Write the report to FILE instead of stdout." } },
  },
  examples: ["netralitas report kejadian.json", "netralitas report kejadian.json --format html --lang en --out laporan.html"],
  async run({ lang, values, positionals, io }) {
    const { ruleset } = rulesetFromOptions(values, io, lang);
    const file = positionals[0];
    if (file === undefined) throw usageError("cli_missing_argument", { command: "report", value: "FILE" });
    if (positionals.length > 1) throw usageError("cli_too_many_arguments", { command: "report", value: positionals.slice(1).join(" ") });
    let data: unknown;
    try {
      data = JSON.parse(file === "-" ? io.readStdin() : readText(file)) as unknown;
    } catch (error) {
      if (error instanceof FileReadError) throw new CliError(EXIT.invalidInput, error.messages);
      const detail = error instanceof Error ? error.message : String(error);
      throw new CliError(EXIT.invalidInput, { id: `Tidak dapat membaca ${file}: ${detail}`, en: `Cannot read ${file}: ${detail}` });
    }
    const record = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
    const isFixture = record !== undefined && typeof record["incident"] === "object" && "expect" in record;
    const incident = isFixture ? record["incident"] : data;
    const fromFile = isFixture && typeof record["interpretation"] === "object" && record["interpretation"] !== null ? (record["interpretation"] as Record<string, unknown>) : {};
    const interpretation = { ...fromFile, ...interpretationFrom(values) } as InterpretationInput;
    try {
      const assessment = await createEvaluator({ lang, ruleset }).evaluate(uncheckedIncident(incident), { interpretation });
      const reportOptions = { lang, ruleset, detail: stringOption(values, "detail") === "full" ? ("full" as const) : ("summary" as const) };
      const text = stringOption(values, "format") === "html" ? renderHtmlReport(assessment, reportOptions) : renderMarkdownReport(assessment, reportOptions);
      const out = stringOption(values, "out");
      if (out === undefined) io.out(text.trimEnd());
      else writeFileAtomic(out, text);
      return EXIT.ok;
    } catch (error) {
      if (isInvalidIncidentError(error)) {
        throw new CliError(EXIT.invalidInput, { id: error.issues.map((issue) => issue.messages.id).join("; "), en: error.issues.map((issue) => issue.messages.en).join("; ") });
      }
      if (isNetralitasError(error)) throw new CliError(EXIT.invalidInput, { id: error.message, en: error.message });
      throw error;
    }
  },
};
