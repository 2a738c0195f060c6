import { z } from 'zod';

/*
 * zod probes for `new Function` to speed up parsing. The page's CSP rightly refuses it, and the refusal would be
 * reported as a violation; main.tsx imports this module first, so the probe is off before any schema exists.
 */
z.config({ jitless: true });
