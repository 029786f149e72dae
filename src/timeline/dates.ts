// Plain calendar-day arithmetic needs no time zone: it runs on the UTC fields of a Date, so that the
// process's TZ (and its daylight saving) can never shift a day. (date-fns's TZDate in UTC did the
// same through Intl, which cost some 20 ms at start-up for the first call; zones are for instants,
// in ./occurrence.ts.)

// `YYYY-MM-DD` with a four-digit year: for such strings, the lexical order is the calendar order,
// so comparisons need no date parsing (they sit on the evaluation hot path).
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

// A local date with any year (an instant far in the future or past can fall outside 0000-9999):
// a sign and up to six digits, as ISO 8601's expanded years.
const ANY_YEAR_DATE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/;

/** The calendar fields of a local date (any year), or a RangeError for text that is no real date. */
function fieldsOf(localDate: string): [year: number, month: number, day: number] {
  const match = ANY_YEAR_DATE.exec(localDate);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a local date: ${JSON.stringify(localDate.slice(0, 40))}`);
  }
  return [year, month, day];
}

/** A UTC Date at midnight of a calendar day (setUTCFullYear, not Date.UTC, which reads 0-99 as 1900-1999). */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return utcDay(year, month + 1, 0).getUTCDate();
}

function formatDay(date: Date): string {
  return formatLocalDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const monthsBeforeMemo = new Map<string, string>();

/** `localDate` minus whole calendar months (end-of-month clamps, as date-fns's subMonths does). */
export function monthsBefore(localDate: string, months: number): string {
  // Remembered: it runs for the same few calendar dates again and again.
  const key = `${localDate}/${months}`;
  let result = monthsBeforeMemo.get(key);
  if (result === undefined) {
    const [year, month, day] = fieldsOf(localDate);
    const first = utcDay(year, month - months, 1);
    const targetYear = first.getUTCFullYear();
    const targetMonth = first.getUTCMonth() + 1;
    result = formatLocalDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
    if (monthsBeforeMemo.size >= 10_000) monthsBeforeMemo.clear();
    monthsBeforeMemo.set(key, result);
  }
  return result;
}

/** `localDate` plus whole days (negative goes back). */
export function daysAfter(localDate: string, days: number): string {
  const [year, month, day] = fieldsOf(localDate);
  return formatDay(utcDay(year, month, day + days));
}


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
