import type { Lang, LocalizedText } from "../_utils/text.ts";
import { leavesOf, type TraceLeaf, type TraceNode } from "../engine/trace.ts";
import type { FactDefinition } from "../schema/fact-dictionary.ts";
import type { FindingStatus } from "../schema/fixture.ts";
import type { Sanction } from "../schema/provision.ts";
import type { Rule } from "../schema/rule.ts";
import type { CitedProvision, FindingNote } from "../types.ts";
import { describeSanction, OPERATOR_WORDS, STATUS_WORDS } from "./words.ts";

type Dictionary = ReadonlyMap<string, FactDefinition>;

/** The label of a fact value: the dictionary's label for enum values, yes/no for booleans. */
export function valueLabel(dictionary: Dictionary, fact: string, value: unknown, lang: Lang): string {
  if (typeof value === "boolean") return lang === "id" ? (value ? "ya" : "tidak") : value ? "yes" : "no";
  if (Array.isArray(value)) return value.map((item) => valueLabel(dictionary, fact, item, lang)).join(lang === "id" ? ", " : ", ");
  if (typeof value === "object" && value !== null && "fact" in value) {
    const other = (value as { fact: string }).fact;
    return factLabel(dictionary, other, lang);
  }
  const definition = dictionary.get(fact);
  const entry = definition?.values?.find((candidate) => candidate.value === value);
  return entry ? entry.label[lang] : String(value);
}

/** The label of a fact, falling back to its name. */
export function factLabel(dictionary: Dictionary, fact: string, lang: Lang): string {
  return dictionary.get(fact)?.label[lang] ?? fact;
}

const MARKS = { held: "✓", failed: "✗", unknown: "?" } as const;

/** One comparison in words: "✓ Peran dalam kegiatan salah satu dari peserta, narasumber — fakta: peserta". */
export function describeLeaf(leaf: TraceLeaf, dictionary: Dictionary, lang: Lang): string {
  const mark = leaf.result === undefined ? MARKS.unknown : leaf.result ? MARKS.held : MARKS.failed;
  const requirement = leaf.label
    ? leaf.label[lang]
    : `${factLabel(dictionary, leaf.fact, lang)} ${OPERATOR_WORDS[leaf.operator][lang]} ${valueLabel(dictionary, leaf.fact, leaf.expected, lang)}`;
  const actual =
    leaf.actual === undefined
      ? lang === "id"
        ? "tidak diketahui"
        : "not known"
      : valueLabel(dictionary, leaf.fact, leaf.actual, lang);
  return `${mark} ${requirement} [${leaf.name}] — ${lang === "id" ? "fakta" : "fact"}: ${actual}`;
}

/** The leaves that decided a trace: those whose result equals the outcome of their branch. */
function decidingLeaves(node: TraceNode): TraceLeaf[] {
  if (node.kind === "leaf") return [node];
  if (node.result === undefined) return leavesOf(node);
  if (node.kind === "not") return decidingLeaves(node.children[0] ?? node);
  // A true `all` is decided by every child; a false `all` by its false children; `any` the reverse.
  const decisive = node.kind === "all" ? (node.result ? node.children : node.children.filter((child) => child.result === false)) : node.result ? node.children.filter((child) => child.result === true) : node.children;
  return decisive.flatMap(decidingLeaves);
}

function sentenceFor(status: FindingStatus, rule: Rule, lang: Lang): string {
  const override = rule.explanation?.[status];
  if (override) return override[lang];
  const title = rule.title[lang];
  switch (status) {
    case "violated":
      return lang === "id" ? `Semua unsur "${title}" terpenuhi.` : `Every element of "${title}" holds.`;
    case "not_violated":
      return lang === "id" ? `Unsur "${title}" tidak terpenuhi.` : `An element of "${title}" does not hold.`;
    case "undetermined":
      return lang === "id"
        ? `Fakta yang diketahui belum cukup untuk menilai "${title}".`
        : `The known facts cannot decide "${title}".`;
    case "not_applicable":
      return lang === "id" ? `"${title}" tidak mengikat orang ini.` : `"${title}" does not bind this person.`;
  }
}

/**
 * The explanation of one finding, composed from metadata only (the rule's condition names, the fact
 * dictionary and the catalogue), so that a rule written in JSON explains itself.
 */
export function explainFinding(input: {
  rule: Rule;
  status: FindingStatus;
  applicability: TraceNode;
  conditions: TraceNode;
  provisions: readonly CitedProvision[];
  sanctions: readonly Sanction[];
  notes: readonly FindingNote[];
  dictionary: Dictionary;
}): LocalizedText {
  const render = (lang: Lang): string => {
    const lines: string[] = [`${STATUS_WORDS[input.status][lang]}: ${sentenceFor(input.status, input.rule, lang)}`];
    const tree = input.status === "not_applicable" || input.applicability.result !== true ? input.applicability : input.conditions;
    const leaves = input.status === "not_applicable" ? decidingLeaves(input.applicability) : [...decidingLeaves(tree), ...(tree === input.conditions ? [] : decidingLeaves(input.conditions))];
    const unique = [...new Set(leaves)];
    if (unique.length > 0) {
      lines.push(lang === "id" ? "Unsur:" : "Elements:");
      for (const leaf of unique) lines.push(`  ${describeLeaf(leaf, input.dictionary, lang)}`);
    }
    const citations = input.provisions.map((provision) => provision.citation).join("; ");
    lines.push(`${lang === "id" ? "Ketentuan" : "Provisions"}: ${citations}.`);
    if (input.status !== "not_applicable" && input.sanctions.length > 0) {
      lines.push(`${lang === "id" ? "Sanksi" : "Sanction"}: ${input.sanctions.map((sanction) => describeSanction(sanction)[lang]).join("; ")}.`);
    }
    for (const note of input.notes) lines.push(`${lang === "id" ? "Catatan" : "Note"}: ${note.text[lang]}`);
    return lines.join("\n");
  };
  return { id: render("id"), en: render("en") };
}
