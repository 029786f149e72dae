import { writeSync } from "node:fs";
import { LIMITS } from "../limits.ts";
import { readCapped } from "../node/files.ts";
import { bundledRulesetSource } from "../evaluator.ts";
import { message } from "../messages.ts";
import { nearest } from "../_utils/suggest.ts";
import type { Lang } from "../_utils/text.ts";
import { coverage } from "./commands/coverage.ts";
import { evaluate } from "./commands/evaluate.ts";
import { explain } from "./commands/explain.ts";
import { facts } from "./commands/facts.ts";
import { newCommand } from "./commands/new.ts";
import { interview } from "./commands/interview.ts";
import { report } from "./commands/report.ts";
import { phase } from "./commands/phase.ts";
import { validate } from "./commands/validate.ts";
import { serve } from "./commands/serve.ts";
import {
  CliError,
  columns,
  commandHelp,
  EXIT,
  EXIT_CODE_TEXT,
  parseCommandArgs,
  usageError,
  type CliIo,
  type Command,
  type ExitCode,
} from "./command.ts";
import { formatProblems, problemJson } from "./format.ts";

/**
 * Every subcommand, in the order `netralitas --help` lists them. A new subcommand is a module
 * under src/cli/commands/ that exports a {@link Command}, added here.
 */
export const COMMANDS: readonly Command[] = [validate, evaluate, coverage, phase, explain, interview, report, newCommand, facts, serve];

function mainHelp(lang: Lang): string {
  const heading =
    lang === "id"
      ? { usage: "Penggunaan", commands: "Perintah", options: "Opsi umum", exit: "Kode keluar", more: 'Bantuan tiap perintah: netralitas <perintah> --help' }
      : { usage: "Usage", commands: "Commands", options: "Common options", exit: "Exit codes", more: "Help on a command: netralitas <command> --help" };
  const intro =
    lang === "id"
      ? "netralitas — menilai netralitas ASN dalam pemilu dan pilkada dengan aturan JSON yang dapat dibaca staf hukum"
      : "netralitas — judge the election neutrality of Indonesian civil servants (ASN) with JSON rules legal staff can read";
  return [
    intro,
    "",
    `${heading.usage}: netralitas <${lang === "id" ? "perintah" : "command"}> [${lang === "id" ? "argumen" : "arguments"}] [${lang === "id" ? "opsi" : "options"}]`,
    "",
    `${heading.commands}:`,
    ...columns(COMMANDS.map((command) => [`${command.name} ${command.usage.split(" --")[0]}`.trim(), command.summary[lang]])),
    "",
    `${heading.options}:`,
    ...columns([
      ["--lang id|en", lang === "id" ? "Bahasa keluaran (bawaan: id)." : "Output language (default: id)."],
      ["--json", lang === "id" ? "Keluaran JSON untuk program." : "JSON output for programs."],
      ["-h, --help", lang === "id" ? "Bantuan." : "Help."],
      ["--version", lang === "id" ? "Versi paket dan aturan bawaan." : "Version of the package and its bundled rules."],
    ]),
    "",
    `${heading.exit}:`,
    ...EXIT_CODE_TEXT.map(({ code, text }) => `  ${String(code).padStart(2)}  ${text[lang]}`),
    "",
    heading.more,
  ].join("\n");
}

/** The `--lang` value anywhere in the arguments (default `id`), before the arguments are parsed. */
function langOf(argv: readonly string[]): Lang {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--lang" && argv[index + 1] === "en") return "en";
    if (arg === "--lang=en") return "en";
  }
  return "id";
}

function wantsJson(argv: readonly string[]): boolean {
  return argv.includes("--json");
}

