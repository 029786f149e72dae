import type { Lang, LocalizedText } from "../_utils/text.ts";
import { PHASE_WORDS, VERDICT_WORDS } from "../explain/words.ts";
import type { Verdict } from "../schema/fixture.ts";
import type { Finding, SanctionSummary } from "../types.ts";
import type { PreparedIncident } from "./prepare.ts";
import type { RuleOutcome } from "./rule-outcome.ts";

// What an assessment says as a whole: its uncertainties, the facts it misses, its summary sentence.

/** Missing facts ranked by how many undetermined findings each could help settle. */
export function rankMissingFacts(findings: readonly { readonly missingFacts: readonly string[] }[]): string[] {
  const counts = new Map<string, number>();
  for (const finding of findings) for (const fact of finding.missingFacts) counts.set(fact, (counts.get(fact) ?? 0) + 1);
  if (counts.size === 0) return [];
  return [...counts.entries()].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : 0)).map(([fact]) => fact);
}

/** The assessment's uncertainties: the calendar's, then each finding's, once each. */
export function collectUncertainties(prepared: PreparedIncident, outcomes: readonly RuleOutcome[]): LocalizedText[] {
  const notes = new Map<string, LocalizedText>();
  const add = (text: LocalizedText) => notes.set(text.en, text);
  if (prepared.calendar.confidence !== "high" || prepared.phase.confidence !== "high") {
    add({
      id: `Tanggal kalender ${prepared.calendar.id} berkeyakinan ${prepared.phase.confidence}: belum dikonfirmasi sumber primer.`,
      en: `The ${prepared.calendar.id} calendar dates have ${prepared.phase.confidence} confidence: not yet confirmed by a primary source.`,
    });
  }
  if (prepared.phase.note) add(prepared.phase.note);
  // Each outcome lists, in order, its provisions' notes, its sanctions' notes and its uncertainty notes.
  for (const outcome of outcomes) for (const text of outcome.uncertainties) add(text);
  return [...notes.values()];
}

/** The assessment's one-paragraph summary. */
export function summarise(verdict: Verdict, findings: readonly Finding[], prepared: PreparedIncident, sanctions: SanctionSummary): LocalizedText {
  const violated = findings.filter((finding) => finding.status === "violated");
  const undetermined = findings.filter((finding) => finding.status === "undetermined");
  const notAlleged = findings.filter((finding) => finding.status === "not_alleged").length;
  const render = (lang: Lang): string => {
    const when = `${prepared.occurrence.localDate}${prepared.occurrence.localTime ? ` ${prepared.occurrence.localTime}` : ""} ${prepared.region.zone}`;
    const phase = `${PHASE_WORDS[prepared.phase.id][lang]} (${prepared.calendar.id}, ${when})`;
    const head = `${VERDICT_WORDS[verdict][lang]}. ${lang === "id" ? "Tahapan" : "Phase"}: ${phase}.`;
    const lines = [head];
    if (violated.length > 0) {
      const cited = [...new Set(violated.flatMap((finding) => finding.provisions.map((provision) => provision.citation)))];
      lines.push(`${lang === "id" ? "Ketentuan yang dilanggar" : "Provisions breached"}: ${cited.join("; ")}.`);
      lines.push(`${lang === "id" ? "Sanksi" : "Sanctions"}: ${sanctions.text[lang]}`);
    }
    if (undetermined.length > 0) {
      lines.push(
        lang === "id"
          ? `${undetermined.length} temuan belum dapat ditentukan karena fakta belum lengkap.`
          : `${undetermined.length} finding(s) undetermined for lack of facts.`,
      );
    }
    if (notAlleged > 0) {
      lines.push(
        lang === "id"
          ? `${notAlleged} aturan tidak dinilai karena laporan tidak menyebut perbuatannya.`
          : `${notAlleged} rule(s) not judged: the report does not mention their conduct.`,
      );
    }
    return lines.join(" ");
  };
  return { id: render("id"), en: render("en") };
}

