import { accessSync, constants, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { FileReadError, readText, writeFileAtomic } from "../../node/files.ts";
import { nearest } from "../../_utils/suggest.ts";
import type { Lang, LocalizedText } from "../../_utils/text.ts";
import type { FactValue } from "../../engine/trace.ts";
import { isInvalidIncidentError, isNetralitasError } from "../../errors.ts";
import { createEvaluator, type Evaluator } from "../../evaluator.ts";
import { message } from "../../messages.ts";
import { STATUS_WORDS, VERDICT_WORDS } from "../../explain/words.ts";
import { answerQuestion, nextQuestions, type Question } from "../../questions/questions.ts";
import type { Ruleset } from "../../ruleset/types.ts";
import type { FindingStatus } from "../../schema/fixture.ts";
import type { InterpretationInput } from "../../schema/options.ts";
import type { Assessment } from "../../types.ts";
import { CliError, EXIT, stringOption, usageError, type Command, type ExitCode } from "../command.ts";
import { INTERPRETATION_OPTION, RULES_OPTIONS, interpretationFrom, rulesetFromOptions } from "../rules.ts";
import { uncheckedIncident } from "../../_utils/unchecked.ts";

/** Reads answers one line at a time, from a terminal or a pipe. */
export interface LineReader {
  /** The next line, or undefined at the end of the input (or when interrupted while waiting). */
  next(): Promise<string | undefined>;
  /** Whether the input has ended. */
  readonly ended: boolean;
  /** Answers every pending `next()` with undefined (Ctrl-C); later calls wait for input again. */
  interrupt(): void;
  close(): void;
}

/** A line reader over a stream: lines are queued as they arrive, so piped input works as well as a terminal. */
export function lineReader(input: NodeJS.ReadableStream): LineReader {
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  const reader = createInterface({ input, crlfDelay: Infinity, terminal: false });
  reader.on("line", (line) => {
    const resolve = waiting.shift();
    if (resolve) resolve(line);
    else lines.push(line);
  });
  reader.on("close", () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve(undefined);
  });
  return {
    next() {
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    get ended() {
      return ended && lines.length === 0;
    },
    interrupt() {
      for (const resolve of waiting.splice(0)) resolve(undefined);
    },
    close() {
      reader.close();
    },
  };
}

/** What an interview starts from and where it talks. */
export interface InterviewOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly lang?: Lang;
  /** A partial incident to start from (may lack election, province and date: they are asked first). */
  readonly incident?: Readonly<Record<string, unknown>>;
  readonly interpretation?: InterpretationInput;
  /** Save the completed incident here (otherwise a final prompt offers to). */
  readonly save?: string;
  /** True on a terminal: answers are not echoed back. Default: the input's `isTTY`. */
  readonly interactive?: boolean;
  readonly evaluator?: Evaluator;
  /** How to write the saved file (default: an atomic write, through a temporary file renamed into place). */
  readonly writeFile?: (path: string, text: string) => void;
  /**
   * Subscribes to Ctrl-C (returns the unsubscribe function). The first stops the interview, which
   * then saves (to `save`), or on a terminal offers to; a second (or the end of input) prints the
   * incident so far instead.
   */
  readonly onInterrupt?: (listener: () => void) => () => void;
}

/** The outcome of an interview. */
export interface InterviewResult {
  readonly incident: Readonly<Record<string, unknown>>;
  readonly assessment?: Assessment;
  readonly saved?: string;
  /** Whether Ctrl-C stopped the interview. */
  readonly interrupted?: boolean;
  readonly exitCode: ExitCode;
}

