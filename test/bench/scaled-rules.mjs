// Larger rule sets for the scaling section: every rule of a source copied `factor - 1` times under
// new ids (`<id>-salin-<n>`, each file at the path its id names under aturan/), citing the same
// provisions, with the same applicability and conditions. A rule set ×k judges k times the rules.
import { loadRuleset } from "../../dist/index.js";

/** `source` with each rule file present `factor` times (the original and its copies). */
export function scaledRulesetSource(source, factor) {
  const copies = [];
  for (let copy = 2; copy <= factor; copy++) {
    for (const file of source.rules) {
      const id = `${file.data.id}-salin-${copy}`;
      copies.push({ file: `aturan/${id}.json`, data: { ...file.data, id } });
    }
  }
  return { ...source, rules: [...source.rules, ...copies], version: `${source.version ?? "custom"}×${factor}` };
}

/** The rule set ×factor, loaded (validated and cross-checked like any other). */
export function scaledRuleset(source, factor) {
  return loadRuleset(scaledRulesetSource(source, factor));
}
