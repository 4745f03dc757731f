// Draft.js 0.11.7 editor rendered with React 19 (react-dom/client).
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState, RichUtils } from 'draft-js';
import type { DraftHandleValue } from 'draft-js';
import 'draft-js/dist/Draft.css';
import type { Mounted, MountOptions } from './plain.ts';

/** Latest editor state, kept outside React so getText() is always current. */
let latest: EditorState = EditorState.createEmpty();
let pushState: ((state: EditorState) => void) | undefined;
let editorRef: Editor | null = null;

function DraftComposer(props: {
  onSend: () => void;
  placeholder: string;
  onMounted: (el: HTMLElement) => void;
}) {
  const [state, setState] = useState(latest);
  const box = useRef<HTMLDivElement>(null);
  const change = (next: EditorState): void => {
    latest = next;
    setState(next);
  };
  useEffect(() => {
    pushState = change;
    const editable = box.current?.querySelector<HTMLElement>('[contenteditable="true"]');
    if (editable) props.onMounted(editable);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const handleReturn = (e: React.KeyboardEvent, current: EditorState): DraftHandleValue => {
    if (!e.shiftKey) {
      props.onSend();
      return 'handled';
    }
    change(RichUtils.insertSoftNewline(current));
    return 'handled';
  };
  const handleKeyCommand = (command: string, current: EditorState): DraftHandleValue => {
    const next = RichUtils.handleKeyCommand(current, command);
    if (next) {
      change(next);
      return 'handled';
    }
    return 'not-handled';
  };
  return (
    <div className="up-draft" ref={box} onClick={() => editorRef?.focus()}>
      <Editor
        ref={(r) => {
          editorRef = r;
        }}
        editorState={state}
        onChange={change}
        placeholder={props.placeholder}
        ariaLabel="Message"
        ariaMultiline
        handleReturn={handleReturn}
        handleKeyCommand={handleKeyCommand}
      />
    </div>
  );
}

function replaceContent(text: string): void {
  const content = ContentState.createFromText(text);
  const pushed = EditorState.push(latest, content, text ? 'insert-characters' : 'remove-range');
  const next = EditorState.moveSelectionToEnd(pushed);
  latest = next;
  pushState?.(next);
}

/** Mounts the Draft.js composer; resolves once the contenteditable is in the DOM. */
export function mountDraft(slot: HTMLElement, opts: MountOptions): Promise<Mounted> {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    slot.append(host);
    const root = createRoot(host);
    const onMounted = (element: HTMLElement): void => {
      element.setAttribute('data-standin', 'editor');
      resolve({
        element,
        getText: () => latest.getCurrentContent().getPlainText('\n'),
        setText: replaceContent,
        clear: () => replaceContent(''),
        focus: () => editorRef?.focus(),
        bold: () => pushState?.(RichUtils.toggleInlineStyle(latest, 'BOLD')),
        destroy: () => root.unmount(),
      });
    };
    root.render(
      <DraftComposer
        onSend={opts.onSend}
        placeholder={opts.placeholder ?? 'Send a message...'}
        onMounted={onMounted}
      />,
    );
  });
}
