import { describe, expect, it } from "vitest";
import { JsonSyntaxError, parseJsonDocument } from "../src/node/json-document.ts";

function syntaxError(text: string): JsonSyntaxError {
  try {
    parseJsonDocument(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error("expected a syntax error");
}

describe("parseJsonDocument: values and positions", () => {
  const text = '{\n  "id": "a",\n  "list": [1, {"x": true}],\n  "nested": { "deep": null }\n}\n';

  it("parses exactly what JSON.parse parses", () => {
    expect(parseJsonDocument(text).value).toEqual(JSON.parse(text));
    for (const sample of ["0", "-1.5e3", '"\\u00e9\\n\\"x\\""', "[]", "{}", "[[],[{}]]", '"a/b\\/c"', "\uFEFF{}"]) {
      expect(parseJsonDocument(sample).value).toEqual(JSON.parse(sample.replace(/^\uFEFF/, "")));
    }
  });

  it.each([
    [[], 1, 1, undefined],
    [["id"], 2, 9, { line: 2, column: 3 }],
    [["list", 0], 3, 12, undefined],
    [["list", 1, "x"], 3, 21, { line: 3, column: 16 }],
    [["nested", "deep"], 4, 23, { line: 4, column: 15 }],
  ] as const)("locates %j at %i:%i", (path, line, column, key) => {
    const location = parseJsonDocument(text).locate(path);
    expect(location?.value).toMatchObject({ line, column });
    if (key) expect(location?.key).toMatchObject(key);
  });

  it("returns undefined for a path with no value", () => {
    expect(parseJsonDocument(text).locate(["missing"])).toBeUndefined();
  });

  it("reports duplicate keys (the last one wins, as in JSON.parse)", () => {
    const document = parseJsonDocument('{"a": 1,\n "a": 2}');
    expect(document.value).toEqual({ a: 2 });
    expect(document.duplicates).toEqual([{ path: ["a"], key: "a", position: expect.objectContaining({ line: 2, column: 2 }), first: expect.objectContaining({ line: 1, column: 2 }) }]);
  });

  it("keeps __proto__ as an own key without touching the prototype", () => {
    const value = parseJsonDocument('{"__proto__": {"polluted": true}}').value as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("parseJsonDocument: broken JSON, with position and a message in both languages", () => {
  it.each([
    ['{"a": 1,}', "json_trailing_comma", 1, 8, "koma berlebih"],
    ['[1, 2,]', "json_trailing_comma", 1, 6, "koma berlebih"],
    ['{"a": 1\n "b": 2}', "json_missing_comma", 2, 2, 'kurang koma sebelum "b"'],
    ["{'a': 1}", "json_single_quote", 1, 2, "tanda kutip ganda"],
    ['{a: 1}', "json_unquoted_key", 1, 2, "kunci a"],
    ['{"a": 1} // x', "json_comment", 1, 10, "komentar"],
    ['{"a": True}', "json_invalid_literal", 1, 7, "True bukan nilai JSON"],
    ['{"a": 01}', "json_invalid_number", 1, 7, "angka 01"],
    ['{"a": "x\n"}', "json_unterminated_string", 1, 7, "tidak ditutup"],
    ['{"a": "x\\q"}', "json_invalid_escape", 1, 9, "escape"],
    ['{"a": 1', "json_unexpected_end", 1, 8, "berakhir"],
    ["", "json_empty", 1, 1, "kosong"],
    ['{"a": 1} x', "json_trailing_content", 1, 10, "setelah nilai JSON"],
    ['{"a" 1}', "json_unexpected_token", 1, 6, 'diharapkan ":"'],
  ] as const)("%j → %s at %i:%i", (text, code, line, column, words) => {
    const error = syntaxError(text);
    expect(error.code).toBe(code);
    expect(error.position).toMatchObject({ line, column });
    expect(error.messages.id).toContain(words);
    expect(error.messages.en).toMatch(/^Invalid JSON|^The key/);
    expect(() => JSON.parse(text)).toThrow();
  });
});
