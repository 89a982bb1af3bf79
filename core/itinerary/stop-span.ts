// Runs anywhere (core): a stop as an interval of real time: its visit's zone applied to its
// date, start and end, the end moved to the next day when the stop crosses midnight.
import { crossesMidnight } from '../model/stop-times';
import { addDays, zonedInstant } from './zoned-time';

export interface StopTimes {
  date: string;
  start: string;
  end: string;
}

export interface Span {
  /** ms since the epoch */
  start: number;
  end: number;
}

/** The calendar date a stop ends on. */
export function endDate(stop: StopTimes): string {
  return crossesMidnight(stop) ? addDays(stop.date, 1) : stop.date;
}

export function stopSpan(stop: StopTimes, zone: string): Span {
  return { start: zonedInstant(stop.date, stop.start, zone), end: zonedInstant(endDate(stop), stop.end, zone) };
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export const minutesBetween = (from: number, to: number): number => Math.round((to - from) / 60_000);
