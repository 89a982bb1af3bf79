// Runs anywhere (core): the default branch of a switch over a union. Called with the value
// the switch did not handle, it makes the compiler name every switch a new kind must reach
// (the value is `never` only when every case is handled), and throws if one slips through
// at run time (data from outside the type system).
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
