import type { Driver } from './driver';
import type { Probe } from './probe';

// What a spec does in a stand-in message room, in a user's terms.
type ProbeWindow = {
  __probe: Probe;
  __standin: {
    getText(which?: number): string;
    sent: string[];
    setText(text: string, which?: number): void;
    addIncoming(text: string): void;
  };
};

/** Polls a check in the page (it may await, e.g. a storage read) until it holds. */
export async function waitFor<A>(
  driver: Driver,
  check: (arg: A) => boolean | Promise<boolean>,
  arg: A,
  what: string,
  timeoutMs = 5000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await driver.evaluate(check, arg)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export async function focusEditor(driver: Driver, which = 0) {
  const point = await driver.evaluate(
    (index) => (window as unknown as ProbeWindow).__probe.editorPoint(index),
    which,
  );
  if (!point) throw new Error('No [data-standin="editor"] on the page');
  await driver.click(point.x, point.y);
}

export const chipNames = (driver: Driver) =>
  driver.evaluate(
    () =>
      (window as unknown as ProbeWindow).__probe
        .names('button')
        .filter((name) => name.startsWith('Onside:')),
    null,
  );

export const waitForChip = (driver: Driver, pattern: RegExp, timeoutMs = 5000) =>
  waitForUi(driver, 'button', pattern, timeoutMs);

/** Waits until the page's editor (not an incoming message) has a highlight covering `text`. */
export async function waitForHighlight(driver: Driver, text: string, timeoutMs = 5000) {
  await waitFor(
    driver,
    (wanted) =>
      (window as unknown as ProbeWindow).__probe
        .highlighted()
        .some((marked) => marked.includes(wanted)),
    text,
    `a highlight on "${text}" in the editor`,
    timeoutMs,
  );
}

/** Waits until Onside's UI shows an element of `role` whose accessible name matches `pattern`. */
export async function waitForUi(driver: Driver, role: string, pattern: RegExp, timeoutMs = 5000) {
  await waitFor(
    driver,
    ([r, source]) =>
      (window as unknown as ProbeWindow).__probe
        .names(r)
        .some((name) => new RegExp(source).test(name)),
    [role, pattern.source] as const,
    `a ${role} named ${pattern}`,
    timeoutMs,
  );
}

export async function clickUi(driver: Driver, role: string, name: string, index = 0) {
  const point = await driver.evaluate(
    ([r, n, i]) => (window as unknown as ProbeWindow).__probe.center(r, n, i),
    [role, name, index] as const,
  );
  if (!point) throw new Error(`No visible ${role} named "${name}" in Onside's UI`);
  await driver.click(point.x, point.y);
}

export const modelText = (driver: Driver, which = 0) =>
  driver.evaluate((index) => (window as unknown as ProbeWindow).__standin.getText(index), which);
export const sentMessages = (driver: Driver) =>
  driver.evaluate(() => [...(window as unknown as ProbeWindow).__standin.sent], null);
export const highlighted = (driver: Driver) =>
  driver.evaluate(() => (window as unknown as ProbeWindow).__probe.highlighted(), null);
export const uiNames = (driver: Driver, role: string) =>
  driver.evaluate((r) => (window as unknown as ProbeWindow).__probe.names(r), role);
export const addIncoming = (driver: Driver, text: string) =>
  driver.evaluate((t) => (window as unknown as ProbeWindow).__standin.addIncoming(t), text);

/** Waits until Onside shows a dialog (the card) or an alertdialog (the send guard). */
export const waitForOnside = (driver: Driver, role: 'dialog' | 'alertdialog', what: string) =>
  waitFor(
    driver,
    (r) => (window as unknown as ProbeWindow).__probe.exists(r, '^Onside'),
    role,
    what,
  );

/** Opens the card from the chip, as a user would. */
export async function openCard(driver: Driver) {
  await waitForChip(driver, /^Onside: /);
  const chip = (await uiNames(driver, 'button')).find((name) => name.startsWith('Onside: '));
  await clickUi(driver, 'button', chip!);
  await waitForOnside(driver, 'dialog', 'the Onside card');
}
