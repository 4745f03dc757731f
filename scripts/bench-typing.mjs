// Typing cost in real Chromium: types a message into the TipTap stand-in room at
// a steady pace, once with Onside loaded and once without, in the same run,
// and reports long tasks and main-thread time per keystroke.
//   node scripts/bench-typing.mjs [--chars 5000] [--cps 20] [--editor tiptap]
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findChromium } from './browsers.mjs';

const { values } = parseArgs({
  options: {
    chars: { type: 'string', default: '5000' },
    cps: { type: 'string', default: '20' },
    editor: { type: 'string', default: 'tiptap' },
  },
});
const chars = Number(values.chars);
const delay = 1000 / Number(values.cps);
const extension = resolve('.output/chrome-mv3');
spawnSync(process.execPath, ['tests/e2e/pages/build.mjs'], { stdio: 'ignore' });
const { pageUrl, resolveRoute } = await import('../tests/e2e/pages/routes.mjs');

const SENTENCES = [
  'Thanks for the brief, I have started on the landing page and the hero section is nearly done. ',
  'The form now validates emails and phone fields on the client side before it submits. ',
  'I will push the staging build tonight so you can review it tomorrow morning. ',
  'Could you send the final copy for the pricing table when you have a moment? ',
];
const message = Array.from(
  { length: Math.ceil(chars / 80) },
  (_, i) => SENTENCES[i % SENTENCES.length],
)
  .join('')
  .slice(0, chars);

async function run(withExtension) {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
  ];
  if (withExtension)
    args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'onside-bench-')),
    { executablePath: findChromium(), headless: true, args },
  );
  await context.route('https://www.upwork.com/**', (route) =>
    route.fulfill(resolveRoute(route.request().url())),
  );
  const page = await context.newPage();
  await page.goto(pageUrl(values.editor));
  await page.waitForFunction(() => window.__standin?.isReady);
  await page.click('[data-standin="editor"]');
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) =>
      window.__long.push(...list.getEntries().map((entry) => entry.duration)),
    ).observe({ type: 'longtask', buffered: false });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find(
      (metric) => metric.name === 'TaskDuration',
    ).value;
  const perKey = [];
  let before = await taskTime();
  for (const char of message) {
    const started = Date.now();
    await page.keyboard.type(char);
    await new Promise((done) => setTimeout(done, Math.max(0, delay - (Date.now() - started))));
    const now = await taskTime();
    perKey.push((now - before) * 1000);
    before = now;
  }
  await new Promise((done) => setTimeout(done, 800));
  const longTasks = await page.evaluate(() => window.__long);
  const chip = await page.evaluate(
    () =>
      document
        .querySelector('[data-onside="ui"]')
        ?.shadowRoot?.querySelector('.chip')
        ?.getAttribute('aria-label') ?? null,
  );
  await context.close();
  return { perKey, longTasks, chip };
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

console.log(
  `typing ${message.length} characters at ${values.cps}/s into ${values.editor}, with and without Onside…`,
);
const [withOnside, without] = await Promise.all([run(true), run(false)]);
const row = (name, result) => ({
  run: name,
  'p50 ms/key': quantile(result.perKey, 0.5).toFixed(2),
  'p95 ms/key': quantile(result.perKey, 0.95).toFixed(2),
  'long tasks': result.longTasks.length,
  'longest task ms': result.longTasks.length ? Math.max(...result.longTasks).toFixed(0) : '-',
});
console.table([row('with Onside', withOnside), row('without', without)]);
const added = quantile(withOnside.perKey, 0.95) - quantile(without.perKey, 0.95);
console.log(`main-thread time added per keystroke at p95: ${added.toFixed(2)} ms (target <= 2 ms)`);
console.log(
  `long tasks over 50 ms with Onside: ${withOnside.longTasks.filter((duration) => duration > 50).length} (target 0)`,
);
console.log(`chip at the end: ${withOnside.chip}`);
