// Runs anywhere (core): wall-clock dates and times in a named time zone, turned into
// instants and back with Intl alone, never with the computer's own zone (Date's local
// getters are never used), so the same itinerary gives the same answers on a laptop set
// to New York or to Shanghai. Zones with daylight saving work too: the offset is asked
// of Intl at the instant itself.

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** "2026-04-16" → [2026, 4, 16]. */
export function dateParts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** "09:30" → 570. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** 570 → "09:30" (wrapping past midnight). */
export function timeOfDay(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The calendar date `days` after `date` (civil arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = dateParts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = dateParts(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = dateParts(a);
  const [by, bm, bd] = dateParts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / (1440 * MINUTE));
}

/** Minutes the zone is ahead of UTC at `instant`. */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE);
}

/**
 * The instant (ms since the epoch) of a wall-clock date and time in `zone`. A time that
 * a spring-forward gap skips is read with the offset before the gap (02:30 becomes 03:30);
 * one a fall-back repeats is the first of the two.
 */
export function zonedInstant(date: string, time: string, zone: string): number {
  const [y, m, d] = dateParts(date);
  const wall = Date.UTC(y, m - 1, d) + minutesOfDay(time) * MINUTE;
  // The offsets half a day either side: transitions are never closer together than that.
  const before = wall - zoneOffsetMinutes(wall - 720 * MINUTE, zone) * MINUTE;
  const after = wall - zoneOffsetMinutes(wall + 720 * MINUTE, zone) * MINUTE;
  const reads = (instant: number) => instant + zoneOffsetMinutes(instant, zone) * MINUTE === wall;
  const valid = [before, after].filter(reads);
  // Both read true in a repeated hour (take the first); neither in a skipped one (take the offset before the gap).
  return valid.length ? Math.min(...valid) : before;
}

/** The wall-clock date and time of an instant in `zone`. */
export function wallClock(instant: number, zone: string): { date: string; time: string } {
  const shifted = new Date(instant + zoneOffsetMinutes(instant, zone) * MINUTE).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}
