// Runs anywhere (core): a zod issue path written the way people write JSON paths,
// `blocks[3].rows[2]`, relative to the document, so an error message points straight at the value.
import { formatIssuePath } from '../issue-path';

export function formatJsonPath(path: readonly PropertyKey[]): string {
  return formatIssuePath(path, { root: '', whole: '(document)' });
}
