import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, wallClock, zonedInstant, zoneOffsetMinutes } from '../../../core/itinerary/zoned-time';
import { stopSpan } from '../../../core/itinerary/stop-span';

describe('zoned time', () => {
  it('reads wall times in the named zone, not the computer’s', () => {
    expect(new Date(zonedInstant('2026-04-16', '09:00', 'Asia/Shanghai')).toISOString()).toBe('2026-04-16T01:00:00.000Z');
    expect(new Date(zonedInstant('2026-07-01', '09:00', 'America/New_York')).toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(new Date(zonedInstant('2026-01-01', '09:00', 'America/New_York')).toISOString()).toBe('2026-01-01T14:00:00.000Z');
    expect(new Date(zonedInstant('2026-04-16', '09:00', 'Asia/Kathmandu')).toISOString()).toBe('2026-04-16T03:15:00.000Z');
  });

  it('handles daylight saving: a stop across the spring-forward hour is one hour shorter', () => {
    // Paris moves from 02:00 to 03:00 on 2026-03-29
    const span = stopSpan({ date: '2026-03-29', start: '01:30', end: '03:30' }, 'Europe/Paris');
    expect((span.end - span.start) / 60_000).toBe(60);
    expect(zoneOffsetMinutes(Date.UTC(2026, 2, 29, 0, 30), 'Europe/Paris')).toBe(60);
    expect(zoneOffsetMinutes(Date.UTC(2026, 2, 29, 1, 30), 'Europe/Paris')).toBe(120);
    // a time the gap skips is read with the offset before it
    expect(new Date(zonedInstant('2026-03-29', '02:30', 'Europe/Paris')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // fall back: 02:30 happens twice on 2026-10-25; the first is taken
    expect(new Date(zonedInstant('2026-10-25', '02:30', 'Europe/Paris')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('crosses midnight and round-trips', () => {
    const span = stopSpan({ date: '2026-04-16', start: '20:00', end: '00:30' }, 'Asia/Shanghai');
    expect((span.end - span.start) / 60_000).toBe(270);
    expect(wallClock(span.end, 'Asia/Shanghai')).toEqual({ date: '2026-04-17', time: '00:30' });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect([isoWeekday('2026-04-16'), isoWeekday('2026-04-19')]).toEqual([4, 7]);
  });
});
