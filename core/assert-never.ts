// Runs anywhere (core): the default branch of every switch over a union. A new kind that no
// case handles makes `value` not `never`, so the compiler names each place it must go.
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
