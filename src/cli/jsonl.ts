import { closeSync, openSync, read } from "node:fs";
import { FileReadError, regularFile } from "../node/files.ts";
import type { InterpretationInput } from "../schema/options.ts";
import { message } from "../messages.ts";
import { formatPath } from "../errors.ts";
import { evaluateJsonl, JsonlWorkerError, type JsonlDetail, type JsonlLineError, type JsonlSummary } from "../node/stream.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { Lang } from "../_utils/text.ts";
import { CliError, EXIT, stringOption, usageError, type ExitCode, type OptionSpec, type OptionValues } from "./command.ts";

/** The options of `evaluate --jsonl`. */
export const JSONL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  jsonl: {
    type: "boolean",
    description: {
      id: "Baca kejadian baris demi baris (JSON Lines) dari berkas atau masukan standar dan tulis satu hasil penilaian JSON per baris, dengan memori tetap. Baris yang rusak dilaporkan dengan nomor barisnya tanpa menghentikan proses.",
      en: "Read incidents line by line (JSON Lines) from a file or standard input and write one JSON assessment per line, in constant memory. Bad lines are reported with their line number without stopping.",
    },
  },
  jobs: {
    type: "string",
    valueName: "N",
    description: {
      id: "Dengan --jsonl: jumlah worker thread (bawaan 1). Urutan keluaran tetap urutan masukan.",
      en: "With --jsonl: the number of worker threads (default 1). The output keeps the input order.",
    },
  },
  errors: {
    type: "string",
    valueName: "stderr|inline",
    choices: ["stderr", "inline"],
    description: {
      id: "Dengan --jsonl: baris rusak ke stderr (bawaan), atau juga sebagai rekaman {\"line\",\"error\"} di tempatnya pada keluaran.",
      en: "With --jsonl: bad lines to stderr (default), or also as {\"line\",\"error\"} records in their place in the output.",
    },
  },
  detail: {
    type: "string",
    valueName: "full|compact|verdict",
    choices: ["full", "compact", "verdict"],
    description: {
      id: "Dengan --jsonl: full (bawaan) menulis Assessment lengkap; compact sama lengkapnya, tetapi bagian yang sudah dikirim (jejak, penjelasan, ketentuan) menjadi rujukan {\"ref\": n} ke rekaman {\"define\": n, \"value\": …} sebelumnya (lihat README, bagian streaming); verdict hanya hasil dan status setiap temuan (mode cepat).",
      en: "With --jsonl: full (default) writes the whole Assessment; compact is as complete, but parts already sent (traces, explanations, provisions) become references {\"ref\": n} to an earlier {\"define\": n, \"value\": …} record (see the README's streaming section); verdict only the verdict and each finding's status (the fast mode).",
    },
  },
};

function jobsFrom(values: OptionValues): number {
  const text = stringOption(values, "jobs");
  if (text === undefined) return 1;
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    throw new CliError(EXIT.usage, message("cli_invalid_option_value", { value: "--jobs", received: text, options: "1-64" }));
  }
  return jobs;
}

/** Bytes per read: a few reads per batch of lines. */
const READ_SIZE = 1 << 18;

/**
 * The bytes of a file descriptor, read into one reused buffer: each chunk is a view of it, valid
 * until the next is asked for (evaluateJsonl copies what it keeps). Node's streams allocate a
 * buffer per chunk instead, and on the main thread, which allocates little else, that garbage
 * piled up (tens of MB) between collections. `blocked` takes over from a non-blocking descriptor
 * (one that the parent process made so), whose reads fail with EAGAIN instead of waiting.
 */
async function* readDescriptor(fd: number, blocked?: () => AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array | string> {
  const buffer = Buffer.allocUnsafeSlow(READ_SIZE);
  for (;;) {
    let count: number;
    try {
      count = await new Promise<number>((resolve, reject) => {
        read(fd, buffer, 0, buffer.length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead)));
      });
    } catch (error) {
      if (blocked && (error as NodeJS.ErrnoException).code === "EAGAIN") return yield* blocked();
      throw error;
    }
    if (count === 0) return;
    yield buffer.subarray(0, count);
  }
}