const W = {
  intro: {
    id: "Wawancara netralitas ASN. Jawab dengan nomor pilihan, y/n, atau angka; \"?\" atau \"skip\" bila tidak tahu; \"q\" untuk selesai.",
    en: "ASN neutrality interview. Answer with a choice number, y/n, or a number; \"?\" or \"skip\" if unknown; \"q\" to finish.",
  },
  election: { id: "Pemilihan apa?", en: "Which election?" },
  infer: { id: "Enter atau 0 = simpulkan dari wilayah dan tanggal", en: "Enter or 0 = infer from region and date" },
  province: { id: "Di provinsi mana kejadiannya? (nama, slug atau nomor)", en: "In which province did it happen? (name, slug or number)" },
  date: {
    id: "Kapan kejadiannya? (YYYY-MM-DD, boleh dengan jam: YYYY-MM-DDTHH:mm)",
    en: "When did it happen? (YYYY-MM-DD, optionally with a time: YYYY-MM-DDTHH:mm)",
  },
  unknownProvince: { id: "Provinsi tidak dikenal", en: "Unknown province" },
  didYouMean: { id: "Mungkin maksudnya", en: "Did you mean" },
  badDate: { id: "Tanggal tidak sah.", en: "Not a valid date." },
  badAnswer: { id: "Jawaban tidak dikenal; pilih salah satu di atas.", en: "Answer not understood; choose one of the above." },
  yesNo: { id: "y = ya, n = tidak", en: "y = yes, n = no" },
  number: { id: "jawab dengan angka (0 bila tidak ada)", en: "answer with a number (0 if none)" },
  text: { id: "jawab dengan teks", en: "answer with text" },
  skipHint: { id: "? = tidak tahu, q = selesai", en: "? = don't know, q = finish" },
  concerns: { id: "menyangkut", en: "concerns" },
  fills: { id: "mengisi", en: "fills" },
  now: { id: "Penilaian", en: "Assessment" },
  done: { id: "Tidak ada pertanyaan lagi yang dapat mengubah penilaian.", en: "No further question can change the assessment." },
  stopped: { id: "Wawancara dihentikan.", en: "Interview stopped." },
  skipped: { id: "Dilewati (tidak diketahui)", en: "Skipped (unknown)" },
  final: { id: "Hasil akhir", en: "Final result" },
  savePrompt: { id: "Simpan kejadian ke berkas? (nama berkas; Enter = tidak)", en: "Save the incident to a file? (file name; Enter = no)" },
  saved: { id: "Kejadian disimpan ke", en: "Incident saved to" },
  draftSaved: { id: "Jawaban sejauh ini disimpan ke", en: "The answers so far were saved to" },
  soFar: { id: "Kejadian sejauh ini (belum disimpan):", en: "The incident so far (not saved):" },
  interrupted: { id: "Dihentikan (Ctrl-C).", en: "Interrupted (Ctrl-C)." },
  notJson: { id: "Nama berkas harus berakhiran .json; tidak disimpan.", en: "The file name must end in .json; not saved." },
  exists: { id: "sudah ada. Timpa? (y = timpa, Enter = tidak)", en: "exists. Overwrite? (y = overwrite, Enter = no)" },
  notOverwritten: { id: "Tidak ditimpa.", en: "Not overwritten." },
  saveFailed: { id: "Tidak dapat menyimpan", en: "Cannot save" },
  cannotJudge: { id: "Belum dapat dinilai", en: "Cannot be judged yet" },
} as const satisfies Record<string, LocalizedText>;

const STATUS_ORDER: readonly FindingStatus[] = ["violated", "undetermined", "not_violated", "not_alleged", "not_applicable"];
const MARK: Readonly<Record<FindingStatus, string>> = { violated: "✗", undetermined: "?", not_violated: "✓", not_alleged: "·", not_applicable: "–" };
const SKIP = new Set(["?", "skip", "lewati", "tidak tahu", "unknown", ""]);
const QUIT = new Set(["q", "quit", "exit", "selesai", "keluar"]);
const YES = new Set(["y", "yes", "ya", "true", "benar"]);
const NO = new Set(["n", "no", "t", "tidak", "false", "salah"]);

function statusLine(assessment: Assessment, lang: Lang): string {
  const counts = STATUS_ORDER.map((status) => `${STATUS_WORDS[status][lang].toLowerCase()} ${assessment.findings.filter((finding) => finding.status === status).length}`);
  return `→ ${W.now[lang]}: ${VERDICT_WORDS[assessment.verdict][lang]} · ${counts.join(" · ")}`;
}

function exitCodeOf(assessment: Assessment): ExitCode {
  return { violation: EXIT.found, insufficient_facts: EXIT.insufficientFacts, nothing_alleged: EXIT.insufficientFacts, no_violation: EXIT.ok, not_applicable: EXIT.ok }[assessment.verdict];
}

