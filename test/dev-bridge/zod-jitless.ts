import { z } from 'zod';

/*
 * zod probes for `new Function` to speed up parsing, and it probes when the first schema is built. The page's
 * CSP rightly refuses it, which only adds noise to the console; this module is imported first so the probe is
 * switched off before any schema exists.
 */
z.config({ jitless: true });
