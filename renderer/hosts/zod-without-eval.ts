// Runs in the browser host: zod 4 compiles fast object parsers with `new Function`, and
// decides whether it may when each schema is built, by trying. Under the desktop CSP
// (script-src without 'unsafe-eval') that try is refused and reported as a violation, so
// switch compilation off before any schema module loads: import this module first.
import { config } from 'zod';

config({ jitless: true });
