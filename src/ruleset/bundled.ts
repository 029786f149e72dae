import { BUNDLED_FILES, BUNDLED_VERSION, VALIDATED_PATCHES } from "./bundled.generated.ts";
import { indexRuleset, loadRuleset } from "./load.ts";
import { deepFreeze, deepFreezeParsedJson } from "../_utils/freeze.ts";
import type { Ruleset, RulesetData, RulesetSource, SourceFile } from "./types.ts";

// The bundled rule set is fixed when the package is built, so it is validated then rather than at
// every start-up (zod and the cross-checks cost some 70 ms): `npm run generate` checks rules/ and
// writes bundled.generated.ts, and test/generated.test.ts fails when that file is stale and proves
// that bundledRuleset() equals loadRuleset(bundledRulesetSource()). Rule sets from elsewhere are
// always validated in full by loadRuleset.

/** @internal The part of a rule set a bundled file belongs to, in the order of {@link RulesetSource}. */
export type BundledKind = "rules" | "provisions" | "calendars" | "conditions" | "regions" | "facts";

/** @internal One data file of rules/: its kind, its path inside rules/ and its JSON text. */
export type BundledFile = readonly [kind: BundledKind, file: string, json: string];

/**
 * @internal Where the validated data (zod's output) differs from the files' JSON: at `path` (the
 * index of the file in the bundled files, then the keys inside it) an object whose keys come in a
 * different order, or a different value.
 */
export type ValidatedPatch = readonly [path: readonly (string | number)[], change: { readonly keys: readonly string[] } | { readonly value: unknown }];

/** @internal The source of a rule set made of bundled files, each parsed afresh. */
export function sourceOfFiles(files: readonly BundledFile[], version: string): RulesetSource {
  const parsed = files.map(([kind, file, json]): [BundledKind, SourceFile] => [kind, { file, data: JSON.parse(json) as unknown }]);
  const of = (kind: BundledKind): SourceFile[] => parsed.filter((entry) => entry[0] === kind).map((entry) => entry[1]);
  const single = (kind: BundledKind): SourceFile => of(kind)[0] ?? { data: undefined };
  return {
    version,
    rules: of("rules"),
    provisions: of("provisions"),
    calendars: of("calendars"),
    conditions: of("conditions"),
    regions: single("regions"),
    facts: single("facts"),
  };
}

/** @internal The validated items of `data` in the order of the files they came from. */
export function validatedItems(data: RulesetData): unknown[] {
  return [...data.rules, ...data.catalogues, ...data.calendars, ...data.conditions, data.regions, data.facts];
}

/** @internal Applies `patches` to the files' parsed JSON (`roots`, changed in place). */
export function applyValidatedPatches(roots: unknown[], patches: readonly ValidatedPatch[]): void {
  for (const [path, change] of patches) {
    let parent: Record<string | number, unknown> = roots as unknown as Record<number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if ("value" in change) {
      parent[last] = change.value;
    } else {
      // A new object rather than deleting and re-adding keys, which would leave V8 a slow dictionary object.
      const node = parent[last] as Record<string, unknown>;
      parent[last] = Object.fromEntries(change.keys.map((key) => [key, node[key]]));
    }
  }
}

let source: RulesetSource | undefined;

/** The source files of the bundled rule set, parsed on first use. */
export function bundledSource(): RulesetSource {
  // Frozen: every caller gets the same object, and none may change it for the others.
  source ??= deepFreeze(sourceOfFiles(BUNDLED_FILES, BUNDLED_VERSION));
  return source;
}

/**
 * The bundled rule set, assembled from the data that `npm run generate` validated. When rules/ had
 * problems then (VALIDATED_PATCHES is null), it is loaded in full so that they are reported.
 */
export function loadBundledRuleset(): Ruleset {
  if (VALIDATED_PATCHES === null) return loadRuleset(bundledSource());
  // Parsed again rather than shared with bundledSource(): what callers do to the source must not reach the rule set.
  const roots = BUNDLED_FILES.map(([, , json]) => JSON.parse(json) as unknown);
  applyValidatedPatches(roots, VALIDATED_PATCHES);
  // Frozen here, where they are known to be plain parsed JSON: indexRuleset's deepFreeze then stops at them.
  deepFreezeParsedJson(roots);
  const of = <T>(kind: BundledKind): T[] => BUNDLED_FILES.flatMap(([entry], index) => (entry === kind ? [roots[index] as T] : []));
  const [regions] = of<RulesetData["regions"]>("regions");
  const [facts] = of<RulesetData["facts"]>("facts");
  if (!regions || !facts) return loadRuleset(bundledSource());
  const data: RulesetData = {
    rules: of("rules"),
    catalogues: of("provisions"),
    calendars: of("calendars"),
    conditions: of("conditions"),
    regions,
    facts,
  };
  const ruleFiles = BUNDLED_FILES.filter(([kind]) => kind === "rules").map(([, file]) => file);
  return indexRuleset(data, ruleFiles, BUNDLED_VERSION);
}
