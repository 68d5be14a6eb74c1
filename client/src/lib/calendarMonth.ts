import type { CalendarDayDto, CalendarDayKind } from '../api';

/** What a day of the month view shows: a listed holiday or make-up workday, else a weekend or a working day. */
export type DayState = 'Holiday' | 'MakeUpWorkday' | 'Weekend' | 'Workday';

const pad = (n: number) => String(n).padStart(2, '0');

export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Day of the week, Monday = 0 … Sunday = 6 (China's calendars start weeks on Monday). */
export function weekdayMon0(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export const isWeekend = (date: string) => weekdayMon0(date) >= 5;

export function dayState(date: string, listed: Map<string, CalendarDayDto>): DayState {
  const day = listed.get(date);
  if (day) return day.kind;
  return isWeekend(date) ? 'Weekend' : 'Workday';
}

export const isWorking = (state: DayState) => state === 'Workday' || state === 'MakeUpWorkday';

/** The month as weeks of seven cells (null before the 1st and after the last day), Monday first. */
export function monthCells(year: number, month: number): (string | null)[] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = isoDate(year, month, 1);
  const cells: (string | null)[] = Array.from({ length: weekdayMon0(first) }, () => null);
  for (let d = 1; d <= days; d++) cells.push(isoDate(year, month, d));
  while (cells.length % 7 !== 0) cells.push(null);
  return cells;
}

/**
 * Sets, changes or (kind undefined) removes one day of a year's list, kept in date order. The rules the server checks
 * (a make-up workday is a weekend day, a name is required) are left to the server, which answers per field.
 */
export function setDay(days: CalendarDayDto[], date: string, kind: CalendarDayKind | undefined, name?: string): CalendarDayDto[] {
  const rest = days.filter((d) => d.date !== date);
  if (!kind) return rest;
  return [...rest, { date, kind, name: (name ?? '').trim() }].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The server's field errors for the days (keys such as `days[3].name`), by the date of the day they are about, so an
 * error shows on the right row even though rows are re-sorted; errors not about one day stay under `''`.
 */
export function dayErrors(errors: Record<string, string[]> | undefined, sent: CalendarDayDto[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const m = /^days\[(\d+)\]/i.exec(key);
    const date = m ? sent[Number(m[1])]?.date ?? '' : key.toLowerCase() === 'source' ? 'source' : '';
    (out[date] ??= []).push(...messages);
  }
  return out;
}
