import type { Finding } from '@/src/detector/types';

/**
 * A stand-in detector for the content-script tests: one payment finding wherever `ask` is
 * typed, so a test controls exactly what is flagged without the real engine.
 */
export function findingsOf(ask: string): (text: string) => Finding[] {
  return (text) => {
    const start = text.indexOf(ask);
    if (start < 0) return [];
    return [
      {
        ruleId: 'payment.offplatform-rail',
        category: 'payment',
        severity: 'high',
        start,
        end: start + ask.length,
        message: 'Asks to be paid outside the platform.',
        policy: { title: 'Payments', url: 'https://example.com' },
      } as Finding,
    ];
  };
}
