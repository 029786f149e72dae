import type { Calendar } from "../schema/calendar.ts";
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

// Far above the days × regions any calendar set has (a few thousand days × 38 provinces); a
// table that grows past it (regency-specific overrides over decades) is simply started afresh.
const MAX_ENTRIES = 200_000;

/**
 * Phase, Pasal 71 windows and in-force rules per (calendar, region, local date), filled lazily:
 * the date-fns work of {@link phaseOn} and {@link determinationWindows} runs once per day, not once
 * per incident. Regions that no regional override distinguishes share their entries.
 */
export class DayTable<Rule> {
  readonly #inForce: (calendar: Calendar, localDate: string) => readonly Rule[];
  /** calendar → region key → local date → entry (nested maps: no key string is built per incident). */
  readonly #entries = new Map<Calendar, Map<string, Map<string, DayInfo<Rule>>>>();
  #size = 0;
  readonly #fitting = new Map<string, readonly Calendar[]>();
  /** Per calendar: province → the regencies its overrides name ("" for a province-wide override). */
  readonly #overrideRegions = new WeakMap<Calendar, ReadonlyMap<string, ReadonlySet<string>>>();

  constructor(inForce: (calendar: Calendar, localDate: string) => readonly Rule[]) {
    this.#inForce = inForce;
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
   * The day's entry (computed on first use). `contest` is the candidate's contest, when known: it
   * selects the calendar's contest-specific periods (see {@link phaseOn}).
   */
  get(calendar: Calendar, region: RegionRef, localDate: string, contest?: Contest): DayInfo<Rule> {
    let regions = this.#entries.get(calendar);
    if (!regions) this.#entries.set(calendar, (regions = new Map()));
    const contestKey = this.#contestKey(calendar, contest);
    const regionKey = this.#regionKey(calendar, region) + contestKey;
    let days = regions.get(regionKey);
    if (!days) regions.set(regionKey, (days = new Map()));
    const known = days.get(localDate);
    if (known) return known;
    const phase = phaseOn(calendar, region, localDate, contestKey === "" ? undefined : contest);
    const windows = phase ? determinationWindows(calendar, region, localDate) : undefined;
    const entry: DayInfo<Rule> = {
      phase,
      untilEndOfTerm: windows?.untilEndOfTerm,
      untilWinnersDetermined: windows?.untilWinnersDetermined,
      rules: phase ? this.#inForce(calendar, localDate) : [],
    };
    if (this.#size >= MAX_ENTRIES) {
      this.#size = 0;
      for (const byRegion of this.#entries.values()) for (const byDay of byRegion.values()) byDay.clear();
    }
    this.#size++;
    days.set(localDate, entry);
    return entry;
  }

  /** The calendars that cover a local date, in the given order. */
  covering(calendars: ReadonlyMap<string, Calendar>, localDate: string): readonly Calendar[] {
    let fitting = this.#fitting.get(localDate);
    if (!fitting) {
      fitting = [...calendars.values()].filter((calendar) => covers(calendar, localDate));
      if (this.#fitting.size >= MAX_ENTRIES) this.#fitting.clear();
      this.#fitting.set(localDate, fitting);
    }
    return fitting;
  }
}
