import type { SchemaVocabulary } from "../schema/json-schema.ts";
import type { Ruleset } from "./types.ts";

/** Shortens a text to one line of at most `max` characters for a completion list. */
function brief(text: string, max = 160): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/**
 * The names a rule set defines, with a bilingual line each, for the generated JSON Schemas: fact
 * names (label, type, question), shared-condition ids, provision ids (citation and text) and rule ids (title).
 * @example
 * ```ts
 * renderJsonSchema("rule", schemaVocabularyOf(bundledRuleset()));
 * ```
 */
export function schemaVocabularyOf(ruleset: Ruleset): SchemaVocabulary {
  return {
    facts: [...ruleset.facts.values()].map((fact) => ({
      value: fact.name,
      description: brief(`${fact.label.id} / ${fact.label.en} (${fact.type})${fact.question ? ` — ${fact.question.id}` : ""}`),
    })),
    conditions: ruleset.data.conditions.map((shared) => ({ value: shared.id, description: brief(`${shared.description.id} / ${shared.description.en}`) })),
    provisions: [...ruleset.provisions.values()].map((provision) => ({
      value: provision.id,
      description: brief(`${provision.instrument.shortTitle} ${provision.citation}: ${provision.text}`),
    })),
    rules: ruleset.rules.map((rule) => ({ value: rule.id, description: brief(`${rule.title.id} / ${rule.title.en}`) })),
  };
}
