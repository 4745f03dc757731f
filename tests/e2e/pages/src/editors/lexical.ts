// Lexical (vanilla JS): rich-text + history plugins on a contenteditable root.
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  KEY_ENTER_COMMAND,
  createEditor,
} from 'lexical';
import type { LexicalEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import type { Mounted, MountOptions } from './plain.ts';

export function mountLexical(
  slot: HTMLElement,
  opts: MountOptions,
): Mounted & { editor: LexicalEditor } {
  const element = document.createElement('div');
  element.className = 'up-lexical-root';
  element.contentEditable = 'true';
  element.setAttribute('role', 'textbox');
  element.setAttribute('aria-multiline', 'true');
  element.setAttribute('aria-label', 'Message');
  element.setAttribute('data-standin', 'editor');
  element.setAttribute('data-lexical-standin', 'true');
  slot.append(element);

  const editor = createEditor({
    namespace: 'onside-standin',
    nodes: [HeadingNode, QuoteNode],
    theme: { paragraph: 'up-lexical-p', text: { bold: 'up-lexical-bold' } },
    onError: (error) => {
      console.error(error);
    },
  });
  editor.setRootElement(element);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (event && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        opts.onSend();
        return true;
      }
      return false;
    },
    COMMAND_PRIORITY_HIGH,
  );
  // Start with one empty paragraph, like the React plugin does.
  editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true });

  const write = (text: string): void => {
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        const p = $createParagraphNode();
        text.split('\n').forEach((line, i) => {
          if (i > 0) p.append($createLineBreakNode());
          if (line) p.append($createTextNode(line));
        });
        root.append(p);
        // Only move the selection in if the editor has focus.
        if (document.activeElement === element) p.selectEnd();
      },
      { discrete: true },
    );
  };
  return {
    editor,
    element,
    getText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    setText: write,
    clear: () => write(''),
    focus: () => editor.focus(),
    bold: () => {
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold');
    },
  };
}
