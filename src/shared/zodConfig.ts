import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod compiles fast parsers with `new Function` when it may; an extension's CSP
// forbids that, and the failed probe only adds console noise. Parse without it.
// zod/mini (a fraction of classic zod's size in the content script) ships no error
// messages of its own: the English ones are loaded here.
export function configureZod() {
  z.config({ jitless: true, ...en() });
}
