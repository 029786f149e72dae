import { z } from "zod";
import { CalendarSchema, RegionTableSchema } from "./calendar.ts";
import { ConditionSchema } from "./condition.ts";
import { ConfidenceSchema, InForceSchema, LocalDateSchema, LocalizedTextSchema } from "./common.ts";
import { FactDictionarySchema } from "./fact-dictionary.ts";
import { FixtureSchema } from "./fixture.ts";
import { IncidentSchema } from "./incident.ts";
import { ProvisionCatalogueSchema, SanctionSchema } from "./provision.ts";
import { RuleSchema, SharedConditionSchema } from "./rule.ts";

/**
 * The JSON Schemas committed under `rules/schema/`, by file name (without `.schema.json`). Data
 * files point at them with `$schema`, so that editors check and complete what legal staff type.
 */
export const JSON_SCHEMA_SOURCES = {
  rule: RuleSchema,
  "provision-catalogue": ProvisionCatalogueSchema,
  calendar: CalendarSchema,
  "region-table": RegionTableSchema,
  "fact-dictionary": FactDictionarySchema,
  "shared-condition": SharedConditionSchema,
  incident: IncidentSchema,
  fixture: FixtureSchema,
} as const satisfies Record<string, z.ZodType>;

/** The name of a committed JSON Schema, e.g. `rule` for `rules/schema/rule.schema.json`. */
export type JsonSchemaName = keyof typeof JSON_SCHEMA_SOURCES;

/** Every schema name, in a stable order. */
export const JSON_SCHEMA_NAMES = Object.keys(JSON_SCHEMA_SOURCES) as JsonSchemaName[];

const TITLES: Readonly<Record<JsonSchemaName, string>> = {
  rule: "Aturan / Rule",
  "provision-catalogue": "Katalog ketentuan / Provision catalogue",
  calendar: "Kalender pemilihan / Election calendar",
  "region-table": "Tabel wilayah / Region table",
  "fact-dictionary": "Kamus fakta / Fact dictionary",
  "shared-condition": "Kondisi bersama / Shared condition",
  incident: "Kejadian / Incident",
  fixture: "Kasus uji / Fixture",
};

// Named definitions: the recursive condition must be one (a $ref is the only way to write a
// recursive JSON Schema), and naming the shared pieces keeps the files short and readable.
// Kept in a local map, not in zod's global registry, so that loading the package twice (ESM and
// CJS) can never register an id twice.
const DEFINITIONS = new Map<unknown, { id: string; extra?: Record<string, unknown> }>([
  // The lazy schema's (cached) inner union is the node the recursion returns to.
  [
    (ConditionSchema as unknown as { _zod: { innerType: unknown } })._zod.innerType,
    {
      id: "Condition",
      extra: {
        description:
          "Syarat: perbandingan (name, fact, operator, value), kelompok all/any/not, atau rujukan {\"condition\": id} ke rules/kondisi. / A condition: a comparison, an all/any/not group, or a reference to a shared condition.",
      },
    },
  ],
  [LocalizedTextSchema, { id: "LocalizedText" }],
  [SanctionSchema, { id: "Sanction" }],
  [InForceSchema, { id: "InForce" }],
  [ConfidenceSchema, { id: "Confidence" }],
  // The real-date check is a refinement, which JSON Schema cannot express; the shape can be.
  [LocalDateSchema, { id: "LocalDate", extra: { pattern: "^\\d{4}-\\d{2}-\\d{2}$", format: "date" } }],
]);

/** zod's global registry (which holds the `.describe()` texts) plus the local definition names. */
const metadata = {
  get(schema: z.ZodType): Record<string, unknown> | undefined {
    const described = z.globalRegistry.get(schema);
    const definition = DEFINITIONS.get(schema);
    if (!definition) return described;
    return { ...described, ...definition.extra, id: definition.id };
  },
} as unknown as z.core.$ZodRegistry<Record<string, unknown>>;

/**
 * The JSON Schema (draft 2020-12) of one data-file kind, generated from its zod schema with
 * `z.toJSONSchema`: the `.describe()` texts become descriptions, strict objects forbid unknown
 * keys (`additionalProperties: false`, so editors complete and flag field names), and the
 * recursive condition tree becomes `$defs.Condition`. Input types are used, so fields with a
 * default are optional.
 */
export function toJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(JSON_SCHEMA_SOURCES[name], { target: "draft-2020-12", io: "input", metadata, unrepresentable: "throw" }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = schema;
  return { $schema, title: TITLES[name], ...rest };
}

/** The text of a committed schema file: generated, two-space indented, with a final newline. */
export function renderJsonSchema(name: JsonSchemaName): string {
  return `${JSON.stringify(toJsonSchema(name), null, 2)}\n`;
}
