// Runs anywhere (core): copy-on-write updates. A command copies only the objects on the
// path to what it changes and shares the rest, so applying one to a 50,000-segment
// workspace stays cheap, and the document the store last wrote is never mutated.
export type Path = readonly (string | number)[];

/** A copy of `root` in which the value at `path` is replaced by `fn(old value)`. */
export function updateIn<T>(root: T, path: Path, fn: (value: any) => unknown): T {
  if (path.length === 0) return fn(root) as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy = root.slice();
    copy[key as number] = updateIn(root[key as number], rest, fn);
    return copy as T;
  }
  const record = root as Record<string, unknown>;
  return { ...record, [key]: updateIn(record[key], rest, fn) } as T;
}

export function getIn(root: unknown, path: Path): any {
  let value: any = root;
  for (const key of path) value = value?.[key];
  return value;
}

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy.splice(index, 0, item);
  return copy;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  const copy = list.slice();
  copy.splice(index, 1);
  return copy;
}

export function moveWithin<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}
