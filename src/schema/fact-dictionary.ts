import { z } from "zod";
import { LocalizedTextSchema, SchemaRefSchema } from "./common.ts";

/** The kinds of value a fact may hold. */
export const FACT_TYPES = ["boolean", "enum", "integer", "string"] as const;

/** One fact the rules may use. */
export const FactDefinitionSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][A-Za-z0-9]*$/).describe("Nama fakta (camelCase). / Fact name (camelCase)."),
    type: z.enum(FACT_TYPES),
    values: z
      .array(z.strictObject({ value: z.string(), label: LocalizedTextSchema }))
      .max(50)
      .optional()
      .describe("Nilai yang sah untuk fakta enum. / Allowed values of an enum fact."),
    path: z.string().optional().describe("Jalur dalam kejadian yang mengisi fakta ini. / The incident path that fills this fact."),
    derived: z.string().optional().describe("Bila diturunkan: dari apa. / When derived: from what."),
    label: LocalizedTextSchema,
    question: LocalizedTextSchema.optional().describe("Pertanyaan wawancara. / Interview question."),
  })
  .describe("Satu fakta. / One fact.");

/** The fact dictionary file rules/fakta.json. */
export const FactDictionarySchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    facts: z.array(FactDefinitionSchema).min(1).max(500),
  })
  .describe("Kamus fakta. / Fact dictionary.");

export type FactDefinition = z.infer<typeof FactDefinitionSchema>;
export type FactDictionary = z.infer<typeof FactDictionarySchema>;
