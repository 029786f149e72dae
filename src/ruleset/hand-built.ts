import { RulesetError, type RulesetProblem } from "../errors.ts";
import { message } from "../messages.ts";
import { isCheckedRuleset, loadRuleset } from "./load.ts";
import type { Ruleset, RulesetSource, SourceFile } from "./types.ts";

// A Ruleset built by hand (a loaded one with its rules replaced, say) never went through the
// loader. It gets the same checks as a loaded one: its parts go back into a source, the loader
// checks and indexes that source afresh (frozen, like every loaded rule set), and the indexes the
// engine reads besides the rules (provisions, provinces, facts) must agree with the data they
// are made from, or the rule set is refused.

const invalid = (detail: string): RulesetError =>
  new RulesetError([{ code: "invalid_ruleset_source", path: [detail], messages: message("invalid_ruleset_source") }]);

/** Stable JSON text (keys in order), to compare what a hand-built index holds with what its data gives. */
function stableText(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, (item as Record<string, unknown>)[key]]))
      : item,
  );
}

function entriesOf<V>(map: unknown, name: string): [string, V][] {
  if (!(map instanceof Map)) throw invalid(name);
  return [...(map as Map<string, V>).entries()];
}

/** The source a hand-built rule set stands for: its rules, calendars and shared conditions as the engine would read them. */
function sourceOf(ruleset: Ruleset): RulesetSource {
  const data = ruleset.data;
  const rules = ruleset.rules;
  if (!Array.isArray(rules)) throw invalid("rules");
  const files = ruleset.files instanceof Map ? ruleset.files : new Map<string, string>();
  const described = new Map((Array.isArray(data?.conditions) ? data.conditions : []).map((shared) => [shared.id, shared]));
  const conditions: SourceFile[] = entriesOf<unknown>(ruleset.conditions, "conditions").map(([id, condition]) => ({
    file: `kondisi/${id}.json`,
    data: { ...(described.get(id) ?? { id }), id, condition },
  }));
  return {
    version: typeof ruleset.version === "string" ? ruleset.version : "custom",
    rules: rules.map((rule: unknown): SourceFile => {
      const id = rule !== null && typeof rule === "object" ? (rule as { id?: unknown }).id : undefined;
      const file = typeof id === "string" ? files.get(id) : undefined;
      return { ...(typeof file === "string" ? { file } : {}), data: rule };
    }),
    calendars: entriesOf<unknown>(ruleset.calendars, "calendars").map(([id, calendar]) => ({ file: `kalender/${id}.json`, data: calendar })),
    conditions,
    provisions: (Array.isArray(data?.catalogues) ? data.catalogues : []).map((catalogue) => ({ data: catalogue })),
    regions: { file: "wilayah/provinsi.json", data: data?.regions },
    facts: { file: "fakta.json", data: data?.facts },
  };
}

/** Problems where a hand-built index differs from the one its data gives. */
function indexProblems(given: Ruleset, checked: Ruleset): RulesetProblem[] {
  const problems: RulesetProblem[] = [];
  for (const name of ["provisions", "provinces", "facts"] as const) {
    const left = stableText(entriesOf(given[name], name).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const right = stableText([...checked[name].entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (left !== right) problems.push({ code: "inconsistent_ruleset", path: [name], messages: message("inconsistent_ruleset", { index: name }) });
  }
  return problems;
}

/**
 * A rule set the evaluator can trust: a loaded one as it is, a hand-built one checked by the
 * loader (a {@link RulesetError} listing every problem) and indexed afresh.
 */
export function checkedRuleset(ruleset: Ruleset): Ruleset {
  if (isCheckedRuleset(ruleset)) return ruleset;
  let source: RulesetSource;
  try {
    source = sourceOf(ruleset);
  } catch (error) {
    if (error instanceof RulesetError) throw error;
    throw invalid("");
  }
  const checked = loadRuleset(source);
  let problems: RulesetProblem[];
  try {
    problems = indexProblems(ruleset, checked);
  } catch {
    throw invalid("");
  }
  if (problems.length > 0) throw new RulesetError(problems);
  return checked;
}
