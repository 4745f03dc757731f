// Probe: how does each stand-in editor react to a programmatic word replacement?
//  1. execCommand('insertText') over a selected word: does the editor's MODEL update,
//     and does ONE Ctrl+Z restore the original text?
//  2. A synthetic, cancelable `beforeinput` with inputType insertReplacementText
//     (what a spell-checker style replace looks like to page JS): handled, refused or ignored?
// Usage: node tests/e2e/pages/probe-replace.mjs [--firefox] [--only=a,b]
import { buildPages } from './build.mjs';
import { pageUrl, resolveRoute } from './routes.mjs';
import { launchChromium, launchFirefox } from './launch.mjs';

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const NAMES = only ?? [
  'textarea',
  'input',
  'contenteditable',
  'tiptap',
  'quill',
  'lexical',
  'draftjs',
  'unknown',
];
const ORIGINAL = 'Hello there friend';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs in the page: select `word` inside the first editor (text controls or DOM text). */
function selectWord(word) {
  const ed = document.querySelector('[data-standin="editor"]');
  ed.focus();
  if (ed instanceof HTMLTextAreaElement || ed instanceof HTMLInputElement) {
    const i = ed.value.indexOf(word);
    ed.setSelectionRange(i, i + word.length);
    return true;
  }
  const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(word);
    if (i >= 0) {
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + word.length);
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }
  }
  return false;
}

function domText() {
  const ed = document.querySelector('[data-standin="editor"]');
  return ed instanceof HTMLTextAreaElement || ed instanceof HTMLInputElement
    ? ed.value
    : ed.innerText;
}

function execInsert(text) {
  const seen = [];
  const log = (e) => seen.push(`${e.type}:${e.inputType}${e.cancelable ? ':cancelable' : ''}`);
  document.addEventListener('beforeinput', log, true);
  document.addEventListener('input', log, true);
  const ok = document.execCommand('insertText', false, text);
  document.removeEventListener('beforeinput', log, true);
  document.removeEventListener('input', log, true);
  return `${ok} ${seen.join(',') || 'no events'}`;
}

function dispatchReplacement(text) {
  const ed = document.querySelector('[data-standin="editor"]');
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  const sel = getSelection();
  const ranges = sel && sel.rangeCount ? [new StaticRange(sel.getRangeAt(0))] : [];
  const ev = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer: dt,
    targetRanges: ranges,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const notCancelled = ed.dispatchEvent(ev);
  return { prevented: !notCancelled };
}

async function probe(driver, name) {
  const model = () => driver.eval(() => window.__standin.getText());
  const out = { name };
  await driver.goto(pageUrl(name));
  await driver.eval(() => window.__standin.ready);
  await driver.clickEditor();
  await driver.type(ORIGINAL);
  await sleep(1200); // let history grouping (Quill 1 s, Lexical 300 ms) close the typing step
  // 1. execCommand insertText over "there"
  out.selected = await driver.eval(selectWord, 'there');
  await sleep(150);
  out.execReturned = await driver.eval(execInsert, 'X');
  await sleep(150);
  out.modelAfterExec = await model();
  out.domAfterExec = await driver.eval(domText);
  await driver.undo();
  await sleep(200);
  out.modelAfterUndo = await model();
  out.domAfterUndo = await driver.eval(domText);
  // 2. synthetic beforeinput insertReplacementText over "there"
  await driver.eval(() => window.__standin.setText(''));
  await driver.clickEditor();
  await driver.type(ORIGINAL);
  await sleep(200);
  await driver.eval(selectWord, 'there');
  await sleep(150);
  const r = await driver.eval(dispatchReplacement, 'X');
  await sleep(150);
  out.replacementPrevented = r.prevented;
  out.modelAfterReplacement = await model();
  await driver.undo();
  await sleep(200);
  out.modelAfterReplacementUndo = await model();
  return out;
}

function verdict(o) {
  const want = 'Hello X friend';
  const exec =
    o.modelAfterExec === want
      ? 'model updated'
      : `model NOT updated (${JSON.stringify(o.modelAfterExec)})`;
  const domSync =
    o.domAfterExec.trim() === o.modelAfterExec.trim()
      ? ''
      : ` [DOM ${JSON.stringify(o.domAfterExec)}]`;
  const undo =
    o.modelAfterUndo === ORIGINAL
      ? 'one Ctrl+Z restores'
      : `one Ctrl+Z -> ${JSON.stringify(o.modelAfterUndo)}${o.domAfterUndo !== o.modelAfterUndo ? ` (DOM ${JSON.stringify(o.domAfterUndo)})` : ''}`;
  const rep =
    o.modelAfterReplacement === want
      ? `handled by editor JS (prevented=${o.replacementPrevented}; one Ctrl+Z -> ${JSON.stringify(o.modelAfterReplacementUndo)})`
      : o.replacementPrevented
        ? 'refused (prevented, model unchanged)'
        : 'ignored (not prevented, model unchanged; synthetic events have no default action)';
  return `${o.name.padEnd(16)} execCommand(${o.execReturned}): ${exec}${domSync}; ${undo}; insertReplacementText: ${rep}`;
}

async function chromiumDriver() {
  const browser = await launchChromium();
  const context = await browser.newContext();
  await context.route('https://www.upwork.com/**', (route) => {
    const r = resolveRoute(route.request().url());
    return route.fulfill({ status: r.status, contentType: r.contentType, body: r.body });
  });
  const page = await context.newPage();
  return {
    close: () => browser.close(),
    goto: (u) => page.goto(u),
    eval: (fn, arg) => page.evaluate(fn, arg),
    clickEditor: () => page.locator('[data-standin="editor"]').first().click(),
    type: (t) => page.keyboard.type(t),
    undo: () => page.keyboard.press('Control+z'),
  };
}

async function firefoxDriver() {
  const browser = await launchFirefox();
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const r = resolveRoute(req.url());
    void req.respond({ status: r.status, contentType: r.contentType, body: r.body });
  });
  return {
    close: () => browser.close(),
    goto: (u) => page.goto(u),
    eval: (fn, arg) => page.evaluate(fn, arg),
    clickEditor: async () => (await page.$('[data-standin="editor"]')).click(),
    type: (t) => page.keyboard.type(t),
    undo: async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
    },
  };
}

await buildPages();
const browserName = args.includes('--firefox') ? 'firefox' : 'chromium';
const driver = browserName === 'firefox' ? await firefoxDriver() : await chromiumDriver();
try {
  for (const name of NAMES) {
    try {
      console.log(`${browserName} ${verdict(await probe(driver, name))}`);
    } catch (e) {
      console.log(
        `${browserName} ${name.padEnd(16)} ERROR ${String(e.message ?? e).split('\n')[0]}`,
      );
    }
  }
} finally {
  await driver.close();
}
