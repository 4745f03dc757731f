import { TEMPLATES } from '../../../src/detector';

// The messages the end-to-end specs type, and what they expect to see.
export const RISKY = 'Could you pay me through PayPal instead of here?';
export const BENIGN = 'The PayPal checkout webhook fails on refunds, I will fix it today.';
export const FLAGGED_CHIP = /^Onside: [1-9]\d* risky phrases?$/;
export const CLEAN_CHIP = /^Onside: No risky phrases$/;

export function template(id: string) {
  const found = TEMPLATES.find((entry) => entry.id === id);
  if (!found) throw new Error(`No built-in template ${id}`);
  return { title: found.title.en, text: found.text.en };
}

/** A fragment of a template that survives every editor's whitespace handling. */
export const fragmentOf = (text: string) => text.split(/\n/)[0]!.slice(0, 40);
