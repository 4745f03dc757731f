// TipTap 3 + StarterKit, mounted like Upwork's composer: `.up-d-composer .composer .tiptap.ProseMirror`.
import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Mounted, MountOptions } from './plain.ts';

export interface TiptapMounted extends Mounted {
  editor: Editor;
}

function textToContent(text: string) {
  // One paragraph per line, so getText({ blockSeparator: '\n' }) round-trips.
  return {
    type: 'doc',
    content: text.split('\n').map((line) => ({
      type: 'paragraph',
      ...(line ? { content: [{ type: 'text', text: line }] } : {}),
    })),
  };
}

export function mountTiptap(
  slot: HTMLElement,
  opts: MountOptions & { content?: string },
): TiptapMounted {
  const host = (opts.doc ?? document).createElement('div');
  host.className = 'composer';
  slot.append(host);
  const SendOnEnter = Extension.create({
    name: 'standinSendOnEnter',
    priority: 1000,
    addKeyboardShortcuts() {
      return {
        Enter: () => {
          opts.onSend();
          return true;
        },
      };
    },
  });
  const editor = new Editor({
    element: host,
    extensions: [StarterKit, SendOnEnter],
    content: opts.content ? textToContent(opts.content) : '',
    editorProps: {
      attributes: {
        'data-standin': 'editor',
        'aria-label': 'Message',
        role: 'textbox',
        'aria-multiline': 'true',
      },
    },
  });
  const element = editor.view.dom as HTMLElement;
  return {
    editor,
    element,
    getText: () => editor.getText({ blockSeparator: '\n' }),
    setText: (text) => {
      editor.commands.setContent(textToContent(text), { emitUpdate: true });
    },
    clear: () => {
      editor.commands.clearContent(true);
    },
    focus: () => {
      editor.commands.focus('end');
    },
    bold: () => {
      editor.chain().focus().toggleBold().run();
    },
    destroy: () => {
      editor.destroy();
      host.remove();
    },
  };
}
