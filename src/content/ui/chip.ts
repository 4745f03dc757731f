import { t } from '@/src/i18n/t';
import type { Finding } from '@/src/detector/types';
import { h } from './dom';

export function chipLabel(count: number): string {
  if (count === 0) return t('content_chip_none');
  if (count === 1) return t('content_chip_one');
  return t('content_chip_many', count);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function shield(doc: Document) {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M8 1 14 3.5V8c0 3.2-2.6 5.9-6 7-3.4-1.1-6-3.8-6-7V3.5Z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

export interface Chip {
  element: HTMLButtonElement;
  render(findings: readonly Finding[]): void;
}

export function createChip(doc: Document, onActivate: () => void): Chip {
  const count = h(doc, 'span', { attrs: { 'aria-hidden': 'true' } });
  const element = h(
    doc,
    'button',
    { class: 'chip', attrs: { type: 'button' }, on: { click: onActivate } },
    shield(doc),
    count,
  );
  return {
    element,
    render(findings) {
      const label = chipLabel(findings.length);
      element.setAttribute('aria-label', label);
      element.title = label;
      count.textContent = findings.length === 0 ? '✓' : String(findings.length);
      const high = findings.some((finding) => finding.severity === 'high');
      element.classList.toggle('warn', high);
      element.classList.toggle('medium', !high && findings.length > 0);
    },
  };
}
