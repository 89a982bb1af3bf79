// Runs in the renderer: one day of a visit as a timeline: an hour scale and the day's stops
// placed by their times in the visit's zone (a stop past midnight runs to the end of its
// start day). "Add stop" adds one after the day's last stop.
import { useTranslation } from 'react-i18next';
import { findingsForStop } from '../../core/itinerary/check-itinerary';
import type { Finding } from '../../core/itinerary/findings';
import { activityText, venueName } from '../../core/itinerary/itinerary-names';
import { minutesOfDay } from '../../core/itinerary/zoned-time';
import { crossesMidnight } from '../../core/model/stop-times';
import type { Stop, Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { formatDate } from '../workspace/language-display';
import { StopBlock } from './stop-block';
import { usePlacement } from './use-placement';

function HourMark({ top, hour }: { top: number; hour: number }) {
  const ref = usePlacement<HTMLLIElement>({ 'inset-block-start': `${top}px` });
  return (
    <li ref={ref} dir="ltr">
      {String(hour % 24).padStart(2, '0')}:00
    </li>
  );
}

export const PIXELS_PER_MINUTE = 1.1;

export interface DayTimelineProps {
  doc: Workspace;
  visit: Visit;
  date: string;
  outsideVisit: boolean;
  findings: Finding[];
  selectedId: string | null;
  onSelect(id: string): void;
  onAdd(date: string): void;
  onMove(stop: Stop, minutes: number): void;
  onResize(stop: Stop, minutes: number): void;
  onDuplicate(stop: Stop): void;
  onDelete(stop: Stop): void;
}

export function DayTimeline(props: DayTimelineProps) {
  const { t, i18n } = useTranslation();
  const stops = props.visit.stops.filter((s) => s.date === props.date);
  const ends = (s: Stop) => (crossesMidnight(s) ? 1440 : minutesOfDay(s.end));
  const first = Math.min(8 * 60, ...stops.map((s) => Math.floor(minutesOfDay(s.start) / 60) * 60));
  const last = Math.max(18 * 60, ...stops.map((s) => Math.ceil(ends(s) / 60) * 60));
  const hours = Array.from({ length: (last - first) / 60 + 1 }, (_, i) => first / 60 + i);
  const y = (minutes: number) => (minutes - first) * PIXELS_PER_MINUTE;
  const dayLabel = formatDate(props.date, i18n.language, { weekday: 'long', month: 'long', day: 'numeric' });
  const headingId = `day-${props.date}`;
  const grid = usePlacement<HTMLDivElement>({ 'block-size': `${y(last) + 8}px` });
  return (
    <section className="day-timeline" aria-labelledby={headingId} data-date={props.date}>
      <header className="day-timeline-header">
        <h4 id={headingId}>
          {dayLabel}
          {props.outsideVisit && <span className="mini-tag day-outside">{t('itinerary:editor.outsideVisit')}</span>}
        </h4>
        <button type="button" className="button button-quiet" onClick={() => props.onAdd(props.date)}>
          {t('itinerary:editor.addStop')}
        </button>
      </header>
      <div className="day-timeline-grid" ref={grid}>
        <ol className="day-hours" aria-hidden="true">
          {hours.map((hour) => (
            <HourMark key={hour} hour={hour} top={y(hour * 60)} />
          ))}
        </ol>
        <ol className="day-stops" aria-label={t('itinerary:editor.stopsOf', { day: dayLabel })}>
          {stops.map((stop) => {
            const own = findingsForStop(props.findings, props.visit.id, stop.id);
            const severity = own.some((f) => f.severity === 'error') ? 'error' : own.length ? 'warning' : null;
            return (
              <StopBlock
                key={stop.id}
                stop={stop}
                top={y(minutesOfDay(stop.start))}
                height={(ends(stop) - minutesOfDay(stop.start)) * PIXELS_PER_MINUTE}
                pixelsPerMinute={PIXELS_PER_MINUTE}
                activity={activityText(stop, i18n.language)}
                venue={venueName(props.doc, stop.venueId, i18n.language)}
                severity={severity}
                findingCount={own.length}
                selected={stop.id === props.selectedId}
                onSelect={() => props.onSelect(stop.id)}
                onMove={(minutes) => props.onMove(stop, minutes)}
                onResize={(minutes) => props.onResize(stop, minutes)}
                onDuplicate={() => props.onDuplicate(stop)}
                onDelete={() => props.onDelete(stop)}
              />
            );
          })}
        </ol>
      </div>
    </section>
  );
}
