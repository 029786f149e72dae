import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderRuleCatalogue } from "../src/explain/catalogue.ts";
import { bundledRuleset, bundledRulesetSource, loadRuleset, type RulesetSource } from "../src/index.ts";
import { loadRulesetFromDir, readRulesetSource } from "../src/node/index.ts";
import { patchesBetween, renderBundledManifest } from "../src/node/manifest.ts";
import { applyValidatedPatches, loadBundledRuleset } from "../src/ruleset/bundled.ts";
import { VALIDATED_PATCHES } from "../src/ruleset/bundled.generated.ts";
import { JSON_SCHEMA_NAMES, renderJsonSchema } from "../src/schema/json-schema.ts";
import { schemaVocabularyOf } from "../src/ruleset/schema-vocabulary.ts";
import { renderBundledIds, renderIncidentTypes } from "../src/schema/render-incident-types.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const version = (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string }).version;

// Each file below is written by `npm run generate` (vitest -u) and checked here: a stale file fails.
describe("generated files are current (run `npm run generate` after editing rules/ or src/schema/)", () => {
  it("src/ruleset/bundled.generated.ts carries every data file in rules/, validated", async () => {
    await expect(renderBundledManifest(`${root}rules`, version)).toMatchFileSnapshot("../src/ruleset/bundled.generated.ts");
  });

  it.each(JSON_SCHEMA_NAMES)("rules/schema/%s.schema.json is generated from the zod schema", async (name) => {
    await expect(renderJsonSchema(name, schemaVocabularyOf(loadRulesetFromDir(`${root}rules`)))).toMatchFileSnapshot(`../rules/schema/${name}.schema.json`);
  });

  it("src/schema/incident.generated.ts (the incident types with TSDoc) is generated from IncidentSchema", async () => {
    await expect(renderIncidentTypes()).toMatchFileSnapshot("../src/schema/incident.generated.ts");
  });

  it("src/ruleset/bundled-ids.generated.ts (rule, election and province ids as literal types) is generated from rules/", async () => {
    await expect(renderBundledIds(loadRulesetFromDir(`${root}rules`))).toMatchFileSnapshot("../src/ruleset/bundled-ids.generated.ts");
  });

  it("docs/katalog-aturan.md is generated from rules/", async () => {
    await expect(renderRuleCatalogue(loadRulesetFromDir(`${root}rules`))).toMatchFileSnapshot("../docs/katalog-aturan.md");
  });
});

// bundledRuleset() trusts the validation that `npm run generate` ran (src/ruleset/bundled.ts); these
// prove that what it assembles is what validating at start-up would give.
describe("the bundled rule set, validated when generated", () => {
  it("was valid when generated: start-up takes the trusted path", () => {
    expect(VALIDATED_PATCHES).not.toBeNull();
  });

  it("bundledRuleset() equals loadRuleset(bundledRulesetSource()) exactly, key order included", () => {
    const trusted = loadBundledRuleset();
    const validated = loadRuleset(bundledRulesetSource());
    expect(trusted).toStrictEqual(validated);
    expect(JSON.stringify(trusted.data)).toBe(JSON.stringify(validated.data));
    // Maps: same entries in the same order (toStrictEqual does not look at the order).
    for (const key of ["provisions", "calendars", "provinces", "facts", "conditions", "files"] as const) {
      expect(JSON.stringify([...trusted[key]])).toBe(JSON.stringify([...validated[key]]));
    }
    expect(JSON.stringify(trusted.rules)).toBe(JSON.stringify(validated.rules));
    expect(bundledRuleset()).toStrictEqual(validated);
  });

  it("bundledRulesetSource() is the files of rules/ as they are on disk, key order included", () => {
    const { source, unreadable } = readRulesetSource(`${root}rules`, version);
    expect(unreadable).toEqual([]);
    expect(bundledRulesetSource()).toStrictEqual(source);
    const files = (of: RulesetSource) => [...of.rules, ...of.provisions, ...of.calendars, ...of.conditions, of.regions, of.facts];
    expect(JSON.stringify(files(bundledRulesetSource()))).toBe(JSON.stringify(files(source)));
  });

  it("the rule set and its source do not share objects: changing the source cannot change the rule set", () => {
    const source = bundledRulesetSource();
    const ruleset = loadBundledRuleset();
    expect(ruleset.data.facts).not.toBe(source.facts.data);
    expect(ruleset.data.rules[0]).not.toBe(source.rules[0]?.data);
  });

  it("a rule set with problems is generated without patches, so that bundledRuleset() reports them", () => {
    const scratch = mkdtempSync(join(tmpdir(), "netralitas-generate-"));
    try {
      cpSync(`${root}rules`, scratch, { recursive: true });
      const file = join(scratch, "aturan/pp-94-2021/pengerahan-pns.json");
      const rule = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...rule, prohibition: "no_such_prohibition" }));
      expect(renderBundledManifest(scratch, version)).toMatch(/VALIDATED_PATCHES: readonly ValidatedPatch\[\] \| null = null;\n$/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("patches reorder keys and replace values that differ, and reproduce zod's output exactly", () => {
    const roots = [{ b: 1, a: { y: [1, 2], x: "same" }, list: [1, 2, 3] }, { kept: true }];
    const items = [{ a: { x: "same", y: [1, 3] }, b: 1, list: [1, 2] }, { kept: true, added: "default" }];
    const patches = patchesBetween(roots, items);
    expect(patches).toEqual([
      [[0], { keys: ["a", "b", "list"] }],
      [[0, "a"], { keys: ["x", "y"] }],
      [[0, "a", "y", 1], { value: 3 }],
      [[0, "list"], { value: [1, 2] }],
      [[1], { value: { kept: true, added: "default" } }],
    ]);
    const copy = JSON.parse(JSON.stringify(roots)) as unknown[];
    applyValidatedPatches(copy, patches);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(items));
    expect(() => patchesBetween([{ a: 1 }], [{ a: 1, gone: undefined }])).toThrow(/cannot be reproduced/);
  });
});
