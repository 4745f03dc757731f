// The in-page UI's whole stylesheet, scoped by the shadow root.
export const UI_STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f; }
.mirror { position: fixed; overflow: hidden; color: transparent; -webkit-text-fill-color: transparent; border-style: solid; border-color: transparent; margin: 0; overflow-wrap: break-word; pointer-events: none; background: transparent; }
.mirror mark { color: transparent; -webkit-text-fill-color: transparent; border-radius: 2px; }
.mirror mark.high { background: rgba(217, 48, 37, 0.16); text-decoration: underline wavy #c5221f; }
.mirror mark.medium { background: rgba(227, 116, 0, 0.16); text-decoration: underline wavy #b06000; }
.mirror mark.low { background: transparent; text-decoration: underline dotted #5f6368; }
button { font: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible, input:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.chip { position: fixed; pointer-events: auto; display: inline-flex; align-items: center; gap: 4px; height: 24px; padding: 0 8px 0 6px; border-radius: 12px; border: 1px solid #b7d9c4; background: #f1f8f4; color: #0f5132; font-size: 12px; font-weight: 600; box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.chip svg { width: 14px; height: 14px; flex: none; }
.chip.warn { background: #fdecea; border-color: #f1b5ae; color: #8c1d18; }
.chip.medium { background: #fff4e5; border-color: #f3c98b; color: #7a4100; }
.card { position: fixed; pointer-events: auto; width: min(380px, calc(100vw - 16px)); max-height: min(460px, calc(100vh - 16px)); overflow: auto; background: #fff; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18); padding: 12px 14px; box-sizing: border-box; }
.card h2 { font-size: 14px; margin: 0 28px 8px 0; }
.card .close { position: absolute; top: 8px; right: 8px; width: 28px; height: 28px; border: 0; background: transparent; border-radius: 6px; font-size: 18px; line-height: 1; color: #444; }
.card .close:hover { background: #f0f2f4; }
.finding { border-top: 1px solid #eceff1; padding: 10px 0; list-style: none; }
.findings { margin: 0; padding: 0; }
.finding:first-child { border-top: 0; padding-top: 0; }
.finding .kind { display: flex; gap: 6px; align-items: center; font-weight: 600; }
.badge { font-size: 11px; font-weight: 600; padding: 1px 6px; border-radius: 8px; background: #fdecea; color: #8c1d18; }
.badge.medium { background: #fff4e5; color: #7a4100; }
.badge.low { background: #eef1f4; color: #3c4043; }
.quote { font-style: italic; color: #3c4043; margin: 4px 0; word-break: break-word; }
.why, .policy, .suggestion { margin: 4px 0; }
.policy { font-size: 12px; color: #4a4f55; }
.policy a { color: #0b57d0; }
.suggestion { background: #f1f8f4; border-radius: 6px; padding: 6px 8px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.primary { border: 1px solid #14804a; background: #14804a; color: #fff; border-radius: 6px; padding: 5px 10px; }
.primary:hover { background: #0f6b3d; }
.secondary { border: 1px solid #c4cbd2; background: #fff; color: #1f1f1f; border-radius: 6px; padding: 5px 10px; }
.secondary:hover { background: #f5f7f9; }
.footer { border-top: 1px solid #eceff1; margin-top: 8px; padding-top: 8px; display: grid; gap: 8px; }
.templates { display: grid; gap: 4px; margin: 0; padding: 0; list-style: none; }
.templates button { width: 100%; text-align: left; }
.contract { display: flex; gap: 6px; align-items: center; font-size: 12px; }
.status { min-height: 1em; font-size: 12px; color: #0f5132; }
.status.error { color: #8c1d18; }
.guard-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.28); pointer-events: auto; display: grid; place-items: center; }
.guard { background: #fff; border-radius: 10px; padding: 16px 18px; width: min(420px, calc(100vw - 32px)); box-shadow: 0 12px 32px rgba(0,0,0,.24); }
.guard h2 { margin: 0 0 6px; font-size: 15px; }
.guard p { margin: 0 0 12px; }
.reply { position: fixed; pointer-events: auto; border: 1px solid #f3c98b; background: #fff4e5; color: #7a4100; border-radius: 12px; font-size: 12px; padding: 2px 10px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
