import { join } from "node:path";
import { message } from "../../messages.ts";
import { defaultRulesDir } from "../../node/package-dirs.ts";
import { describeCondition, renderConditionLines, type ConditionVocabulary } from "../../explain/describe-condition.ts";
import { describeSanction, STATUS_WORDS } from "../../explain/words.ts";
import type { Ruleset } from "../../ruleset/types.ts";
import type { InForce } from "../../schema/common.ts";
import type { Lang } from "../../_utils/text.ts";
import { nearest } from "../../_utils/suggest.ts";
import { CliError, EXIT, JSON_OPTION, usageError, type Command } from "../command.ts";
import { displayPath } from "../format.ts";
import { FIXTURES_OPTION, RULES_OPTIONS, fixturesFromOptions, rulesetFromOptions } from "../rules.ts";
import { CONFIDENCE_WORDS, LABELS, STATUS_MARKS } from "../words.ts";

const NOTE_KINDS = {
  interpretation: { id: "tafsir", en: "interpretation" },
  uncertainty: { id: "ketidakpastian", en: "uncertainty" },
  exemption: { id: "pengecualian", en: "exemption" },
} as const;

/** The words a rule set gives its conditions: fact labels and described shared conditions. */
export function vocabularyOf(ruleset: Ruleset): ConditionVocabulary {
  return {
    facts: ruleset.facts,
    conditions: new Map(ruleset.data.conditions.map((shared) => [shared.id, { condition: shared.condition, description: shared.description }] as const)),
  };
}

function period(inForce: InForce, lang: Lang): string {
  return `${inForce.from} ${LABELS.until[lang]} ${inForce.to ?? LABELS.stillInForce[lang]}`;
}

