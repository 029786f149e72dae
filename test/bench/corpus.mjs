// The benchmark's corpus: generated incidents, each kept only if its fact map (what the rules see of
// it, per act when it lists several, plus the options) is new, so that no incident repeats another's
// work; the fixtures beside it, counted apart. Each item carries what the baselines need: the fact
// map of each view and the ids of the rules in force.
import { incidentFacts } from "../../dist/testing.js";
import { incidentGenerator } from "./generate.mjs";

/** The areas of conduct an incident may list several acts of (the library judges each combination). */
const REPEATABLE_AREAS = ["socialMedia", "partisanActivity"];

/** The incident once per combination of its listed acts, as the library's views are made. */
export function viewsOf(incident) {
  let views = [incident];
  for (const area of REPEATABLE_AREAS) {
    const acts = incident.conduct?.[area];
    if (!Array.isArray(acts)) continue;
    views = views.flatMap((view) => acts.map((act) => ({ ...view, conduct: { ...view.conduct, [area]: act } })));
  }
  return views;
}

const sortedEntries = (facts) => Object.keys(facts).sort().map((key) => [key, facts[key]]);

/** Fact maps of every view, the rules in force and the dedupe key of one incident. */
export function describe(incident, options, ruleset) {
  const settings = { ...(options ?? {}), ...(ruleset ? { ruleset } : {}) };
  const { facts, rules } = incidentFacts(incident, settings);
  const views = viewsOf(incident);
  const viewFacts = views.length === 1 ? [facts] : views.map((view) => incidentFacts(view, settings).facts);
  const key = JSON.stringify([viewFacts.map(sortedEntries), options ?? null]);
  return { facts, views: viewFacts, rules, key };
}

/**
 * `size` distinct generated incidents. Returns the items, how many incidents were generated, how many
 * of them repeated a fact map already taken (dropped), and how many the evaluator rejected.
 */
export function distinctCorpus({ IncidentSchema, ruleset, evaluator, size, seed }) {
  const generator = incidentGenerator({ IncidentSchema, ruleset, seed, evaluator: { evaluateSync: (incident) => evaluator.verdictSync(incident) } });
  const seen = new Set();
  const items = [];
  let generated = 0;
  let repeats = 0;
  while (items.length < size) {
    if (generated > size * 20) throw new Error(`only ${items.length} distinct fact maps in ${generated} generated incidents`);
    const incident = generator.next();
    generated++;
    const item = { incident, options: undefined, ...describe(incident, undefined) };
    if (seen.has(item.key)) {
      repeats++;
      continue;
    }
    seen.add(item.key);
    items.push(item);
  }
  return { items, generated, repeats, skipped: generator.skipped };
}

/** The fixtures as items (with their interpretation options), and how many of them repeat a fact map. */
export function fixtureItems(fixtures) {
  const seen = new Set();
  let repeats = 0;
  const items = fixtures.map(({ fixture }) => {
    const options = fixture.interpretation ? { interpretation: fixture.interpretation } : undefined;
    const item = { incident: fixture.incident, options, ...describe(fixture.incident, options) };
    if (seen.has(item.key)) repeats++;
    seen.add(item.key);
    return item;
  });
  return { items, repeats };
}

/** How many items repeat the fact map of an earlier one. */
export function repeatsIn(items) {
  return items.length - new Set(items.map((item) => item.key)).size;
}
