// Runs in the main process: maps an app:// URL path onto a file under the renderer
// build folder, refusing anything that would step outside it.
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Returns the absolute file path for a request path such as "/assets/app.js", or
 * undefined when the path is malformed or escapes `root` (via "..", an encoded
 * separator, a NUL byte, a drive letter or a UNC prefix).
 */
export function resolveAppFile(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined; // malformed %-escape
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || /^[a-zA-Z]:/.test(segment))) return undefined;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join(sep);
  const absoluteRoot = resolve(root);
  const candidate = resolve(join(absoluteRoot, relativePath));
  const fromRoot = relative(absoluteRoot, candidate);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return undefined;
  return candidate;
}
