import { t } from '@/src/i18n/t';
import type { Finding } from '@/src/detector/types';
import { h } from './dom';

// A polite live region that speaks each new warning once, not on every keystroke.
export function createAnnouncer(layer: HTMLElement) {
  const region = h(layer.ownerDocument, 'div', {
    class: 'sr-only',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  layer.append(region);
  const spoken = new Set<string>();
  return {
    announce(text: string, findings: readonly Finding[]) {
      const keys = findings.map(
        (finding) => `${finding.ruleId}:${text.slice(finding.start, finding.end)}`,
      );
      const fresh = findings.filter((_, index) => !spoken.has(keys[index]!));
      spoken.clear();
      for (const key of keys) spoken.add(key);
      if (fresh.length === 0) return;
      region.textContent = t('content_announce', fresh.map((finding) => finding.message).join(' '));
    },
  };
}
