// Runs anywhere (core): the default branch of a switch over a union. A new member of the
// union makes the call a type error, so the compiler names every switch it must reach.
export function assertNever(value: never, what?: string): never {
  throw new Error(`Unexpected ${what ?? 'value'}: ${JSON.stringify(value)}`);
}
