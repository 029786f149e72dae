import type { Calendar, Province, RegionTable } from "../schema/calendar.ts";
import type { Condition } from "../schema/condition.ts";
import type { FactDefinition, FactDictionary } from "../schema/fact-dictionary.ts";
import type { Provision, ProvisionCatalogue } from "../schema/provision.ts";
import type { Rule, SharedCondition } from "../schema/rule.ts";

/**
 * One data file: its path relative to the rule directory (when it came from a file) and its parsed JSON.
 * @example
 * ```ts
 * const file: SourceFile = { file: "aturan/pp-94-2021/pengerahan-pns.json", data: JSON.parse(text) };
 * ```
 * @category Rule sets
 */
export interface SourceFile {
  readonly file?: string;
  readonly data: unknown;
}

/**
 * The raw material of a rule set, as read from `rules/`: every file still unvalidated.
 * The bundled rule set and `loadRulesetFromDir` (from `netralitas-asn/node`) both produce one.
 * @example
 * ```ts
 * import { readRulesetSource } from "netralitas-asn/node";
 * const { source } = readRulesetSource("./rules");
 * source.rules.length; // => the number of files under rules/aturan
 * ```
 * @category Rule sets
 */
export interface RulesetSource {
  readonly rules: readonly SourceFile[];
  readonly provisions: readonly SourceFile[];
  readonly calendars: readonly SourceFile[];
  readonly conditions: readonly SourceFile[];
  readonly regions: SourceFile;
  readonly facts: SourceFile;
  /** A label for this rule set, recorded in every assessment. */
  readonly version?: string;
}

/**
 * The validated files, typed.
 * @example
 * ```ts
 * const { data } = bundledRuleset();
 * data.catalogues.map((catalogue) => catalogue.instrument.id); // => ["pp-53-2010", "pp-94-2021", ...]
 * ```
 * @category Rule sets
 */
export interface RulesetData {
  readonly rules: readonly Rule[];
  readonly catalogues: readonly ProvisionCatalogue[];
  readonly calendars: readonly Calendar[];
  readonly conditions: readonly SharedCondition[];
  readonly regions: RegionTable;
  readonly facts: FactDictionary;
}

/**
 * A provision with the instrument it belongs to.
 * @example
 * ```ts
 * const entry = bundledRuleset().provisions.get("pp-94-2021:pasal-5:huruf-n:angka-3");
 * entry?.instrument.shortTitle; // => "PP 94/2021"
 * entry?.citation; // => "Pasal 5 huruf n angka 3"
 * ```
 * @category Rule sets
 */
export interface CatalogueEntry extends Provision {
  readonly instrument: { readonly id: string; readonly shortTitle: string; readonly title: string };
}

/**
 * A validated, cross-checked rule set, indexed for evaluation.
 * @example
 * ```ts
 * const ruleset = bundledRuleset();
 * ruleset.rules.find((rule) => rule.id === "pp-94-2021/pengerahan-pns")?.prohibition; // => "staff_mobilisation"
 * ruleset.provinces.get("papua")?.zone; // => "WIT"
 * ```
 * @category Rule sets
 */
export interface Ruleset {
  readonly version: string;
  readonly data: RulesetData;
  readonly rules: readonly Rule[];
  readonly provisions: ReadonlyMap<string, CatalogueEntry>;
  readonly calendars: ReadonlyMap<string, Calendar>;
  readonly provinces: ReadonlyMap<string, Province>;
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly conditions: ReadonlyMap<string, Condition>;
  /** Where each rule came from, for messages. */
  readonly files: ReadonlyMap<string, string>;
}
