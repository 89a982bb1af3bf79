// Runs anywhere (core): a workspace as compact JSON, in pieces. The text is exactly
// JSON.stringify(doc); producing it block by block lets the store write a large
// workspace without one long pause and without holding a second copy in one string.
import type { Workspace } from '../model/workspace';

function* members(value: Record<string, unknown>): Generator<[string, unknown]> {
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue; // as JSON.stringify
    yield [key, item];
  }
}

export function* workspaceJsonChunks(doc: Workspace, chunkSize = 256 * 1024): Generator<string> {
  let buffer = '';
  const flushIfFull = function* () {
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = '';
    }
  };
  buffer += '{';
  let firstKey = true;
  for (const [key, value] of members(doc as unknown as Record<string, unknown>)) {
    buffer += `${firstKey ? '' : ','}${JSON.stringify(key)}:`;
    firstKey = false;
    if (key !== 'library' || !value || typeof value !== 'object') {
      buffer += JSON.stringify(value);
      yield* flushIfFull();
      continue;
    }
    buffer += '{';
    let firstLibraryKey = true;
    for (const [libraryKey, libraryValue] of members(value as Record<string, unknown>)) {
      buffer += `${firstLibraryKey ? '' : ','}${JSON.stringify(libraryKey)}:`;
      firstLibraryKey = false;
      if (libraryKey !== 'sections' || !Array.isArray(libraryValue)) {
        buffer += JSON.stringify(libraryValue);
        continue;
      }
      buffer += '[';
      for (let s = 0; s < libraryValue.length; s++) {
        const section: unknown = libraryValue[s];
        if (s > 0) buffer += ',';
        if (!section || typeof section !== 'object') {
          buffer += JSON.stringify(section) ?? 'null';
          continue;
        }
        buffer += '{';
        let firstSectionKey = true;
        for (const [sectionKey, sectionValue] of members(section as Record<string, unknown>)) {
          buffer += `${firstSectionKey ? '' : ','}${JSON.stringify(sectionKey)}:`;
          firstSectionKey = false;
          if (sectionKey !== 'blocks' || !Array.isArray(sectionValue)) {
            buffer += JSON.stringify(sectionValue);
            continue;
          }
          buffer += '[';
          for (let b = 0; b < sectionValue.length; b++) {
            buffer += `${b > 0 ? ',' : ''}${JSON.stringify(sectionValue[b]) ?? 'null'}`;
            yield* flushIfFull();
          }
          buffer += ']';
        }
        buffer += '}';
      }
      buffer += ']';
    }
    buffer += '}';
    yield* flushIfFull();
  }
  buffer += '}';
  yield buffer;
}
