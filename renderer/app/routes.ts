// Runs in the renderer: where the app is, kept in the URL hash (#/library, #/settings) so a
// reload, the browser's back button and a bookmark all land in the same place.
import { isAreaId, type AreaId } from './areas';

export type Route = AreaId | 'settings';

export const DEFAULT_ROUTE: Route = 'library';

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  if (name === 'settings' || isAreaId(name)) return name;
  return DEFAULT_ROUTE;
}

export function hashOf(route: Route): string {
  return `#/${route}`;
}
