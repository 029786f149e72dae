// Subpath imports: the date-fns index loads every one of its ~250 modules (100 ms at start-up).
// lightFormat rather than format: the same tokens without format's locale machinery, which costs
// some 15 ms at start-up.
import { tz } from "@date-fns/tz/tz";
import { addDays } from "date-fns/addDays";
import { lightFormat } from "date-fns/lightFormat";
import { parseISO } from "date-fns/parseISO";
import { subMonths } from "date-fns/subMonths";

// Local dates are calendar days with no zone. Arithmetic runs in UTC so that the process's TZ
// (and its daylight saving) can never shift a day.
const UTC = tz("UTC");

// `YYYY-MM-DD` with a four-digit year: for such strings, the lexical order is the calendar order,
// so comparisons need no date parsing (they sit on the evaluation hot path).
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDay(localDate: string): Date {
  return parseISO(localDate, { in: UTC });
}

function fromDay(day: Date): string {
  // `day` is a TZDate in UTC (from toDay and date-fns arithmetic in UTC), so its fields are UTC's.
  return lightFormat(day, "yyyy-MM-dd");
}

const monthsBeforeMemo = new Map<string, string>();

/** `localDate` minus whole calendar months (end-of-month clamps, as date-fns does). */
export function monthsBefore(localDate: string, months: number): string {
  // Remembered: it runs for the same few calendar dates again and again.
  const key = `${localDate}/${months}`;
  let result = monthsBeforeMemo.get(key);
  if (result === undefined) {
    result = fromDay(subMonths(toDay(localDate), months, { in: UTC }));
    if (monthsBeforeMemo.size >= 10_000) monthsBeforeMemo.clear();
    monthsBeforeMemo.set(key, result);
  }
  return result;
}

/** `localDate` plus whole days (negative goes back). */
export function daysAfter(localDate: string, days: number): string {
  return fromDay(addDays(toDay(localDate), days, { in: UTC }));
}

/** Compares two local dates: negative, zero or positive. */
export function compareDates(left: string, right: string): number {
  if (left.length === 10 && right.length === 10 && PLAIN_DATE.test(left) && PLAIN_DATE.test(right)) {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  return toDay(left).getTime() - toDay(right).getTime();
}

/** Whether `localDate` lies within [from, to], both inclusive; an absent bound is open. */
export function isWithin(localDate: string, from: string | undefined, to: string | undefined): boolean {
  if (from !== undefined && compareDates(localDate, from) < 0) return false;
  if (to !== undefined && compareDates(localDate, to) > 0) return false;
  return true;
}
