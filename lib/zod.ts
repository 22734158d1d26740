// zod, as every schema in lib/ imports it. Zod compiles object schemas with `new Function` where it can;
// under the nonce Content-Security-Policy (lib/security/csp.ts) a browser refuses eval, and even zod's
// caught probe for it is reported as a violation. So in the browser zod runs without compiling. This
// must run before any schema is built, which importing z from here guarantees. The server keeps it.
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });

export { z };
