// Runs anywhere (core): a value made once per key and kept in a map, for things that cost
// far more to make than to use (Intl formatters, say).
export function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