/** Parses one answer to a question; undefined when it is not an allowed answer. */
export function parseAnswer(question: Question, raw: string): FactValue | undefined {
  const text = raw.trim().toLowerCase();
  switch (question.type) {
    case "boolean":
      return YES.has(text) ? true : NO.has(text) ? false : undefined;
    case "integer":
      return /^\d{1,7}$/.test(text) ? Number(text) : undefined;
    case "string":
      return raw.trim() === "" ? undefined : raw.trim();
    case "enum": {
      if (/^\d+$/.test(text)) return question.answers[Number(text) - 1]?.value;
      const found = question.answers.find(
        (answer) => String(answer.value).toLowerCase() === text || answer.label.id.toLowerCase() === text || answer.label.en.toLowerCase() === text,
      );
      return found?.value;
    }
  }
}

/**
 * Runs an interview: asks for election, province and date when the incident lacks them, then the
 * questions that matter (see nextQuestions), one at a time, showing the assessment after each answer,
 * and finally saves the completed incident (to `save`, or to a file named at the final prompt).
 */
export async function runInterview(options: InterviewOptions): Promise<InterviewResult> {
  const lang = options.lang ?? "id";
  const evaluator = options.evaluator ?? createEvaluator({ lang });
  const ruleset: Ruleset = evaluator.ruleset;
  const interactive = options.interactive ?? Boolean((options.input as { isTTY?: boolean }).isTTY);
  const reader = lineReader(options.input);
  let interrupted = false;
  const onAbort = () => {
    interrupted = true;
    reader.interrupt();
  };
  const unsubscribe = options.onInterrupt?.(onAbort);
  const say = (text = "") => options.output.write(`${text}\n`);
  const ask = async (prompt: string): Promise<string | undefined> => {
    if (interrupted) return undefined;
    options.output.write(`${prompt}\n> `);
    const line = await reader.next();
    if (interrupted) return undefined;
    if (!interactive) options.output.write(`${line ?? ""}\n`);
    return line;
  };
  const write = options.writeFile ?? writeFileAtomic;
  const text = () => `${JSON.stringify(incident, null, 2)}\n`;
  // From nothing, the interview screens every rule (scope "all"); from a report, it settles what the report alleges.
  const scope = options.incident === undefined ? ("all" as const) : ("alleged" as const);
  const evaluateOptions = options.interpretation ? { interpretation: options.interpretation, scope } : { scope };
  let incident: Record<string, unknown> = { ...(options.incident ?? {}) };
  let assessment: Assessment | undefined;
  let stopped = false;

  try {
    // The target of --save is checked before the first question: a wrong path or an existing
    // file is found before any answer is given, not after all of them.
    if (options.save !== undefined) {
      const problem = saveProblem(options.save, lang);
      if (problem) throw new CliError(EXIT.invalidInput, problem);
      if (existsAsFile(options.save)) {
        const answer = await ask(`${options.save} ${W.exists[lang]}`);
        if (!YES.has((answer ?? "").trim().toLowerCase())) throw new CliError(EXIT.invalidInput, { id: `${options.save}: ${W.notOverwritten.id}`, en: `${options.save}: ${W.notOverwritten.en}` });
      }
    }
    say(W.intro[lang]);
    say();
    // The setting: election (or inferred), province, date; asked again while they cannot be judged.
    let needElection = incident["election"] === undefined && options.incident === undefined;
    let needProvince = typeof (incident["region"] as { province?: unknown } | undefined)?.province !== "string";
    let needDate = typeof incident["occurredAt"] !== "string";
    for (let attempt = 0; attempt < 6 && !stopped; attempt++) {
      if (needElection) {
        const calendars = [...ruleset.calendars.values()];
        say(W.election[lang]);
        calendars.forEach((calendar, index) => say(`  ${index + 1}) ${calendar.title[lang]} (${calendar.id})`));
        const line = await ask(`  ${W.infer[lang]}`);
        if (line === undefined || QUIT.has(line.trim().toLowerCase())) stopped = true;
        else {
          const text = line.trim();
          const chosen = /^\d+$/.test(text) ? calendars[Number(text) - 1] : calendars.find((calendar) => calendar.id === text);
          const { election: _old, ...rest } = incident;
          incident = chosen ? { ...rest, election: chosen.id } : rest;
        }
        needElection = false;
      }
      let listed = false;
      while (needProvince && !stopped) {
        const provinces = [...ruleset.provinces.values()];
        if (!listed) {
          const names = provinces.map((province, index) => `${index + 1}) ${province.id}`);
          for (let start = 0; start < names.length; start += 5) say(`  ${names.slice(start, start + 5).join("  ")}`);
          listed = true;
        }
        const line = await ask(W.province[lang]);
        if (line === undefined || QUIT.has(line.trim().toLowerCase())) {
          stopped = true;
          break;
        }
        const text = line.trim().toLowerCase();
        const chosen = /^\d+$/.test(text)
          ? provinces[Number(text) - 1]
          : provinces.find((province) => province.id === text || province.name.toLowerCase() === text || province.id === text.replace(/\s+/g, "-"));
        if (chosen) {
          const region = { ...((incident["region"] as Record<string, unknown> | undefined) ?? {}), province: chosen.id };
          incident = { ...incident, region };
          needProvince = false;
        } else {
          const near = nearest(text.replace(/\s+/g, "-"), provinces.map((province) => province.id));
          say(`${W.unknownProvince[lang]}: "${line.trim()}".${near ? ` ${W.didYouMean[lang]} "${near}"?` : ""}`);
        }
      }
      while (needDate && !stopped) {
        const line = await ask(W.date[lang]);
        if (line === undefined || QUIT.has(line.trim().toLowerCase())) {
          stopped = true;
          break;
        }
        if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$/.test(line.trim())) {
          incident = { ...incident, occurredAt: line.trim().replace(" ", "T") };
          needDate = false;
        } else say(W.badDate[lang]);
      }
      if (stopped) break;
      try {
        assessment = evaluator.evaluateSync(uncheckedIncident(incident), evaluateOptions);
        break;
      } catch (error) {
        if (!isInvalidIncidentError(error)) throw error;
        say(`${W.cannotJudge[lang]}:`);
        for (const issue of error.issues) say(`  ${issue.path.join(".") || "(root)"}: ${issue.messages[lang]}`);
        const paths = error.issues.map((issue) => String(issue.path[0] ?? ""));
        if (paths.includes("election") || error.code === "ERR_UNKNOWN_ELECTION" || error.code === "ERR_AMBIGUOUS_ELECTION") needElection = true;
        if (paths.includes("region")) needProvince = true;
        if (paths.includes("occurredAt") || error.code === "ERR_DATE_OUTSIDE_CALENDAR") needDate = true;
        if (!needElection && !needProvince && !needDate) break;
      }
    }

    // The questions that matter, one at a time.
    const skipped = new Set<string>();
    let number = 0;
    if (assessment) say(statusLine(assessment, lang));
    while (assessment && !stopped) {
      const [question] = nextQuestions(assessment, { ruleset, exclude: skipped });
      if (!question) {
        say(W.done[lang]);
        break;
      }
      number += 1;
      say();
      say(`${number}. ${question.text[lang]}`);
      say(`   (${W.concerns[lang]}: ${question.findings.join(", ")}; ${W.fills[lang]} ${question.path})`);
      if (question.type === "enum") question.answers.forEach((answer, index) => say(`   ${index + 1}) ${answer.label[lang]}`));
      else say(`   ${question.type === "boolean" ? W.yesNo[lang] : question.type === "integer" ? W.number[lang] : W.text[lang]}`);
      let value: FactValue | undefined;
      for (let attempt = 0; attempt < 3 && value === undefined; attempt++) {
        const line = await ask(`   ${W.skipHint[lang]}`);
        const text = line?.trim().toLowerCase();
        if (line === undefined || (text !== undefined && QUIT.has(text))) {
          stopped = true;
          break;
        }
        if (text !== undefined && SKIP.has(text)) break;
        value = parseAnswer(question, line);
        if (value === undefined) say(`   ${W.badAnswer[lang]}`);
      }
      if (stopped) break;
      if (value === undefined) {
        skipped.add(question.fact);
        say(`   ${W.skipped[lang]}.`);
        continue;
      }
      incident = answerQuestion(incident, question, value);
      assessment = evaluator.evaluateSync(uncheckedIncident(incident), evaluateOptions);
      say(statusLine(assessment, lang));
    }
    if (stopped) say(W.stopped[lang]);

    if (assessment) {
      say();
      say(`${W.final[lang]}: ${assessment.explanation[lang]}`);
      const findings = [...assessment.findings].sort((left, right) => STATUS_ORDER.indexOf(left.status) - STATUS_ORDER.indexOf(right.status));
      for (const finding of findings) say(`  ${MARK[finding.status]} ${finding.ruleId} — ${finding.title[lang]} [${STATUS_WORDS[finding.status][lang]}]`);
    }

    if (interrupted) say(W.interrupted[lang]);
    let saved: string | undefined = options.save;
    if (saved !== undefined) {
      // --save was checked (and an overwrite agreed to) before the first question.
      write(saved, text());
      say(`${interrupted || stopped ? W.draftSaved[lang] : W.saved[lang]} ${saved}`);
    } else if (interrupted && interactive) {
      // A first Ctrl-C offers to save; a second one (or Enter) prints the incident instead.
      interrupted = false;
      say();
      saved = await promptForSave();
      interrupted = true;
    } else if (!reader.ended && !interrupted) {
      say();
      saved = await promptForSave();
    }
    if (saved === undefined && (interrupted || reader.ended)) {
      // Nothing more can be asked: the answers are kept on the output rather than lost.
      say(W.soFar[lang]);
      say(text().trimEnd());
    }
    return {
      incident,
      ...(assessment ? { assessment } : {}),
      ...(saved === undefined ? {} : { saved }),
      ...(interrupted ? { interrupted: true } : {}),
      exitCode: interrupted ? EXIT.interrupted : assessment ? exitCodeOf(assessment) : EXIT.invalidInput,
    };
  } finally {
    unsubscribe?.();
    reader.close();
  }

  /**
   * The final prompt: a file name ending in .json, checked like --save; an existing file only after
   * a yes. A line that is no file name (a leftover answer such as "y" or "2") saves nothing.
   */
  async function promptForSave(): Promise<string | undefined> {
    const line = await ask(W.savePrompt[lang]);
    const name = line?.trim();
    if (!name || QUIT.has(name.toLowerCase()) || SKIP.has(name.toLowerCase())) return undefined;
    if (!name.toLowerCase().endsWith(".json")) {
      say(W.notJson[lang]);
      return undefined;
    }
    const problem = saveProblem(name, lang);
    if (problem) {
      say(`${W.saveFailed[lang]}: ${problem[lang]}`);
      return undefined;
    }
    if (existsAsFile(name)) {
      const answer = await ask(`${name} ${W.exists[lang]}`);
      if (!YES.has((answer ?? "").trim().toLowerCase())) {
        say(W.notOverwritten[lang]);
        return undefined;
      }
    }
    try {
      write(name, text());
    } catch (error) {
      say(`${W.saveFailed[lang]} ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return undefined;
    }
    say(`${W.saved[lang]} ${name}`);
    return name;
  }
}

/** Whether `path` names an existing file (anything at all: a directory is refused by {@link saveProblem}). */
function existsAsFile(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Why an incident cannot be saved at `path` (a missing or read-only folder, a directory or special file there), or undefined. */
function saveProblem(path: string, lang: Lang): LocalizedText | undefined {
  void lang;
  const folder = dirname(resolve(path));
  try {
    if (!statSync(folder).isDirectory()) return message("cli_not_a_directory", { path: folder });
    accessSync(folder, constants.W_OK);
  } catch {
    return message("cli_not_a_directory", { path: folder });
  }
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return message("special_file", { path, kind: stats.isDirectory() ? "directory" : "special file" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP") return message("symlink_loop", { path });
  }
  return undefined;
}

/** Reads a starting incident: a bare incident, or a fixture (its incident and interpretation). */
function readStart(file: string): { incident: Record<string, unknown>; interpretation?: InterpretationInput } {
  let data: unknown;
  try {
    data = JSON.parse(readText(file)) as unknown;
  } catch (error) {
    if (error instanceof FileReadError) throw new CliError(EXIT.invalidInput, error.messages);
    throw new CliError(EXIT.invalidInput, {
      id: `Tidak dapat membaca ${file}: ${error instanceof Error ? error.message : String(error)}`,
      en: `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new CliError(EXIT.invalidInput, { id: `${file} bukan objek JSON.`, en: `${file} is not a JSON object.` });
  }
  const record = data as Record<string, unknown>;
  if (typeof record["incident"] === "object" && record["incident"] !== null && "expect" in record) {
    const interpretation = record["interpretation"] as InterpretationInput | undefined;
    return { incident: record["incident"] as Record<string, unknown>, ...(interpretation ? { interpretation } : {}) };
  }
  return { incident: record };
}

/** `netralitas interview [FILE]`: an interactive interview that asks only the questions that matter. */
export const interview: Command = {
  name: "interview",
  usage: "[FILE] [--save FILE]",
  summary: {
    id: "Wawancara: tanyakan hanya fakta yang dapat mengubah penilaian, lalu simpan kejadiannya",
    en: "Interview: ask only for the facts that can change the assessment, then save the incident",
  },
  description: {
    id: `Mulai dari kejadian sebagian di FILE (atau dari nol: pemilihan, provinsi dan tanggal ditanyakan dulu), lalu
tanyakan satu per satu fakta yang dapat memutuskan temuan yang belum dapat ditentukan, mulai dari yang paling banyak
memutuskan. Jawab dengan nomor pilihan, y/n atau angka; "?" atau "skip" bila tidak tahu; "q" untuk selesai.
Setelah setiap jawaban, penilaian (putusan dan jumlah temuan) ditampilkan. Jawaban juga dapat dialirkan lewat
stdin, satu baris per jawaban. Di akhir, kejadian disimpan ke --save FILE atau ke berkas yang disebut.`,
    en: `Starts from a partial incident in FILE (or from nothing: election, province and date are asked first), then asks,
one at a time, for the facts that can settle undetermined findings, those that settle most first. Answer with a
choice number, y/n or a number; "?" or "skip" if unknown; "q" to finish. After each answer the assessment
(verdict and finding counts) is shown. Answers can also be piped on stdin, one line each. At the end the
incident is saved to --save FILE or to a file named at the prompt.`,
  },
  options: {
    save: { type: "string", valueName: "FILE", description: { id: "Simpan kejadian yang dilengkapi ke FILE.", en: "Save the completed incident to FILE." } },
    interpretation: INTERPRETATION_OPTION,
    ...RULES_OPTIONS,
  },
  examples: ["netralitas interview", "netralitas interview kejadian.json --save kejadian-lengkap.json", "printf '2\\ny\\n0\\n' | netralitas interview kejadian.json --lang en"],
  async run({ lang, values, positionals, io }) {
    if (positionals.length > 1) throw usageError("cli_too_many_arguments", { command: "interview", value: positionals.slice(1).join(" ") });
    const start = positionals[0] === undefined ? undefined : readStart(positionals[0]);
    const interpretation: Record<string, string | boolean> = { ...(start?.interpretation as Record<string, string | boolean> | undefined), ...interpretationFrom(values) };
    const { ruleset } = rulesetFromOptions(values, io, lang);
    const save = stringOption(values, "save");
    // Ctrl-C stops the interview without losing its answers; a third one ends the process at once.
    let interrupts = 0;
    const listeners = new Set<() => void>();
    const onInterrupt = () => {
      interrupts++;
      if (interrupts > 2) process.exit(EXIT.interrupted);
      for (const listener of listeners) listener();
    };
    process.on("SIGINT", onInterrupt);
    try {
      const result = await runInterview({
        input: process.stdin,
        output: process.stdout,
        lang,
        evaluator: createEvaluator({ ruleset, lang }),
        onInterrupt: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        ...(start ? { incident: start.incident } : {}),
        ...(Object.keys(interpretation).length > 0 ? { interpretation: interpretation as InterpretationInput } : {}),
        ...(save === undefined ? {} : { save }),
      });
      return result.exitCode;
    } catch (error) {
      if (isInvalidIncidentError(error)) {
        throw new CliError(EXIT.invalidInput, { id: error.issues.map((issue) => issue.messages.id).join("; "), en: error.issues.map((issue) => issue.messages.en).join("; ") });
      }
      if (isNetralitasError(error)) throw new CliError(EXIT.invalidInput, { id: error.message, en: error.message });
      throw error;
    } finally {
      process.off("SIGINT", onInterrupt);
    }
  },
};
