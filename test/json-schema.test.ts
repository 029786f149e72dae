// The committed JSON Schemas (rules/schema/*.schema.json) must be usable by editors: every data
// file points at the right one, every $ref resolves, strict objects forbid unknown keys (so an
// editor completes and flags field names), and the schemas accept the shipped data and reject
// the mistakes legal staff make. A minimal validator for the keywords zod emits keeps this
// test free of extra dependencies.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listJsonFiles } from "../src/node/files.ts";
import { JSON_SCHEMA_NAMES, type JsonSchemaName } from "../src/schema/json-schema.ts";

type Schema = Record<string, unknown>;
const root = fileURLToPath(new URL("..", import.meta.url));
const schemaDir = join(root, "rules", "schema");
const schemas = new Map(JSON_SCHEMA_NAMES.map((name) => [name, JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), "utf8")) as Schema]));

/** The schema each data file must follow, from its place in rules/ or fixtures/. */
function kindOf(file: string): JsonSchemaName {
  if (file.startsWith("fixtures/")) return "fixture";
  if (file.startsWith("rules/aturan/")) return "rule";
  if (file.startsWith("rules/ketentuan/")) return "provision-catalogue";
  if (file.startsWith("rules/kalender/")) return "calendar";
  if (file.startsWith("rules/kondisi/")) return "shared-condition";
  if (file === "rules/wilayah/provinsi.json") return "region-table";
  if (file === "rules/fakta.json") return "fact-dictionary";
  throw new Error(`no schema for ${file}`);
}

const dataFiles = [...listJsonFiles(root, "rules"), ...listJsonFiles(root, "fixtures")].filter((file) => !file.startsWith("rules/schema/"));

