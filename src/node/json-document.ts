import { LIMITS } from "../limits.ts";
import { MESSAGES, type MessageKey } from "../messages.ts";
import { fill, type LocalizedText } from "../_utils/text.ts";

// A small JSON parser that remembers where every key and value starts, so that a problem found
// at a JSON path (by a schema or a cross-check) can be reported as file:line:column, and broken
// JSON can be reported with a position and a message people understand. It accepts exactly
// RFC 8259 JSON (plus a leading byte-order mark); duplicate keys are kept (last wins, as in
// JSON.parse) and reported separately.

/** A place in a text: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Where a value starts and, for an object member, where its key starts. */
export interface JsonLocation {
  readonly value: TextPosition;
  readonly key?: TextPosition;
}

/** A key that appears twice in one object. */
export interface DuplicateKey {
  readonly path: readonly (string | number)[];
  readonly key: string;
  readonly position: TextPosition;
  readonly first: TextPosition;
}

/** A parsed JSON text with the position of every value. */
export interface JsonDocument {
  readonly value: unknown;
  readonly duplicates: readonly DuplicateKey[];
  /** The location of the value at `path`, or undefined when there is no such value. */
  locate(path: readonly (string | number)[]): JsonLocation | undefined;
  /** The position of a raw offset in the text. */
  positionAt(offset: number): TextPosition;
}

/** Broken JSON: where, which kind of mistake, and the message in both languages. */
export class JsonSyntaxError extends Error {
  override name = "JsonSyntaxError";
  readonly position: TextPosition;
  /** The message-table key, e.g. `json_trailing_comma`. */
  readonly code: MessageKey;
  readonly messages: LocalizedText;
  constructor(position: TextPosition, code: MessageKey, values: Readonly<Record<string, string | LocalizedText>> = {}) {
    const render = (lang: "id" | "en") =>
      fill(MESSAGES[code][lang], Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "string" ? value : value[lang]])));
    const messages = { id: render("id"), en: render("en") };
    super(`${position.line}:${position.column}: ${messages.en}`);
    this.position = position;
    this.code = code;
    this.messages = messages;
  }
}

const WORDS = {
  value: { id: "sebuah nilai (teks, angka, true, false, null, objek atau daftar)", en: "a value (text, number, true, false, null, object or list)" },
  key: { id: "kunci dalam tanda kutip ganda", en: "a key in double quotes" },
  end: { id: "akhir berkas", en: "the end of the file" },
  commaOrBrace: { id: '"," atau "}"', en: '"," or "}"' },
  commaOrBracket: { id: '"," atau "]"', en: '"," or "]"' },
  colon: { id: '":"', en: '":"' },
} as const satisfies Record<string, LocalizedText>;

/** The JSON Pointer (RFC 6901) of a path, used as the key of the location table. */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const PLAIN_STRING = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * Parses JSON text and records the position of every key and value.
 * @throws {@link JsonSyntaxError} with the position of the first syntax error.
 */
