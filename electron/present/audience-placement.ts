// Runs in the main process: which display the audience view belongs on. The presenter keeps
// the laptop's screen (the display its window is on); any other display is the projector.
import type { Display, Rectangle } from 'electron';

export interface AudiencePlacement {
  /** Full screen on this display, or a normal window on the presenter's. */
  kind: 'external' | 'window';
  display: Display;
}

/** The projector: the first display that is not the presenter's, else the presenter's own for a window. */
export function audiencePlacement(displays: readonly Display[], presenterDisplay: Display): AudiencePlacement {
  const external = displays.find((display) => display.id !== presenterDisplay.id);
  return external ? { kind: 'external', display: external } : { kind: 'window', display: presenterDisplay };
}

/** A normal window's bounds: 1024×640 (or less), centred in the display's work area. */
export function windowBounds(workArea: Rectangle): Rectangle {
  const width = Math.min(1024, workArea.width);
  const height = Math.min(640, workArea.height);
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}
