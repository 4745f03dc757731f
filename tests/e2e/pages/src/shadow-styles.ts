// Styles for the composers inside the shadow root (page CSS does not pierce it).
export const SHADOW_CSS = `
:host { display: block; font-family: inherit; color: #001e00; }
* { box-sizing: border-box; }
.label { margin: 10px 24px 0; font-size: 12px; font-weight: 600; color: #5e6d55; text-transform: uppercase; letter-spacing: .4px; }
.up-d-composer { margin: 8px 24px 12px; border: 1px solid #bec9be; border-radius: 8px; background: #fff; display: flex; flex-direction: column; }
.up-d-composer:focus-within { border-color: #14a800; box-shadow: 0 0 0 1px #14a800; }
.up-d-composer-toolbar { display: flex; gap: 4px; padding: 6px 8px; border-bottom: 1px solid #e6ece6; }
.up-d-tool { border: none; background: none; padding: 4px 8px; border-radius: 4px; font: inherit; font-size: 13px; color: #5e6d55; cursor: pointer; }
.up-d-tool:hover { background: #f2f7f2; color: #001e00; }
.up-d-tool--bold { font-weight: 700; }
.up-d-composer-editor { min-height: 56px; max-height: 200px; overflow-y: auto; }
.up-d-composer-footer { display: flex; align-items: center; padding: 6px 8px 8px 12px; }
.up-d-composer-hint { font-size: 12px; color: #5e6d55; }
.up-d-send-button { margin-left: auto; padding: 7px 20px; border: none; border-radius: 16px; background: #14a800; color: #fff; font: inherit; font-size: 14px; font-weight: 600; cursor: pointer; }
.up-d-send-button:hover { background: #108a00; }
.up-d-input { display: block; width: 100%; border: none; outline: none; resize: none; padding: 10px 12px; font: inherit; font-size: 14px; line-height: 1.45; color: #001e00; background: transparent; min-height: 56px; }
div.up-d-input { white-space: pre-wrap; overflow-wrap: anywhere; }
.up-d-input:empty::before { content: attr(data-placeholder); color: #8a9a85; pointer-events: none; }
`;
