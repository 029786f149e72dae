import { coverageReport, type CoverageReport } from "../../coverage.ts";
import type { Ruleset } from "../../ruleset/types.ts";
import { FINDING_STATUSES, type FindingStatus } from "../../schema/fixture.ts";
import { STATUS_WORDS } from "../../explain/words.ts";
import type { Lang } from "../../_utils/text.ts";
import { EXIT, JSON_OPTION, usageError, type Command } from "../command.ts";
import { formatTable } from "../format.ts";
import { FIXTURES_OPTION, RULES_OPTIONS, fixturesFromOptions, rulesetFromOptions } from "../rules.ts";
import { LABELS } from "../words.ts";

/** One row of the coverage table: a provision, the rules citing it, and its fixtures per expected status. */
export interface ProvisionRow {
  readonly id: string;
  readonly citation: string;
  readonly rules: readonly string[];
  /** The catalogue gives this provision no rule on purpose. */
  readonly withoutRule: boolean;
  readonly fixtures: Readonly<Record<FindingStatus, number>>;
}

/** Provision by provision: the fixtures of all rules citing a provision, counted once per status. */
export function provisionRows(report: CoverageReport): ProvisionRow[] {
  const byRule = new Map(report.rules.map((rule) => [rule.id, rule] as const));
  return report.provisions.map((provision) => {
    const fixtures = Object.fromEntries(
      FINDING_STATUSES.map((status) => {
        const files = new Set(provision.rules.flatMap((ruleId) => byRule.get(ruleId)?.fixtures[status] ?? []));
        return [status, files.size];
      }),
    ) as Record<FindingStatus, number>;
    return { id: provision.id, citation: provision.citation, rules: provision.rules, withoutRule: provision.withoutRule !== undefined, fixtures };
  });
}

function formatCoverage(report: CoverageReport, ruleset: Ruleset, lang: Lang): string {
  const rows = provisionRows(report);
  const header = [LABELS.provision[lang], LABELS.citation[lang], LABELS.rules[lang], ...FINDING_STATUSES.map((status) => STATUS_WORDS[status][lang])];
  const body = rows.map((row) => [
    row.id,
    row.citation,
    row.rules.length > 0 ? row.rules.join(", ") : row.withoutRule ? LABELS.withoutRule[lang] : LABELS.none[lang],
    ...FINDING_STATUSES.map((status) => String(row.fixtures[status])),
  ]);
  const lines = [`${LABELS.coverage[lang]} (${rows.length})`, "", ...formatTable(header, body), ""];
  if (report.provisionsWithoutRule.length > 0) {
    lines.push(`${LABELS.provisionsWithoutRule[lang]} (${report.provisionsWithoutRule.length}):`);
    for (const id of report.provisionsWithoutRule) {
      const reason = report.provisions.find((provision) => provision.id === id)?.withoutRule;
      lines.push(`  - ${id}${reason ? `: ${reason[lang]}` : ""}`);
    }
    lines.push("");
  }
  if (report.complete) {
    lines.push(LABELS.complete[lang]);
    return lines.join("\n");
  }
  lines.push(`${LABELS.gaps[lang]}:`);
  if (report.uncoveredProvisions.length > 0) {
    lines.push(`  ${LABELS.uncoveredProvisions[lang]} (${report.uncoveredProvisions.length}):`);
    for (const id of report.uncoveredProvisions) {
      const provision = ruleset.provisions.get(id);
      lines.push(`    - ${id}${provision ? ` (${provision.instrument.shortTitle} ${provision.citation})` : ""}`);
    }
  }
  if (report.incompleteRules.length > 0) {
    lines.push(`  ${LABELS.incompleteRules[lang]} (${report.incompleteRules.length}):`);
    for (const rule of report.incompleteRules) {
      lines.push(`    - ${rule.id}: ${LABELS.missing[lang]} ${rule.missing.map((status) => STATUS_WORDS[status][lang].toLowerCase()).join(", ")}`);
    }
  }
  if (report.orphanExpectations.length > 0) {
    lines.push(`  ${LABELS.orphans[lang]} (${report.orphanExpectations.length}):`);
    for (const orphan of report.orphanExpectations) lines.push(`    - ${orphan.file}: ${orphan.ruleId}`);
  }
  return lines.join("\n");
}

/** `netralitas coverage`: which provisions have rules, which rules have fixtures for every status. */
export const coverage: Command = {
  name: "coverage",
  usage: "[--rules DIR] [--fixtures DIR]",
  summary: {
    id: "Tabel cakupan: setiap ketentuan, aturan yang mengutipnya, dan kasus uji per status",
    en: "Coverage table: each provision, the rules citing it, and fixtures per status",
  },
  description: {
    id: `Menampilkan tabel per ketentuan: id, kutipan pasal, aturan yang mengutipnya, dan jumlah kasus uji yang
mengharapkan tiap status (melanggar, tidak melanggar, belum dapat ditentukan, tidak berlaku), lalu daftar
kekurangannya. Cakupan lengkap bila setiap ketentuan punya aturan dan setiap aturan punya kasus uji
melanggar, tidak melanggar dan belum dapat ditentukan. Kode keluar 1 bila belum lengkap.`,
    en: `Prints a table by provision: id, citation, the rules citing it, and how many fixtures expect each status
(violated, not violated, undetermined, not applicable), then the list of gaps. Coverage is complete when
every provision has a rule and every rule has violated, not-violated and undetermined fixtures.
Exit code 1 when incomplete.`,
  },
  options: {
    ...RULES_OPTIONS,
    fixtures: FIXTURES_OPTION,
    json: JSON_OPTION,
  },
  examples: ["netralitas coverage", "netralitas coverage --rules rules --rules-only --fixtures fixtures", "netralitas coverage --json"],
  run({ lang, json, values, positionals, io }) {
    if (positionals.length > 0) throw usageError("cli_too_many_arguments", { command: "coverage", value: positionals.join(" ") });
    const chosen = rulesetFromOptions(values, io, lang);
    const { ruleset } = chosen;
    const { fixtures } = fixturesFromOptions(values, io, chosen);
    const report = coverageReport({ ruleset, fixtures });
    if (json) io.out(JSON.stringify({ ...report, table: provisionRows(report) }, null, 2));
    else io.out(formatCoverage(report, ruleset, lang));
    return report.complete ? EXIT.ok : EXIT.found;
  },
};
