import type { z } from "zod";
import { nearest } from "../_utils/suggest.ts";
import type { Lang } from "../_utils/text.ts";
import type { InputIssue } from "../errors.ts";
import { message, MESSAGES, type MessageKey } from "../messages.ts";

type Path = readonly (string | number)[];
interface SchemaDef {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
  readonly getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/**
 * Looks through optional, default, pipe and lazy wrappers, and through a union that has one object
 * form (or, with `want: "array"`, one list form): a conduct area is "none", an object or a list.
 */
function unwrap(schema: z.ZodType | undefined, want: "object" | "array" = "object"): z.ZodType | undefined {
  let node = schema;
  for (let depth = 0; node && depth < 20; depth++) {
    const def = defOf(node);
    if (def.innerType) node = def.innerType;
    else if (def.type === "pipe" && def.in) node = def.in;
    else if (def.type === "lazy" && def.getter) node = def.getter();
    else if (def.type === "union" && def.options) {
      const forms = def.options.filter((option) => defOf(unwrap(option) ?? option).type === want);
      if (forms.length !== 1) break;
      node = forms[0];
    } else break;
  }
  return node;
}

/** The schema that validates the value at `path`, or undefined where it cannot be told (inside unions). */
export function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const part of path) {
    if (!current) return undefined;
    const def = defOf(current);
    // Own keys only: a path through "__proto__" or "constructor" must not reach Object.prototype.
    const field = typeof part === "string" && def.shape && Object.hasOwn(def.shape, part) ? def.shape[part] : undefined;
    const element = typeof part === "number" ? (def.element ?? defOf(unwrap(current, "array") ?? current).element) : undefined;
    current = unwrap(typeof part === "number" ? element : (field ?? def.valueType));
  }
  return current;
}

/** Looks through optional, default, pipe and lazy wrappers only. */
function unwrapWrappers(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(node);
    if (def.innerType) node = def.innerType;
    else if (def.type === "pipe" && def.in) node = def.in;
    else break;
  }
  return node;
}

/** The union schema at `path` (the node itself, not one of its forms), or undefined. */
function schemaAtUnion(schema: z.ZodType, path: Path): z.ZodType | undefined {
  if (path.length === 0) return unwrapWrappers(schema);
  const parent = schemaAt(schema, path.slice(0, -1));
  if (!parent) return undefined;
  const part = path[path.length - 1] as string | number;
  const def = defOf(parent);
  const field = typeof part === "string" && def.shape && Object.hasOwn(def.shape, part) ? def.shape[part] : undefined;
  const next = typeof part === "number" ? def.element : (field ?? def.valueType);
  return next ? unwrapWrappers(next) : undefined;
}

/** The object keys a schema accepts at `path`. */
export function knownKeysAt(schema: z.ZodType, path: Path): string[] {
  const node = schemaAt(schema, path);
  const shape = node ? defOf(node).shape : undefined;
  return shape ? Object.keys(shape) : [];
}

/** A short name for the type of a JavaScript value, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  if (value instanceof Date) return "Date";
  return typeof value;
}

function valueAt(root: unknown, path: Path): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function quote(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return describeValue(value);
}

function build(code: string, path: Path, key: MessageKey, values: Record<string, string | number>, lang: Lang, suggestion?: string): InputIssue {
  const messages = message(key, values);
  return { code, path: [...path], message: messages[lang], messages, ...(suggestion === undefined ? {} : { suggestion }) };
}

/** An issue whose message ends with "did you mean …?" in each language when a near name exists. */
export function withSuggestion(
  code: string,
  path: Path,
  key: MessageKey,
  values: Record<string, string | number>,
  lang: Lang,
  near: string | undefined,
): InputIssue {
  const base = message(key, { ...values, suggestion: "" });
  const hint = near ? message("suggestion", { name: near }) : { id: "", en: "" };
  const messages = { id: base.id + hint.id, en: base.en + hint.en };
  return { code, path: [...path], message: messages[lang], messages, ...(near ? { suggestion: near } : {}) };
}

