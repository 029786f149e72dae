import { parseArgs } from "node:util";
import type { Lang, LocalizedText } from "../_utils/text.ts";
import { message, type MessageKey } from "../messages.ts";
import { nearest } from "../_utils/suggest.ts";
import type { DisplayProblem } from "./format.ts";

/**
 * Exit codes, the same for every subcommand. Listed in `netralitas --help` and in
 * docs/panduan-staf-hukum.md; a test keeps the two in step.
 */
export const EXIT = {
  /** Success: no violation or not applicable (evaluate), no problem (validate), complete (coverage). */
  ok: 0,
  /** evaluate: a violation; validate: problems found; coverage: incomplete. */
  found: 1,
  /** evaluate: the known facts are not enough to decide. */
  insufficientFacts: 2,
  /** The input cannot be judged: broken or invalid incident, unknown election, province, date or rule id, missing file. */
  invalidInput: 3,
  /** Unknown command or option, missing or extra argument. */
  usage: 4,
  /** The rule set given with --rules is invalid. */
  invalidRuleset: 5,
  /** The output cannot be written (EPIPE, ENOSPC, ...): one line on standard error, never a stack. */
  outputFailed: 6,
  /** Stopped by Ctrl-C (SIGINT) or SIGTERM, after writing what was finished. */
  interrupted: 130,
  /** A bug: please report it. */
  internal: 70,
} as const;

/** One exit code. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit codes as help text, one line per code. */
export const EXIT_CODE_TEXT: readonly { readonly code: ExitCode; readonly text: LocalizedText }[] = [
  {
    code: EXIT.ok,
    text: {
      id: "berhasil: tidak ada pelanggaran atau tidak berlaku (evaluate), tidak ada masalah (validate), cakupan lengkap (coverage)",
      en: "success: no violation or not applicable (evaluate), no problem (validate), complete (coverage)",
    },
  },
  {
    code: EXIT.found,
    text: {
      id: "ada pelanggaran (evaluate), ada masalah (validate), cakupan belum lengkap (coverage)",
      en: "a violation (evaluate), problems found (validate), coverage incomplete (coverage)",
    },
  },
  { code: EXIT.insufficientFacts, text: { id: "fakta belum cukup untuk menilai (evaluate)", en: "insufficient facts to decide (evaluate)" } },
  {
    code: EXIT.invalidInput,
    text: {
      id: "masukan tidak sah: kejadian rusak atau tidak sah, pemilihan, provinsi, tanggal atau id aturan tidak dikenal, berkas tidak ada",
      en: "invalid input: broken or invalid incident, unknown election, province, date or rule id, missing file",
    },
  },
  { code: EXIT.usage, text: { id: "kesalahan penggunaan: perintah atau opsi tidak dikenal, argumen kurang atau berlebih", en: "usage error: unknown command or option, missing or extra argument" } },
  { code: EXIT.invalidRuleset, text: { id: "kumpulan aturan dari --rules tidak sah", en: "the rule set given with --rules is invalid" } },
  {
    code: EXIT.outputFailed,
    text: { id: "keluaran tidak dapat ditulis (pipa ditutup, disk penuh)", en: "the output cannot be written (a closed pipe, a full disk)" },
  },
  { code: EXIT.internal, text: { id: "kesalahan internal (mohon laporkan)", en: "internal error (please report it)" } },
  { code: EXIT.interrupted, text: { id: "dihentikan dengan Ctrl-C", en: "stopped with Ctrl-C" } },
];

/** Where a command writes. Output goes through here so that other modes (e.g. JSON Lines) can reuse commands. */
export interface CliIo {
  /** Writes one block of text to standard output (a newline is added). */
  out(text: string): void;
  /** Writes one block of text to standard error (a newline is added). */
  err(text: string): void;
  /** Reads all of standard input. */
  readStdin(): string;
  /** The working directory, for displaying paths. */
  readonly cwd: string;
}

/** One option of a command. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** The placeholder in help, e.g. `DIR`. */
  readonly valueName?: string;
  /** Allowed values, checked before the command runs. */
  readonly choices?: readonly string[];
  readonly description: LocalizedText;
}

/** Parsed option values, by option name. */
export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What a command receives. */
export interface CommandContext {
  readonly lang: Lang;
  readonly json: boolean;
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  readonly io: CliIo;
}

/** A subcommand: its help, its options and what it does. Registered in the table in src/cli/index.ts. */
export interface Command {
  readonly name: string;
  /** The arguments after the command name in help, e.g. `<file|-> [file...]`. */
  readonly usage: string;
  /** One line for the command list. */
  readonly summary: LocalizedText;
  /** Paragraphs for `netralitas <command> --help`. */
  readonly description: LocalizedText;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Example command lines. */
  readonly examples: readonly string[];
  /** Runs the command and returns its exit code. */
  run(context: CommandContext): Promise<ExitCode> | ExitCode;
}

