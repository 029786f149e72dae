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

/** One allowed value of an id or name field, with what it stands for. */
export interface SchemaChoice {
  readonly value: string;
  /** One line for the editor's completion list, e.g. the fact's label and question. */
  readonly description: string;
}

/**
 * The names a rule set defines, offered by the generated schemas as completions (`enum`, with
 * `markdownEnumDescriptions` for VS Code and a `description` on each `anyOf` branch for others).
 */
export interface SchemaVocabulary {
  /** Fact names of the fact dictionary (`fact` in a comparison). */
  readonly facts: readonly SchemaChoice[];
  /** Shared-condition ids (`condition` in a reference). */
  readonly conditions: readonly SchemaChoice[];
  /** Provision ids (a rule's `provisions`, a fixture's `cited`). */
  readonly provisions: readonly SchemaChoice[];
  /** Rule ids (the keys of a fixture's `expect.findings`). */
  readonly rules: readonly SchemaChoice[];
}

const CHOICE_DEFINITIONS = {
  facts: { id: "FactName", description: "Nama fakta dari rules/fakta.json. / A fact name from rules/fakta.json." },
  conditions: { id: "SharedConditionId", description: "Id kondisi bersama dari rules/kondisi. / A shared-condition id from rules/kondisi." },
  provisions: { id: "ProvisionId", description: "Id ketentuan dari rules/ketentuan. / A provision id from rules/ketentuan." },
  rules: { id: "RuleId", description: "Id aturan (jalurnya di bawah rules/aturan). / A rule id (its path under rules/aturan)." },
} as const satisfies Record<keyof SchemaVocabulary, { id: string; description: string }>;

function choiceDefinition(choices: readonly SchemaChoice[], description: string): Record<string, unknown> {
  return {
    type: "string",
    description,
    enum: choices.map((choice) => choice.value),
    markdownEnumDescriptions: choices.map((choice) => choice.description),
  };
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => value !== null && typeof value === "object" && !Array.isArray(value);
const ref = (kind: keyof SchemaVocabulary, node: Node): Node => ({ $ref: `#/$defs/${CHOICE_DEFINITIONS[kind].id}`, ...(typeof node["description"] === "string" ? { description: node["description"] } : {}) });

/**
 * Points the id and name fields at the vocabulary's definitions: every `fact` and `condition`
 * string property (in conditions, at any depth), a rule's `provisions`, a fixture's `cited`,
 * `notCited` and `notBreached`, and the keys of `expect.findings`.
 */
function withChoices(node: unknown, name: JsonSchemaName, path: readonly string[]): unknown {
  if (Array.isArray(node)) return node.map((item, index) => withChoices(item, name, [...path, String(index)]));
  if (!isNode(node)) return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && isNode(value)) {
      const properties: Node = {};
      for (const [property, schema] of Object.entries(value)) {
        const stringSchema = isNode(schema) && schema["type"] === "string";
        const arraySchema = isNode(schema) && schema["type"] === "array" && isNode(schema["items"]);
        if (stringSchema && property === "fact") properties[property] = ref("facts", schema);
        else if (stringSchema && property === "condition") properties[property] = ref("conditions", schema);
        else if (arraySchema && ((name === "rule" && property === "provisions" && path.length === 0) || (name === "fixture" && ["cited", "notCited", "notBreached"].includes(property)))) {
          properties[property] = { ...schema, items: ref("provisions", schema["items"] as Node) };
        } else if (name === "fixture" && property === "findings" && isNode(schema)) {
          properties[property] = { ...(withChoices(schema, name, [...path, key, property]) as Node), propertyNames: ref("rules", {}) };
        } else properties[property] = withChoices(schema, name, [...path, key, property]);
      }
      out[key] = properties;
    } else out[key] = withChoices(value, name, [...path, key]);
  }
  return out;
}

/**
 * The text of a committed schema file: generated, two-space indented, with a final newline. With
 * a vocabulary (the rule set's fact names, shared conditions, provisions and rules), the fields
 * that name them list the allowed values, so an editor completes them and flags a misspelling.
 */
export function renderJsonSchema(name: JsonSchemaName, vocabulary?: SchemaVocabulary): string {
  const schema = toJsonSchema(name);
  if (!vocabulary) return `${JSON.stringify(schema, null, 2)}\n`;
  const rewritten = withChoices(schema, name, []) as Node;
  const text = JSON.stringify(rewritten);
  const definitions: Node = { ...(isNode(rewritten["$defs"]) ? rewritten["$defs"] : {}) };
  for (const kind of Object.keys(CHOICE_DEFINITIONS) as (keyof SchemaVocabulary)[]) {
    const { id, description } = CHOICE_DEFINITIONS[kind];
    if (text.includes(`"#/$defs/${id}"`)) definitions[id] = choiceDefinition(vocabulary[kind], description);
  }
  const result = Object.keys(definitions).length > 0 ? { ...rewritten, $defs: definitions } : rewritten;
  return `${JSON.stringify(result, null, 2)}\n`;
}
