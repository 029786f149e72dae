import type { RulesetProblem } from "../errors.ts";
import { message } from "../messages.ts";
import { JsonSyntaxError, parseJsonDocument, type JsonDocument } from "./json-document.ts";
import { FileReadError, readText } from "./files.ts";

/** A JSON file read from disk: its data and positions, or the problem that prevented reading it. */
export type ReadJson =
  | { readonly ok: true; readonly data: unknown; readonly document: JsonDocument }
  | { readonly ok: false; readonly problem: RulesetProblem };

/**
 * Reads and parses one JSON file. Broken JSON becomes a problem with the line and column of the
 * mistake and a message from the message table (never the parser's own English text).
 * `file` is the name recorded in problems.
 */
export function readJsonFile(absolutePath: string, file: string): ReadJson {
  let text: string;
  try {
    text = readText(absolutePath);
  } catch (error) {
    // The file's own name in the message (the absolute path the error carries is only where it was looked for).
    const code = error instanceof FileReadError ? error.code : "unreadable_file";
    const messages = error instanceof FileReadError ? error.messagesFor(file) : message("unreadable_file", { path: file });
    return { ok: false, problem: { code: code === "unreadable_file" ? "unreadable" : code, file, path: [], messages } };
  }
  return parseJsonText(text, file);
}

/** Parses JSON text read from somewhere (a file, stdin) into data with positions, or a located problem. */
export function parseJsonText(text: string, file: string): ReadJson {
  try {
    const document = parseJsonDocument(text);
    return { ok: true, data: document.value, document };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return {
        ok: false,
        problem: { code: "invalid_json", file, path: [], messages: error.messages, line: error.position.line, column: error.position.column },
      };
    }
    throw error;
  }
}

/** Problems for keys that appear twice in one object (JSON.parse silently keeps the last). */
export function duplicateKeyProblems(document: JsonDocument, file: string): RulesetProblem[] {
  return document.duplicates.map((duplicate) => ({
    code: "duplicate_key",
    file,
    path: duplicate.path,
    messages: message("json_duplicate_key", { key: duplicate.key, line: duplicate.first.line }),
    line: duplicate.position.line,
    column: duplicate.position.column,
  }));
}

const AT_KEY: ReadonlySet<string> = new Set(["unrecognized_key", "duplicate_key"]);

/**
 * The line and column of a problem's JSON path in its document: the key for unknown or duplicate
 * keys, the value otherwise, and for a missing value the nearest enclosing value.
 */
export function locateIn(document: JsonDocument, path: readonly (string | number)[], code: string): { line: number; column: number } | undefined {
  for (let length = path.length; length >= 0; length--) {
    const location = document.locate(path.slice(0, length));
    if (!location) continue;
    const position = length === path.length && AT_KEY.has(code) && location.key ? location.key : location.value;
    return { line: position.line, column: position.column };
  }
  return undefined;
}

/** Adds line and column to every problem whose file has a document. */
export function locateProblems(problems: readonly RulesetProblem[], documents: ReadonlyMap<string, JsonDocument>): RulesetProblem[] {
  return problems.map((problem) => {
    if (problem.line !== undefined || problem.file === undefined) return problem;
    const document = documents.get(problem.file);
    const position = document ? locateIn(document, problem.path, problem.code) : undefined;
    return position ? { ...problem, ...position } : problem;
  });
}

/** Orders problems by file, line and column (problems without a position last within their file). */
export function sortProblems(problems: readonly RulesetProblem[]): RulesetProblem[] {
  return [...problems].sort(
    (left, right) =>
      compareText(left.file ?? "", right.file ?? "") ||
      (left.line ?? Number.MAX_SAFE_INTEGER) - (right.line ?? Number.MAX_SAFE_INTEGER) ||
      (left.column ?? 0) - (right.column ?? 0),
  );
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
