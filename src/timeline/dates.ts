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

// A local date with any year (an instant far in the future or past can fall outside 0000-9999):
// a sign and up to six digits, as ISO 8601's expanded years.
const ANY_YEAR_DATE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/;

/** A number that orders local dates as the calendar does, or throws for text that is no date. */
function dayNumber(localDate: string): number {
  const match = ANY_YEAR_DATE.exec(localDate);
  if (!match) throw new RangeError(`Not a local date: ${JSON.stringify(localDate.slice(0, 40))}`);
  return Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]);
}

/**
 * Compares two local dates: negative, zero or positive. Never compares an invalid date (which
 * would be neither before nor after anything, and so inside every interval): text that is not a
 * date is a RangeError. Years beyond 9999 or before 0000 (`+010000-01-01`) compare correctly.
 */
export function compareDates(left: string, right: string): number {
  if (left.length === 10 && right.length === 10 && PLAIN_DATE.test(left) && PLAIN_DATE.test(right)) {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  return Math.sign(dayNumber(left) - dayNumber(right));
}

/** A calendar date as a local date string: `YYYY-MM-DD`, or with an expanded year (`+010000-01-01`) outside 0000-9999. */
export function formatLocalDate(year: number, month: number, day: number): string {
  const yearText = year >= 0 && year <= 9999 ? String(year).padStart(4, "0") : `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(6, "0")}`;
  return `${yearText}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whether `localDate` lies within [from, to], both inclusive; an absent bound is open. */
export function isWithin(localDate: string, from: string | undefined, to: string | undefined): boolean {
  if (from !== undefined && compareDates(localDate, from) < 0) return false;
  if (to !== undefined && compareDates(localDate, to) > 0) return false;
  return true;
}