/** `netralitas explain <rule-id>`: a rule in words, with its provisions, sanctions, conditions and fixtures. */
export const explain: Command = {
  name: "explain",
  usage: "<RULE-ID>",
  summary: { id: "Jelaskan satu aturan dengan kata-kata: ketentuan, sanksi, unsur dan kasus ujinya", en: "Explain one rule in words: provisions, sanctions, elements and fixtures" },
  description: {
    id: `Menjelaskan aturan RULE-ID (jalurnya di bawah rules/aturan tanpa .json, misalnya pp-94-2021/ikut-kampanye):
judul, ketentuan yang dikodekan beserta bunyi dan kutipan pasalnya, sanksi, syarat berlakunya dan
unsur-unsur pelanggaran sebagai kalimat (dengan label dari kamus fakta), catatan, dan kasus uji yang
menguji aturan itu beserta status yang diharapkan.`,
    en: `Explains the rule RULE-ID (its path under rules/aturan without .json, e.g. pp-94-2021/ikut-kampanye):
its title, the provisions it encodes with their text and citation, sanctions, whom it binds and the
elements of the breach as sentences (with the fact dictionary's labels), notes, and the fixtures that
exercise it with their expected statuses.`,
  },
  options: { ...RULES_OPTIONS, fixtures: FIXTURES_OPTION, json: JSON_OPTION },
  examples: ["netralitas explain pp-94-2021/pengerahan-pns", "netralitas explain pp-94-2021/ikut-kampanye --lang en", "netralitas explain pp-94-2021/ikut-kampanye --json"],
  run({ lang, json, values, positionals, io }) {
    const [ruleId, ...extra] = positionals;
    if (!ruleId) throw usageError("cli_missing_argument", { command: "explain", argument: lang === "id" ? "id aturan" : "a rule id" });
    if (extra.length > 0) throw usageError("cli_too_many_arguments", { command: "explain", value: extra.join(" ") });
    const chosen = rulesetFromOptions(values, io, lang);
    const { ruleset, rulesDir } = chosen;
    const rule = ruleset.rules.find((candidate) => candidate.id === ruleId);
    if (!rule) {
      const ids = ruleset.rules.map((candidate) => candidate.id);
      const near = nearest(ruleId, ids);
      const base = message("unknown_rule", { value: ruleId, suggestion: "" });
      const hint = near ? message("suggestion", { name: near }) : { id: "", en: "" };
      throw new CliError(EXIT.invalidInput, { id: base.id + hint.id, en: base.en + hint.en });
    }
    const { fixtures, fixturesDir } = fixturesFromOptions(values, io, chosen);
    const file = ruleset.files.get(rule.id) ?? `aturan/${rule.id}.json`;
    const shownFile = displayPath(rulesDir === undefined ? join(defaultRulesDir(), file) : file, io.cwd);
    const provisions = rule.provisions.map((id) => ruleset.provisions.get(id)).filter((entry) => entry !== undefined);
    const vocabulary = vocabularyOf(ruleset);
    const applicability = describeCondition(rule.applicability, vocabulary, lang);
    const conditions = describeCondition(rule.conditions, vocabulary, lang);
    const cases = fixtures
      .flatMap(({ file: fixtureFile, fixture }) => {
        const status = fixture.expect.findings?.[rule.id];
        return status ? [{ file: displayPath(join(fixturesDir, fixtureFile ?? ""), io.cwd), title: fixture.title, expected: status }] : [];
      })
      .sort((left, right) => (left.file < right.file ? -1 : 1));
    if (json) {
      io.out(JSON.stringify({ rule, file: shownFile, provisions, applicability, conditions, fixtures: cases }, null, 2));
      return EXIT.ok;
    }
    const other: Lang = lang === "id" ? "en" : "id";
    const lines: string[] = [];
    lines.push(`${LABELS.rule[lang].toUpperCase()} ${rule.id}`);
    const rows: [string, string][] = [
      [LABELS.title[lang], `${rule.title[lang]} (${rule.title[other]})`],
      ...(rule.description ? ([[LABELS.description[lang], rule.description[lang]]] as [string, string][]) : []),
      [LABELS.prohibition[lang], rule.prohibition],
      [LABELS.inForce[lang], period(rule.inForce, lang)],
      [LABELS.electionKinds[lang], rule.electionKinds?.join(", ") ?? LABELS.bothKinds[lang]],
      ...(rule.confidence ? ([[LABELS.confidence[lang], CONFIDENCE_WORDS[rule.confidence][lang]]] as [string, string][]) : []),
      [LABELS.file[lang], shownFile],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) lines.push(`${label.padEnd(width)}  ${value}`);
    lines.push("", LABELS.provisions[lang]);
    for (const provision of provisions) {
      lines.push(`  ${provision.instrument.shortTitle} ${provision.citation}  [${provision.id}]`);
      lines.push(`    ${LABELS.text[lang]}: "${provision.text}"`);
      if (provision.gloss) lines.push(`    ${LABELS.gloss[lang]}: ${provision.gloss}`);
      lines.push(`    ${LABELS.inForce[lang]}: ${period(provision.inForce, lang)}; ${LABELS.confidence[lang].toLowerCase()}: ${CONFIDENCE_WORDS[provision.confidence][lang]}`);
      for (const sanction of provision.sanctions) {
        lines.push(`    ${LABELS.sanction[lang]}: ${describeSanction(sanction)[lang]} (${LABELS.confidence[lang].toLowerCase()}: ${CONFIDENCE_WORDS[sanction.confidence][lang]})`);
      }
      for (const note of provision.notes ?? []) lines.push(`    ${LABELS.note[lang]}: ${note[lang]}`);
    }
    if (rule.sanctions && rule.sanctions.length > 0) {
      lines.push("", LABELS.ruleSanctions[lang]);
      for (const sanction of rule.sanctions) lines.push(`  - ${describeSanction(sanction)[lang]}`);
    }
    lines.push("", LABELS.applicability[lang], ...renderConditionLines(applicability, "  "));
    lines.push("", LABELS.conditions[lang], ...renderConditionLines(conditions, "  "));
    if (rule.notes && rule.notes.length > 0) {
      lines.push("", LABELS.notes[lang]);
      for (const note of rule.notes) {
        lines.push(`  - [${NOTE_KINDS[note.kind][lang]}] ${note.text[lang]}`);
        if (note.when) lines.push(`    ${LABELS.when[lang]}:`, ...renderConditionLines(describeCondition(note.when, vocabulary, lang), "      "));
      }
    }
    lines.push("", `${LABELS.fixtures[lang]} (${cases.length})`);
    if (cases.length === 0) lines.push(`  ${LABELS.noFixtures[lang]}`);
    const statusWidth = Math.max(0, ...cases.map((entry) => STATUS_WORDS[entry.expected][lang].length));
    for (const entry of cases) {
      lines.push(`  ${STATUS_MARKS[entry.expected]} ${STATUS_WORDS[entry.expected][lang].padEnd(statusWidth)}  ${entry.file} — ${entry.title}`);
    }
    io.out(lines.join("\n"));
    return EXIT.ok;
  },
};
