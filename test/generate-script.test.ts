// `npm run generate` is one idempotent pass: in a scratch copy of the project, the first run after a
// rule change succeeds (and carries the change into the generated files), and a second run changes nothing.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { listJsonFiles } from "../src/node/files.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "netralitas-generate-run-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A digest of every file the generator may write. */
function digest(): string {
  const hash = createHash("sha256");
  const files = [
    "src/ruleset/bundled.generated.ts",
    "docs/katalog-aturan.md",
    ...listJsonFiles(scratch, "rules/schema"),
    ...listJsonFiles(scratch, "test/__snapshots__"),
    "test/__snapshots__/explanations.test.ts.snap",
  ];
  for (const file of files) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(scratch, file)));
    } catch {
      hash.update("(absent)");
    }
  }
  return hash.digest("hex");
}

function generate(): { status: number | null; output: string } {
  const result = spawnSync("npm", ["run", "generate"], { cwd: scratch, encoding: "utf8", timeout: 240_000, env: { ...process.env, CI: "1" } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

it("the first run after a rule change passes, and a second run changes nothing", { timeout: 300_000 }, () => {
  for (const entry of ["package.json", "tsconfig.json", "src", "rules", "fixtures", "test", "docs"]) cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(scratch, "node_modules"), "dir");
  const file = join(scratch, "rules", "aturan", "pp-94-2021", "pengerahan-pns.json");
  const rule = JSON.parse(readFileSync(file, "utf8")) as { title: { id: string; en: string } };
  const title = "Peserta kampanye mengerahkan PNS lain (judul diubah untuk uji)";
  writeFileSync(file, `${JSON.stringify({ ...rule, title: { ...rule.title, id: title } }, null, 2)}\n`);
  const before = digest();

  const first = generate();
  expect(first.status, first.output).toBe(0);
  const afterFirst = digest();
  expect(afterFirst).not.toBe(before);
  expect(readFileSync(join(scratch, "src", "ruleset", "bundled.generated.ts"), "utf8")).toContain(title);
  expect(readFileSync(join(scratch, "docs", "katalog-aturan.md"), "utf8")).toContain(title);

  const second = generate();
  expect(second.status, second.output).toBe(0);
  expect(digest()).toBe(afterFirst);
});
