import { HIGHLIGHT_NAMES } from '../highlight/registry';
import { UI_STYLE } from './styles';

// Everything Onside shows in a page lives in one shadow root: the page's CSS
// cannot reach it, and it never touches the page's own elements.
export interface UiHost {
  /** A fixed, click-through layer for overlays, chips and cards. */
  layer: HTMLElement;
  destroy(): void;
}

/**
 * Firefox destroys a content script's world when the extension reloads or
 * updates, before it can tidy up; the next instance removes what it left.
 */
export function removeLeftovers(
  doc: Document = document,
  win: Window & typeof globalThis = window,
) {
  for (const stale of doc.querySelectorAll('[data-onside="ui"]')) stale.remove();
  for (const name of Object.values(HIGHLIGHT_NAMES)) win.CSS?.highlights?.delete(name);
}

export function createUiHost(doc: Document = document): UiHost {
  removeLeftovers(doc, (doc.defaultView ?? window) as Window & typeof globalThis);
  const host = doc.createElement('div');
  host.dataset.onside = 'ui';
  host.style.setProperty('all', 'initial');
  host.style.setProperty('position', 'fixed');
  host.style.setProperty('inset', '0 auto auto 0');
  host.style.setProperty('width', '0');
  host.style.setProperty('height', '0');
  host.style.setProperty('z-index', '2147483646');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_STYLE;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  root.append(style, layer);
  doc.documentElement.append(host);
  return { layer, destroy: () => host.remove() };
}
