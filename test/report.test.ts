// Case-file reports: content, escaping, self-containment, and the HTML read back from headless Chromium.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createEvaluator, escapeHtml, renderHtmlReport, renderMarkdownReport, type Assessment } from "../src/index.ts";
import { PHASE_WORDS, STATUS_WORDS, VERDICT_WORDS } from "../src/explain/words.ts";
import { uncheckedIncident } from "../src/_utils/unchecked.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const evaluator = createEvaluator();
const work = mkdtempSync(join(tmpdir(), "netralitas-report-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fixture(path: string): { incident: unknown; interpretation?: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(root, "fixtures", path), "utf8")) as { incident: unknown; interpretation?: Record<string, unknown> };
}

function judge(path: string): Assessment {
  const { incident, interpretation } = fixture(path);
  return evaluator.evaluateSync(uncheckedIncident(incident), interpretation ? { interpretation } : {});
}

const camat = judge("contoh/camat-mengerahkan-staf.json");
const undetermined = judge("pp-94-2021/ikut-kampanye/belum-ditentukan--peran-tidak-diketahui.json");

describe("renderMarkdownReport", () => {
  it.each(["id", "en"] as const)("carries the verdict, the setting, every finding and the sanctions (%s)", (lang) => {
    const markdown = renderMarkdownReport(camat, { lang });
    expect(markdown).toContain(VERDICT_WORDS[camat.verdict][lang]);
    expect(markdown).toContain(camat.region.zone);
    expect(markdown).toContain(camat.region.timeZone);
    expect(markdown).toContain(camat.lawDate);
    expect(markdown).toContain(PHASE_WORDS[camat.phase.id][lang]);
    expect(markdown).toContain(camat.election.id);
    for (const finding of camat.findings) {
      expect(markdown).toContain(finding.title[lang]);
      expect(markdown).toContain(STATUS_WORDS[finding.status][lang]);
      for (const provision of finding.provisions) expect(markdown).toContain(provision.citation);
    }
    expect(markdown).toContain(camat.sanctionSummary.text[lang].slice(0, 40));
  });

  it("lists the missing facts with their questions", () => {
    const markdown = renderMarkdownReport(undetermined, { lang: "en" });
    expect(markdown).toContain("What was the person's role at the event?");
    expect(markdown).toContain("conduct.event.role");
  });

  it("escapes what the reporter wrote", () => {
    const { incident } = fixture("contoh/camat-mengerahkan-staf.json");
    const hostile = evaluator.evaluateSync(uncheckedIncident({ ...(incident as object), summary: "<img src=x onerror=alert(1)> *bold* [link](http://x)" }));
    const markdown = renderMarkdownReport(hostile);
    expect(markdown).not.toContain("<img");
    expect(markdown).toContain("&lt;img");
    expect(markdown).toContain("\\*bold\\*");
    expect(markdown).toContain("\\[link\\]");
  });
});

describe("renderHtmlReport", () => {
  it("is self-contained and escapes every text", () => {
    const { incident } = fixture("contoh/camat-mengerahkan-staf.json");
    const hostile = evaluator.evaluateSync(uncheckedIncident({ ...(incident as object), summary: `</pre><script>alert("x")</script> & 'quotes'` }));
    const html = renderHtmlReport(hostile, { lang: "en" });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)=/i);
    expect(html).toContain("&lt;/pre&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<style>");
  });

});

describe("netralitas report (built binary)", () => {
  it("prints the HTML or Markdown report of a fixture", () => {
    const cli = join(root, "dist", "cli.js");
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
    const file = join(root, "fixtures", "contoh", "camat-mengerahkan-staf.json");
    const html = spawnSync(process.execPath, [cli, "report", file, "--format", "html", "--lang", "en"], { encoding: "utf8", timeout: 60_000 });
    expect(html.status).toBe(0);
    expect(html.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(html.stdout).toContain(escapeHtml(camat.findings.find((finding) => finding.status === "violated")?.provisions[0]?.citation ?? "?"));
    const out = join(work, "laporan.md");
    const markdown = spawnSync(process.execPath, [cli, "report", file, "--out", out], { encoding: "utf8", timeout: 60_000 });
    expect(markdown.status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain(`**${VERDICT_WORDS[camat.verdict].id}**`);
  });
});
