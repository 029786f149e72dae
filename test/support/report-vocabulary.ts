// What must not appear in the main part of an Indonesian case-file report: the English value
// vocabulary (enum values, statuses, verdicts, phases, confidence levels, the report's own English
// labels) and machine ids (rule, provision, shared-condition, element, fact, election, province ids).
import { z } from "zod";
import { bundledRuleset, DISCIPLINE_LEVELS, FINDING_STATUSES, InterpretationSchema, PHASES, VERDICTS } from "../../src/index.ts";
import { REPORT_WORDS, INTERPRETATION_CHOICES } from "../../src/report/words.ts";
import type { TraceNode } from "../../src/index.ts";
import type { Condition } from "../../src/index.ts";

/** English words and values that an Indonesian report would show only by mistake. */
export function englishVocabulary(): string[] {
  const ruleset = bundledRuleset();
  const words = new Set<string>([...FINDING_STATUSES, ...VERDICTS, ...PHASES, "high", "medium", "low", "unverified", "compiled", "json-rules-engine", "true", "false", "custom", "yes", "no"]);
  for (const fact of ruleset.facts.values()) for (const value of fact.values ?? []) if (value.label.id !== value.value) words.add(value.value);
  for (const choice of Object.values(INTERPRETATION_CHOICES)) for (const value of Object.keys(choice.values)) words.add(value);
  // Every interpretation option and value the schema allows, including those without words yet.
  const options = z.toJSONSchema(InterpretationSchema, { io: "input" }) as { properties: Record<string, { enum?: string[] }> };
  for (const [name, option] of Object.entries(options.properties)) {
    words.add(name);
    for (const value of option.enum ?? []) words.add(value);
  }
  // The discipline levels are Indonesian words (ringan, sedang, berat), whatever carries them.
  for (const level of DISCIPLINE_LEVELS) words.delete(level);
  for (const label of Object.values(REPORT_WORDS) as { id: string; en: string }[]) if (label.en !== label.id) words.add(label.en);
  return [...words];
}

function names(condition: Condition, into: Set<string>): void {
  const record = condition as unknown as Record<string, unknown>;
  if (typeof record["name"] === "string") into.add(record["name"]);
  for (const key of ["all", "any"]) for (const child of (record[key] as Condition[] | undefined) ?? []) names(child, into);
  if (record["not"]) names(record["not"] as Condition, into);
}

/** Every machine id of the bundled rule set that a report could leak. */
export function machineIds(): string[] {
  const ruleset = bundledRuleset();
  const ids = new Set<string>();
  for (const rule of ruleset.rules) {
    ids.add(rule.id);
    names(rule.applicability, ids);
    names(rule.conditions, ids);
  }
  for (const id of ruleset.provisions.keys()) ids.add(id);
  for (const shared of ruleset.data.conditions) {
    ids.add(shared.id);
    names(shared.condition, ids);
  }
  for (const name of ruleset.facts.keys()) ids.add(name);
  for (const id of ruleset.calendars.keys()) ids.add(id);
  for (const id of ruleset.provinces.keys()) ids.add(id);
  return [...ids];
}

/** The words of `vocabulary` that occur in `text` as whole words (case-sensitive). */
export function wordsIn(text: string, vocabulary: readonly string[]): string[] {
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return vocabulary.filter((word) => new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(word)}(?![\\p{L}\\p{N}_-])`, "u").test(text));
}

export type { TraceNode };
