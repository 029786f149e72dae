import type * as z from "zod";
import type { Ruleset } from "../ruleset/types.ts";
import { IncidentSchema } from "./incident.ts";

// Writes src/schema/incident.generated.ts: the incident's input and output types as interfaces
// whose fields carry the schema's bilingual `.describe()` texts as TSDoc, so that editors show
// them on hover and complete every field and value. `z.input` and `z.output` carry no comments;
// the generated interfaces equal them (test/types/incident.test-d.ts proves it both ways).

type Io = "input" | "output";

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly entries?: Record<string, string>;
  /** union */
  readonly options?: readonly z.ZodType[];
  /** array */
  readonly element?: z.ZodType;
  /** literal */
  readonly values?: readonly unknown[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The English and the Indonesian half of a description "Indonesian. / English.". */
function splitDescription(text: string): { en: string; id?: string } {
  const parts = text.split(" / ");
  if (parts.length !== 2) return { en: text };
  return { id: (parts[0] ?? "").trim(), en: (parts[1] ?? "").trim() };
}

function docComment(text: string | undefined, indent: string): string[] {
  if (!text) return [];
  const { en, id } = splitDescription(text.replaceAll("*/", "*\\/"));
  const lines = [`${indent}/**`, `${indent} * ${en}`];
  if (id) lines.push(`${indent} *`, `${indent} * _${id}_`);
  lines.push(`${indent} */`);
  return lines;
}

/** Unwraps optional and default layers: the core schema, its description and whether the key may be absent. */
function unwrap(schema: z.ZodType, io: Io): { core: z.ZodType; description: string | undefined; optional: boolean } {
  let current = schema;
  let description = schema.description;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if (def.type === "optional" && def.innerType) {
      optional = true;
    } else if (def.type === "default" && def.innerType) {
      if (io === "input") optional = true;
    } else break;
    current = def.innerType;
    description ??= current.description;
  }
  return { core: current, description, optional };
}

// Fields whose values the bundled rule set names: their literal types give completion, and any
// other string stays allowed (a custom rule set may add calendars and provinces).
const OPEN_LITERALS: Readonly<Record<string, string>> = {
  election: "BundledElectionId | (string & {})",
  "region.province": "BundledProvinceId | (string & {})",
};

function typeOf(schema: z.ZodType, io: Io, indent: string, path: string): string {
  const open = OPEN_LITERALS[path];
  if (open) return open;
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "enum":
      return Object.values(def.entries ?? {})
        .map((value) => JSON.stringify(value))
        .join(" | ");
    case "object":
      return objectType(def.shape ?? {}, io, indent, path);
    case "literal":
      return (def.values ?? []).map((value) => JSON.stringify(value)).join(" | ");
    case "array":
      return `Array<${def.element ? typeOf(def.element, io, indent, path) : "unknown"}>`;
    case "union":
      return (def.options ?? []).map((option) => typeOf(option, io, indent, path)).join(" | ");
    case "nullable":
      return `${def.innerType ? typeOf(def.innerType, io, indent, path) : "unknown"} | null`;
    default:
      throw new Error(`render-incident-types: no rendering for the zod type "${def.type}"`);
  }
}

function objectType(shape: Record<string, z.ZodType>, io: Io, indent: string, path = ""): string {
  const inner = `${indent}  `;
  const lines = ["{"];
  for (const [key, field] of Object.entries(shape)) {
    const { core, description, optional } = unwrap(field, io);
    lines.push(...docComment(description, inner));
    const name = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
    lines.push(`${inner}${name}${optional ? "?" : ""}: ${typeOf(core, io, inner, path ? `${path}.${key}` : key)}${optional ? " | undefined" : ""};`);
  }
  lines.push(`${indent}}`);
  return lines.join("\n");
}

const HEADER = `// Generated from IncidentSchema (src/schema/incident.ts) by \`npm run generate\`; do not edit.
// test/generated.test.ts fails when this file is stale.
import type { BundledElectionId, BundledProvinceId } from "../ruleset/bundled-ids.generated.ts";
`;

/** The summary lines of a type's TSDoc: the schema's description, English first. */
function summary(text: string | undefined): string[] {
  if (!text) return [];
  const { en, id } = splitDescription(text);
  return id ? [` * ${en}`, " *", ` * _${id}_`, " *"] : [` * ${en}`, " *"];
}

/** The text of src/schema/incident.generated.ts (`schema`: the incident schema, or another for tests of this renderer). */
export function renderIncidentTypes(schema: z.ZodType = IncidentSchema): string {
  const shape = (defOf(schema).shape ?? {}) as Record<string, z.ZodType>;
  const described = summary(schema.description);
  const input = [
    "/**",
    ...described,
    " * The incident as the evaluator accepts it (before defaults): `occurredAt` and `region.province`",
    " * are required, every other field is optional. Check untrusted JSON with `parseIncident` first.",
    " * @example",
    " * ```ts",
    " * const input: IncidentInput = {",
    ' *   election: "pilkada-2024",',
    ' *   region: { province: "kalimantan-tengah" },',
    ' *   occurredAt: "2024-10-10",',
    ' *   subject: { employment: "pns" },',
    ' *   conduct: { event: { kind: "campaign", role: "participant", otherAsnBrought: 12 } },',
    " * };",
    " * ```",
    " * @category Evaluation",
    " */",
    `export interface IncidentInput ${objectType(shape, "input", "")}`,
  ];
  const output = [
    "/**",
    ...described,
    " * The validated incident, as recorded in every assessment: `subject` and `conduct` default to `{}`.",
    " * @example",
    " * ```ts",
    " * const assessment = await evaluateIncident(input);",
    " * const incident: Incident = assessment.incident;",
    ' * incident.subject.employment; // => "pns"',
    " * ```",
    " * @category Evaluation",
    " */",
    `export interface Incident ${objectType(shape, "output", "")}`,
  ];
  return `${HEADER}\n${input.join("\n")}\n\n${output.join("\n")}\n`;
}

/** A union of string literals, one per line. */
function literalUnion(values: readonly string[]): string {
  return values.length === 0 ? "never" : values.map((value) => `\n  | ${JSON.stringify(value)}`).join("");
}

/** The text of src/ruleset/bundled-ids.generated.ts: the ids the bundled rule set defines, as literal types. */
export function renderBundledIds(ruleset: Ruleset): string {
  const block = (doc: readonly string[], name: string, values: readonly string[]) => ["/**", ...doc.map((line) => ` * ${line}`), " */", `export type ${name} =${literalUnion(values)};`].join("\n");
  return [
    "// Generated from rules/ by `npm run generate`; do not edit. test/generated.test.ts fails when this file is stale.",
    "",
    block(
      ["The id of a rule in the bundled rule set, for completion (a custom rule set may have others).", "@example", "```ts", 'const id: BundledRuleId = "pp-94-2021/pengerahan-pns";', "findingOf(assessment, id)?.status;", "```", "@category Rule sets"],
      "BundledRuleId",
      ruleset.rules.map((rule) => rule.id),
    ),
    "",
    block(
      ["The id of an election calendar in the bundled rule set (`incident.election`).", "@example", "```ts", 'const election: BundledElectionId = "pilkada-2024";', "```", "@category Rule sets"],
      "BundledElectionId",
      [...ruleset.calendars.keys()],
    ),
    "",
    block(
      ["The slug of a province in the bundled region table (`incident.region.province`).", "@example", "```ts", 'const province: BundledProvinceId = "kalimantan-tengah";', "```", "@category Rule sets"],
      "BundledProvinceId",
      [...ruleset.provinces.keys()],
    ),
    "",
  ].join("\n");
}
