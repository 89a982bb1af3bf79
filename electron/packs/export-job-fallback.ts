// Runs in the main process: a typesetter that falls back once. If the worker thread cannot
// start or dies before it reports anything (a damaged install, a platform quirk), the same
// documents are typeset on the main thread instead and every later job goes there too:
// slower and less responsive, but the export still works. A cancel is never retried.
import { CancelledError, type PackTypesetter, type TypesetTask } from '../../core/ipc/pack-typesetter';

export function withFallback(primary: PackTypesetter, fallback: PackTypesetter, onFallback: (error: Error) => void = () => undefined): PackTypesetter {
  let failed = false;
  return {
    start(documents, onPhase, options) {
      if (failed) return fallback.start(documents, onPhase, options);
      let heard = false;
      let cancelled = false;
      let current: TypesetTask = primary.start(
        documents,
        (index, phase) => {
          heard = true;
          onPhase(index, phase);
        },
        options,
      );
      const results = current.results.catch((error: unknown) => {
        if (cancelled || heard || error instanceof CancelledError) throw error;
        failed = true;
        onFallback(error instanceof Error ? error : new Error(String(error)));
        current = fallback.start(documents, onPhase, options);
        return current.results;
      });
      return {
        results,
        cancel: () => {
          cancelled = true;
          current.cancel();
        },
      };
    },
    async dispose() {
      await Promise.all([primary.dispose(), fallback.dispose()]);
    },
  };
}
