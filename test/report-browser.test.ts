// The HTML case-file report rendered in headless Chromium (Debian's package, driven by playwright-core;
// `npm test` installs it first through test/support/ensure-chromium.mjs). Runs in the first test pass only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createEvaluator, renderHtmlReport } from "../src/index.ts";
import { VERDICT_WORDS } from "../src/explain/words.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "netralitas-report-browser-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = JSON.parse(readFileSync(join(root, "fixtures", "contoh", "camat-mengerahkan-staf.json"), "utf8")) as { incident: unknown };
const camat = createEvaluator().evaluateSync(uncheckedIncident(fixture.incident));

const chromium = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

describe("the HTML report in a real browser", () => {

  it("renders in headless Chromium: verdict, a citation and a finding title read back", { timeout: 60_000 }, async () => {
    const { chromium: launcher } = await import("playwright-core");
    const lang = "id";
    const file = join(work, "laporan.html");
    writeFileSync(file, renderHtmlReport(camat, { lang }));
    const browser = await launcher.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);
      const text = await page.locator("body").innerText();
      const title = await page.title();
      expect(title).toContain("netralitas ASN");
      expect(text).toContain(VERDICT_WORDS[camat.verdict][lang]);
      const violated = camat.findings.find((finding) => finding.status === "violated");
      expect(violated).toBeDefined();
      expect(text).toContain(violated?.title[lang]);
      expect(text).toContain(violated?.provisions[0]?.citation);
      // The finding boxes are laid out (CSS applied), and nothing was fetched but the file itself.
      const border = await page.locator("section.finding.violated").first().evaluate((element) => getComputedStyle(element).borderLeftWidth);
      expect(border).toBe("6px");
      expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
    } finally {
      await browser.close();
    }
  });

});
