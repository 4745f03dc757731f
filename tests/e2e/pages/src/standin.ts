// The `window.__standin` test hook shared by every stand-in page.
import type { Thread } from './layout.ts';

export interface Standin {
  /** Page / editor name, e.g. "tiptap". */
  editor: string;
  /** Text as held in the editor's own model. `which` picks a composer on multi-composer pages. */
  getText(which?: number): string;
  /** Replace the content through the editor's API. */
  setText(text: string, which?: number): void;
  /** Messages sent so far (Send click or Enter without Shift). */
  sent: string[];
  /** Append an incoming bubble to the thread. */
  addIncoming(text: string): void;
  /** Resolves once the editor is mounted. */
  ready: Promise<void>;
  isReady: boolean;
  /** Number of composers on the page (1 except iframe / shadow). */
  count: number;
  /** Page-specific extras (e.g. openModal, navigate). */
  [extra: string]: unknown;
}

/** Set by the iframe page's top document so the child frame can send into its thread. */
export interface StandinHost {
  thread: Thread;
  sent: string[];
}

declare global {
  interface Window {
    __standin?: Standin;
    __standinHost?: StandinHost;
  }
}

export interface EditorAdapter {
  getText(): string;
  setText(text: string): void;
  clear(): void;
  focus?(): void;
}

export interface StandinSetup {
  editor: string;
  thread: Thread;
  /** Adapters by composer index; may be filled in later (late / spa / modal pages). */
  adapters: (EditorAdapter | undefined)[];
  extras?: Record<string, unknown>;
  /** Share a `sent` array with another hook (iframe child -> parent). */
  sent?: string[];
}

export interface StandinControl {
  standin: Standin;
  /** Send the current text of composer `which`. */
  send(which?: number): void;
  /** Mark the page ready (editor mounted). */
  markReady(): void;
}

export function installStandin(setup: StandinSetup, win: Window = window): StandinControl {
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const adapter = (which = 0): EditorAdapter | undefined => setup.adapters[which];
  const standin: Standin = {
    editor: setup.editor,
    sent: setup.sent ?? [],
    ready,
    isReady: false,
    get count() {
      return setup.adapters.length;
    },
    getText: (which) => adapter(which)?.getText() ?? '',
    setText: (text, which) => adapter(which)?.setText(text),
    addIncoming: (text) => setup.thread.addIncoming(text),
    ...setup.extras,
  };
  win.__standin = standin;
  return {
    standin,
    send(which = 0) {
      const a = adapter(which);
      if (!a) return;
      const text = a.getText();
      if (text.trim() === '') return;
      standin.sent.push(text);
      setup.thread.addOutgoing(text);
      a.clear();
    },
    markReady() {
      standin.isReady = true;
      resolveReady();
    },
  };
}

/** True for a plain Enter (no Shift, no IME composition): that sends. */
export function isSendKey(e: KeyboardEvent): boolean {
  return (
    e.key === 'Enter' && !e.shiftKey && !e.isComposing && !e.altKey && !e.ctrlKey && !e.metaKey
  );
}