/** Errors of `value` against `schema`: a small validator for the keywords z.toJSONSchema emits. */
function validate(value: unknown, schema: Schema, rootSchema: Schema, path = ""): string[] {
  if (typeof schema["$ref"] === "string") {
    const name = (schema["$ref"] as string).replace("#/$defs/", "");
    const target = (rootSchema["$defs"] as Record<string, Schema> | undefined)?.[name];
    if (!target) return [`${path}: unresolved $ref ${String(schema["$ref"])}`];
    return validate(value, target, rootSchema, path);
  }
  const errors: string[] = [];
  const type = schema["type"];
  const actual = value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  if (typeof type === "string" && type !== actual && !(type === "number" && actual === "integer")) return [`${path}: expected ${type}, got ${actual}`];
  if (Array.isArray(schema["enum"]) && !schema["enum"].includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if ("const" in schema && schema["const"] !== value) errors.push(`${path}: expected const ${JSON.stringify(schema["const"])}`);
  if (typeof value === "string") {
    if (typeof schema["pattern"] === "string" && !new RegExp(schema["pattern"] as string, "u").test(value)) errors.push(`${path}: pattern`);
    if (typeof schema["minLength"] === "number" && value.length < schema["minLength"]) errors.push(`${path}: minLength`);
    if (typeof schema["maxLength"] === "number" && value.length > schema["maxLength"]) errors.push(`${path}: maxLength`);
  }
  if (typeof value === "number") {
    if (typeof schema["minimum"] === "number" && value < schema["minimum"]) errors.push(`${path}: minimum`);
    if (typeof schema["maximum"] === "number" && value > schema["maximum"]) errors.push(`${path}: maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema["minItems"] === "number" && value.length < schema["minItems"]) errors.push(`${path}: minItems`);
    if (typeof schema["maxItems"] === "number" && value.length > schema["maxItems"]) errors.push(`${path}: maxItems`);
    if (schema["items"]) value.forEach((item, index) => errors.push(...validate(item, schema["items"] as Schema, rootSchema, `${path}/${index}`)));
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = (schema["properties"] ?? {}) as Record<string, Schema>;
    for (const key of (schema["required"] ?? []) as string[]) if (!(key in record)) errors.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(record)) {
      const property = properties[key];
      if (property) errors.push(...validate(item, property, rootSchema, `${path}/${key}`));
      else if (schema["additionalProperties"] === false) errors.push(`${path}: unknown key ${key}`);
      else if (typeof schema["additionalProperties"] === "object") errors.push(...validate(item, schema["additionalProperties"] as Schema, rootSchema, `${path}/${key}`));
    }
  }
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const options = schema[keyword] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter((option) => validate(value, option, rootSchema, path).length === 0).length;
    if (keyword === "anyOf" ? passing === 0 : passing !== 1) errors.push(`${path}: ${keyword} (${passing} branches pass)`);
  }
  return errors;
}

/** Every object node of a schema, with where it is. */
function objectNodes(node: unknown, path = "#"): { path: string; node: Schema }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => objectNodes(item, `${path}/${index}`));
  if (node === null || typeof node !== "object") return [];
  const schema = node as Schema;
  const here = schema["type"] === "object" ? [{ path, node: schema }] : [];
  return [
    ...here,
    ...Object.entries(schema).flatMap(([key, child]) =>
      key === "properties" || key === "$defs"
        ? Object.entries(child as Record<string, unknown>).flatMap(([name, sub]) => objectNodes(sub, `${path}/${key}/${name}`))
        : objectNodes(child, `${path}/${key}`),
    ),
  ];
}

describe("JSON Schemas for editors", () => {
  it.each(dataFiles)("%s names the right schema by a correct relative path", (file) => {
    const data = JSON.parse(readFileSync(join(root, file), "utf8")) as { $schema?: string };
    const expected = relative(dirname(join(root, file)), join(schemaDir, `${kindOf(file)}.schema.json`)).split("\\").join("/");
    expect(data.$schema).toBeDefined();
    expect(resolve(dirname(join(root, file)), data.$schema ?? "")).toBe(resolve(schemaDir, `${kindOf(file)}.schema.json`));
    expect(data.$schema?.replace(/^\.\//, "")).toBe(expected);
  });

  it.each(JSON_SCHEMA_NAMES)("%s: every $ref resolves and every object is strict or a record", (name) => {
    const schema = schemas.get(name) as Schema;
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    const text = JSON.stringify(schema);
    const definitions = Object.keys((schema["$defs"] ?? {}) as object);
    for (const [, ref] of text.matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)) expect(definitions).toContain(ref);
    for (const { path, node } of objectNodes(schema)) {
      const strict = node["additionalProperties"] === false;
      const record = typeof node["additionalProperties"] === "object" && node["propertyNames"] !== undefined;
      expect(strict || record, `${name} ${path}`).toBe(true);
    }
  });

  it("the recursive condition is one named definition that refers to itself", () => {
    const rule = schemas.get("rule") as Schema;
    const definitions = rule["$defs"] as Record<string, Schema>;
    const condition = definitions["Condition"] as Schema;
    const branches = condition["anyOf"] as Schema[];
    expect(branches).toHaveLength(5);
    expect(branches.map((branch) => Object.keys(branch["properties"] as object).filter((key) => key !== "name"))).toEqual([
      ["fact", "operator", "value", "path", "label"],
      ["all"],
      ["any"],
      ["not"],
      ["condition"],
    ]);
    expect(JSON.stringify(branches[1])).toContain('"items":{"$ref":"#/$defs/Condition"}');
    expect(branches[3]?.["properties"]).toMatchObject({ not: { $ref: "#/$defs/Condition" } });
    expect((rule["properties"] as Record<string, Schema>)["conditions"]).toMatchObject({ $ref: "#/$defs/Condition" });
    expect(typeof condition["description"]).toBe("string");
  });

  it("keeps the bilingual .describe() texts as descriptions", () => {
    const incident = schemas.get("incident") as Schema;
    const occurredAt = (incident["properties"] as Record<string, Schema>)["occurredAt"] as Schema;
    expect(occurredAt["description"]).toMatch(/^Waktu kejadian: .* \/ When it happened/);
  });

  it.each(dataFiles)("%s is valid against its schema", (file) => {
    const data = JSON.parse(readFileSync(join(root, file), "utf8")) as unknown;
    const schema = schemas.get(kindOf(file)) as Schema;
    expect(validate(data, schema, schema)).toEqual([]);
  });

  it("rejects a misspelt key, an unknown operator and a JSONPath path in a rule", () => {
    const schema = schemas.get("rule") as Schema;
    const rule = JSON.parse(readFileSync(join(root, "rules", "aturan", "pp-94-2021", "pengerahan-pns.json"), "utf8")) as Record<string, unknown>;
    expect(validate({ ...rule, provisons: [] }, schema, schema)).toContain(": unknown key provisons");
    const leaf = (operator: string, extra: object = {}) => ({ ...rule, conditions: { name: "x", fact: "employment", operator, value: "pns", ...extra } });
    expect(validate(leaf("equal"), schema, schema)).toEqual([]);
    expect(validate(leaf("equals"), schema, schema)).not.toEqual([]);
    expect(validate(leaf("equal", { path: "$..[?(@.x)]" }), schema, schema)).not.toEqual([]);
    expect(validate({ ...rule, inForce: { from: "31-08-2021" } }, schema, schema)).not.toEqual([]);
  });

  it("offers the rule set's fact names, shared conditions and provisions, and flags a misspelt one", () => {
    const schema = schemas.get("rule") as Schema;
    const definitions = schema["$defs"] as Record<string, Schema>;
    const facts = JSON.parse(readFileSync(join(root, "rules", "fakta.json"), "utf8")) as { facts: { name: string; label: { id: string } }[] };
    const factNames = definitions["FactName"] as Schema;
    expect(factNames["enum"]).toEqual(facts.facts.map((fact) => fact.name));
    // Each name has a line for the completion list, starting with its Indonesian label.
    const descriptions = factNames["markdownEnumDescriptions"] as string[];
    expect(descriptions).toHaveLength(facts.facts.length);
    expect(descriptions[0]?.startsWith(facts.facts[0]?.label.id ?? "?")).toBe(true);
    const rule = JSON.parse(readFileSync(join(root, "rules", "aturan", "pp-94-2021", "pengerahan-pns.json"), "utf8")) as Record<string, unknown>;
    expect(validate(rule, schema, schema)).toEqual([]);
    const leaf = (fact: string) => ({ name: "unsur-x", fact, operator: "greaterThan", value: 0 });
    const withLeaf = (fact: string) => ({ ...rule, conditions: { all: [{ condition: "hadir-kampanye-calon" }, leaf(fact)] } });
    expect(validate(withLeaf("otherAsnBrought"), schema, schema)).toEqual([]);
    expect(validate(withLeaf("otherAsnBrougt"), schema, schema)).toEqual(["/conditions: anyOf (0 branches pass)"]);
    const comparison = ((definitions["Condition"] as Schema)["anyOf"] as Schema[])[0] as Schema;
    expect(validate(leaf("otherAsnBrougt"), comparison, schema)).toEqual(['/fact: "otherAsnBrougt" not in enum']);
    const reference = ((definitions["Condition"] as Schema)["anyOf"] as Schema[])[4] as Schema;
    expect(validate({ condition: "subjek-pp-94-2021" }, reference, schema)).toEqual([]);
    expect(validate({ condition: "subjek-pp-94-2012" }, reference, schema)).toEqual(['/condition: "subjek-pp-94-2012" not in enum']);
    expect(validate({ ...rule, provisions: ["pp-94-2021:pasal-5:huruf-n:angka-33"] }, schema, schema)).toContain('/provisions/0: "pp-94-2021:pasal-5:huruf-n:angka-33" not in enum');
    const fixture = schemas.get("fixture") as Schema;
    const expect_ = ((fixture["properties"] as Record<string, Schema>)["expect"] as Schema)["properties"] as Record<string, Schema>;
    expect(expect_["findings"]?.["propertyNames"]).toEqual({ $ref: "#/$defs/RuleId" });
    expect(expect_["cited"]?.["items"]).toEqual({ $ref: "#/$defs/ProvisionId" });
  });
});
