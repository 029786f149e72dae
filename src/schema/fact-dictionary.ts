import * as z from "zod";
import { LocalizedTextSchema, SchemaRefSchema } from "./common.ts";
import { DotPathSchema } from "./condition.ts";

/** The kinds of value a fact may hold. */
export const FACT_TYPES = ["boolean", "enum", "integer", "string"] as const;

/**
 * One fact the rules may use.
 * @example
 * ```ts
 * FactDefinitionSchema.parse({
 *   name: "otherAsnBrought",
 *   type: "integer",
 *   path: "conduct.event.otherAsnBrought",
 *   label: { id: "Jumlah ASN lain yang dikerahkan", en: "Other ASN mobilised" },
 * });
 * ```
 */
export const FactDefinitionSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][A-Za-z0-9]*$/).describe("Nama fakta (camelCase). / Fact name (camelCase)."),
    type: z.enum(FACT_TYPES),
    values: z
      .array(z.strictObject({ value: z.string(), label: LocalizedTextSchema }))
      .max(50)
      .optional()
      .describe("Nilai yang sah untuk fakta enum. / Allowed values of an enum fact."),
    // A plain dot path, like a condition's `path`: JSONPath here would read as code, not data.
    path: DotPathSchema.optional().describe("Jalur dalam kejadian yang mengisi fakta ini. / The incident path that fills this fact."),
    derived: z.string().optional().describe("Bila diturunkan: dari apa. / When derived: from what."),
    label: LocalizedTextSchema,
    question: LocalizedTextSchema.optional().describe("Pertanyaan wawancara. / Interview question."),
    asks: z
      .string()
      .regex(/^[a-z][A-Za-z0-9]*$/)
      .optional()
      .describe(
        "Untuk fakta turunan yang dijawab secara tidak langsung: nama fakta (dengan path) yang pertanyaannya diajukan, misalnya positionLevel untuk structuralOrFunctionalOfficial. / For a derived fact answered indirectly: the fact (with a path) whose question the interview asks instead, e.g. positionLevel for structuralOrFunctionalOfficial.",
      ),
  })
  .describe("Satu fakta. / One fact.");

/**
 * The fact dictionary file rules/fakta.json.
 * @example
 * ```ts
 * const dictionary = FactDictionarySchema.parse(JSON.parse(readFileSync("rules/fakta.json", "utf8")));
 * dictionary.facts.some((fact) => fact.name === "employment"); // => true
 * ```
 */
export const FactDictionarySchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    facts: z.array(FactDefinitionSchema).min(1).max(500),
  })
  .describe("Kamus fakta. / Fact dictionary.");

/**
 * One validated fact of the fact dictionary.
 * @example
 * ```ts
 * const definition: FactDefinition | undefined = bundledRuleset().facts.get("eventRole");
 * definition?.question?.id; // => the interview question for this fact
 * ```
 */
export type FactDefinition = z.infer<typeof FactDefinitionSchema>;
/**
 * The validated fact dictionary (rules/fakta.json).
 * @example
 * ```ts
 * const dictionary: FactDictionary = bundledRuleset().data.facts;
 * ```
 */
export type FactDictionary = z.infer<typeof FactDictionarySchema>;
