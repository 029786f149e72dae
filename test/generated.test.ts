import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderRuleCatalogue } from "../src/explain/catalogue.ts";
import { loadRulesetFromDir } from "../src/node/index.ts";
import { renderBundledManifest } from "../src/node/manifest.ts";
import { JSON_SCHEMA_NAMES, renderJsonSchema } from "../src/schema/json-schema.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const version = (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string }).version;

// Each file below is written by `npm run generate` (vitest -u) and checked here: a stale file fails.
describe("generated files are current (run `npm run generate` after editing rules/ or src/schema/)", () => {
  it("src/ruleset/bundled.generated.ts imports every data file in rules/", async () => {
    await expect(renderBundledManifest(`${root}rules`, version)).toMatchFileSnapshot("../src/ruleset/bundled.generated.ts");
  });

  it.each(JSON_SCHEMA_NAMES)("rules/schema/%s.schema.json is generated from the zod schema", async (name) => {
    await expect(renderJsonSchema(name)).toMatchFileSnapshot(`../rules/schema/${name}.schema.json`);
  });

  it("docs/katalog-aturan.md is generated from rules/", async () => {
    await expect(renderRuleCatalogue(loadRulesetFromDir(`${root}rules`))).toMatchFileSnapshot("../docs/katalog-aturan.md");
  });
});
