import { z } from 'zod';

// The CSP forbids eval. zod decides whether to compile its object parsers with `new Function`
// when each schema is created, so this must run before any module that declares a schema:
// main.tsx imports this file first.
z.config({ jitless: true });