export function parseJsonDocument(text: string): JsonDocument {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) lineStarts.push(index + 1);
    else if (code === 13 && text.charCodeAt(index + 1) !== 10) lineStarts.push(index + 1);
  }
  const positionAt = (offset: number): TextPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset };
  };

  const locations = new Map<string, { value: number; key?: number }>();
  const duplicates: { path: (string | number)[]; key: string; offset: number; first: number }[] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (offset: number, key: MessageKey, values: Record<string, string | LocalizedText> = {}): never => {
    throw new JsonSyntaxError(positionAt(offset), key, values);
  };
  const describeAt = (offset: number): string | LocalizedText => {
    if (offset >= text.length) return WORDS.end;
    WORD.lastIndex = offset;
    const word = WORD.exec(text);
    if (word) return word[0];
    if (text[offset] === '"') {
      const literal = /^"(?:[^"\\\n]|\\.){0,40}"?/.exec(text.slice(offset))?.[0] ?? '"';
      return literal;
    }
    const char = text[offset] ?? "";
    return `"${char}"`;
  };

  const skipWhitespace = (): void => {
    for (;;) {
      const char = text[index];
      if (char === " " || char === "\t" || char === "\n" || char === "\r") index++;
      else if (char === "/" && (text[index + 1] === "/" || text[index + 1] === "*")) fail(index, "json_comment");
      else return;
    }
  };

  const parseString = (): string => {
    const start = index;
    index++; // opening quote
    let result = "";
    for (;;) {
      PLAIN_STRING.lastIndex = index;
      const plain = PLAIN_STRING.exec(text);
      if (plain) {
        result += plain[0];
        index += plain[0].length;
      }
      const char = text[index];
      if (char === '"') {
        index++;
        return result;
      }
      if (char === undefined) return fail(start, "json_unterminated_string");
      if (char === "\\") {
        const next = text[index + 1];
        if (next !== undefined && ESCAPES[next] !== undefined) {
          result += ESCAPES[next];
          index += 2;
        } else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          result += String.fromCharCode(Number.parseInt(text.slice(index + 2, index + 6), 16));
          index += 6;
        } else {
          return fail(index, "json_invalid_escape", { found: JSON.stringify(text.slice(index, index + 2)) });
        }
        continue;
      }
      // A raw control character: a line break usually means the closing quote is missing.
      if (char === "\n" || char === "\r") return fail(start, "json_unterminated_string");
      return fail(index, "json_control_character");
    }
  };

  const parseValue = (path: (string | number)[]): unknown => {
    const expected = WORDS.value;
    skipWhitespace();
    const start = index;
    const char = text[index];
    const remember = () => {
      const pointer = pointerOf(path);
      const existing = locations.get(pointer);
      locations.set(pointer, existing?.key !== undefined ? { value: start, key: existing.key } : { value: start });
    };
    if (char === undefined) return fail(index, "json_unexpected_end", { expected });
    // Nesting is bounded (LIMITS.ruleFile.maxDepth), so that a hostile file cannot exhaust the stack.
    if ((char === "{" || char === "[") && path.length >= LIMITS.ruleFile.maxDepth) {
      return fail(index, "data_too_deep", { maximum: String(LIMITS.ruleFile.maxDepth) });
    }
    if (char === "{") {
      remember();
      return parseObject(path);
    }
    if (char === "[") {
      remember();
      return parseArray(path);
    }
    if (char === '"') {
      remember();
      return parseString();
    }
    if (char === "'") return fail(index, "json_single_quote");
    if (char === "-" || (char >= "0" && char <= "9")) {
      NUMBER.lastIndex = index;
      const match = NUMBER.exec(text);
      const end = match ? index + match[0].length : index;
      const following = text[end];
      if (!match || match[0] === "-" || (following !== undefined && /[0-9A-Za-z.+-]/.test(following))) {
        const bad = /^[-+0-9A-Za-z.]+/.exec(text.slice(index))?.[0] ?? char;
        return fail(index, "json_invalid_number", { found: bad });
      }
      remember();
      index = end;
      return Number(match[0]);
    }
    WORD.lastIndex = index;
    const word = WORD.exec(text);
    if (word) {
      const literal = word[0];
      if (literal === "true" || literal === "false" || literal === "null") {
        remember();
        index += literal.length;
        return literal === "true" ? true : literal === "false" ? false : null;
      }
      return fail(index, "json_invalid_literal", { found: literal });
    }
    if (char === "}" || char === "]") return fail(index, "json_unexpected_token", { found: `"${char}"`, expected });
    return fail(index, "json_unexpected_token", { found: describeAt(index), expected });
  };

  const parseObject = (path: (string | number)[]): Record<string, unknown> => {
    index++; // {
    const result: Record<string, unknown> = {};
    const seenKeys = new Map<string, number>();
    skipWhitespace();
    if (text[index] === "}") {
      index++;
      return result;
    }
    for (;;) {
      skipWhitespace();
      const keyStart = index;
      const char = text[index];
      if (char === undefined) return fail(index, "json_unexpected_end", { expected: WORDS.key });
      if (char === "'") return fail(index, "json_single_quote");
      if (char !== '"') {
        WORD.lastIndex = index;
        const word = WORD.exec(text);
        if (word) return fail(index, "json_unquoted_key", { found: word[0] });
        return fail(index, "json_unexpected_token", { found: describeAt(index), expected: WORDS.key });
      }
      const key = parseString();
      const childPath = [...path, key];
      const earlier = seenKeys.get(key);
      if (earlier !== undefined) duplicates.push({ path: childPath, key, offset: keyStart, first: earlier });
      else seenKeys.set(key, keyStart);
      locations.set(pointerOf(childPath), { value: keyStart, key: keyStart });
      skipWhitespace();
      if (text[index] !== ":") {
        if (text[index] === undefined) return fail(index, "json_unexpected_end", { expected: WORDS.colon });
        return fail(index, "json_unexpected_token", { found: describeAt(index), expected: WORDS.colon });
      }
      index++;
      const value = parseValue(childPath);
      if (key === "__proto__") Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
      else result[key] = value;
      skipWhitespace();
      const next = text[index];
      if (next === ",") {
        const comma = index;
        index++;
        skipWhitespace();
        if (text[index] === "}") return fail(comma, "json_trailing_comma", { bracket: "}" });
        continue;
      }
      if (next === "}") {
        index++;
        return result;
      }
      if (next === undefined) return fail(index, "json_unexpected_end", { expected: WORDS.commaOrBrace });
      if (next === '"') return fail(index, "json_missing_comma", { found: describeAt(index) });
      return fail(index, "json_unexpected_token", { found: describeAt(index), expected: WORDS.commaOrBrace });
    }
  };

  const parseArray = (path: (string | number)[]): unknown[] => {
    index++; // [
    const result: unknown[] = [];
    skipWhitespace();
    if (text[index] === "]") {
      index++;
      return result;
    }
    for (;;) {
      result.push(parseValue([...path, result.length]));
      skipWhitespace();
      const next = text[index];
      if (next === ",") {
        const comma = index;
        index++;
        skipWhitespace();
        if (text[index] === "]") return fail(comma, "json_trailing_comma", { bracket: "]" });
        continue;
      }
      if (next === "]") {
        index++;
        return result;
      }
      if (next === undefined) return fail(index, "json_unexpected_end", { expected: WORDS.commaOrBracket });
      if (next === '"' || next === "{" || next === "[" || (next >= "0" && next <= "9")) {
        return fail(index, "json_missing_comma", { found: describeAt(index) });
      }
      return fail(index, "json_unexpected_token", { found: describeAt(index), expected: WORDS.commaOrBracket });
    }
  };

  skipWhitespace();
  if (index >= text.length) fail(index, "json_empty");
  const value = parseValue([]);
  skipWhitespace();
  if (index < text.length) fail(index, "json_trailing_content", { found: describeAt(index) });

  return {
    value,
    duplicates: duplicates.map((entry) => ({ path: entry.path, key: entry.key, position: positionAt(entry.offset), first: positionAt(entry.first) })),
    locate(path) {
      const entry = locations.get(pointerOf(path));
      if (!entry) return undefined;
      return entry.key === undefined ? { value: positionAt(entry.value) } : { value: positionAt(entry.value), key: positionAt(entry.key) };
    },
    positionAt,
  };
}
