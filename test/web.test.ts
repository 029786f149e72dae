// The officers' web page (npm run web): built into one file, opened from disk in headless Chromium
// (Debian's chromium through playwright-core), and used as an officer would: a scripted officer fills
// the incident and answers the questions the page asks for two fixtures; the page must show the same
// verdict and findings as evaluateIncident. A screenshot is kept for review (test/artefacts/). Runs
// in the first test pass only.
import { uncheckedIncident } from "../src/_utils/unchecked.ts";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateIncidentSync, type Assessment } from "../src/index.ts";
import { VERDICT_WORDS } from "../src/explain/words.ts";
// @ts-expect-error: a plain ES module script without types
import { buildWebPage } from "../src/web/build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const artefacts = join(root, "test", "artefacts");
const work = mkdtempSync(join(tmpdir(), "netralitas-web-"));
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
let browser: Browser;
let pageFile: string;

beforeAll(async () => {
  pageFile = join(work, "index.html");
  writeFileSync(pageFile, (await (buildWebPage as () => Promise<string>)()));
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

type Json = Record<string, unknown>;
function fixture(path: string): { incident: Json } {
  return JSON.parse(readFileSync(join(root, "fixtures", path), "utf8")) as { incident: Json };
}
function at(data: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Json)[key] : undefined), data);
}

async function openPage(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(pathToFileURL(pageFile).href);
  await page.waitForSelector("body[data-ready=true]");
  return { page, requests, errors };
}

/**
 * Fills the incident's place and time, then answers, one at a time, every question the page asks
 * whose answer the fixture knows (choosing the option whose label the page shows for that value),
 * until no question the page asks has an answer in the fixture.
 */
async function answerAs(page: Page, incident: Json, expected: Assessment): Promise<number> {
  if (typeof incident["election"] === "string") await page.selectOption("#election", incident["election"]);
  await page.selectOption("#province", String(at(incident, "region.province")));
  if (typeof at(incident, "region.regency") === "string") await page.fill("#regency", String(at(incident, "region.regency")));
  const local = `${expected.occurrence.localDate}${expected.occurrence.localTime ? `T${expected.occurrence.localTime.slice(0, 5)}` : ""}`;
  await page.fill("#occurredAt", local);
  await page.press("#occurredAt", "Tab");
  let answered = 0;
  for (let round = 0; round < 60; round++) {
    await page.evaluate(() => document.querySelector("#more-questions")?.setAttribute("open", ""));
    const controls = await page.locator("#questions [data-path]").evaluateAll((nodes) => nodes.map((node) => ({ path: node.getAttribute("data-path") ?? "", tag: node.tagName, options: [...(node as HTMLSelectElement).options ?? []].map((option) => option.textContent ?? "") })));
    const next = controls.find((control) => at(incident, control.path) !== undefined);
    if (!next) {
      if (answered === 0) throw new Error(`no question to answer: ${await page.locator("#questions").innerText()}`);
      return answered;
    }
    const value = at(incident, next.path);
    const locator = page.locator(`#questions [data-path="${next.path}"]`).first();
    if (next.tag === "SELECT") {
      // The page lists the answers by label; pick the one the fixture's value has.
      const index = await page.evaluate(
        ({ path, value }) => {
          const select = document.querySelector(`#questions [data-path="${path}"]`) as HTMLSelectElement;
          return [...select.options].findIndex((option) => option.dataset["value"] === JSON.stringify(value));
        },
        { path: next.path, value },
      );
      if (index < 0) throw new Error(`the page offers no answer ${JSON.stringify(value)} for ${next.path}: ${next.options.join(", ")}`);
      await locator.selectOption({ index });
    } else {
      await locator.fill(String(value));
      await locator.press("Tab");
    }
    answered++;
  }
  throw new Error("the page kept asking");
}

describe("the officers' web page", () => {
  it.each([
    ["contoh/camat-mengerahkan-staf.json", "violation"],
    ["pp-94-2021/ikut-kampanye/belum-ditentukan--peran-tidak-diketahui.json", "insufficient_facts"],
  ] as const)("an officer answering the questions for %s gets the verdict and findings of evaluateIncident", { timeout: 120_000 }, async (file, verdict) => {
    const { incident } = fixture(file);
    const expected = evaluateIncidentSync(uncheckedIncident(incident));
    expect(expected.verdict).toBe(verdict);
    const { page, requests, errors } = await openPage();
    const answered = await answerAs(page, incident, expected);
    expect(answered).toBeGreaterThan(0);
    expect(await page.locator("#verdict").getAttribute("data-verdict")).toBe(expected.verdict);
    expect(await page.locator("#verdict").innerText()).toBe(VERDICT_WORDS[expected.verdict].id);
    const shown = await page.locator("#findings li").evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute("data-rule")}=${node.getAttribute("data-status")}`).sort());
    const wanted = expected.findings.filter((finding) => finding.status === "violated" || finding.status === "undetermined").map((finding) => `${finding.ruleId}=${finding.status}`).sort();
    expect(shown).toEqual(wanted);
    // The exported incident judges exactly like the fixture's, finding by finding.
    await page.click("#export");
    const exported = JSON.parse(await page.inputValue("#json")) as Json;
    const again = evaluateIncidentSync(uncheckedIncident(exported));
    expect(again.findings.map((finding) => [finding.ruleId, finding.status])).toEqual(expected.findings.map((finding) => [finding.ruleId, finding.status]));
    // The case-file report renders in the page for printing.
    await page.click("#show-report");
    const report = page.frameLocator("#report");
    await expect.poll(async () => report.locator(".conclusion .verdict").innerText()).toBe(VERDICT_WORDS[expected.verdict].id);
    if (file.startsWith("contoh/")) {
      mkdirSync(artefacts, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(artefacts, "web-page.png"), fullPage: false });
    }
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("blob:") && url !== "about:srcdoc")).toEqual([]);
    await page.close();
  });

  it("edits an answer, switches to English, and imports an incident as JSON", { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage();
    const { incident } = fixture("contoh/camat-mengerahkan-staf.json");
    await page.fill("#json", JSON.stringify({ incident, expect: {} }));
    await page.click("#import");
    expect(await page.locator("#verdict").getAttribute("data-verdict")).toBe("violation");
    // Editing an answer: nobody brought along, so the mobilisation rule is no longer violated.
    await page.locator('#answers [data-path="conduct.event.otherAsnBrought"]').fill("0");
    await page.locator('#answers [data-path="conduct.event.otherAsnBrought"]').press("Tab");
    expect(await page.locator('#findings li[data-rule="pp-94-2021/pengerahan-pns"]').count()).toBe(0);
    expect(await page.locator('#findings li[data-rule="pp-94-2021/ikut-kampanye"]').getAttribute("data-status")).toBe("violated");
    await page.click("#lang-en");
    expect(await page.locator("#title").innerText()).toBe("ASN Neutrality Assessment");
    expect(await page.locator("#verdict").innerText()).toBe(VERDICT_WORDS.violation.en);
    await page.fill("#json", "{ broken");
    await page.click("#import");
    expect(await page.locator("#json-status").innerText()).toMatch(/^Invalid JSON/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
