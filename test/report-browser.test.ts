// The HTML case-file report rendered in headless Chromium (Debian's package, driven by playwright-core;
// `npm test` installs it first through test/support/ensure-chromium.mjs). Runs in the first test pass only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { createEvaluator, renderHtmlReport } from "../src/index.ts";
import { VERDICT_WORDS } from "../src/explain/words.ts";
import { englishVocabulary, machineIds, wordsIn } from "./support/report-vocabulary.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "netralitas-report-browser-"));
const fixture = JSON.parse(readFileSync(join(root, "fixtures", "contoh", "camat-mengerahkan-staf.json"), "utf8")) as { incident: unknown };
const camat = createEvaluator().evaluateSync(uncheckedIncident(fixture.incident));

const chromium = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
let browser: Browser;
beforeAll(async () => {
  const { chromium: launcher } = await import("playwright-core");
  browser = await launcher.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The number of pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function open(html: string, name: string) {
  const file = join(work, name);
  writeFileSync(file, html);
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return { page, requests };
}

describe("the HTML case-file report in a real browser", () => {
  it("renders: conclusion, own violations with citations, other parties apart, nothing fetched", { timeout: 60_000 }, async () => {
    const { page, requests } = await open(renderHtmlReport(camat, { lang: "id" }), "laporan.html");
    const text = await page.locator("body").innerText();
    expect(await page.title()).toContain("Netralitas ASN");
    expect(await page.locator(".conclusion .verdict").innerText()).toBe(VERDICT_WORDS[camat.verdict].id);
    const violated = camat.findings.filter((finding) => finding.status === "violated");
    const own = await page.locator("section.own").innerText();
    const others = await page.locator("section.others").innerText();
    for (const finding of violated) {
      expect(text).toContain(finding.title.id);
      expect(text).toContain(finding.provisions[0]?.citation);
    }
    expect(others).toContain("Pasangan calon melibatkan ASN");
    expect(own).not.toContain("Pasangan calon melibatkan ASN");
    // The other party's offence is not in a red box; the person's own violations are marked.
    const border = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).borderLeftColor);
    expect(await border("section.own .violation")).toBe("rgb(139, 26, 26)");
    expect(await border("section.others .other")).not.toBe("rgb(139, 26, 26)");
    expect(text).toContain("Diperiksa oleh");
    expect(text).not.toContain("Putusan");
    expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
    // No machine id and no English value in the rendered Indonesian text.
    expect(wordsIn(text, machineIds())).toEqual([]);
    expect(wordsIn(text, englishVocabulary())).toEqual([]);
    await page.close();
  });

  it.each(["id", "en"] as const)("prints the bundled example on at most 4 A4 pages, the conclusion and the first violation on page 1 (%s)", { timeout: 60_000 }, async (lang) => {
    const { page } = await open(renderHtmlReport(camat, { lang }), `laporan-${lang}.html`);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    writeFileSync(join(work, `laporan-${lang}.pdf`), pdf);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    // Page 1 of the print layout: everything above 297 mm minus the margins, in CSS pixels.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: Math.round((210 - 30) * 3.7795), height: 1000 });
    const pageHeight = (297 - 32) * 3.7795;
    const top = (selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    expect(await top(".conclusion")).toBeLessThan(pageHeight);
    expect(await top("section.own .violation")).toBeLessThan(pageHeight);
    await page.close();
  });
});
