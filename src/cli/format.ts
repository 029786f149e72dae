import type { Assessment, Lang } from "../index.ts";

const STATUS_MARK = { violated: "✗", not_violated: "✓", undetermined: "?", not_applicable: "–" } as const;

/** A readable, plain-text assessment for people. */
export function formatAssessment(assessment: Assessment, lang: Lang): string {
  const lines: string[] = [];
  lines.push(assessment.explanation[lang]);
  lines.push("");
  const order = { violated: 0, undetermined: 1, not_violated: 2, not_applicable: 3 };
  const findings = [...assessment.findings].sort((left, right) => order[left.status] - order[right.status]);
  for (const finding of findings) {
    lines.push(`${STATUS_MARK[finding.status]} ${finding.ruleId} — ${finding.title[lang]} [${finding.status}]${finding.confidence === "high" ? "" : ` (${lang === "id" ? "keyakinan" : "confidence"}: ${finding.confidence})`}`);
    if (finding.status === "violated" || finding.status === "undetermined") {
      for (const line of finding.explanation[lang].split("\n").slice(1)) lines.push(`    ${line}`);
    }
  }
  if (assessment.missingFacts.length > 0) {
    lines.push("");
    lines.push(`${lang === "id" ? "Fakta yang belum diketahui" : "Missing facts"}: ${assessment.missingFacts.join(", ")}`);
  }
  if (assessment.uncertainties.length > 0) {
    lines.push("");
    lines.push(lang === "id" ? "Ketidakpastian:" : "Uncertainties:");
    for (const note of assessment.uncertainties) lines.push(`  - ${note[lang]}`);
  }
  return lines.join("\n");
}
