import type { Calendar, KeyDates, PhaseId } from "../schema/calendar.ts";
import type { Confidence } from "../schema/common.ts";
import type { LocalizedText } from "../_utils/text.ts";
import { compareDates, isWithin, monthsBefore } from "./dates.ts";
import { deepFreeze } from "../_utils/freeze.ts";

/**
 * Where an incident happened, as calendars see it.
 * @example
 * ```ts
 * const region: RegionRef = { province: "kalimantan-tengah", regency: "kotawaringin-timur" };
 * ```
 * @category Evaluation
 */
export interface RegionRef {
  readonly province: string;
  readonly regency?: string | undefined;
}

/**
 * The phase of an election on one local date.
 * @example
 * ```ts
 * assessment.phase; // => { id: "quiet_period", from: "2024-11-24", to: "2024-11-26", confidence: "high", stages: [...] }
 * ```
 * @category Evaluation
 */
export interface PhaseOnDate {
  /** Stable phase id. */
  readonly id: PhaseId;
  /** First day of this phase period (local date). */
  readonly from: string;
  /** Last day of this phase period (local date). */
  readonly to: string;
  /** Confidence of the dates used. */
  readonly confidence: Confidence;
  /** Note on the period, if any. */
  readonly note?: LocalizedText;
  /** Set when a regional override (re-vote, repeated election) supplied the period. */
  readonly regionalOverride?: RegionRef;
  /** Official stages running on that date (informational). */
  readonly stages: readonly { readonly id: string; readonly name: LocalizedText }[];
}

type Override = NonNullable<Calendar["regionOverrides"]>[number];

/** The regional overrides that apply to a region, the most specific (regency) last so it wins. */
export function overridesFor(calendar: Calendar, region: RegionRef): Override[] {
  const matching = (calendar.regionOverrides ?? []).filter(
    (override) => override.province === region.province && (override.regency === undefined || override.regency === region.regency),
  );
  return matching.sort((left, right) => Number(left.regency !== undefined) - Number(right.regency !== undefined));
}

/** Whether the calendar judges `localDate` at all. */
export function covers(calendar: Calendar, localDate: string): boolean {
  return isWithin(localDate, calendar.coverage.from, calendar.coverage.to);
}

/** The key dates for a region: the calendar's, replaced field by field by regional overrides. */
export function keyDatesFor(calendar: Calendar, region: RegionRef): KeyDates {
  let dates: KeyDates = { ...calendar.keyDates };
  for (const override of overridesFor(calendar, region)) dates = { ...dates, ...override.keyDates };
  return dates;
}

/**
 * The phase on a local date in a region, or undefined when the date is outside the calendar's coverage.
 * Stage boundaries are local calendar dates: the caller converts instants to the region's date first.
 */
export function phaseOn(calendar: Calendar, region: RegionRef, localDate: string): PhaseOnDate | undefined {
  const phase = findPhase(calendar, region, localDate);
  // Shared: the evaluator remembers each day's phase and puts the same object in every assessment.
  return phase === undefined ? undefined : deepFreeze(phase);
}

function findPhase(calendar: Calendar, region: RegionRef, localDate: string): PhaseOnDate | undefined {
  if (!covers(calendar, localDate)) return undefined;
  const stages = (calendar.stages ?? [])
    .filter((stage) => isWithin(localDate, stage.from, stage.to ?? stage.from))
    .map((stage) => ({ id: stage.id, name: stage.name }));
  const overrides = overridesFor(calendar, region);
  for (let index = overrides.length - 1; index >= 0; index--) {
    const override = overrides[index];
    const period = override?.phases?.find((candidate) => isWithin(localDate, candidate.from, candidate.to));
    if (override && period) {
      return {
        id: period.phase,
        from: period.from,
        to: period.to,
        confidence: period.confidence ?? override.confidence,
        note: period.note ?? override.note,
        regionalOverride: { province: override.province, regency: override.regency },
        stages,
      };
    }
  }
  const period = calendar.phases.find((candidate) => isWithin(localDate, candidate.from, candidate.to));
  if (!period) return undefined;
  return {
    id: period.phase,
    from: period.from,
    to: period.to,
    confidence: period.confidence ?? calendar.confidence,
    ...(period.note ? { note: period.note } : {}),
    stages,
  };
}

/**
 * Whether `localDate` is inside the windows of UU 10/2016 Pasal 71 ayat 2 and 3, which start
 * `months` before candidate determination. Ayat 2 runs to the end of the head's term (open);
 * ayat 3 until the winners are determined, so it is unknown (undefined) when that date is not
 * in the calendar and `localDate` is after the window start.
 */
export function determinationWindows(
  calendar: Calendar,
  region: RegionRef,
  localDate: string,
  months = 6,
): { start: string | undefined; untilEndOfTerm: boolean | undefined; untilWinnersDetermined: boolean | undefined } {
  const dates = keyDatesFor(calendar, region);
  if (!dates.candidateDetermination) return { start: undefined, untilEndOfTerm: undefined, untilWinnersDetermined: undefined };
  const start = monthsBefore(dates.candidateDetermination, months);
  const started = compareDates(localDate, start) >= 0;
  let untilWinners: boolean | undefined;
  if (!started) untilWinners = false;
  else if (dates.winnersDetermined) untilWinners = compareDates(localDate, dates.winnersDetermined) <= 0;
  else {
    // Winners are determined only after counting; later than that, without the date, it is unknown.
    const phase = phaseOn(calendar, region, localDate)?.id;
    if (phase === "outside_cycle") untilWinners = false;
    else if (phase === "post_result" || phase === undefined) untilWinners = undefined;
    else untilWinners = true;
  }
  return { start, untilEndOfTerm: started, untilWinnersDetermined: untilWinners };
}
