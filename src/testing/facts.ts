import { bundledRuleset } from "../evaluator.ts";
import { CompiledRuleset, guard } from "../engine/evaluate.ts";
import type { FactValue } from "../engine/trace.ts";
import type { Ruleset } from "../ruleset/types.ts";
import type { InterpretationInput } from "../schema/options.ts";

const compiledRulesets = new WeakMap<Ruleset, CompiledRuleset>();

/**
 * What the rules see of an incident: the fact map the evaluator derives from it (validated, with
 * the phase, the Pasal 71 windows and the interpretation flags; an unknown fact has no key) and
 * the ids of the rules in force for it, in finding order. For differential tests and benchmarks
 * that run the rule files through another engine (json-rules-engine) on the same facts.
 * @example
 * ```ts
 * import { incidentFacts } from "netralitas-asn/testing";
 * const { facts, rules } = incidentFacts(incident);
 * const { results } = await engine.run({ ...facts });
 * ```
 * @throws {@link index!InvalidIncidentError} (and subclasses) for input that cannot be judged.
 * @category Coverage
 */
export function incidentFacts(
  incident: unknown,
  options: { readonly ruleset?: Ruleset; readonly interpretation?: InterpretationInput } = {},
): { readonly facts: Readonly<Record<string, FactValue>>; readonly rules: readonly string[] } {
  const ruleset = options.ruleset ?? bundledRuleset();
  let compiled = compiledRulesets.get(ruleset);
  if (!compiled) {
    compiled = new CompiledRuleset(ruleset);
    compiledRulesets.set(ruleset, compiled);
  }
  const prepared = guard(() => (compiled as CompiledRuleset).prepare(incident, options.interpretation ? { interpretation: options.interpretation } : {}));
  return { facts: prepared.facts, rules: prepared.rules.map(({ rule }) => rule.id) };
}
