import { z } from 'zod';

// The page's CSP forbids eval, and zod probes `new Function` when each schema is created unless
// told not to: this runs before the shared schemas are declared (preload.ts imports it first).
z.config({ jitless: true });
