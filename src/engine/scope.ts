import type { FactDefinition, FactImplication } from "../schema/fact-dictionary.ts";
import type { Incident } from "../schema/incident.ts";
import type { FactVector } from "./facts.ts";
import type { FactValue } from "./trace.ts";

// What a report alleges. Conduct facts belong to areas (event, photo, socialMedia...): an area the
// report says nothing about is not part of the report. A rule none of whose conduct areas is stated
// is not alleged; for the rules that are, the facts of unstated areas take their "none" values, so
// a rule listing several alternative acts is judged on the acts the report states.

/** The conduct areas of a fact dictionary, by slot. */
export interface ConductAreas {
  /** Area names, in dictionary order of first appearance. */
  readonly names: readonly string[];
  /** Per slot: its area's index, or -1 for a fact that is not conduct. */
  readonly areaOfSlot: readonly number[];
  /** Per slot: the value its fact takes when its area did not happen (undefined: stays unknown). */
  readonly noneOfSlot: readonly (FactValue | undefined)[];
  /** Per area: its slots. */
  readonly slotsOfArea: readonly (readonly number[])[];
  /**
   * Per area: the incident keys of the object that holds its facts (["conduct", "decision"]), when
   * they all sit in one conduct object: naming the object, even empty, states the area.
   */
  readonly containerOfArea: readonly (readonly string[] | undefined)[];
}

/** Reads the areas and "none" values of the dictionary, in slot order. */
export function conductAreas(definitions: readonly FactDefinition[]): ConductAreas {
  const names: string[] = [];
  const areaOfSlot: number[] = [];
  const noneOfSlot: (FactValue | undefined)[] = [];
  const slotsOfArea: number[][] = [];
  definitions.forEach((definition, slot) => {
    noneOfSlot.push(definition.area === undefined ? undefined : definition.none);
    if (definition.area === undefined) {
      areaOfSlot.push(-1);
      return;
    }
    let area = names.indexOf(definition.area);
    if (area < 0) {
      area = names.length;
      names.push(definition.area);
      slotsOfArea.push([]);
    }
    areaOfSlot.push(area);
    (slotsOfArea[area] as number[]).push(slot);
  });
  const containerOfArea = slotsOfArea.map((slots) => {
    const parents = new Set(slots.map((slot) => {
      const path = definitions[slot]?.path;
      return path === undefined || !path.startsWith("conduct.") ? "" : path.slice(0, path.lastIndexOf("."));
    }));
    const [parent] = [...parents];
    return parents.size === 1 && parent !== undefined && parent !== "" ? parent.split(".") : undefined;
  });
  return { names, areaOfSlot, noneOfSlot, slotsOfArea, containerOfArea };
}

/**
 * The areas an incident states, as a set of area indexes: any of their facts known, or the object
 * that holds them named (`"decision": {}`: a decision was reported, its effect is unknown).
 */
export function statedAreas(areas: ConductAreas, vector: FactVector, incident: Incident): ReadonlySet<number> {
  const stated = new Set<number>();
  for (let area = 0; area < areas.slotsOfArea.length; area++) {
    const container = areas.containerOfArea[area];
    if (container !== undefined && containerPresent(incident, container)) {
      stated.add(area);
      continue;
    }
    for (const slot of areas.slotsOfArea[area] as readonly number[]) {
      if (vector[slot] !== undefined) {
        stated.add(area);
        break;
      }
    }
  }
  return stated;
}

function containerPresent(incident: Incident, keys: readonly string[]): boolean {
  let current: unknown = incident;
  for (const key of keys) {
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, key)) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return current !== undefined;
}

/** The facts of unstated areas set to their "none" values (known facts are never changed). */
export function withUnstatedAreasNone(areas: ConductAreas, vector: FactVector, stated: ReadonlySet<number>): FactVector {
  if (stated.size === areas.names.length) return vector;
  const masked = vector.slice();
  for (let slot = 0; slot < masked.length; slot++) {
    const area = areas.areaOfSlot[slot] ?? -1;
    if (area >= 0 && !stated.has(area) && masked[slot] === undefined) masked[slot] = areas.noneOfSlot[slot];
  }
  return masked;
}

/** A stated fact that contradicts a fact implied by another. */
export interface Contradiction {
  /** The fact the implication starts from, and its value. */
  readonly from: string;
  readonly fromValue: FactValue;
  /** The implied fact, the value it should have, and the value stated. */
  readonly fact: string;
  readonly implied: FactValue;
  readonly stated: FactValue;
}

/** Applies implications to a fact vector: returns the completed vector, or the first contradiction. */
export type ApplyImplications = (vector: FactVector) => FactVector | Contradiction;

/**
 * Compiles the dictionary's implications over fact slots. They are applied until nothing changes
 * (an implied fact may imply others); a stated value that disagrees with an implied one is a
 * contradiction, never silently overwritten.
 */
export function compileImplications(implications: readonly FactImplication[], index: ReadonlyMap<string, number>): ApplyImplications {
  const compiled = implications.flatMap((implication) => {
    const from = index.get(implication.if);
    if (from === undefined) return [];
    const then = Object.entries(implication.then).flatMap(([fact, value]) => {
      const slot = index.get(fact);
      return slot === undefined ? [] : [{ fact, slot, value }];
    });
    return [{ from, fromName: implication.if, is: implication.is, then }];
  });
  if (compiled.length === 0) return (vector) => vector;
  return (vector) => {
    let completed: (FactValue | undefined)[] | undefined;
    for (let pass = 0; pass <= compiled.length; pass++) {
      let changed = false;
      const current: FactVector = completed ?? vector;
      for (const implication of compiled) {
        if (current[implication.from] !== implication.is) continue;
        for (const { fact, slot, value } of implication.then) {
          const known = (completed ?? vector)[slot];
          if (known === undefined) {
            completed ??= vector.slice();
            completed[slot] = value;
            changed = true;
          } else if (known !== value) {
            return { from: implication.fromName, fromValue: implication.is, fact, implied: value, stated: known };
          }
        }
      }
      if (!changed) break;
    }
    return completed ?? vector;
  };
}

/** True when a result of {@link ApplyImplications} is a contradiction. */
export function isContradiction(result: FactVector | Contradiction): result is Contradiction {
  return !Array.isArray(result);
}

/** The conduct areas that may hold several acts, each judged on its own. */
const REPEATABLE_AREAS = ["socialMedia", "partisanActivity"] as const;

/**
 * The incident once per combination of its repeated acts (several social-media actions, several
 * partisan activities): each view has one act per area. An incident without lists is its only view.
 */
export function incidentViews(incident: Incident): readonly Incident[] {
  const conduct = incident.conduct as Record<string, unknown>;
  let views: Incident[] = [incident];
  for (const area of REPEATABLE_AREAS) {
    const acts = conduct[area];
    if (!Array.isArray(acts)) continue;
    views = views.flatMap((view) => acts.map((act: unknown) => ({ ...view, conduct: { ...view.conduct, [area]: act } }) as Incident));
  }
  return views;
}
