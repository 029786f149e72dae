import { createEvaluator, type Evaluator } from "../../evaluator.ts";
import type { InterpretationInput } from "../../schema/options.ts";
import { isInvalidIncidentError } from "../../errors.ts";
import { compareWithExpectation, type ExpectationMismatch } from "../../expectation.ts";
import { message } from "../../messages.ts";
import type { JsonDocument } from "../../node/json-document.ts";
import { locateIn, parseJsonText } from "../../node/read-json.ts";
import { FileReadError, readText } from "../../node/files.ts";
import { FixtureSchema } from "../../schema/fixture.ts";
import type { Assessment } from "../../types.ts";
import type { Lang } from "../../_utils/text.ts";
import { formatSummary } from "../summary.ts";
import { CliError, EXIT, JSON_OPTION, stringOption, usageError, type CliIo, type Command, type ExitCode } from "../command.ts";
import { displayIssues, formatAssessment, formatExpectation, formatProblems, problemJson, type DisplayProblem } from "../format.ts";
import { INTERPRETATION_OPTION, RULES_OPTIONS, interpretationFrom, rulesetFromOptions } from "../rules.ts";
import { JSONL_OPTIONS, runJsonl } from "../jsonl.ts";
import { uncheckedIncident } from "../../_utils/unchecked.ts";

/** The outcome of one input file. */
export type EvaluationResult =
  | {
      readonly file: string;
      readonly exitCode: ExitCode;
      readonly assessment: Assessment;
      /** For a fixture: how the assessment differs from its expectations (empty when met). */
      readonly expectation?: readonly ExpectationMismatch[];
    }
  | { readonly file: string; readonly exitCode: ExitCode; readonly error: CliError };

/** The exit code of an assessment: 1 violation, 2 insufficient facts, 0 otherwise. */
export function exitCodeFor(assessment: Assessment): ExitCode {
  return { violation: EXIT.found, insufficient_facts: EXIT.insufficientFacts, nothing_alleged: EXIT.insufficientFacts, no_violation: EXIT.ok, not_applicable: EXIT.ok }[assessment.verdict];
}

/** The exit code of several results: invalid input first, then a violation, then insufficient facts. */
export function combinedExitCode(codes: readonly ExitCode[]): ExitCode {
  for (const code of [EXIT.invalidInput, EXIT.found, EXIT.insufficientFacts] as const) if (codes.includes(code)) return code;
  return EXIT.ok;
}

function inputError(file: string, problems: readonly DisplayProblem[]): CliError {
  return new CliError(EXIT.invalidInput, message("invalid_input_file", { path: file, count: problems.length }), problems);
}

/**
 * Evaluates one input: a bare incident or a fixture (whose `incident` and `interpretation` are
 * used and whose expectations are compared). Invalid input becomes an error result with every
 * issue located in the file.
 */
async function evaluateInput(
  file: string,
  text: string,
  options: { readonly evaluator: Evaluator; readonly interpretation: Record<string, string | boolean> },
): Promise<EvaluationResult> {
  const name = file === "-" ? "(stdin)" : file;
  const parsed = parseJsonText(text, name);
  if (!parsed.ok) return { file: name, exitCode: EXIT.invalidInput, error: inputError(name, [parsed.problem]) };
  const data = parsed.data;
  const isFixture = data !== null && typeof data === "object" && !Array.isArray(data) && "incident" in data && !("occurredAt" in data);
  const record = isFixture ? (data as Record<string, unknown>) : undefined;
  const incident = record ? record["incident"] : data;
  const fromFile = record && typeof record["interpretation"] === "object" && record["interpretation"] !== null ? (record["interpretation"] as Record<string, unknown>) : {};
  const interpretation = { ...fromFile, ...options.interpretation };
  const document: JsonDocument = parsed.document;
  // An interpretation option given on the command line has no place in the file: no line for it.
  const locate = (path: readonly (string | number)[], code: string) =>
    path[0] === "interpretation" && !(typeof path[1] === "string" && path[1] in fromFile) ? undefined : locateIn(document, path, code);
  try {
    const assessment = await options.evaluator.evaluate(uncheckedIncident(incident), { interpretation: interpretation as InterpretationInput });
    const fixture = record ? FixtureSchema.safeParse(data) : undefined;
    return {
      file: name,
      exitCode: exitCodeFor(assessment),
      assessment,
      ...(fixture?.success ? { expectation: compareWithExpectation(fixture.data, assessment) } : {}),
    };
  } catch (error) {
    if (!isInvalidIncidentError(error)) throw error;
    const problems = error.issues.flatMap((issue) =>
      displayIssues([issue], name, locate, issue.path[0] === "interpretation" || !record ? [] : ["incident"]),
    );
    return { file: name, exitCode: EXIT.invalidInput, error: inputError(name, problems) };
  }
}

/** Reads an input file, or standard input for `-`. */
function readInput(file: string, io: CliIo): string {
  if (file === "-") return io.readStdin();
  try {
    return readText(file);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, error instanceof FileReadError ? error.messages : message("unreadable_file", { path: file }));
  }
}

function errorJson(error: CliError, lang: Lang): Record<string, unknown> {
  return { exitCode: error.exitCode, message: error.messages[lang], messages: error.messages, problems: error.problems.map((problem) => problemJson(problem, lang)) };
}

