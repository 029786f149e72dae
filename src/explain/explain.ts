import type { Lang, LocalizedText } from "../_utils/text.ts";
import { WeightedCache } from "../engine/cache.ts";
import { isShared } from "../engine/shared-nodes.ts";
import type { TraceGroup, TraceLeaf, TraceNode, Tri } from "../engine/trace.ts";
import { answeringFact, findingRelevance } from "../questions/relevance.ts";
import type { FactDefinition } from "../schema/fact-dictionary.ts";
import type { FindingStatus } from "../schema/fixture.ts";
import type { Sanction } from "../schema/provision.ts";
import type { Rule } from "../schema/rule.ts";
import type { CitedProvision, FindingNote } from "../types.ts";
import { relevantChildren, traceElements, type TraceElement, type TraceElementGroup } from "./elements.ts";
import { describeSanction, OPERATOR_WORDS, STATUS_WORDS } from "./words.ts";

type Dictionary = ReadonlyMap<string, FactDefinition>;

/** The label of a fact value: the dictionary's label for enum values, yes/no for booleans. */
export function valueLabel(dictionary: Dictionary, fact: string, value: unknown, lang: Lang): string {
  if (typeof value === "boolean") return lang === "id" ? (value ? "ya" : "tidak") : value ? "yes" : "no";
  if (Array.isArray(value)) return value.map((item) => valueLabel(dictionary, fact, item, lang)).join(", ");
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
const mark = (outcome: Tri): string => (outcome === undefined ? MARKS.unknown : outcome ? MARKS.held : MARKS.failed);

const WORDS = {
  fact: { id: "fakta", en: "fact" },
  notKnown: { id: "tidak diketahui", en: "not known" },
  subject: { id: "Subjek yang terikat", en: "Who is bound" },
  held: { id: "Terpenuhi", en: "Met" },
  failed: { id: "Tidak terpenuhi", en: "Not met" },
  unknown: { id: "Belum diketahui", en: "Not yet known" },
  alternative: { id: "alternatif", en: "alternative" },
  toDecide: { id: "Untuk memutuskan, jawab", en: "To decide, answer" },
  provisions: { id: "Ketentuan", en: "Provision" },
  sanction: { id: "Sanksi", en: "Sanction" },
  sanctionIf: { id: "Sanksi bila terbukti", en: "Sanction if established" },
  shared: { id: "Kondisi bersama", en: "Shared condition" },
  interpretation: { id: "Catatan tafsir", en: "Interpretation note" },
  uncertainty: { id: "Catatan ketidakpastian", en: "Uncertainty note" },
  exemption: { id: "Catatan pengecualian", en: "Exemption note" },
} as const satisfies Record<string, LocalizedText>;

/** How a negated group reads, by its own result: true (the negated part does not hold), false, unknown. */
const NEGATION_WORDS = {
  exception: {
    true: { id: "Pengecualian tidak berlaku — tidak terpenuhi", en: "Exception does not apply — not met" },
    false: { id: "Pengecualian berlaku — terpenuhi", en: "Exception applies — met" },
    unknown: { id: "Belum diketahui apakah pengecualian berlaku", en: "Not yet known whether the exception applies" },
  },
  plain: {
    true: { id: "Tidak terjadi", en: "Not the case" },
    false: { id: "Terjadi, padahal disyaratkan tidak", en: "The case, though it must not be" },
    unknown: { id: "Belum diketahui apakah terjadi", en: "Not yet known whether the case" },
  },
} as const;

const EXCEPTION_NAME = /^(pengecualian|kecuali|exception|exemption)/;

/** The requirement a comparison states: its label, or "fact label + operator + value". */
function requirement(leaf: Pick<TraceLeaf, "label" | "fact" | "operator" | "expected">, dictionary: Dictionary, lang: Lang): string {
  if (leaf.label) return leaf.label[lang];
  return `${factLabel(dictionary, leaf.fact, lang)} ${OPERATOR_WORDS[leaf.operator][lang]} ${valueLabel(dictionary, leaf.fact, leaf.expected, lang)}`;
}

function actualOf(leaf: Pick<TraceLeaf, "actual" | "fact">, dictionary: Dictionary, lang: Lang): string {
  return leaf.actual === undefined ? WORDS.notKnown[lang] : valueLabel(dictionary, leaf.fact, leaf.actual, lang);
}

/** One comparison in words: "✓ Peran dalam kegiatan salah satu dari peserta, narasumber — fakta: peserta [unsur-peran-aktif]". */
export function describeLeaf(leaf: TraceLeaf, dictionary: Dictionary, lang: Lang): string {
  return `${mark(leaf.result)} ${requirement(leaf, dictionary, lang)} — ${WORDS.fact[lang]}: ${actualOf(leaf, dictionary, lang)} [${leaf.name}]`;
}

/** A line item of an explanation: one element, or one negated group with the elements inside it. */
interface Item {
  readonly outcome: Tri;
  readonly groups: readonly TraceElementGroup[];
  readonly leaf?: TraceLeaf;
  readonly negation?: { readonly node: TraceGroup; readonly inner: readonly TraceElement[] };
}

function groupOf(node: TraceGroup): TraceElementGroup {
  return {
    kind: node.kind,
    ...(node.name === undefined ? {} : { name: node.name }),
    ...(node.reference === undefined ? {} : { reference: node.reference }),
    result: node.result,
  };
}

/**
 * The items of each shared (compiled) trace node's subtree. A compiled node sits at one place
 * of one rule's tree, so the groups above it are always the same and its items are a function of
 * the node: a new trace reuses the items of every subtree it shares with traces explained before.
 */
const SUBTREE_ITEMS = new WeakMap<TraceNode, readonly Item[]>();

/** The items of a tree that bear on its result (see {@link relevantChildren}); a `not` group is one item. */
function itemsOf(tree: TraceNode): readonly Item[] {
  const walk = (node: TraceNode, groups: readonly TraceElementGroup[]): readonly Item[] => {
    const shared = isShared(node);
    const known = shared ? SUBTREE_ITEMS.get(node) : undefined;
    if (known) return known;
    let items: readonly Item[];
    if (node.kind === "leaf") items = [{ outcome: node.result, groups, leaf: node }];
    else if (node.kind === "not") {
      const child = node.children[0];
      const inner = child ? traceElements(child).filter((element) => element.deciding) : [];
      items = [{ outcome: node.result, groups, negation: { node, inner } }];
    } else {
      const inner = [...groups, groupOf(node)];
      const relevant = relevantChildren(node);
      items = relevant.length === 1 ? walk(relevant[0] as TraceNode, inner) : relevant.flatMap((child) => walk(child, inner));
    }
    if (shared) SUBTREE_ITEMS.set(node, items);
    return items;
  };
  return walk(tree, []);
}

function where(item: Item, name: string, lang: Lang): string {
  const references = item.groups.filter((group) => group.reference !== undefined).map((group) => group.reference);
  const path = [...references, name].join(" › ");
  const alternatives = item.groups.filter((group) => group.kind === "any");
  const innermost = alternatives[alternatives.length - 1];
  const alternative = innermost ? ` (${WORDS.alternative[lang]}${innermost.name ? `: ${innermost.name}` : ""})` : "";
  return `[${path}]${alternative}`;
}

/**
 * Item lines by trace node and dictionary. A node's line is a function of the node (its result, its
 * fact's value, the elements under a negation) and of where the node sits in its rule's tree (the
 * enclosing references and alternative), which is fixed: the compiled path makes each node at one
 * place of one rule's tree and shares it between incidents, so a line is composed once per node.
 */
const ITEM_LINES = new WeakMap<Dictionary, WeakMap<TraceNode, LocalizedText>>();

function describeItemOnce(item: Item, dictionary: Dictionary, lang: Lang): string {
  const node = item.leaf ?? item.negation?.node;
  if (!node || !isShared(node)) return describeItem(item, dictionary, lang);
  let lines = ITEM_LINES.get(dictionary);
  if (!lines) ITEM_LINES.set(dictionary, (lines = new WeakMap()));
  let line = lines.get(node);
  if (!line) {
    line = { id: describeItem(item, dictionary, "id"), en: describeItem(item, dictionary, "en") };
    lines.set(node, line);
  }
  return line[lang];
}

function describeItem(item: Item, dictionary: Dictionary, lang: Lang): string {
  if (item.leaf) {
    const leaf = item.leaf;
    return `${mark(item.outcome)} ${requirement(leaf, dictionary, lang)} — ${WORDS.fact[lang]}: ${actualOf(leaf, dictionary, lang)} ${where(item, leaf.name, lang)}`;
  }
  const negation = item.negation;
  if (!negation) return "";
  const { node, inner } = negation;
  const name = node.name ?? node.children[0]?.name ?? "not";
  const exception = EXCEPTION_NAME.test(node.name ?? "") || EXCEPTION_NAME.test(node.children[0]?.name ?? "");
  const words = NEGATION_WORDS[exception ? "exception" : "plain"][node.result === undefined ? "unknown" : node.result ? "true" : "false"];
  const parts = inner.map((element) => `${requirement(element, dictionary, lang)} (${WORDS.fact[lang]}: ${actualOf(element, dictionary, lang)})`);
  return `${mark(item.outcome)} ${words[lang]}: ${parts.join("; ")} ${where(item, name, lang)}`;
}

function statusSentence(status: FindingStatus, rule: Rule, lang: Lang): string {
  const override = rule.explanation?.[status];
  if (override) return override[lang];
  const title = rule.title[lang];
  switch (status) {
    case "violated":
      return lang === "id" ? `Semua unsur "${title}" terpenuhi.` : `Every element of "${title}" holds.`;
    case "not_violated":
      return lang === "id" ? `Unsur "${title}" tidak terpenuhi.` : `An element of "${title}" does not hold.`;
    case "undetermined":
      return lang === "id" ? `Fakta yang diketahui belum cukup untuk menilai "${title}".` : `The known facts cannot decide "${title}".`;
    case "not_alleged":
      return lang === "id" ? `Laporan tidak menyebut perbuatan yang diatur "${title}".` : `The report does not mention the conduct "${title}" is about.`;
    case "not_applicable":
      return lang === "id" ? `"${title}" tidak mengikat orang ini.` : `"${title}" does not bind this person.`;
  }
}

/**
 * A short quotation of a provision's text: whole when short, else its opening and its closing words
 * (where the prohibited act is usually named), joined by an ellipsis.
 */
export function quoteBriefly(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const headLength = Math.floor(max * 0.4);
  const tailLength = max - headLength;
  const headCut = clean.lastIndexOf(" ", headLength);
  const head = clean.slice(0, headCut > 0 ? headCut : headLength);
  const tailStart = clean.indexOf(" ", clean.length - tailLength);
  const tail = clean.slice(tailStart > 0 ? tailStart + 1 : clean.length - tailLength);
  return `${head} … ${tail}`;
}

// The provision and sanction lines depend only on rule-set objects, which are immutable once loaded:
// composed once per object instead of once per finding.
const PROVISION_LINES = new WeakMap<CitedProvision, LocalizedText>();
const SANCTION_WORDS = new WeakMap<readonly Sanction[], LocalizedText>();

function provisionLine(provision: CitedProvision, lang: Lang): string {
  let line = PROVISION_LINES.get(provision);
  if (!line) {
    const quote = `${provision.citation} — “${quoteBriefly(provision.text)}”`;
    line = { id: `${WORDS.provisions.id}: ${quote}`, en: `${WORDS.provisions.en}: ${quote}` };
    PROVISION_LINES.set(provision, line);
  }
  return line[lang];
}

/** The sanctions joined by "; ", each without its final full stop. */
function sanctionsInWords(sanctions: readonly Sanction[]): LocalizedText {
  let words = SANCTION_WORDS.get(sanctions);
  if (!words) {
    const described = sanctions.map((sanction) => describeSanction(sanction));
    const join = (lang: Lang) => described.map((text) => text[lang].replace(/\.$/, "")).join("; ");
    words = { id: join("id"), en: join("en") };
    SANCTION_WORDS.set(sanctions, words);
  }
  return words;
}

type SharedConditionList = NonNullable<ExplainInput["sharedConditions"]>;

/** Each shared condition's description by id, made once per list (the rule set's, immutable once loaded). */
const SHARED_DESCRIPTIONS = new WeakMap<SharedConditionList, ReadonlyMap<string, LocalizedText>>();

function sharedDescriptions(list: SharedConditionList): ReadonlyMap<string, LocalizedText> {
  let byId = SHARED_DESCRIPTIONS.get(list);
  if (!byId) {
    const made = new Map<string, LocalizedText>();
    // The first of an id wins, as a search from the start would find it.
    for (const entry of list) if (!made.has(entry.id)) made.set(entry.id, entry.description);
    SHARED_DESCRIPTIONS.set(list, (byId = made));
  }
  return byId;
}

/** Input of {@link explainFinding}. */
export interface ExplainInput {
  readonly rule: Rule;
  readonly status: FindingStatus;
  readonly applicability: TraceNode;
  readonly conditions: TraceNode;
  readonly provisions: readonly CitedProvision[];
  readonly sanctions: readonly Sanction[];
  readonly notes: readonly FindingNote[];
  readonly dictionary: Dictionary;
  /** The shared conditions, for the description of `{condition}` references. */
  readonly sharedConditions?: readonly { readonly id: string; readonly description: LocalizedText }[];
  /** Where the questions of undetermined findings are remembered (absent: they are worked out each time). */
  readonly questionMemo?: QuestionMemo | undefined;
}

/** The questions of the "to decide, answer" line, in both languages. */
type Questions = Readonly<Record<Lang, readonly string[]>>;

const NO_QUESTIONS: Questions = { id: [], en: [] };

/**
 * What {@link findingRelevance} reads of a pair of traces, as a string: the shape of the trees, the
 * result of each decided leaf (its value cannot matter: a decided leaf keeps its result whatever is
 * assumed) and everything about each undecided one. Traces with the same key have the same relevant
 * facts, so the search (the costliest part of an explanation) runs once per key, not once per finding.
 */
function relevanceKey(node: TraceNode): string {
  // A shared node (the compiled path's, frozen, in many traces) never changes: its key is kept.
  const frozen = isShared(node);
  if (frozen) {
    const known = RELEVANCE_KEYS.get(node);
    if (known !== undefined) return known;
  }
  const key = relevanceKeyOf(node);
  if (frozen) RELEVANCE_KEYS.set(node, key);
  return key;
}

const RELEVANCE_KEYS = new WeakMap<TraceNode, string>();

function relevanceKeyOf(node: TraceNode): string {
  if (node.kind === "leaf") {
    if (node.result !== undefined) return node.result ? "T" : "F";
    const actual = node.actual === undefined ? "" : JSON.stringify(node.actual);
    return `U${node.fact}\u0000${node.operator}\u0000${JSON.stringify(node.expected) ?? ""}\u0000${actual}\u0000${node.unknownFacts.join("\u0001")}\u0000`;
  }
  let key = node.kind === "all" ? "A(" : node.kind === "any" ? "O(" : "N(";
  for (const child of node.children) key += relevanceKey(child);
  return `${key})`;
}

/**
 * Relevance searches remembered by {@link relevanceKey} (one memo per evaluator: the search's only
 * other input, the fact dictionary, is its rule set's). Bounded by bytes, keys included: a key spells
 * out both trees (often hundreds of characters), and a long run of new incidents makes tens of
 * thousands of them; bounded by count (20,000 entries), this memo had grown by some 6 MB between
 * the 20,000th and 50,000th incident of one run (heap snapshots), and was still filling.
 */
export type QuestionMemo = WeightedCache<{ readonly questions: Questions; readonly weight: number }>;

/** A question memo holding at most `bytes` (0: nothing is remembered). */
export function createQuestionMemo(bytes: number): QuestionMemo {
  return new WeightedCache(bytes, (entry) => entry.weight);
}

/** The questions whose answers can decide an undetermined finding, one per asked fact, in relevance order. */
function questionsToDecide(applicability: TraceNode, conditions: TraceNode, dictionary: Dictionary, memo: QuestionMemo | undefined): Questions {
  const remember = memo !== undefined && memo.budget > 0;
  const key = remember ? `${relevanceKey(applicability)}|${relevanceKey(conditions)}` : "";
  const known = remember ? memo.get(key) : undefined;
  if (known) return known.questions;
  const { relevant } = findingRelevance(applicability, conditions, dictionary);
  const asked = new Set<string>();
  const id: string[] = [];
  const en: string[] = [];
  for (const fact of relevant) {
    const definition = answeringFact(dictionary, fact);
    if (!definition || asked.has(definition.name)) continue;
    asked.add(definition.name);
    id.push(definition.question?.id ?? `${definition.label.id}?`);
    en.push(definition.question?.en ?? `${definition.label.en}?`);
  }
  const questions: Questions = Object.freeze({ id: Object.freeze(id), en: Object.freeze(en) });
  // UTF-16 key, the two lists (their texts are the dictionary's), and the entry itself.
  if (remember) memo.set(key, { questions, weight: 2 * key.length + 8 * (id.length + en.length) + 160 });
  return questions;
}

const NOTE_WORDS = { interpretation: WORDS.interpretation, uncertainty: WORDS.uncertainty, exemption: WORDS.exemption } as const;

/**
 * The explanation of one finding, composed from metadata only (the rule's condition names and labels,
 * the fact dictionary, the shared conditions' descriptions, the catalogue and the sanctions), so that a
 * rule written in JSON explains itself: what held, what did not, what is unknown (and which questions
 * would decide it), which provision (quoted briefly), which sanction, and the rule's notes.
 * A negated group reads as "exception does not apply / applies", never as a failed element.
 */
export function explainFinding(input: ExplainInput): LocalizedText {
  const { status, dictionary } = input;
  const subjectItems = itemsOf(input.applicability);
  const elementItems = status === "not_applicable" || status === "not_alleged" ? [] : itemsOf(input.conditions);
  const questions = status === "undetermined" ? questionsToDecide(input.applicability, input.conditions, dictionary, input.questionMemo) : NO_QUESTIONS;
  const references = new Set<string>();
  for (const items of [subjectItems, elementItems]) for (const item of items) for (const group of item.groups) if (group.reference) references.add(group.reference);

  const descriptions = input.sharedConditions === undefined ? undefined : sharedDescriptions(input.sharedConditions);
  const render = (lang: Lang): string => {
    // Built as one string (lines joined by "\n"): cheaper than an array of lines, the same text.
    let text = `${STATUS_WORDS[status][lang]}: ${statusSentence(status, input.rule, lang)}`;
    const section = (title: LocalizedText, items: readonly Item[], outcome: Tri | "all") => {
      let heading = false;
      for (const item of items) {
        if (outcome !== "all" && item.outcome !== outcome) continue;
        if (!heading) {
          text += `\n${title[lang]}:`;
          heading = true;
        }
        text += `\n  ${describeItemOnce(item, dictionary, lang)}`;
      }
    };
    section(WORDS.subject, subjectItems, "all");
    section(WORDS.held, elementItems, true);
    section(WORDS.failed, elementItems, false);
    section(WORDS.unknown, elementItems, undefined);
    const asked = questions[lang];
    if (asked.length > 0) text += `\n${WORDS.toDecide[lang]}: ${asked.join(" · ")}`;
    for (const id of references) {
      const description = descriptions?.get(id);
      if (description) text += `\n${WORDS.shared[lang]} ${id}: ${description[lang]}`;
    }
    for (const provision of input.provisions) text += `\n${provisionLine(provision, lang)}`;
    if ((status === "violated" || status === "undetermined") && input.sanctions.length > 0) {
      const title = status === "violated" ? WORDS.sanction : WORDS.sanctionIf;
      text += `\n${title[lang]}: ${sanctionsInWords(input.sanctions)[lang]}.`;
    }
    for (const note of input.notes) text += `\n${NOTE_WORDS[note.kind][lang]}: ${note.text[lang]}`;
    return text;
  };
  return { id: render("id"), en: render("en") };
}
