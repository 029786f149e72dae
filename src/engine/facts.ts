import type { ElectionKind, PhaseId } from "../schema/calendar.ts";
import type { FactDefinition } from "../schema/fact-dictionary.ts";
import type { Incident } from "../schema/incident.ts";
import type { Interpretation } from "../schema/options.ts";
import { resolveDotPath } from "./operators.ts";
import type { FactValue, Facts } from "./trace.ts";

/** What the evaluator knows about an incident besides the incident itself. */
export interface FactContext {
  readonly phase: PhaseId;
  readonly electionKind: ElectionKind;
  /** UU 10/2016 Pasal 71 ayat 2 window (6 months before candidate determination to end of term). */
  readonly withinReplacementWindow: boolean | undefined;
  /** UU 10/2016 Pasal 71 ayat 3 window (6 months before candidate determination to winners determined). */
  readonly withinProgrammeWindow: boolean | undefined;
  readonly interpretation: Interpretation;
}

const PROSPECTIVE_PHASES: readonly PhaseId[] = ["pre_registration", "registration"];
const STRUCTURAL_OR_FUNCTIONAL = ["jpt", "administrator", "pengawas", "fungsional"];

/**
 * Facts computed by the library rather than read from one incident field. Each is listed in the
 * fact dictionary with `derived`, so rules can use it and validation knows it.
 */
// A null prototype: a fact named "constructor" or "toString" must not find Object.prototype's members.
export const DERIVED_FACTS: Readonly<Record<string, (incident: Incident, context: FactContext) => FactValue | undefined>> = Object.assign(Object.create(null) as {}, {
  phase: (_incident, context) => context.phase,
  electionKind: (_incident, context) => context.electionKind,
  // Before candidates are determined, whoever is supported is a prospective candidate (bakal calon).
  targetStatus: (incident, context) => {
    if (incident.target?.status) return incident.target.status;
    if (PROSPECTIVE_PHASES.includes(context.phase)) return "prospective_candidate";
    if (context.phase === "outside_cycle") return undefined;
    return "candidate";
  },
  contest: (incident, context) => incident.target?.contest ?? (context.electionKind === "pilkada" ? "regional_head" : undefined),
  structuralOrFunctionalOfficial: (incident) => {
    const level = incident.subject.positionLevel;
    return level === undefined ? undefined : STRUCTURAL_OR_FUNCTIONAL.includes(level);
  },
  withinReplacementWindow: (_incident, context) => context.withinReplacementWindow,
  withinProgrammeWindow: (_incident, context) => context.withinProgrammeWindow,
  passiveAttendanceProhibited: (_incident, context) => context.interpretation.passiveAttendance === "prohibited",
  pppkBoundByPp94: (_incident, context) => context.interpretation.pppkBoundByPp94,
  // SKB 2022 part B: whom its discipline items cover, by the two interpretation options on it.
  skbPartBCoversCandidates: (_incident, context) =>
    context.interpretation.skbPartBTargets === "candidates_too" || context.interpretation.skbEthicsDisciplineSplit === "by_phase",
  skbPartBCoversProspective: (_incident, context) => context.interpretation.skbEthicsDisciplineSplit === "by_gravity",
  skbItem3Level: (_incident, context) => context.interpretation.skbItem3Level,
  skbItem9Level: (_incident, context) => context.interpretation.skbItem9Level,
} satisfies Record<string, (incident: Incident, context: FactContext) => FactValue | undefined>);

const hasOwn = Object.prototype.hasOwnProperty;

/** A reader of one dot path with the semantics of {@link resolveDotPath}, its keys split once. */
function pathReader(path: string): (incident: Incident) => FactValue | undefined {
  const keys = path.split(".");
  const check = (value: unknown): FactValue | undefined =>
    typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : undefined;
  const [first, second, third] = keys;
  const step = (current: unknown, key: string): unknown =>
    current !== null && typeof current === "object" && hasOwn.call(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  // The paths of the fact dictionary have one to three keys; longer ones take the general loop.
  if (keys.length === 1 && first !== undefined) return (incident) => check(step(incident, first));
  if (keys.length === 2 && first !== undefined && second !== undefined) return (incident) => check(step(step(incident, first), second));
  if (keys.length === 3 && first !== undefined && second !== undefined && third !== undefined) {
    return (incident) => check(step(step(step(incident, first), second), third));
  }
  return (incident) => check(resolveDotPath(incident, path));
}

/** The facts of an incident as a vector: one slot per dictionary fact, in dictionary order; undefined = unknown. */
export type FactVector = readonly (FactValue | undefined)[];

/** Reads every dictionary fact of an incident into a {@link FactVector}; `names[i]` is the fact in slot i. */
export interface FactVectorReader {
  readonly names: readonly string[];
  /** Slot of each fact name. */
  readonly index: ReadonlyMap<string, number>;
  read(incident: Incident, context: FactContext): FactVector;
  /** The fact map of a vector: known facts only (an unknown fact has no key). */
  toFacts(vector: FactVector): Facts;
}

/**
 * Compiles the dictionary into a reader of fact vectors: dictionary facts with a `path` are read
 * from the incident, derived facts are computed.
 */
export function createFactVectorReader(definitions: readonly FactDefinition[]): FactVectorReader {
  const names = definitions.map((definition) => definition.name);
  const readers = definitions.map((definition): ((incident: Incident, context: FactContext) => FactValue | undefined) => {
    // A derived fact may also name the incident path its answer fills; the derivation still decides its value.
    const derive = DERIVED_FACTS[definition.name];
    if (derive) return derive;
    const path = definition.path;
    if (path === undefined) return () => undefined;
    const read = pathReader(path);
    if (definition.area === undefined || !path.includes(".")) return read;
    // A conduct area given as "none" (nothing of the kind happened) fixes the fact to its none value.
    const parent = pathReader(path.slice(0, path.lastIndexOf(".")));
    const none = definition.none;
    return (incident) => (parent(incident) === "none" ? none : read(incident));
  });
  const index = new Map<string, number>();
  const slotsOf = new Map<string, number[]>();
  names.forEach((name, slot) => {
    index.set(name, slot);
    slotsOf.set(name, [...(slotsOf.get(name) ?? []), slot]);
  });
  // A name listed twice: as in a fact map built in dictionary order, the last known value wins.
  const repeated = [...slotsOf.values()].filter((slots) => slots.length > 1);
  return {
    names,
    index,
    read(incident, context) {
      const vector = new Array<FactValue | undefined>(readers.length);
      for (let slot = 0; slot < readers.length; slot++) vector[slot] = (readers[slot] as (typeof readers)[number])(incident, context);
      for (const slots of repeated) {
        let value: FactValue | undefined;
        for (const slot of slots) value = vector[slot] ?? value;
        for (const slot of slots) vector[slot] = value;
      }
      return vector;
    },
    toFacts(vector) {
      const facts: Record<string, FactValue> = {};
      for (let slot = 0; slot < vector.length; slot++) {
        const value = vector[slot];
        if (value !== undefined) facts[names[slot] as string] = value;
      }
      return facts;
    },
  };
}
