// Runs in the renderer: a visit's itinerary editor: a timeline per day of the visit (and
// per day a stop strays to), the selected stop's details, the checks, issued versions with
// the changes since the last one, and the calendar download. Every change is one typed
// command; the last one can be undone (button or Ctrl+Z).
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkItinerary, findingsForStop } from '../../core/itinerary/check-itinerary';
import { duplicateCommand, moveCommand, newStopCommand, resizeCommand } from '../../core/itinerary/itinerary-edits';
import { addDays, daysBetween } from '../../core/itinerary/zoned-time';
import type { Command } from '../../core/model/commands';
import type { Stop, Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { CommitField } from '../forms/commit-field';
import { CalendarDownload } from './calendar-download';
import { DayTimeline } from './day-timeline';
import { ItineraryChecks } from './itinerary-checks';
import { ItineraryVersions } from './itinerary-versions';
import { StopEditor } from './stop-editor';
import { useItineraryCommands } from './use-itinerary-undo';
import './itinerary.css';

/** The visit's days, then any day a stop was moved to outside them (at most 31 in all). */
function daysOf(visit: Visit): { date: string; outside: boolean }[] {
  const count = Math.min(31, Math.max(1, daysBetween(visit.startDate, visit.endDate) + 1));
  const days = Array.from({ length: count }, (_, i) => ({ date: addDays(visit.startDate, i), outside: false }));
  for (const date of [...new Set(visit.stops.map((s) => s.date))].sort()) {
    if (!days.some((d) => d.date === date)) days.push({ date, outside: true });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

function focusStop(id: string) {
  // After the store has the change and the page re-rendered.
  requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-stop-id="${CSS.escape(id)}"] .stop-block-body`)?.focus());
}

export function ItineraryEditor({ visit, doc }: { visit: Visit; doc: Workspace }) {
  const { t } = useTranslation();
  const commands = useItineraryCommands(doc);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const findings = useMemo(() => checkItinerary(doc, { visitIds: [visit.id] }), [doc, visit.id]);
  const selected = visit.stops.find((s) => s.id === selectedId) ?? null;
  useEffect(() => {
    if (selectedId && !visit.stops.some((s) => s.id === selectedId)) setSelectedId(null);
  }, [selectedId, visit.stops]);

  const runAndFocus = async (command: Command, focusId: string) => {
    if (await commands.run(command)) {
      setSelectedId(focusId);
      focusStop(focusId);
    }
  };
  const add = (date: string) => {
    const command = newStopCommand(doc, visit, date, { at: new Date().toISOString(), by: 'editor' });
    void runAndFocus(command, command.value.id);
  };
  const duplicate = (stop: Stop) => {
    const command = duplicateCommand(visit, stop);
    if (command.type === 'add') void runAndFocus(command, (command.value as Stop).id);
  };
  const remove = async (stop: Stop) => {
    const index = visit.stops.indexOf(stop);
    if (await commands.run({ type: 'delete', collection: 'stops', id: stop.id })) {
      const next = visit.stops[index + 1] ?? visit.stops[index - 1];
      setSelectedId(next && next.id !== stop.id ? next.id : null);
      if (next && next.id !== stop.id) focusStop(next.id);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
      event.preventDefault();
      void commands.undoLast();
    }
  };

  return (
    <section className="itinerary-editor" aria-label={t('itinerary:editor.label')} onKeyDown={onKeyDown}>
      <div className="itinerary-toolbar field-row">
        <div className="inline-field">
          <span className="inline-field-label">{t('itinerary:editor.timeZone')}</span>
          <CommitField value={visit.timeZone} label={t('itinerary:editor.timeZone')} dir="ltr" required onCommit={(timeZone) => commands.run({ type: 'update', collection: 'visits', id: visit.id, patch: { timeZone } })} />
        </div>
        <div className="inline-field">
          <span className="inline-field-label">{t('itinerary:editor.buffer')}</span>
          <CommitField type="number" value={String(visit.bufferMinutes ?? 0)} label={t('itinerary:editor.buffer')} onCommit={(value) => commands.run({ type: 'update', collection: 'visits', id: visit.id, patch: { bufferMinutes: Number(value) } })} />
        </div>
        <button type="button" className="button button-quiet" disabled={!commands.canUndo} aria-keyshortcuts="Control+Z" onClick={() => void commands.undoLast()}>
          {t('itinerary:editor.undo')}
        </button>
      </div>
      {commands.error && <CommandErrorNotice error={commands.error} onDismiss={commands.clearError} />}
      <p className="quiet-note itinerary-keys">{t('itinerary:editor.keys')}</p>
      <div className="itinerary-layout">
        <div className="itinerary-days">
          {daysOf(visit).map((day) => (
            <DayTimeline
              key={day.date}
              doc={doc}
              visit={visit}
              date={day.date}
              outsideVisit={day.outside}
              findings={findings}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onAdd={add}
              onMove={(stop, minutes) => void commands.run((now) => editStop(now, stop.id, (latest) => moveCommand(latest, minutes)))}
              onResize={(stop, minutes) => void commands.run((now) => editStop(now, stop.id, (latest) => resizeCommand(latest, minutes)))}
              onDuplicate={duplicate}
              onDelete={(stop) => void remove(stop)}
            />
          ))}
        </div>
        <div className="itinerary-side">
          {selected ? (
            <StopEditor
              key={selected.id}
              doc={doc}
              visit={visit}
              stop={selected}
              findings={findingsForStop(findings, visit.id, selected.id)}
              commands={commands}
              onDuplicate={() => duplicate(selected)}
              onDelete={() => void remove(selected)}
            />
          ) : (
            <p className="quiet-note">{t('itinerary:editor.selectHint')}</p>
          )}
          <ItineraryChecks doc={doc} findings={findings} onSelect={(id) => {
            setSelectedId(id);
            focusStop(id);
          }} />
          <ItineraryVersions doc={doc} visit={visit} commands={commands} />
          <CalendarDownload doc={doc} visit={visit} />
        </div>
      </div>
    </section>
  );
}

/** The command `make` builds from the stop as it is in `doc` now; none if it is gone. */
function editStop(doc: Workspace, stopId: string, make: (stop: Stop) => Command): Command | null {
  const stop = doc.visits.flatMap((v) => v.stops).find((s) => s.id === stopId);
  return stop ? make(stop) : null;
}
