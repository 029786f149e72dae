import { ASN_EMPLOYMENTS, type Employment } from "../schema/incident.ts";
import type { Sanction } from "../schema/provision.ts";
import { daysAfter, isWithin } from "../timeline/dates.ts";

type CriminalSanction = Extract<Sanction, { kind: "criminal" }>;

/**
 * The sanctions that apply on a law date: every sanction without dates, and the dated versions in
 * force on that day (for example UU 10/2016 Pasal 188 before and after MK 136/PUU-XXII/2024).
 * Returns the given array itself when nothing in it is dated, so that undated rules share one list.
 */
export function sanctionsOn(sanctions: readonly Sanction[], lawDate: string): readonly Sanction[] {
  if (!sanctions.some((sanction) => sanction.inForce !== undefined)) return sanctions;
  return sanctions.filter((sanction) => sanction.inForce === undefined || isWithin(lawDate, sanction.inForce.from, sanction.inForce.to));
}

/**
 * The first days on which {@link sanctionsOn} may give a different list: each version's first day
 * and the day after its last, sorted and without repeats. Empty when no sanction is dated. Between
 * two consecutive dates (and before the first, and from the last on) the list stays the same.
 */
export function sanctionChangeDates(sanctions: readonly Sanction[]): readonly string[] {
  const dates = new Set<string>();
  for (const sanction of sanctions) {
    if (!sanction.inForce) continue;
    dates.add(sanction.inForce.from);
    if (sanction.inForce.to !== undefined) dates.add(daysAfter(sanction.inForce.to, 1));
  }
  // YYYY-MM-DD sorts lexically in calendar order.
  return [...dates].sort();
}

/**
 * Whether a criminal sanction is the reported person's own exposure: an offence committed by
 * someone else (`offender`) is theirs only for the `subjects` it names; an article with `subjects`
 * and no offender reaches only those kinds. Undefined when that depends on an employment the
 * incident does not state, or on the kind of an `asn` whose kinds the subjects split.
 */
export function reachesSubject(sanction: CriminalSanction, employment: Employment | undefined): boolean | undefined {
  if (sanction.offender) return employment !== undefined && (sanction.subjects ?? []).includes(employment);
  const subjects = sanction.subjects;
  if (subjects === undefined) return true;
  if (employment === undefined) return undefined;
  if (subjects.includes(employment)) return true;
  if (employment !== "asn") return false;
  // An ASN of unknown kind: reached if every kind is, not reached if none is.
  const reached = ASN_EMPLOYMENTS.filter((kind) => subjects.includes(kind)).length;
  return reached === ASN_EMPLOYMENTS.length ? true : reached === 0 ? false : undefined;
}
