import type { Lang } from "../../_utils/text.ts";
import type { Ruleset } from "../../ruleset/types.ts";
import { JSON_OPTION, EXIT, usageError, type Command } from "../command.ts";
import { RULES_OPTIONS, rulesetFromOptions } from "../rules.ts";

const TYPE_WORDS: Readonly<Record<string, { id: string; en: string }>> = {
  boolean: { id: "ya/tidak", en: "yes/no" },
  enum: { id: "pilihan", en: "choice" },
  integer: { id: "bilangan bulat", en: "whole number" },
  string: { id: "teks", en: "text" },
};

/** The fact dictionary as text: one block per fact with its type, incident path, question and allowed values. */
export function formatFacts(ruleset: Ruleset, lang: Lang, filter?: string): string {
  const lines: string[] = [];
  const facts = [...ruleset.facts.values()].filter((fact) => filter === undefined || fact.name.toLowerCase().includes(filter.toLowerCase()) || fact.label[lang].toLowerCase().includes(filter.toLowerCase()));
  lines.push(`${lang === "id" ? "KAMUS FAKTA" : "FACT DICTIONARY"} (${facts.length})`);
  for (const fact of facts) {
    lines.push("", `${fact.name} — ${fact.label[lang]} (${TYPE_WORDS[fact.type]?.[lang] ?? fact.type})`);
    if (fact.path) lines.push(`  ${lang === "id" ? "Jalur di kejadian" : "Incident path"}: ${fact.path}`);
    else lines.push(`  ${lang === "id" ? "Tidak diisi dari kejadian" : "Not filled from the incident"}${fact.derived ? `: ${fact.derived}` : ""}`);
    if (fact.question) lines.push(`  ${lang === "id" ? "Pertanyaan" : "Question"}: ${fact.question[lang]}`);
    if (fact.values && fact.values.length > 0) lines.push(`  ${lang === "id" ? "Nilai" : "Values"}: ${fact.values.map((value) => `${value.value} (${value.label[lang]})`).join(", ")}`);
  }
  return lines.join("\n");
}

/** `netralitas facts [WORD]`: the fact dictionary, the names rules may use in `fact`. */
export const facts: Command = {
  name: "facts",
  usage: "[WORD]",
  summary: { id: "Daftar kamus fakta: nama, jenis, jalur di kejadian, pertanyaan dan nilai yang sah", en: "List the fact dictionary: name, type, incident path, question and allowed values" },
  description: {
    id: "Menampilkan setiap fakta yang boleh dipakai aturan di \"fact\" (dari rules/fakta.json), dengan jenis, jalur di kejadian, pertanyaan wawancara dan nilai yang sah. WORD menyaring menurut nama atau label.",
    en: "Lists every fact rules may use in \"fact\" (from rules/fakta.json), with its type, incident path, interview question and allowed values. WORD filters by name or label.",
  },
  options: { ...RULES_OPTIONS, json: JSON_OPTION },
  examples: ["npx netralitas facts", "npx netralitas facts kampanye", "npx netralitas facts --json"],
  run({ lang, json, values, positionals, io }) {
    if (positionals.length > 1) throw usageError("cli_too_many_arguments", { command: "facts", value: positionals.slice(1).join(" ") });
    const { ruleset } = rulesetFromOptions(values, io, lang);
    if (json) io.out(JSON.stringify([...ruleset.facts.values()], null, 2));
    else io.out(formatFacts(ruleset, lang, positionals[0]));
    return EXIT.ok;
  },
};
