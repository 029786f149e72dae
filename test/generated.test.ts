import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderBundledManifest } from "../src/node/manifest.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const version = (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string }).version;

describe("generated files are current (run `npm run generate` after editing rules/)", () => {
  it("src/ruleset/bundled.generated.ts imports every data file in rules/", async () => {
    await expect(renderBundledManifest(`${root}rules`, version)).toMatchFileSnapshot("../src/ruleset/bundled.generated.ts");
  });
});
