// Every editor the stand-in pages build from the real libraries.
export const EDITORS = [
  'textarea',
  'input',
  'contenteditable',
  'tiptap',
  'quill',
  'lexical',
  'draftjs',
] as const;