/** A file's bytes (see {@link readDescriptor}); the file is closed at the end, also an early one. */
async function* readFile(path: string): AsyncGenerator<Uint8Array | string> {
  const fd = openSync(path, "r");
  try {
    yield* readDescriptor(fd);
  } finally {
    closeSync(fd);
  }
}

/** Standard input's bytes: read from the descriptor, except on Windows (whose pipes Node reads its own way). */
function readStdin(): AsyncIterable<Uint8Array | string> {
  return process.platform === "win32" ? process.stdin : readDescriptor(0, () => process.stdin);
}

function describeError(error: JsonlLineError, lang: Lang): string[] {
  const prefix = lang === "id" ? `baris ${error.line}` : `line ${error.line}`;
  if (error.issues.length === 0) return [`${prefix}: ${error.messages[lang]}`];
  return error.issues.map((issue) => `${prefix}: ${formatPath(issue.path)}: ${issue.messages[lang]}`);
}

/**
 * `netralitas evaluate --jsonl [FILE|-]`: streams incidents through {@link evaluateJsonl}. Exit 0
 * when every line was judged, 3 when some line was bad (each reported with its line number).
 * A progress line goes to standard error only when it is a terminal.
 */
export async function runJsonl(options: {
  readonly positionals: readonly string[];
  readonly values: OptionValues;
  readonly lang: Lang;
  /** Absent: the built-in set. */
  readonly ruleset: Ruleset | undefined;
  readonly interpretation: Record<string, string | boolean>;
}): Promise<ExitCode> {
  const { positionals, values, lang } = options;
  if (positionals.length > 1) throw usageError("cli_too_many_arguments", { command: "evaluate --jsonl", value: positionals.slice(1).join(" ") });
  const file = positionals[0] ?? "-";
  if (file !== "-") {
    try {
      regularFile(file);
    } catch (error) {
      throw new CliError(EXIT.invalidInput, error instanceof FileReadError ? error.messages : message("unreadable_file", { path: file }));
    }
  }
  const input = file === "-" ? readStdin() : readFile(file);
  const stderr = process.stderr;
  const tty = stderr.isTTY === true;
  const started = Date.now();
  let shown = false;
  const clear = () => {
    if (shown) stderr.write("\r\u001b[K");
    shown = false;
  };
  const showProgress = ({ assessed, invalid }: JsonlSummary) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(assessed / seconds) : 0;
    const text = lang === "id" ? `${assessed} dinilai, ${invalid} rusak, ${rate}/dtk` : `${assessed} assessed, ${invalid} bad, ${rate}/s`;
    stderr.write(`\r\u001b[K${text}`);
    shown = true;
  };
  // Ctrl-C (or SIGTERM) stops reading; what was read is judged and written, so that the output
  // ends on a whole line. A second signal ends the process at once.
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let summary: JsonlSummary;
  try {
    summary = await evaluateJsonl(input, process.stdout, {
    signal: controller.signal,
    ...(options.ruleset ? { ruleset: options.ruleset } : {}),
    interpretation: options.interpretation as InterpretationInput,
    lang,
    jobs: jobsFrom(values),
    detail: (stringOption(values, "detail") ?? "full") as JsonlDetail,
    inlineErrors: stringOption(values, "errors") === "inline",
    onError: (error) => {
      clear();
      for (const line of describeError(error, lang)) stderr.write(`${line}\n`);
    },
    ...(tty ? { onProgress: showProgress } : {}),
    });
  } catch (error) {
    if (!(error instanceof JsonlWorkerError)) throw error;
    clear();
    const detail = error.cause instanceof Error ? error.cause.message : String(error.cause);
    throw new CliError(EXIT.internal, message("worker_failed", { detail, line: error.line }));
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  clear();
  if (summary.interrupted) return EXIT.interrupted;
  return summary.invalid > 0 ? EXIT.invalidInput : EXIT.ok;
}
