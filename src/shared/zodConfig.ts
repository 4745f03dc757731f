import { z } from 'zod';

// zod compiles fast parsers with `new Function` when it may; an extension's CSP
// forbids that, and the failed probe only adds console noise. Parse without it.
export function configureZod() {
  z.config({ jitless: true });
}
