import { UI_STYLE } from './styles';

// Everything Onside shows in a page lives in one shadow root: the page's CSS
// cannot reach it, and it never touches the page's own elements.
export interface UiHost {
  root: ShadowRoot;
  /** A fixed, click-through layer for overlays, chips and cards. */
  layer: HTMLElement;
  destroy(): void;
}

export function createUiHost(doc: Document = document): UiHost {
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
  return { root, layer, destroy: () => host.remove() };
}
