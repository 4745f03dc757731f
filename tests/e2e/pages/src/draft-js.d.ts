// Minimal typings for the parts of draft-js 0.11.7 the stand-in page uses
// (draft-js ships Flow types only).
declare module 'draft-js' {
  import type { Component, KeyboardEvent as ReactKeyboardEvent } from 'react';

  export type DraftHandleValue = 'handled' | 'not-handled';
  export type EditorChangeType =
    'insert-characters' | 'remove-range' | 'change-block-data' | 'adjust-depth';

  export class ContentState {
    static createFromText(text: string, delimiter?: string): ContentState;
    getPlainText(delimiter?: string): string;
    hasText(): boolean;
  }

  export class SelectionState {}

  export class EditorState {
    static createEmpty(): EditorState;
    static createWithContent(content: ContentState): EditorState;
    static push(
      state: EditorState,
      content: ContentState,
      changeType: EditorChangeType,
    ): EditorState;
    static moveFocusToEnd(state: EditorState): EditorState;
    static moveSelectionToEnd(state: EditorState): EditorState;
    static undo(state: EditorState): EditorState;
    getCurrentContent(): ContentState;
    getSelection(): SelectionState;
  }

  export const RichUtils: {
    handleKeyCommand(state: EditorState, command: string): EditorState | null;
    insertSoftNewline(state: EditorState): EditorState;
    toggleInlineStyle(state: EditorState, style: string): EditorState;
  };

  export interface EditorProps {
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
    ariaLabel?: string;
    ariaMultiline?: boolean;
    webDriverTestID?: string;
    handleReturn?(e: ReactKeyboardEvent, state: EditorState): DraftHandleValue;
    handleKeyCommand?(
      command: string,
      state: EditorState,
      eventTimeStamp: number,
    ): DraftHandleValue;
  }

  export class Editor extends Component<EditorProps> {
    focus(): void;
    blur(): void;
  }
}
