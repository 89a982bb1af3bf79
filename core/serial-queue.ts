// Runs anywhere (core): runs async tasks one after another, in the order they were given.
// A read-modify-write (a settings update, a workspace command, a file action) must not
// interleave with the next one; a failed task does not stop the ones after it.
export interface SerialQueue {
  /** Runs `task` after every task given before it; resolves or rejects with its outcome. */
  run<T>(task: () => T | Promise<T>): Promise<T>;
  /** Resolves once every task given so far has settled (it never rejects). */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => T | Promise<T>): Promise<T> {
      const run = tail.then(() => task());
      tail = run.catch(() => undefined);
      return run;
    },
    idle: () => tail.then(() => undefined),
  };
}
