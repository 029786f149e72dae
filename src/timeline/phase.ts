import type { Calendar, KeyDates, PhaseId, PhasePeriod } from "../schema/calendar.ts";
import type { Confidence } from "../schema/common.ts";
import type { Incident } from "../schema/incident.ts";
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
  readonly regionalOverride?: RegionalOverrideRef;
  /** Set when the period holds for candidates of some contests only (e.g. the legislative lists fixed before the presidential pairs). */
  readonly contests?: readonly Contest[];
  /** Official stages running on that date (informational). */
  readonly stages: readonly { readonly id: string; readonly name: LocalizedText }[];
}

/**
 * The contest a candidate runs in (`target.contest`).
 * @example
 * ```ts
 * const contest: Contest = "dpr";
 * ```
 */
export type Contest = NonNullable<NonNullable<Incident["target"]>["contest"]>;

/**
 * The regional override that supplied a phase period: its region, and how far a partial re-vote reached.
 * @example
 * ```ts
 * assessment.phase.regionalOverride; // => { province: "sulawesi-tengah", regency: "banggai", pollingStations: { min: 89, max: 89 } }
 * ```
 */
export interface RegionalOverrideRef extends RegionRef {
  /** How many polling stations (TPS) voted again, when the re-vote did not cover the whole region. */
  readonly pollingStations?: { readonly min: number; readonly max: number };
  /** Set when the override's stages were only planned: no source confirms they took place. */
  readonly planned?: true;
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

function overrideRef(override: Override): RegionalOverrideRef {
  return {
    province: override.province,
    regency: override.regency,
    ...(override.pollingStations ? { pollingStations: { min: override.pollingStations.min, max: override.pollingStations.max } } : {}),
    ...(override.planned ? { planned: true as const } : {}),
  };
}

/**
 * The phase on a local date in a region, or undefined when the date is outside the calendar's coverage.
 * Stage boundaries are local calendar dates: the caller converts instants to the region's date first.
 * A regional override wins over a contest's periods, which win over the base calendar; `contest`
 * (the candidate's contest, when known) selects the contest's periods.
 */
export function phaseOn(calendar: Calendar, region: RegionRef, localDate: string, contest?: Contest): PhaseOnDate | undefined {
  const phase = findPhase(calendar, region, localDate, contest);
  // Shared: the evaluator remembers each day's phase and puts the same object in every assessment.
  return phase === undefined ? undefined : deepFreeze(phase);
}

function findPhase(calendar: Calendar, region: RegionRef, localDate: string, contest?: Contest): PhaseOnDate | undefined {
  if (!covers(calendar, localDate)) return undefined;
  const overrides = overridesFor(calendar, region);
  const stages = [...(calendar.stages ?? []), ...overrides.flatMap((override) => override.stages ?? [])]
    .filter((stage) => isWithin(localDate, stage.from, stage.to ?? stage.from))
    .map((stage) => ({ id: stage.id, name: stage.name }));
  const on = (periods: readonly PhasePeriod[] | undefined) => periods?.find((candidate) => isWithin(localDate, candidate.from, candidate.to));
  for (let index = overrides.length - 1; index >= 0; index--) {
    const override = overrides[index];
    const period = on(override?.phases);
    if (override && period) return phaseFrom(period, override, stages, { regionalOverride: overrideRef(override) });
  }
  if (contest !== undefined) {
    for (const entry of calendar.contestPhases ?? []) {
      const period = entry.contests.includes(contest) ? on(entry.phases) : undefined;
      if (period) return phaseFrom(period, entry, stages, { contests: entry.contests });
    }
  }
  const period = on(calendar.phases);
  return period ? phaseFrom(period, { confidence: calendar.confidence }, stages, {}) : undefined;
}

/** A period as a {@link PhaseOnDate}: its own confidence and note, else those of whatever supplied it. */
function phaseFrom(
  period: PhasePeriod,
  source: { readonly confidence: Confidence; readonly note?: LocalizedText | undefined },
  stages: PhaseOnDate["stages"],
  origin: Pick<PhaseOnDate, "regionalOverride" | "contests">,
): PhaseOnDate {
  const note = period.note ?? source.note;
  return {
    id: period.phase,
    from: period.from,
    to: period.to,
    confidence: period.confidence ?? source.confidence,
    ...(note ? { note } : {}),
    ...origin,
    stages,
  };
}

/**
 * The two Pasal 71 windows on one local date, as three-valued facts; `start` is the first day of both.
 * @example
 * ```ts
 * determinationWindows(calendar, { province: "jawa-barat" }, "2025-02-19"); // => { start: "2024-03-22", untilEndOfTerm: true, untilWinnersDetermined: undefined }
 * ```
 */
export interface DeterminationWindows {
  readonly start: string | undefined;
  /** Ayat 2: from `start` to the end of the head's term (the day before the new head's inauguration). */
  readonly untilEndOfTerm: boolean | undefined;
  /** Ayat 3: from `start` until the winners are determined. */
  readonly untilWinnersDetermined: boolean | undefined;
}

/**
 * Whether `localDate` is inside the windows of UU 10/2016 Pasal 71 ayat 2 and 3, which start
 * `months` before candidate determination. Ayat 3 runs until the winners are determined; ayat 2
 * "sampai dengan akhir masa jabatan", read (L) as up to the day before the new head's inauguration.
 * A date the calendar does not give is bounded by the phase: nobody is determined or inaugurated
 * before the count ends, so after it, without the date, the answer is unknown (undefined).
 */
export function determinationWindows(calendar: Calendar, region: RegionRef, localDate: string, months = 6): DeterminationWindows {
  const dates = keyDatesFor(calendar, region);
  if (!dates.candidateDetermination) return { start: undefined, untilEndOfTerm: undefined, untilWinnersDetermined: undefined };
  const start = monthsBefore(dates.candidateDetermination, months);
  if (compareDates(localDate, start) < 0) return { start, untilEndOfTerm: false, untilWinnersDetermined: false };
  // Computed at most once: both windows may need the phase.
  let phase: PhaseId | undefined | null = null;
  const phaseId = (): PhaseId | undefined => (phase === null ? (phase = phaseOn(calendar, region, localDate)?.id) : phase);
  const before = (end: string | null | undefined): boolean | undefined => {
    if (typeof end === "string") return compareDates(localDate, end) < 0;
    const current = phaseId();
    if (current === "outside_cycle") return false;
    if (current === "post_result" || current === undefined) return undefined;
    return true;
  };
  const untilWinners = dates.winnersDetermined ? compareDates(localDate, dates.winnersDetermined) <= 0 : before(undefined);
  // Regents, mayors and the governor may be inaugurated on different days; the incident does not say
  // whose term is concerned, so where the two answers differ the window is unknown.
  const regentsTerm = before(dates.inauguration);
  const governorTerm = dates.governorInauguration === undefined ? regentsTerm : before(dates.governorInauguration);
  return { start, untilEndOfTerm: regentsTerm === governorTerm ? regentsTerm : undefined, untilWinnersDetermined: untilWinners };
}
