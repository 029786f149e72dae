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
 * @category Rule sets
 */
export const FactDefinitionSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][A-Za-z0-9]*$/).describe("Nama fakta (camelCase). / Fact name (camelCase)."),
    type: z.enum(FACT_TYPES),
    values: z
      .array(
        z.strictObject({
          value: z.string(),
          label: LocalizedTextSchema,
          means: z
            .array(z.string())
            .min(2)
            .max(20)
            .optional()
            .describe(
              "Nilai yang berarti salah satu dari nilai-nilai ini, tanpa diketahui yang mana (misalnya asn = pns, cpns atau pppk). / A value that stands for one of these values, unknown which (e.g. asn = pns, cpns or pppk).",
            ),
        }),
      )
      .max(50)
      .optional()
      .describe("Nilai yang sah untuk fakta enum. / Allowed values of an enum fact."),
    // A plain dot path, like a condition's `path`: JSONPath here would read as code, not data.
    path: DotPathSchema.optional().describe("Jalur dalam kejadian yang mengisi fakta ini. / The incident path that fills this fact."),
    derived: z.string().optional().describe("Bila diturunkan: dari apa. / When derived: from what."),
    label: LocalizedTextSchema,
    area: z
      .string()
      .regex(/^[a-z][A-Za-z0-9]*$/)
      .optional()
      .describe(
        "Bidang perbuatan (event, photo, socialMedia...): fakta perbuatan. Bidang yang tidak disebut laporan tidak dituduhkan. / The conduct area this fact belongs to: a conduct fact. An area the report does not mention is not alleged.",
      ),
    none: z
      .union([z.boolean(), z.number(), z.string()])
      .optional()
      .describe("Nilai fakta ini bila perbuatan di bidangnya tidak terjadi. / This fact's value when its area's conduct did not happen."),
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
 * A fact that follows from another: when fact `if` has value `is`, each fact of `then` has the value
 * given (unless the incident states it, and then it must agree).
 * @example
 * ```ts
 * FactImplicationSchema.parse({ if: "photoWith", is: "none", then: { photoHandPose: false, photoPublic: false } });
 * ```
 */
export const FactImplicationSchema = z
  .strictObject({
    if: z.string().regex(/^[a-z][A-Za-z0-9]*$/).describe("Fakta syarat. / The fact the implication starts from."),
    is: z.union([z.boolean(), z.number(), z.string()]).describe("Nilai fakta syarat. / Its value."),
    then: z
      .record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), z.union([z.boolean(), z.number(), z.string()]))
      .describe("Fakta yang mengikuti dan nilainya. / The facts that follow, with their values."),
    why: LocalizedTextSchema.optional().describe("Alasannya. / Why it follows."),
  })
  .describe("Fakta yang mengikuti dari fakta lain. / A fact that follows from another.");

/**
 * The fact dictionary file rules/fakta.json.
 * @example
 * ```ts
 * const dictionary = FactDictionarySchema.parse(JSON.parse(readFileSync("rules/fakta.json", "utf8")));
 * dictionary.facts.some((fact) => fact.name === "employment"); // => true
 * ```
 * @category Rule sets
 */
export const FactDictionarySchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    facts: z.array(FactDefinitionSchema).min(1).max(500),
    implications: z.array(FactImplicationSchema).max(500).optional().describe("Fakta yang mengikuti dari fakta lain. / Facts that follow from others."),
  })
  .describe("Kamus fakta. / Fact dictionary.");

/**
 * One validated fact of the fact dictionary.
 * @example
 * ```ts
 * const definition: FactDefinition | undefined = bundledRuleset().facts.get("eventRole");
 * definition?.question?.id; // => the interview question for this fact
 * ```
 * @category Rule sets
 */
export type FactDefinition = z.infer<typeof FactDefinitionSchema>;
/**
 * The validated fact dictionary (rules/fakta.json).
 * @example
 * ```ts
 * const dictionary: FactDictionary = bundledRuleset().data.facts;
 * ```
 * @category Rule sets
 */
export type FactDictionary = z.infer<typeof FactDictionarySchema>;
/**
 * One validated implication of the fact dictionary.
 * @example
 * ```ts
 * const implication: FactImplication = { if: "spouseOfCandidate", is: false, then: { accompanyingSpouse: false } };
 * ```
 */
export type FactImplication = z.infer<typeof FactImplicationSchema>;
