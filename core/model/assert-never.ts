// Runs anywhere (core): the end of an exhaustive switch: a new kind that is not handled
// becomes a type error at this call, and a value that slipped past the types a clear throw.
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
