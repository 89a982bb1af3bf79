// Runs in the renderer: the current route, following the hash.
import { useEffect, useState } from 'react';
import { routeFromHash, type Route } from './routes';

export function useRoute(win: Window = window): Route {
  const [route, setRoute] = useState<Route>(() => routeFromHash(win.location.hash));
  useEffect(() => {
    const follow = () => setRoute(routeFromHash(win.location.hash));
    win.addEventListener('hashchange', follow);
    follow();
    return () => win.removeEventListener('hashchange', follow);
  }, [win]);
  return route;
}
