import type { Lang } from "../_utils/text.ts";
import { describeSanction } from "../explain/words.ts";
import { weakestConfidence } from "../schema/common.ts";
import type { Employment } from "../schema/incident.ts";
import { DISCIPLINE_LEVELS, type Sanction } from "../schema/provision.ts";
import type { Finding, SanctionSummary } from "../types.ts";
import { reachesSubject } from "./sanction-versions.ts";

const LEVEL_ORDER = DISCIPLINE_LEVELS;

/** The heaviest discipline level, every criminal exposure, dismissal, and the moral sanction where only ethics breaches hold. */
export function summariseSanctions(findings: readonly Finding[], employment?: Employment): SanctionSummary {
  const violated = findings.filter((finding) => finding.status === "violated");
  const sanctions = violated.flatMap((finding) => finding.sanctions);
  let heaviest: (typeof LEVEL_ORDER)[number] | undefined;
  let unclear = false;
  const criminal = new Map<string, Extract<Sanction, { kind: "criminal" }>>();
  const relatedOffences = new Map<string, Extract<Sanction, { kind: "criminal" }>>();
  const dismissal = new Map<string, Extract<Sanction, { kind: "dismissal" }>>();
  const administrative = new Map<string, Extract<Sanction, { kind: "administrative" }>>();
  const unspecified = new Map<string, Extract<Sanction, { kind: "unspecified" }>>();
  let moral: Extract<Sanction, { kind: "moral" }> | undefined;
  for (const sanction of sanctions) {
    if (sanction.kind === "discipline") {
      if (sanction.level === "unclear") unclear = true;
      else if (heaviest === undefined || LEVEL_ORDER.indexOf(sanction.level) > LEVEL_ORDER.indexOf(heaviest)) heaviest = sanction.level;
    } else if (sanction.kind === "criminal") {
      // An offence committed by someone else (the candidate pair, the campaign organiser) is reported
      // alongside, never as the person's own exposure.
      const reach = reachesSubject(sanction, employment);
      // Own exposure (or undetermined, the employment unstated); someone else's offence alongside; an
      // article that does not reach this kind of person (Pasal 188 before 14 Nov 2024 for TNI/Polri) is left out.
      if (reach !== false) criminal.set(sanction.article, sanction);
      else if (sanction.offender) relatedOffences.set(sanction.article, sanction);
    } else if (sanction.kind === "dismissal") dismissal.set(`${sanction.form}:${sanction.basis ?? ""}`, sanction);
    else if (sanction.kind === "administrative") administrative.set(sanction.description.en, sanction);
    else if (sanction.kind === "unspecified") unspecified.set(sanction.description.en, sanction);
    else moral ??= sanction;
  }
  // "Only ethics breaches": every violated finding carries nothing heavier than the moral sanction
  // (a duty with no stated sanction does not make it heavier).
  const onlyEthics =
    moral !== undefined &&
    violated.every((finding) => finding.sanctions.every((sanction) => sanction.kind === "moral" || sanction.kind === "unspecified"));
  const summary = {
    ...(heaviest ? { heaviestDiscipline: heaviest } : {}),
    disciplineLevelUnclear: unclear,
    dismissal: [...dismissal.values()],
    criminal: [...criminal.values()],
    relatedOffences: [...relatedOffences.values()],
    administrative: [...administrative.values()],
    unspecified: [...unspecified.values()],
    ...(onlyEthics && moral ? { moral } : {}),
    confidence: weakestConfidence(sanctions.map((sanction) => sanction.confidence)),
  };
  const parts = (lang: Lang): string[] => {
    const list: string[] = [];
    if (summary.heaviestDiscipline) list.push(lang === "id" ? `hukuman disiplin terberat: ${summary.heaviestDiscipline}` : `heaviest discipline: ${summary.heaviestDiscipline}`);
    if (unclear) list.push(lang === "id" ? "ada tingkat hukuman disiplin yang tidak jelas" : "a discipline level is unclear");
    for (const item of summary.dismissal) list.push(describeSanction(item)[lang]);
    for (const item of summary.criminal) list.push(describeSanction(item)[lang]);
    for (const item of summary.administrative) list.push(describeSanction(item)[lang]);
    if (summary.moral) list.push(describeSanction(summary.moral)[lang]);
    for (const item of summary.unspecified) list.push(describeSanction(item)[lang].replace(/\.$/, ""));
    for (const item of summary.relatedOffences) {
      list.push(`${lang === "id" ? "pelanggaran pihak lain yang dilaporkan bersama" : "another party's offence reported alongside"}: ${describeSanction(item)[lang]}`);
    }
    return list;
  };
  const none = { id: "Tidak ada sanksi: tidak ada temuan yang melanggar.", en: "No sanction: no finding is violated." };
  const text = violated.length === 0 ? none : { id: parts("id").join("; ") + ".", en: parts("en").join("; ") + "." };
  return { ...summary, text };
}

