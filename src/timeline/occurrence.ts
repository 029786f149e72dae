import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { isRealLocalDate } from "../schema/common.ts";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** When an incident happened, as the law sees it: the local calendar date in the region's zone. */
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
  if (isRealLocalDate(occurredAt)) return { localDate: occurredAt, precision: "date" };
  const match = DATE_TIME.exec(occurredAt);
  if (!match) return undefined;
  const [, date = "", hours = "", minutes = "", seconds = "0", offset] = match;
  if (!isRealLocalDate(date) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  if (offset === undefined) {
    return { localDate: date, localTime: `${hours}:${minutes}`, precision: "local_date_time" };
  }
  const offsetMinutes = parseOffset(offset);
  if (offsetMinutes === undefined) return undefined;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const epoch = Date.UTC(year, month - 1, day, Number(hours), Number(minutes), Number(seconds)) - offsetMinutes * 60_000;
  const instant = new Date(epoch);
  const zone = tz(timeZone);
  return {
    localDate: format(instant, "yyyy-MM-dd", { in: zone }),
    localTime: format(instant, "HH:mm", { in: zone }),
    instant: instant.toISOString(),
    precision: "instant",
  };
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
