import { bundledRuleset } from "./evaluator.ts";
import { nearest } from "./_utils/suggest.ts";
import { DateOutsideCalendarError, InvalidIncidentError, UnknownElectionError } from "./errors.ts";
import { message } from "./messages.ts";
import { withSuggestion } from "./schema/issues.ts";
import type { Ruleset } from "./ruleset/types.ts";
import { resolveOccurrence, type Occurrence } from "./timeline/occurrence.ts";
import { phaseOn, type Contest, type PhaseOnDate } from "./timeline/phase.ts";
import type { Lang } from "./_utils/text.ts";

/**
 * The phase of an election at an occurrence in a region.
 * @example
 * ```ts
 * const result: PhaseResult = phaseOf("pemilu-2024", "2024-02-11", { province: "papua" });
 * result.phase.id; // => "quiet_period"
 * result.zone; // => "WIT"
 * ```
 * @category Evaluation
 */
export interface PhaseResult {
  readonly election: string;
  readonly phase: PhaseOnDate;
  readonly occurrence: Occurrence;
  readonly zone: "WIB" | "WITA" | "WIT";
  readonly timeZone: string;
}

/**
 * The election phase, local date and zone for an occurrence in a region. Stage boundaries are
 * local calendar dates; the process's own time zone never matters. `options.contest` (the candidate's
 * contest) selects contest-specific periods, such as the legislative lists fixed before the presidential pairs.
 * @example
 * ```ts
 * phaseOf("pilkada-2024", "2024-11-23T23:30:00+07:00", { province: "kalimantan-selatan" });
 * // => { phase: { id: "quiet_period", ... }, occurrence: { localDate: "2024-11-24", localTime: "00:30", ... }, zone: "WITA", ... }
 * ```
 * @throws {@link UnknownElectionError}, {@link DateOutsideCalendarError} or {@link InvalidIncidentError}.
 * @category Evaluation
 */
export function phaseOf(
  election: string,
  occurredAt: string,
  region: { readonly province: string; readonly regency?: string },
  options: { readonly ruleset?: Ruleset; readonly lang?: Lang; readonly contest?: Contest } = {},
): PhaseResult {
  const ruleset = options.ruleset ?? bundledRuleset();
  const lang = options.lang ?? "id";
  const calendar = ruleset.calendars.get(election);
  if (!calendar) {
    const known = [...ruleset.calendars.keys()];
    throw new UnknownElectionError(
      [withSuggestion("unknown_election", ["election"], "unknown_election", { received: election, options: known.join(", ") }, lang, nearest(election, known))],
      lang,
    );
  }
  const province = ruleset.provinces.get(region.province);
  if (!province) {
    const issue = withSuggestion("unknown_province", ["region", "province"], "unknown_province", { received: region.province }, lang, nearest(region.province, [...ruleset.provinces.keys()]));
    throw new InvalidIncidentError([issue], lang);
  }
  const occurrence = resolveOccurrence(occurredAt, province.timeZone);
  if (!occurrence) {
    throw new InvalidIncidentError([withSuggestion("invalid_occurrence", ["occurredAt"], "invalid_occurrence", { received: occurredAt }, lang, undefined)], lang);
  }
  const phase = phaseOn(calendar, region, occurrence.localDate, options.contest);
  if (!phase) {
    const messages = message("date_outside_calendar", { date: occurrence.localDate, election, from: calendar.coverage.from, to: calendar.coverage.to });
    throw new DateOutsideCalendarError([{ code: "date_outside_calendar", path: ["occurredAt"], message: messages[lang], messages }], lang);
  }
  return { election, phase, occurrence, zone: province.zone, timeZone: province.timeZone };
}
