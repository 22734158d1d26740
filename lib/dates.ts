// Event dates at their precision: the span an event covers, and how it reads to an analyst.
import type { DatePrecision } from './vocabulary';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The dates Watchfloor records and filters by (README, "What analysts do in it"): from the first modern defence
 * treaties to long-range plans. A date outside it is a typo (0001-01-01, 9999-12-31), and let in, one
 * such event once stretched every range search's lower bound past year 0 and emptied them for everyone.
 */
export const DATE_RANGE = { earliest: '1800-01-01', latest: '2100-12-31' } as const;

/** Within DATE_RANGE (a real YYYY-MM-DD date compares as text). */
export const inDateRange = (date: string) => date >= DATE_RANGE.earliest && date <= DATE_RANGE.latest;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The first day of the period a date names at its precision: 2024-10-17 at month precision is 2024-10-01. */
export function periodStart(date: string, precision: DatePrecision): string {
  if (precision === 'year') return `${date.slice(0, 4)}-01-01`;
  if (precision === 'month') return `${date.slice(0, 7)}-01`;
  return date;
}

/** The last day of the period a date names at its precision. */
export function periodEnd(date: string, precision: DatePrecision): string {
  if (precision === 'year') return `${date.slice(0, 4)}-12-31`;
  if (precision === 'month') {
    const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return date;
}

/** The last day an event covers: its end date when it has one, else the end of its own period. */
export function spanEnd(date: string, precision: DatePrecision, endDate: string | null | undefined): string {
  return endDate ?? periodEnd(date, precision);
}

/** "8 Jun 2016", "Oct 2024", "2025". */
export function formatDate(date: string, precision: DatePrecision): string {
  const y = date.slice(0, 4);
  if (precision === 'year') return y;
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(date.slice(8, 10))} ${month} ${y}`;
}

/** A date with its optional end: "7–8 Oct 2024", "30 Apr – 2 May 2024", "Oct 2024". */
export function formatDateRange(date: string, precision: DatePrecision, endDate: string | null | undefined): string {
  if (!endDate || endDate === date) return formatDate(date, precision);
  if (precision !== 'day') return `${formatDate(date, precision)} – ${formatDate(endDate, precision)}`;
  const sameYear = date.slice(0, 4) === endDate.slice(0, 4);
  const sameMonth = sameYear && date.slice(5, 7) === endDate.slice(5, 7);
  if (sameMonth) return `${Number(date.slice(8, 10))}–${formatDate(endDate, 'day')}`;
  if (sameYear) return `${formatDate(date, 'day').slice(0, -5)} – ${formatDate(endDate, 'day')}`;
  return `${formatDate(date, 'day')} – ${formatDate(endDate, 'day')}`;
}

/** "2024-10-07 14:05 UTC" for a stored ISO timestamp. */
export function formatTimestamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Today's date in UTC, YYYY-MM-DD. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The latest date a stance or membership may be dated: tomorrow in UTC, which is "today" somewhere on
 * Earth (UTC+14). Analysts in New Zealand record their own morning while UTC is still on yesterday.
 */
export function latestRecordableDate(): string {
  return new Date(Date.parse(`${todayIso()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