/**
 * Turns zod issues into the library's bilingual issues: unknown keys name the nearest known key,
 * unknown enum values the nearest allowed value.
 */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], input: unknown, schema: z.ZodType, lang: Lang): InputIssue[] {
  const result: InputIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownKeysAt(schema, path);
        for (const key of issue.keys) {
          const near = nearest(key, known);
          result.push(withSuggestion("unrecognized_key", [...path, key], "unrecognized_key", { key }, lang, near));
        }
        break;
      }
      case "invalid_type": {
        const actual = valueAt(input, path);
        const missing = actual === undefined && !hasKey(input, path);
        if (path.length === 0 && issue.expected === "object") {
          result.push(build("not_an_object", path, "not_an_object", { received: describeValue(input) }, lang));
        } else if (missing) {
          result.push(build("required", path, "required", { expected: issue.expected }, lang));
        } else {
          result.push(build("invalid_type", path, "invalid_type", { expected: issue.expected, received: describeValue(actual) }, lang));
        }
        break;
      }
      case "invalid_value": {
        const actual = valueAt(input, path);
        const options = issue.values.map((value) => String(value));
        const near = typeof actual === "string" ? nearest(actual, options) : undefined;
        result.push(withSuggestion("invalid_value", path, "invalid_value", { received: quote(actual), options: options.join(", ") }, lang, near));
        break;
      }
      case "too_small":
        result.push(build("too_small", path, "too_small", { minimum: String(issue.minimum) }, lang));
        break;
      case "too_big":
        result.push(build("too_big", path, "too_big", { maximum: String(issue.maximum) }, lang));
        break;
      case "custom": {
        const params = (issue.params ?? {}) as { messageKey?: MessageKey; text?: { id: string; en: string } };
        if (params.messageKey) {
          result.push(build(params.messageKey, path, params.messageKey, { received: String(valueAt(input, path)) }, lang));
        } else {
          result.push(build("custom", path, "custom", { message: issue.message }, lang));
        }
        break;
      }
      case "invalid_format": {
        // Our regex checks name their format as "format:<name>" in the zod message; each name has its
        // own message (format_<name>) saying in words what is allowed.
        const format = issue.message.startsWith("format:") ? issue.message.slice("format:".length) : issue.format;
        const key = `format_${format}`;
        if (key in MESSAGES) result.push(build("invalid_format", path, key as MessageKey, { received: quote(valueAt(input, path)) }, lang));
        else result.push(build("invalid_format", path, "invalid_format", { format }, lang));
        break;
      }
      case "invalid_union": {
        // Report the branch that came closest (fewest problems): for a condition with a typo that is
        // the leaf branch, whose problems name the typo, not "expected all/any/not".
        const direct = schemaAtUnion(schema, path);
        const union = direct && defOf(direct).type === "union" ? direct : schemaAt(schema, path);
        const options = union ? defOf(union).options : undefined;
        // A branch of the input's own form (an object for an object, a list for a list) goes first:
        // a misspelt key in a conduct area is reported as that, not as "expected none".
        const actualForm = describeValue(valueAt(input, path));
        const formOf = (index: number): string => {
          const option = options?.[index];
          const type = option ? defOf(unwrapWrappers(option)).type : "";
          return type === "object" || type === "array" ? type : "other";
        };
        let best = -1;
        issue.errors.forEach((branch, index) => {
          const matches = formOf(index) === actualForm;
          const bestMatches = best !== -1 && formOf(best) === actualForm;
          if (best === -1 || (matches && !bestMatches) || (matches === bestMatches && branch.length < (issue.errors[best]?.length ?? Infinity))) best = index;
        });
        const branchSchema = options?.[best];
        const branchIssues = issue.errors[best];
        const discriminator = (issue as { discriminator?: unknown }).discriminator;
        if (branchSchema && branchIssues && branchIssues.length > 0) {
          for (const nested of toInputIssues(branchIssues, valueAt(input, path), branchSchema, lang)) {
            result.push({ ...nested, path: [...path, ...nested.path] });
          }
        } else if (typeof discriminator === "string") {
          // A discriminated union (e.g. a sanction's "kind"): name the allowed values, as for an enum.
          const owner = schemaAt(schema, path.slice(0, -1));
          const allowed = (owner ? (defOf(owner).options ?? []) : []).flatMap((option) => {
            const literal = unwrap(defOf(option).shape?.[discriminator]);
            return literal ? ((defOf(literal) as { values?: readonly unknown[] }).values ?? []).map(String) : [];
          });
          const actual = valueAt(input, path);
          const near = typeof actual === "string" ? nearest(actual, allowed) : undefined;
          result.push(withSuggestion("invalid_value", path, "invalid_value", { received: quote(actual), options: allowed.join(", ") }, lang, near));
        } else {
          result.push(build("invalid_union", path, "no_matching_form", {}, lang));
        }
        break;
      }
      default:
        // Never show a dependency's own text: name the kind of problem instead.
        result.push(build(issue.code, path, "invalid_generic", { code: issue.code }, lang));
    }
  }
  return result;
}

function hasKey(root: unknown, path: Path): boolean {
  if (path.length === 0) return root !== undefined;
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  return parent !== null && typeof parent === "object" && last !== undefined && Object.prototype.hasOwnProperty.call(parent, last);
}
