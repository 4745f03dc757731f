import { createScanner } from '@/src/detector';
import type { Finding } from '@/src/detector/types';
import type { EffectiveConfig } from '@/src/store/effective';

// Turns the user's effective settings into the function each box calls on a
// pause: compiled once per settings change, applied per conversation. The
// background runs the same function for very long messages (see LARGE_TEXT).
export type Analyze = (text: string) => Finding[];

export function createAnalyzer(config: EffectiveConfig, room: string): Analyze {
  const scanner = createScanner({ allowList: config.allowList, userPatterns: config.userPatterns });
  const contractActive = config.contractActiveRooms.includes(room);
  const warn = new Set(config.warnSeverities);
  const ignored = new Set(
    config.ignored.map((entry) => `${entry.ruleId}\u0000${entry.text.toLowerCase()}`),
  );
  return (text) =>
    scanner
      .scan(text, { contractActive })
      .findings.filter((finding) => warn.has(finding.severity))
      .filter(
        (finding) =>
          !ignored.has(
            `${finding.ruleId}\u0000${text.slice(finding.start, finding.end).toLowerCase()}`,
          ),
      );
}

/**
 * Above this many characters a scan runs in the background instead of on the
 * page's main thread, so a huge paste never freezes the page.
 */
export const LARGE_TEXT = 64 * 1024;
