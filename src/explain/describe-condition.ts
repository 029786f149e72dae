import type { Lang, LocalizedText } from "../_utils/text.ts";
import { isAll, isAny, isLeaf, isNot, isReference, type Condition, type LeafCondition } from "../schema/condition.ts";
import type { FactDefinition } from "../schema/fact-dictionary.ts";
import { factLabel, valueLabel } from "./explain.ts";
import { OPERATOR_WORDS } from "./words.ts";

/** What a condition's words are made of: the fact dictionary and the shared conditions. */
export interface ConditionVocabulary {
  readonly facts: ReadonlyMap<string, FactDefinition>;
  /** Shared conditions by id, with their descriptions. */
  readonly conditions: ReadonlyMap<string, { readonly condition: Condition; readonly description?: LocalizedText }>;
}

/** One line of a condition in words, with its depth for indentation. */
export interface ConditionLine {
  readonly depth: number;
  readonly text: string;
}

const GROUP_WORDS = {
  all: { id: "Semua syarat berikut terpenuhi", en: "All of the following hold" },
  any: { id: "Sekurang-kurangnya satu syarat berikut terpenuhi", en: "At least one of the following holds" },
  not: { id: "Tidak benar bahwa", en: "It is not the case that" },
  shared: { id: "Kondisi bersama", en: "Shared condition" },
} as const satisfies Record<string, LocalizedText>;

/** A comparison in words, e.g. "Peran dalam kegiatan salah satu dari peserta aktif, narasumber/orator". */
export function describeComparison(leaf: LeafCondition, facts: ReadonlyMap<string, FactDefinition>, lang: Lang): string {
  if (leaf.label) return leaf.label[lang];
  const path = leaf.path ? ` (${leaf.path})` : "";
  return `${factLabel(facts, leaf.fact, lang)}${path} ${OPERATOR_WORDS[leaf.operator][lang]} ${valueLabel(facts, leaf.fact, leaf.value, lang)}`;
}

/**
 * A condition tree as indented lines of words: comparisons use the fact dictionary's labels,
 * groups say "all", "at least one" or "not", shared conditions are named, described and expanded.
 * A group without a name and with one child is folded into its child.
 */
export function describeCondition(condition: Condition, vocabulary: ConditionVocabulary, lang: Lang): ConditionLine[] {
  const lines: ConditionLine[] = [];
  const named = (name: string | undefined) => (name ? ` [${name}]` : "");
  const visit = (node: Condition, depth: number, seen: readonly string[]): void => {
    if (isLeaf(node)) {
      lines.push({ depth, text: `${describeComparison(node, vocabulary.facts, lang)}${named(node.name)}` });
      return;
    }
    if (isReference(node)) {
      const shared = vocabulary.conditions.get(node.condition);
      const description = shared?.description ? `: ${shared.description[lang]}` : "";
      lines.push({ depth, text: `${GROUP_WORDS.shared[lang]} "${node.condition}"${description}` });
      if (shared && !seen.includes(node.condition)) visit(shared.condition, depth + 1, [...seen, node.condition]);
      return;
    }
    if (isNot(node)) {
      lines.push({ depth, text: `${GROUP_WORDS.not[lang]}${named(node.name)}:` });
      visit(node.not, depth + 1, seen);
      return;
    }
    const kind = isAll(node) ? "all" : "any";
    const children = isAll(node) ? node.all : isAny(node) ? node.any : [];
    const [only] = children;
    if (children.length === 1 && only && !node.name) {
      visit(only, depth, seen);
      return;
    }
    lines.push({ depth, text: `${GROUP_WORDS[kind][lang]}${named(node.name)}:` });
    for (const child of children) visit(child, depth + 1, seen);
  };
  visit(condition, 0, []);
  return lines;
}

/** The lines as a plain-text or Markdown bullet list, two spaces per level. */
export function renderConditionLines(lines: readonly ConditionLine[], indent = ""): string[] {
  return lines.map((line) => `${indent}${"  ".repeat(line.depth)}- ${line.text}`);
}