/**
 * Runs the command line: finds the subcommand, parses its options, runs it, and turns expected
 * failures into messages (from the message table) and exit codes. Never lets raw dependency text
 * reach people: anything unexpected is reported as an internal error (exit 70).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const lang = langOf(argv);
  const json = wantsJson(argv);
  try {
    let first = -1;
    for (let index = 0; index < argv.length; index++) {
      const arg = argv[index] ?? "";
      if (arg === "--lang") index++;
      else if (!arg.startsWith("-")) {
        first = index;
        break;
      }
    }
    const globalArgs = first === -1 ? argv : argv.slice(0, first);
    const name = first === -1 ? undefined : argv[first];
    if (globalArgs.includes("--version")) {
      io.out(bundledRulesetSource().version ?? "");
      return EXIT.ok;
    }
    if (name === undefined || (name === "help" && argv[first + 1] === undefined)) {
      const asked = globalArgs.includes("--help") || globalArgs.includes("-h") || name === "help";
      if (asked) {
        io.out(mainHelp(lang));
        return EXIT.ok;
      }
      io.err(mainHelp(lang));
      return EXIT.usage;
    }
    const helpTarget = name === "help" ? argv[first + 1] : undefined;
    const command = COMMANDS.find((candidate) => candidate.name === (helpTarget ?? name));
    if (!command) {
      const names = COMMANDS.map((candidate) => candidate.name);
      const unknown = helpTarget ?? name;
      throw usageError("cli_unknown_command", { value: unknown, options: names.join(", ") }, nearest(unknown, names));
    }
    const rest = [...globalArgs, ...argv.slice(first + (helpTarget ? 2 : 1))];
    if (helpTarget) {
      io.out(commandHelp(command, lang));
      return EXIT.ok;
    }
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values["help"] === true) {
      io.out(commandHelp(command, lang));
      return EXIT.ok;
    }
    return await command.run({ lang, json: values["json"] === true, values, positionals, io });
  } catch (error) {
    const failure =
      error instanceof CliError
        ? error
        : new CliError(EXIT.internal, message("cli_internal_error", { message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
    if (json) {
      io.out(
        JSON.stringify(
          {
            error: {
              exitCode: failure.exitCode,
              message: failure.messages[lang],
              messages: failure.messages,
              problems: failure.problems.map((problem) => problemJson(problem, lang)),
            },
          },
          null,
          2,
        ),
      );
    } else {
      io.err([failure.messages[lang], ...formatProblems(failure.problems, lang).map((line) => `  ${line}`)].join("\n"));
      if (failure.exitCode === EXIT.usage) io.err(lang === "id" ? 'Bantuan: netralitas --help' : "Help: netralitas --help");
    }
    return failure.exitCode;
  }
}

// A write error on an output (EPIPE from a reader that stopped early, ENOSPC from a full disk)
// ends the run with one line on standard error and its own exit code, never a stack trace or the
// code of a verdict.
let outputFailed = false;
for (const [stream, target] of [
  [process.stdout, "stdout"],
  [process.stderr, "stderr"],
] as const) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (outputFailed) return;
    outputFailed = true;
    const text = message("output_failed", { code: error.code ?? "error", target })[langOf(process.argv.slice(2))];
    try {
      if (stream !== process.stderr) writeSync(2, `${text}\n`);
    } catch {
      // Standard error is gone as well: the exit code is all that is left.
    }
    process.exit(EXIT.outputFailed);
  });
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readCapped(0, LIMITS.files.maxFileBytes, () => new CliError(EXIT.invalidInput, message("file_too_large", { path: "stdin", maximum: LIMITS.files.maxFileBytes }))),
  cwd: process.cwd(),
};

const exitCode = await main(process.argv.slice(2), processIo);
process.exitCode = exitCode;
// Interrupted: what was finished is written; the signal is raised again so that the caller sees
// the process stopped by it (a shell shows 130). process.exit would wait for a read of standard
// input still blocked in libuv's thread pool.
if (exitCode === EXIT.interrupted) {
  process.removeAllListeners("SIGINT");
  if (process.platform === "win32") process.exit(exitCode);
  else process.kill(process.pid, "SIGINT");
}
