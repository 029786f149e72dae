import * as z from "zod";
import { LocalizedTextSchema } from "./common.ts";

/**
 * The comparison operators a condition may use (json-rules-engine's built-in set).
 * @example
 * ```ts
 * OPERATORS.includes("greaterThan"); // => true
 * ```
 * @category Rule sets
 */
export const OPERATORS = [
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
] as const;
/**
 * One comparison operator (json-rules-engine's built-in names).
 * @example
 * ```ts
 * const operator: Operator = "in";
 * ```
 * @category Rule sets
 */
export type Operator = (typeof OPERATORS)[number];

/**
 * A plain dot path into an object fact (`a.b.c`). JSONPath filters and scripts (`$..`, `?(`, `@`, `(`)
 * are rejected: in json-rules-engine they are evaluated as code (CVE-2024-21534, CVE-2025-1302).
 */
export const DotPathSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/, { message: "format:dot_path" })
  .describe("Jalur titik sederhana ke dalam fakta objek, misalnya a.b.c. Ekspresi JSONPath ditolak. / A plain dot path into an object fact; JSONPath expressions are rejected.");

const ScalarSchema = z.union([z.string().max(500), z.number(), z.boolean()]);

/**
 * A single comparison: fact, operator, value.
 * @example
 * ```ts
 * const leaf: LeafCondition = { name: "unsur-mengerahkan-pns-lain", fact: "otherAsnBrought", operator: "greaterThan", value: 0 };
 * ```
 * @category Rule sets
 */
export interface LeafCondition {
  /** The legal element (unsur) this condition encodes, e.g. `unsur-peserta-kampanye`. */
  name: string;
  fact: string;
  operator: Operator;
  value: string | number | boolean | (string | number | boolean)[] | { fact: string };
  path?: string | undefined;
  label?: { id: string; en: string } | undefined;
}
/**
 * Every child condition must hold.
 * @example
 * ```ts
 * const all: AllCondition = { all: [{ condition: "hadir-kampanye-calon" }, leaf] };
 * ```
 * @category Rule sets
 */
export interface AllCondition {
  name?: string | undefined;
  all: Condition[];
}
/**
 * At least one child condition must hold.
 * @example
 * ```ts
 * const any: AnyCondition = { name: "unsur-atribut", any: [partyAttributes, asnAttributes] };
 * ```
 * @category Rule sets
 */
export interface AnyCondition {
  name?: string | undefined;
  any: Condition[];
}
/**
 * The child condition must not hold (unknown stays unknown).
 * @example
 * ```ts
 * const exemption: NotCondition = { name: "bukan-pendampingan-pasangan", not: { condition: "pendampingan-pasangan" } };
 * ```
 * @category Rule sets
 */
export interface NotCondition {
  name?: string | undefined;
  not: Condition;
}
/**
 * A reference to a shared condition under rules/kondisi, by id.
 * @example
 * ```ts
 * const reference: ConditionReference = { condition: "subjek-asn" };
 * ```
 * @category Rule sets
 */
export interface ConditionReference {
  name?: string | undefined;
  condition: string;
}
/**
 * A condition tree in json-rules-engine's format, with a legal-element name on every leaf.
 * @example
 * ```ts
 * const condition: Condition = {
 *   all: [{ condition: "hadir-kampanye-calon" }, { name: "unsur-mengerahkan-pns-lain", fact: "otherAsnBrought", operator: "greaterThan", value: 0 }],
 * };
 * ```
 * @category Rule sets
 */
export type Condition = LeafCondition | AllCondition | AnyCondition | NotCondition | ConditionReference;

const ConditionNameSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-:#.][a-z0-9]+)*$/, { message: "format:element_name" })
  .describe("Nama unsur hukum yang dikodekan, misalnya unsur-peserta-kampanye. / The legal element (unsur) the condition encodes.");

const LeafConditionSchema = z
  .strictObject({
    name: ConditionNameSchema,
    fact: z.string().min(1).max(100).describe("Nama fakta dari kamus fakta. / A fact name from the fact dictionary."),
    operator: z.enum(OPERATORS).describe("Operator pembanding. / Comparison operator."),
    value: z
      .union([ScalarSchema, z.array(ScalarSchema).max(200), z.strictObject({ fact: z.string().min(1).max(100) })])
      .describe("Nilai pembanding, daftar nilai, atau {\"fact\": ...}. / The value, a list of values, or {\"fact\": ...}."),
    path: DotPathSchema.optional(),
    label: LocalizedTextSchema.optional().describe("Kalimat pengganti untuk penjelasan. / Wording that replaces the generated one in explanations."),
  })
  .describe("Satu perbandingan: fakta, operator, nilai. / One comparison: fact, operator, value.");

/**
 * The condition tree schema (recursive).
 * @example
 * ```ts
 * ConditionSchema.safeParse({ name: "x", fact: "employment", operator: "equals", value: "pns" }).success; // => false
 * ```
 * @category Rule sets
 */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafConditionSchema,
    z
      .strictObject({ name: ConditionNameSchema.optional(), all: z.array(ConditionSchema).min(1).max(100) })
      .describe("Semua syarat harus terpenuhi. / All must hold."),
    z
      .strictObject({ name: ConditionNameSchema.optional(), any: z.array(ConditionSchema).min(1).max(100) })
      .describe("Salah satu syarat terpenuhi. / At least one must hold."),
    z.strictObject({ name: ConditionNameSchema.optional(), not: ConditionSchema }).describe("Syarat tidak terpenuhi. / Must not hold."),
    z
      .strictObject({ name: ConditionNameSchema.optional(), condition: z.string().min(1).max(100) })
      .describe("Rujukan ke kondisi bersama di rules/kondisi. / Reference to a shared condition in rules/kondisi."),
  ]),
) as z.ZodType<Condition>;

export function isLeaf(condition: Condition): condition is LeafCondition {
  return "fact" in condition;
}
export function isAll(condition: Condition): condition is AllCondition {
  return "all" in condition;
}
export function isAny(condition: Condition): condition is AnyCondition {
  return "any" in condition;
}
export function isNot(condition: Condition): condition is NotCondition {
  return "not" in condition;
}
export function isReference(condition: Condition): condition is ConditionReference {
  return "condition" in condition;
}
