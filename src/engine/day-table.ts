import type { Calendar } from "../schema/calendar.ts";
import { daysAfter } from "../timeline/dates.ts";
import { covers, determinationWindows, phaseOn, type Contest, type PhaseOnDate, type RegionRef } from "../timeline/phase.ts";

/** Everything about one local date in one calendar and region that does not depend on the incident. */
export interface DayInfo<Rule> {
  /** The phase, or undefined when the calendar does not cover the date. */
  readonly phase: PhaseOnDate | undefined;
  readonly untilEndOfTerm: boolean | undefined;
  readonly untilWinnersDetermined: boolean | undefined;
  /** The rules in force on the date for the calendar's kind of election. */
  readonly rules: readonly Rule[];
}

const MAX_FITTING = 200_000;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A region's days cut where anything a {@link DayInfo} reads can change; one entry per piece, made on first use. */
interface DayIntervals<Rule> {
  /** The first day of each piece after the first, sorted (`YYYY-MM-DD`). */
  readonly starts: readonly string[];
  /** The entry of each piece (index 0: the days before the first start). */
  readonly entries: (DayInfo<Rule> | undefined)[];
}

/**
 * Phase, Pasal 71 windows and in-force rules per (calendar, region, local date). A day's entry only
 * changes on a date the calendar or a rule names (or the day after it, or the start of a Pasal 71
 * window), so the days between two such dates share one entry: the date-fns work of {@link phaseOn}
 * and {@link determinationWindows} runs once per piece, and incidents on new days cost a binary
 * search. Regions that no regional override distinguishes share their pieces.
 */
export class DayTable<Rule> {
  readonly #inForce: (calendar: Calendar, localDate: string) => readonly Rule[];
  readonly #ruleDates: readonly string[];
  /** calendar → region (and contest) key → its pieces. */
  readonly #intervals = new Map<Calendar, Map<string, DayIntervals<Rule>>>();
  readonly #fitting = new Map<string, readonly Calendar[]>();
  /** Per calendar: the dates it holds and the day after each, with the rules' dates (see #piecesOf). */
  readonly #calendarDates = new WeakMap<Calendar, ReadonlySet<string>>();
  /** Per calendar: province → the regencies its overrides name ("" for a province-wide override). */
  readonly #overrideRegions = new WeakMap<Calendar, ReadonlyMap<string, ReadonlySet<string>>>();

  /** `ruleDates`: the first and last days in force of every rule (where the in-force list can change). */
  constructor(inForce: (calendar: Calendar, localDate: string) => readonly Rule[], ruleDates: readonly string[]) {
    this.#inForce = inForce;
    this.#ruleDates = ruleDates;
  }

  /** The key under which a region's entries are stored: only as specific as the overrides need. */
  #regionKey(calendar: Calendar, region: RegionRef): string {
    let regions = this.#overrideRegions.get(calendar);
    if (!regions) {
      const map = new Map<string, Set<string>>();
      for (const override of calendar.regionOverrides ?? []) {
        let regencies = map.get(override.province);
        if (!regencies) map.set(override.province, (regencies = new Set()));
        regencies.add(override.regency ?? "");
      }
      regions = map;
      this.#overrideRegions.set(calendar, regions);
    }
    const regencies = regions.get(region.province);
    if (!regencies) return "";
    return region.regency !== undefined && regencies.has(region.regency) ? `${region.province}/${region.regency}` : region.province;
  }

  /** The contests a calendar's contest-specific periods name (empty for most calendars). */
  readonly #contests = new WeakMap<Calendar, ReadonlySet<string>>();

  #contestKey(calendar: Calendar, contest: Contest | undefined): string {
    if (contest === undefined) return "";
    let contests = this.#contests.get(calendar);
    if (!contests) this.#contests.set(calendar, (contests = new Set((calendar.contestPhases ?? []).flatMap((entry) => entry.contests))));
    return contests.has(contest) ? `#${contest}` : "";
  }

  /**
   * Where a calendar's days change for a region: every date the calendar holds (phases, stages,
   * overrides, key dates, coverage) and the day after it, the start of the Pasal 71 windows (and the
   * day after), and the rules' in-force dates. A superset is harmless: it only cuts more pieces.
   */
  #piecesOf(calendar: Calendar, region: RegionRef): DayIntervals<Rule> {
    let calendarDates = this.#calendarDates.get(calendar);
    if (!calendarDates) {
      const found = new Set<string>(this.#ruleDates);
      const collect = (value: unknown): void => {
        if (typeof value === "string") {
          if (PLAIN_DATE.test(value)) found.add(value).add(daysAfter(value, 1));
        } else if (Array.isArray(value)) value.forEach(collect);
        else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
      };
      collect(calendar);
      this.#calendarDates.set(calendar, (calendarDates = found));
    }
    const dates = new Set(calendarDates);
    const start = determinationWindows(calendar, region, calendar.coverage.from).start;
    if (start !== undefined) dates.add(start).add(daysAfter(start, 1));
    const starts = [...dates].sort();
    return { starts, entries: new Array<DayInfo<Rule> | undefined>(starts.length + 1) };
  }

  /**
   * The day's entry (computed on first use of its piece). `contest` is the candidate's contest, when
   * known: it selects the calendar's contest-specific periods (see {@link phaseOn}).
   */
  get(calendar: Calendar, region: RegionRef, localDate: string, contest?: Contest): DayInfo<Rule> {
    // Dates with expanded years (beyond 9999) sort differently as text: computed directly, not shared.
    if (localDate.length !== 10) return this.#entry(calendar, region, localDate, contest);
    let regions = this.#intervals.get(calendar);
    if (!regions) this.#intervals.set(calendar, (regions = new Map()));
    const contestKey = this.#contestKey(calendar, contest);
    const regionKey = this.#regionKey(calendar, region) + contestKey;
    let pieces = regions.get(regionKey);
    if (!pieces) regions.set(regionKey, (pieces = this.#piecesOf(calendar, region)));
    // The number of starts on or before the date: the index of its piece.
    const starts = pieces.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] as string) <= localDate) low = middle + 1;
      else high = middle;
    }
    let entry = pieces.entries[low];
    if (!entry) pieces.entries[low] = entry = this.#entry(calendar, region, localDate, contestKey === "" ? undefined : contest);
    return entry;
  }

  #entry(calendar: Calendar, region: RegionRef, localDate: string, contest: Contest | undefined): DayInfo<Rule> {
    const phase = phaseOn(calendar, region, localDate, contest);
    const windows = phase ? determinationWindows(calendar, region, localDate) : undefined;
    return {
      phase,
      untilEndOfTerm: windows?.untilEndOfTerm,
      untilWinnersDetermined: windows?.untilWinnersDetermined,
      rules: phase ? this.#inForce(calendar, localDate) : [],
    };
  }

  /** The calendars that cover a local date, in the given order. */
  covering(calendars: ReadonlyMap<string, Calendar>, localDate: string): readonly Calendar[] {
    let fitting = this.#fitting.get(localDate);
    if (!fitting) {
      fitting = [...calendars.values()].filter((calendar) => covers(calendar, localDate));
      if (this.#fitting.size >= MAX_FITTING) this.#fitting.clear();
      this.#fitting.set(localDate, fitting);
    }
    return fitting;
  }
}
