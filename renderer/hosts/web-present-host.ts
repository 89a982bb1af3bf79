// Runs in the browser host: the projector's audience view is a second window of the same
// origin (a pop-up the presenter opened), kept in step over a BroadcastChannel. A browser
// cannot place a window on another display, so it is always a normal window: the user drags
// it to the projector and presses F11.
import type { Handlers } from '../../core/ipc/contract';
import { audienceHash, type AudienceStatus } from '../../core/ipc/present-schemas';

/** The part of a window handle the host needs. */
export interface AudienceWindowHandle {
  closed: boolean;
  close(): void;
}

export function createWebPresentHandlers(
  open: (hash: string) => AudienceWindowHandle | null,
  emit: (status: AudienceStatus) => void,
): Pick<Handlers, 'presentOpenAudience' | 'presentCloseAudience'> {
  let handle: AudienceWindowHandle | null = null;
  let watch: ReturnType<typeof setInterval> | undefined;
  const stopWatching = () => {
    if (watch !== undefined) clearInterval(watch);
    watch = undefined;
  };
  return {
    presentOpenAudience: (request) => {
      // The same name reuses an open audience window rather than stacking a second one.
      handle = open(audienceHash(request));
      if (!handle) return { display: 'closed' };
      stopWatching();
      // A pop-up's "closed" is only readable by polling.
      watch = setInterval(() => {
        if (handle && !handle.closed) return;
        stopWatching();
        handle = null;
        emit({ display: 'closed' });
      }, 500);
      return { display: 'window' };
    },
    presentCloseAudience: () => {
      handle?.close();
      handle = null;
      stopWatching();
      return { display: 'closed' };
    },
  };
}
