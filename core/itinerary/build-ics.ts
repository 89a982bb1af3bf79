// Runs anywhere (core): a calendar description written as an RFC 5545 file with
// ical-generator (pure JavaScript, no Node built-ins, so both hosts run it), METHOD:PUBLISH,
// with the visit zone's VTIMEZONE from timezones-ical-library and every time given as
// TZID-local wall time.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { assertNever } from '../assert-never';
import type { CalendarDescription, EventStatus, WallTime } from './calendar-description';
import { zonedInstant } from './zoned-time';

/**
 * ical-generator writes a JS Date in a TZID through the computer's own zone (getHours),
 * which would shift every stop on a laptop outside the visit's zone. Given a value shaped
 * like Temporal's PlainDateTime it writes the fields as they are, so the wall time is
 * handed over in that shape (the members ical-generator reads, nothing more).
 */
class WallClockValue {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second = 0;
  constructor(
    private readonly wall: WallTime,
    private readonly zone: string,
  ) {
    const [y, m, d] = wall.date.split('-').map(Number) as [number, number, number];
    const [h, min] = wall.time.split(':').map(Number) as [number, number];
    [this.year, this.month, this.day, this.hour, this.minute] = [y, m, d, h, min];
  }
  toPlainDate() {
    return this;
  }
  toZonedDateTime() {
    const plain = this;
    const epochMilliseconds = zonedInstant(this.wall.date, this.wall.time, this.zone);
    return {
      timeZoneId: this.zone,
      year: this.year,
      month: this.month,
      day: this.day,
      hour: this.hour,
      minute: this.minute,
      second: 0,
      toPlainDateTime: () => plain,
      withTimeZone() {
        return this;
      },
      toInstant: () => ({ epochMilliseconds }),
    };
  }
}

function statusOf(status: EventStatus): ICalEventStatus {
  switch (status) {
    case 'CONFIRMED':
      return ICalEventStatus.CONFIRMED;
    case 'TENTATIVE':
      return ICalEventStatus.TENTATIVE;
    case 'CANCELLED':
      return ICalEventStatus.CANCELLED;
    default:
      return assertNever(status, 'event status');
  }
}

/** The VTIMEZONE block of an IANA zone, or nothing for a zone the library lacks. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : null;
  return text && text.includes('BEGIN:VTIMEZONE') ? text : null;
}

export function buildIcs(calendar: CalendarDescription): string {
  const cal = ical({
    name: calendar.name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Briefing Desk', product: 'Itinerary', language: calendar.language.toUpperCase() },
  });
  // A generator without a calendar-wide zone name: events name their zone, DTSTAMP stays UTC.
  cal.timezone({ name: null, generator: vtimezone });
  const stamp = new Date(calendar.stamp);
  for (const event of calendar.events) {
    cal.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp,
      start: new WallClockValue(event.start, calendar.timeZone) as never,
      end: new WallClockValue(event.end, calendar.timeZone) as never,
      timezone: calendar.timeZone,
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: statusOf(event.status),
    });
  }
  return cal.toString();
}
