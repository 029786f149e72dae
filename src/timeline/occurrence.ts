// Subpath imports: the date-fns index loads every one of its ~250 modules (100 ms at start-up).
import { tz } from "@date-fns/tz/tz";
import { tzOffset } from "@date-fns/tz/tzOffset";
import { lightFormat } from "date-fns/lightFormat";
import { isRealLocalDate } from "../schema/common.ts";
import { formatLocalDate } from "./dates.ts";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * When an incident happened, as the law sees it: the local calendar date in the region's zone.
 * @example
 * ```ts
 * phaseOf("pilkada-2024", "2024-11-23T23:30:00+07:00", { province: "papua" }).occurrence;
 * // => { localDate: "2024-11-24", localTime: "01:30", instant: "2024-11-23T16:30:00.000Z", precision: "instant" }
 * ```
 * @category Evaluation
 */
export interface Occurrence {
  /** The local calendar date in the region (YYYY-MM-DD): the date every stage boundary and law date uses. */
  readonly localDate: string;
  /** The local wall-clock time (HH:mm), when a time was given. */
  readonly localTime?: string;
  /** The instant in UTC (ISO 8601), when the input carried an offset. */
  readonly instant?: string;
  /** Whether the input was a bare date, a local date-time, or a date-time with offset. */
  readonly precision: "date" | "local_date_time" | "instant";
}

/**
 * Reads `occurredAt` in the region's IANA zone. A bare date or a local date-time is already local;
 * a date-time with an offset is converted to the zone's wall clock, so the process's own `TZ`
 * never matters. Returns undefined for anything that is not a real date or time.
 */
export function resolveOccurrence(occurredAt: string, timeZone: string): Occurrence | undefined {
  if (occurredAt.length === 10 && realDate(occurredAt)) return { localDate: occurredAt, precision: "date" };
  const match = DATE_TIME.exec(occurredAt);
  if (!match) return undefined;
  const [, date = "", hours = "", minutes = "", seconds = "0", offset] = match;
  if (!realDate(date) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  if (offset === undefined) {
    return { localDate: date, localTime: `${hours}:${minutes}`, precision: "local_date_time" };
  }
  const offsetMinutes = parseOffset(offset);
  if (offsetMinutes === undefined) return undefined;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  moment.setUTCHours(Number(hours), Number(minutes), Number(seconds), 0);
  const epoch = moment.getTime() - offsetMinutes * 60_000;
  const instant = new Date(epoch);
  const fast = wallClock(timeZone, epoch);
  if (fast) return { localDate: fast.slice(0, 10), localTime: fast.slice(11, 16), instant: instant.toISOString(), precision: "instant" };
  const local = year >= 1000 && year <= 9998 ? wallClockByDateFns(timeZone, epoch) : wallClockAnyYear(timeZone, epoch);
  if (!local) return undefined;
  return { ...local, instant: instant.toISOString(), precision: "instant" };
}

/**
 * The wall clock for an instant whose local year may leave 0000-9999 (an offset pushes
 * 9999-12-31T23:59Z into the year 10000): the local date with an expanded year, which compares
 * as after (or before) every calendar instead of being an invalid date.
 */
function wallClockAnyYear(timeZone: string, epoch: number): { localDate: string; localTime: string } | undefined {
  const offset = tzOffset(timeZone, new Date(epoch));
  if (!Number.isFinite(offset)) return undefined;
  const local = new Date(epoch + offset * 60_000);
  if (Number.isNaN(local.getTime())) return undefined;
  const time = `${String(local.getUTCHours()).padStart(2, "0")}:${String(local.getUTCMinutes()).padStart(2, "0")}`;
  return { localDate: formatLocalDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()), localTime: time };
}

function parseOffset(offset: string): number | undefined {
  if (offset === "Z") return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

// The zone's UTC offset per hour of UTC time, so that converting an instant costs no Intl call
// once its hour has been seen. An hour whose two ends disagree (a transition inside it) is not
// cached: such instants take the date-fns path. (No zone changes its offset and back within an hour.)
const BUCKET = 60 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * Indonesia's zones (WIB, WITA, WIT) in minutes east of UTC, used for instants within a window
 * where the tz database has them unchanged, so that converting one needs no Intl call: the first
 * Intl call with a time zone loads the runtime's zone data (some 12 ms here, a tenth of the
 * library's cold start). Outside the window, and for any other zone, the runtime's data decides.
 * test/timeline.test.ts checks every third hour of the window against that data; a change to
 * Indonesia's zones inside the window would need this table changed with it.
 */
export const FIXED_OFFSET_WINDOW = Object.freeze({ from: Date.UTC(1990, 0, 1), until: Date.UTC(2030, 0, 1) });
export const FIXED_OFFSETS: ReadonlyMap<string, number> = new Map([
  ["Asia/Jakarta", 420],
  ["Asia/Pontianak", 420],
  ["Asia/Makassar", 480],
  ["Asia/Jayapura", 540],
]);

function offsetAt(timeZone: string, epoch: number): number | undefined {
  const fixed = epoch >= FIXED_OFFSET_WINDOW.from && epoch < FIXED_OFFSET_WINDOW.until ? FIXED_OFFSETS.get(timeZone) : undefined;
  if (fixed !== undefined) return fixed;
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const bucket = Math.floor(epoch / BUCKET);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const start = tzOffset(timeZone, new Date(bucket * BUCKET));
    const end = tzOffset(timeZone, new Date(bucket * BUCKET + BUCKET - 1));
    offset = start === end && Number.isInteger(start) ? start : Number.NaN;
    if (zone.size >= 100_000) zone.clear();
    zone.set(bucket, offset);
  }
  return Number.isNaN(offset) ? undefined : offset;
}

/** The zone's wall clock at `epoch` as an ISO string (`YYYY-MM-DDTHH:mm...`), or undefined to use date-fns. */
function wallClock(timeZone: string, epoch: number): string | undefined {
  const offset = offsetAt(timeZone, epoch);
  if (offset === undefined) return undefined;
  const local = new Date(epoch + offset * 60_000);
  const year = local.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? local.toISOString() : undefined;
}

/** @internal The date-fns conversion that {@link resolveOccurrence} short-cuts; kept to test the short cut. */
export function wallClockByDateFns(timeZone: string, epoch: number): { localDate: string; localTime: string } {
  // A TZDate's fields are the zone's wall clock; lightFormat reads them (format's tokens, without its locale machinery).
  const local = tz(timeZone)(epoch);
  return { localDate: lightFormat(local, "yyyy-MM-dd"), localTime: lightFormat(local, "HH:mm") };
}

// isRealLocalDate, remembered: the same few thousand dates come again and again.
const realDates = new Map<string, boolean>();
function realDate(date: string): boolean {
  let real = realDates.get(date);
  if (real === undefined) {
    real = isRealLocalDate(date);
    if (realDates.size >= 100_000) realDates.clear();
    realDates.set(date, real);
  }
  return real;
}
