// A textarea or input cannot hold highlights, so a transparent copy of its text
// sits exactly over it, inside Onside's own shadow root, with the risky spans
// marked. The page's element is never wrapped or restyled.

export interface MarkedSpan {
  start: number;
  end: number;
  severity: string;
}

export interface MirrorOverlay {
  update(text: string, spans: readonly MarkedSpan[]): void;
  /** Re-reads geometry and scroll; call inside an animation frame. */
  sync(): void;
  destroy(): void;
}

const COPIED = [
  'boxSizing',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'textTransform',
  'direction',
  'tabSize',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
] as const;

export function createMirror(
  control: HTMLTextAreaElement | HTMLInputElement,
  layer: HTMLElement,
): MirrorOverlay {
  const doc = layer.ownerDocument;
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  const single = control instanceof HTMLInputElement;
  mirror.style.whiteSpace = single ? 'pre' : 'pre-wrap';
  layer.append(mirror);

  const sync = () => {
    const rect = control.getBoundingClientRect();
    const style = getComputedStyle(control);
    for (const name of COPIED) mirror.style[name] = style[name];
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = Math.max(0, control.offsetWidth - control.clientWidth - borders);
    mirror.style.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    mirror.style.boxSizing = 'border-box';
    mirror.style.left = `${rect.left}px`;
    mirror.style.top = `${rect.top}px`;
    mirror.style.width = `${rect.width}px`;
    mirror.style.height = `${rect.height}px`;
    if (single && style.lineHeight === 'normal')
      mirror.style.lineHeight = `${control.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px`;
    mirror.style.display = rect.width && rect.height ? 'block' : 'none';
    mirror.scrollTop = control.scrollTop;
    mirror.scrollLeft = control.scrollLeft;
  };

  return {
    update(text, spans) {
      const parts: Node[] = [];
      let at = 0;
      for (const span of [...spans].sort((a, b) => a.start - b.start)) {
        if (span.start < at) continue;
        parts.push(doc.createTextNode(text.slice(at, span.start)));
        const mark = doc.createElement('mark');
        mark.className = `risk ${span.severity}`;
        mark.textContent = text.slice(span.start, span.end);
        parts.push(mark);
        at = span.end;
      }
      // A trailing space keeps a final newline's height, as the textarea shows it.
      parts.push(doc.createTextNode(`${text.slice(at)} `));
      mirror.replaceChildren(...parts);
    },
    sync,
    destroy: () => mirror.remove(),
  };
}
