// Runs in the renderer: one stop on a day's timeline. The mouse drags it to move it and
// drags its end to resize it (snapped to 5 minutes; one command when released); the
// keyboard does the same: arrows move, Shift+arrows change the end, Ctrl+D duplicates,
// Delete removes. Its checks show as a mark beside the time.
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlacement } from './use-placement';
import { useTranslation } from 'react-i18next';
import { STEP_MINUTES } from '../../core/itinerary/itinerary-edits';
import type { Severity } from '../../core/itinerary/findings';
import type { Stop } from '../../core/model/visits';

export interface StopBlockProps {
  stop: Stop;
  top: number;
  height: number;
  pixelsPerMinute: number;
  activity: string;
  venue: string;
  severity: Severity | null;
  findingCount: number;
  selected: boolean;
  onSelect(): void;
  onMove(minutes: number): void;
  onResize(minutes: number): void;
  onDuplicate(): void;
  onDelete(): void;
}

type Drag = { kind: 'move' | 'resize'; startY: number; minutes: number };

export function StopBlock(props: StopBlockProps) {
  const { t } = useTranslation();
  const [drag, setDrag] = useState<Drag | null>(null);
  const moved = useRef(false);
  const snap = (dy: number) => Math.round(dy / props.pixelsPerMinute / STEP_MINUTES) * STEP_MINUTES;

  const begin = (kind: Drag['kind']) => (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    moved.current = false;
    setDrag({ kind, startY: event.clientY, minutes: 0 });
  };
  const follow = (event: PointerEvent<HTMLElement>) => {
    if (!drag) return;
    const minutes = snap(event.clientY - drag.startY);
    if (minutes !== drag.minutes) {
      moved.current = true;
      setDrag({ ...drag, minutes });
    }
  };
  const end = () => {
    if (!drag) return;
    setDrag(null);
    if (drag.minutes === 0) return;
    if (drag.kind === 'move') props.onMove(drag.minutes);
    else props.onResize(drag.minutes);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowUp' ? -STEP_MINUTES : event.key === 'ArrowDown' ? STEP_MINUTES : 0;
    if (step) {
      event.preventDefault();
      if (event.shiftKey) props.onResize(step);
      else props.onMove(step);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'd') {
      event.preventDefault();
      props.onDuplicate();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      props.onDelete();
    }
  };

  const offset = drag?.kind === 'move' ? drag.minutes * props.pixelsPerMinute : 0;
  const grow = drag?.kind === 'resize' ? drag.minutes * props.pixelsPerMinute : 0;
  const placed = usePlacement<HTMLLIElement>({ 'inset-block-start': `${props.top + offset}px`, 'block-size': `${Math.max(18, props.height + grow)}px` });
  const checks = props.findingCount ? t('itinerary:editor.stopChecks', { n: props.findingCount }) : '';
  return (
    <li
      ref={placed}
      className="stop-block"
      data-stop-id={props.stop.id}
      data-severity={props.severity ?? undefined}
      data-selected={props.selected || undefined}
      data-dragging={drag ? 'true' : undefined}
      data-compact={props.height < 60 || undefined}
      onPointerDown={begin('move')}
      onPointerMove={follow}
      onPointerUp={end}
      onPointerCancel={() => setDrag(null)}
    >
      <button
        type="button"
        className="stop-block-body"
        aria-pressed={props.selected}
        aria-keyshortcuts="ArrowUp ArrowDown Shift+ArrowUp Shift+ArrowDown Control+D Delete"
        onClick={() => {
          if (!moved.current) props.onSelect();
        }}
        onKeyDown={onKeyDown}
        onFocus={props.onSelect}
      >
        <span className="stop-block-time" dir="ltr">
          {props.stop.start}–{props.stop.end}
        </span>
        {props.severity && (
          <span className="stop-block-mark" aria-hidden="true">
            {props.severity === 'error' ? '!' : '?'}
          </span>
        )}
        <span className="stop-block-activity">{` ${props.activity || t('itinerary:editor.untitled')} `}</span>
        <span className="stop-block-venue">{props.venue}</span>
        {/* The name is what the block shows (so speech matches sight), then what the checks found. */}
        {checks && <span className="visually-hidden">{` · ${checks}`}</span>}
      </button>
      <span className="stop-block-handle" aria-hidden="true" onPointerDown={begin('resize')} />
    </li>
  );
}