/** An expected failure: an exit code, a message in both languages, and the located problems behind it. */
export class CliError extends Error {
  override name = "CliError";
  readonly exitCode: ExitCode;
  readonly messages: LocalizedText;
  /** The problems behind the failure (invalid rule set, invalid incident), each with file, line and column. */
  readonly problems: readonly DisplayProblem[];
  constructor(exitCode: ExitCode, messages: LocalizedText, problems: readonly DisplayProblem[] = []) {
    super(messages.en);
    this.exitCode = exitCode;
    this.messages = messages;
    this.problems = problems;
  }
}

/** A usage error (exit 4) from the message table. */
export function usageError(key: MessageKey, values: Record<string, string | number> = {}, near?: string): CliError {
  const base = message(key, { ...values, suggestion: "" });
  const hint = near ? message("suggestion", { name: near }) : { id: "", en: "" };
  return new CliError(EXIT.usage, { id: base.id + hint.id, en: base.en + hint.en });
}

/** Options every command has. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  lang: {
    type: "string",
    valueName: "id|en",
    choices: ["id", "en"],
    description: { id: "Bahasa keluaran (bawaan: id).", en: "Output language (default: id)." },
  },
  help: { type: "boolean", short: "h", description: { id: "Tampilkan bantuan ini.", en: "Show this help." } },
};

/** The JSON output option. */
export const JSON_OPTION: OptionSpec = {
  type: "boolean",
  description: { id: "Keluaran JSON untuk program.", en: "JSON output for programs." },
};

/**
 * Parses a command's arguments with node:util parseArgs, reporting unknown options (with the
 * nearest known one), missing values and values outside `choices` as usage errors with messages
 * from the message table.
 */
export function parseCommandArgs(command: Pick<Command, "name" | "options">, args: readonly string[]): { values: OptionValues; positionals: string[] } {
  const specs: Record<string, OptionSpec> = { ...COMMON_OPTIONS, ...command.options };
  const config = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) },
    ]),
  );
  const { values, positionals, tokens } = parseArgs({ args: [...args], options: config, allowPositionals: true, strict: false, tokens: true });
  const known = Object.keys(specs).map((name) => `--${name}`);
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const spec = specs[token.name];
    if (!spec) throw usageError("cli_unknown_option", { value: token.rawName, command: command.name }, nearest(token.rawName, known));
    if (spec.type === "string" && token.value === undefined) {
      throw usageError("cli_missing_option_value", { value: token.rawName, example: `${token.rawName} ${spec.valueName ?? "…"}` });
    }
    if (spec.type === "boolean" && token.value !== undefined) throw usageError("cli_unexpected_option_value", { value: token.rawName });
    if (spec.choices && typeof token.value === "string" && !spec.choices.includes(token.value)) {
      throw new CliError(EXIT.usage, message("cli_invalid_option_value", { value: token.rawName, received: token.value, options: spec.choices.join(", ") }));
    }
  }
  return { values: values as OptionValues, positionals };
}

/** The first string value of an option. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value[value.length - 1];
  return undefined;
}

/** Every value of a repeatable string option. */
export function stringOptions(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return [...value];
  return [];
}

/** Pads the first column of two-column help lines. */
export function columns(rows: readonly (readonly [string, string])[], indent = "  ", gap = 2): string[] {
  const width = Math.min(28, Math.max(...rows.map(([left]) => left.length)));
  return rows.map(([left, right]) =>
    left.length > width ? `${indent}${left}\n${indent}${" ".repeat(width + gap)}${right}` : `${indent}${left.padEnd(width + gap)}${right}`,
  );
}

/** `netralitas <command> --help`. */
export function commandHelp(command: Command, lang: Lang): string {
  const specs: [string, OptionSpec][] = [...Object.entries(command.options), ...Object.entries(COMMON_OPTIONS)];
  const rows = specs.map(([name, spec]): [string, string] => {
    const short = spec.short ? `-${spec.short}, ` : "";
    const value = spec.type === "string" ? ` ${spec.valueName ?? "VALUE"}` : "";
    return [`${short}--${name}${value}`, spec.description[lang]];
  });
  const heading = lang === "id" ? { usage: "Penggunaan", options: "Opsi", examples: "Contoh", exit: "Kode keluar" } : { usage: "Usage", options: "Options", examples: "Examples", exit: "Exit codes" };
  return [
    `netralitas ${command.name} — ${command.summary[lang]}`,
    "",
    `${heading.usage}: netralitas ${command.name} ${command.usage}`.trimEnd(),
    "",
    command.description[lang],
    "",
    `${heading.options}:`,
    ...columns(rows),
    "",
    `${heading.examples}:`,
    ...command.examples.map((example) => `  ${example}`),
    "",
    `${heading.exit}: ${lang === "id" ? "lihat" : "see"} "netralitas --help".`,
  ].join("\n");
}
