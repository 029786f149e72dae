// Case-file reports: content, escaping, self-containment, and the HTML read back from headless Chromium.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createEvaluator, escapeHtml, renderHtmlReport, renderMarkdownReport, type Assessment } from "../src/index.ts";
import { PHASE_WORDS, VERDICT_WORDS } from "../src/explain/words.ts";
import { englishVocabulary, machineIds, wordsIn } from "./support/report-vocabulary.ts";
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
  it.each(["id", "en"] as const)("carries the conclusion, the setting, the person's own violations and their sanctions (%s)", (lang) => {
    const markdown = renderMarkdownReport(camat, { lang, assessedAt: new Date("2026-12-04T01:12:00Z"), timeZone: "Asia/Jakarta" });
    expect(markdown).toContain(`**${VERDICT_WORDS[camat.verdict][lang]}**`);
    expect(markdown).toContain(lang === "id" ? "4 Desember 2026 pukul 08.12 WIB" : "4 December 2026 at 08:12");
    expect(markdown).toContain(lang === "id" ? "12 Oktober 2024 pukul 09.30 WIB" : "12 October 2024 at 09:30 WIB");
    expect(markdown).toContain(camat.rulesetVersion.replace(/\./, "\\."));
    expect(markdown).toContain(PHASE_WORDS[camat.phase.id][lang]);
    expect(markdown).toContain(camat.election.title[lang]);
    const violated = camat.findings.filter((finding) => finding.status === "violated");
    expect(violated.length).toBeGreaterThan(1);
    for (const finding of violated) {
      expect(markdown).toContain(finding.title[lang]);
      for (const provision of finding.provisions) expect(markdown).toContain(provision.citation);
    }
    expect(markdown).toContain(lang === "id" ? "hukuman disiplin berat (PP 94/2021 Pasal 14 huruf i)" : "severe (berat) disciplinary penalty (PP 94/2021 Pasal 14 huruf i)");
    // The options the law gives for a severe penalty under PP 94/2021.
    expect(markdown).toContain(lang === "id" ? "penurunan jabatan setingkat lebih rendah selama 12 bulan" : "one-level demotion for 12 months");
    expect(markdown).toContain(lang === "id" ? "## Diperiksa oleh" : "## Reviewed by");
    expect(markdown).not.toMatch(/Putusan/);
  });

  it("keeps the candidate pair's offence apart from the person's own violations", () => {
    const markdown = renderMarkdownReport(camat, { lang: "id" });
    const own = markdown.slice(markdown.indexOf("## Pelanggaran oleh orang yang dilaporkan"), markdown.indexOf("## Pelanggaran pihak lain"));
    const others = markdown.slice(markdown.indexOf("## Pelanggaran pihak lain"));
    const candidatePair = camat.findings.find((finding) => finding.ruleId === "uu-10-2016/melibatkan-asn-dalam-kampanye");
    expect(candidatePair?.status).toBe("violated");
    expect(own).not.toContain(candidatePair?.title.id);
    expect(others).toContain(candidatePair?.title.id);
    expect(markdown).toContain("melanggar 2 ketentuan netralitas ASN");
  });

  it("has no machine id and no English value in the Indonesian report, and the appendix of --detail full has the ids", () => {
    const markdown = renderMarkdownReport(camat, { lang: "id" });
    expect(wordsIn(markdown, machineIds())).toEqual([]);
    expect(wordsIn(markdown, englishVocabulary())).toEqual([]);
    const full = renderMarkdownReport(camat, { lang: "id", detail: "full" });
    const appendix = full.slice(full.indexOf("## Lampiran"));
    for (const finding of camat.findings) expect(appendix).toContain(finding.ruleId);
    // The scans find what they look for: ids in the appendix, English words in the English report.
    expect(wordsIn(appendix, machineIds())).toContain("pp-94-2021/pengerahan-pns");
    expect(wordsIn(renderMarkdownReport(camat, { lang: "en" }), englishVocabulary())).toContain("Reviewed by");
  });

  it("lists the questions that could settle what is undetermined, in words", () => {
    const markdown = renderMarkdownReport(undetermined, { lang: "en" });
    expect(markdown).toContain("What was the person's role at the event?");
    expect(markdown).not.toContain("conduct.event.role");
    expect(markdown).toContain("## What is not yet determined");
  });

  it("says plainly when the report alleges no conduct, and asks what happened", () => {
    const nothing = evaluator.evaluateSync({ election: "pilkada-2024", region: { province: "jawa-timur" }, occurredAt: "2024-10-10", subject: { employment: "pns" } });
    expect(nothing.verdict).toBe("nothing_alleged");
    const en = renderMarkdownReport(nothing, { lang: "en" });
    expect(en).toContain("The report states no conduct that can be judged");
    const id = renderMarkdownReport(nothing);
    expect(id).toContain("Laporan tidak menyebut perbuatan apa pun yang dapat dinilai");
    // The questions it points to are there: what the person did, area by area.
    expect(en).toContain("## What did the reported person do?");
    expect(en).toMatch(/^1\. \S/m);
    expect(renderHtmlReport(nothing, { lang: "en" })).toContain("<h2>What did the reported person do?</h2><p>");
    // A report with conduct has no such section.
    expect(renderMarkdownReport(undetermined, { lang: "en" })).not.toContain("What did the reported person do?");
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