/** `netralitas evaluate <file|-> [file...]`: judge incidents (or fixtures) and print the assessment. */
export const evaluate: Command = {
  name: "evaluate",
  usage: "<FILE|-> [FILE...]",
  summary: { id: "Nilai kejadian (atau kasus uji) dan tampilkan hasil penilaiannya", en: "Judge incidents (or fixtures) and print the assessment" },
  description: {
    id: `Menilai kejadian dalam berkas JSON (atau dari masukan standar dengan "-"). Berkas boleh berupa kejadian saja
atau kasus uji (fixture): kejadiannya dinilai dengan tafsir yang tercantum di dalamnya, lalu hasilnya
dibandingkan dengan harapan kasus uji.

Keluaran bawaan untuk dibaca orang: hasil penilaian, tahapan dengan tanggal, jam dan zona waktu lokal,
tanggal hukum yang dipakai, setiap temuan dengan status, kutipan pasal, sanksi, penjelasan dan fakta yang
belum diketahui, serta ketidakpastian. Dengan --json keluarannya objek Assessment (beberapa berkas: daftar).

Beberapa berkas dapat dinilai sekaligus; kode keluar gabungan: 3 bila ada masukan tidak sah, lalu 1 bila
ada pelanggaran, lalu 2 bila ada fakta yang belum cukup, selain itu 0.`,
    en: `Judges the incident in a JSON file (or on standard input with "-"). A file may hold a bare incident or a
fixture: its incident is judged with the interpretation it names, and the result is compared with the
fixture's expectations.

The default output is for people: the verdict, the phase with the local date, time and zone, the law date,
each finding with its status, citation, sanction, explanation and missing facts, and the uncertainties.
With --json the output is the Assessment object (several files: a list).

Several files can be judged at once; the combined exit code is 3 if any input is invalid, else 1 if any
violation, else 2 if any has insufficient facts, else 0.`,
  },
  options: {
    ...RULES_OPTIONS,
    interpretation: INTERPRETATION_OPTION,
    detail: {
      type: "string",
      valueName: "summary|full",
      choices: ["summary", "full"],
      description: {
        id: "summary (bawaan): ringkasan sekitar 40 baris; full: setiap temuan dengan penjelasan lengkapnya.",
        en: "summary (default): a summary of about 40 lines; full: every finding with its full explanation.",
      },
    },
    verbose: {
      type: "boolean",
      description: { id: "Sama dengan --detail full.", en: "The same as --detail full." },
    },
    json: JSON_OPTION,
    ...JSONL_OPTIONS,
  },
  examples: [
    "netralitas evaluate kejadian.json",
    "netralitas evaluate fixtures/pp-94-2021/pengerahan-pns/melanggar--membawa-dua-belas-staf.json --lang en",
    "cat kejadian.json | netralitas evaluate - --json",
    "netralitas evaluate kejadian.json --rules aturan-saya",
    "netralitas evaluate kejadian.json --interpretation passiveAttendance=prohibited",
    "netralitas evaluate --jsonl laporan.jsonl --jobs 2 > hasil.jsonl",
  ],
  async run({ lang, json, values, positionals, io }) {
    if (values["jsonl"] === true) {
      const chosen = rulesetFromOptions(values, io, lang);
      // The built-in set by name: with --jobs above 1 the calling thread never decodes it.
      return runJsonl({ positionals, values, lang, ruleset: chosen.bundled ? undefined : chosen.ruleset, interpretation: interpretationFrom(values) });
    }
    if (positionals.length === 0) throw usageError("cli_missing_argument", { command: "evaluate", argument: lang === "id" ? "berkas kejadian atau -" : "an incident file or -" });
    const interpretation = interpretationFrom(values);
    const { ruleset } = rulesetFromOptions(values, io, lang);
    const evaluator = createEvaluator({ ruleset, lang });
    const results: EvaluationResult[] = [];
    for (const file of positionals) {
      let text: string;
      try {
        text = readInput(file, io);
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        results.push({ file, exitCode: error.exitCode, error });
        continue;
      }
      results.push(await evaluateInput(file, text, { evaluator, interpretation }));
    }
    const single = results.length === 1 ? results[0] : undefined;
    if (json) {
      if (single && "assessment" in single) io.out(JSON.stringify(single.assessment, null, 2));
      else if (single && "error" in single) io.out(JSON.stringify({ error: errorJson(single.error, lang) }, null, 2));
      else {
        const list = results.map((result) =>
          "assessment" in result
            ? { file: result.file, exitCode: result.exitCode, assessment: result.assessment, ...(result.expectation ? { expectation: result.expectation } : {}) }
            : { file: result.file, exitCode: result.exitCode, error: errorJson(result.error, lang) },
        );
        io.out(JSON.stringify(list, null, 2));
      }
    } else {
      results.forEach((result, index) => {
        if (results.length > 1) io.out(`${index === 0 ? "" : "\n"}══ ${result.file} ══`);
        if ("assessment" in result) {
          const full = values["verbose"] === true || stringOption(values, "detail") === "full";
          io.out(full ? formatAssessment(result.assessment, lang, { ruleset, verbose: true }) : formatSummary(result.assessment, lang, { ruleset }));
          if (result.expectation) io.out(`\n${formatExpectation(result.expectation, lang)}`);
        } else {
          io.err([result.error.messages[lang], ...formatProblems(result.error.problems, lang).map((line) => `  ${line}`)].join("\n"));
        }
      });
    }
    return combinedExitCode(results.map((result) => result.exitCode));
  },
};
