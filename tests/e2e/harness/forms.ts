import type { Driver } from './driver';

// Extension pages (options, popup) found the way a user reads them: a region
// by its heading, a control by its label, a button by its text.
export interface Target {
  /** The heading text naming the section (aria-labelledby); the whole page when absent. */
  region?: string;
  /** A label's text (for inputs/selects), a button's text or aria-label, or a role=tab's text. */
  name: string;
  kind: 'control' | 'button' | 'tab';
}

type Found = { x: number; y: number } | null;

// Runs in the page: self-contained.
function locate(target: Target): Found {
  const text = (element: Element | null | undefined) =>
    (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let scope: ParentNode = document;
  if (target.region) {
    const regions = [...document.querySelectorAll('section[aria-labelledby]')];
    const region = regions.find(
      (section) =>
        text(document.getElementById(section.getAttribute('aria-labelledby')!)) === target.region,
    );
    if (!region) return null;
    scope = region;
  }
  const find = (): Element | null | undefined => {
    if (target.kind === 'control') {
      const label = [...scope.querySelectorAll('label')].find((l) => text(l) === target.name);
      if (!label) return scope.querySelector(`[aria-label="${CSS.escape(target.name)}"]`);
      return label.htmlFor
        ? document.getElementById(label.htmlFor)
        : label.querySelector('input, select, textarea');
    }
    const role = target.kind === 'tab' ? '[role="tab"]' : 'button, [role="button"]';
    return [...scope.querySelectorAll(role)].find(
      (b) => (b.getAttribute('aria-label') ?? text(b)) === target.name || text(b) === target.name,
    );
  };
  const element = find();
  if (!element) return null;
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

export async function waitForTarget(driver: Driver, target: Target, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const point = await driver.evaluate(locate, target);
    if (point) return point;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const where = target.region ? ` in "${target.region}"` : '';
  throw new Error(`No visible ${target.kind} "${target.name}"${where}`);
}

export async function clickTarget(driver: Driver, target: Target) {
  const { x, y } = await waitForTarget(driver, target);
  await driver.click(x, y);
}

/** Clicks into a text field, clears it with the keyboard, and types. */
export async function fill(
  driver: Driver,
  region: string | undefined,
  label: string,
  value: string,
) {
  await clickTarget(driver, { region, name: label, kind: 'control' });
  await driver.press('Control+a');
  await driver.press('Backspace');
  await driver.type(value);
}

/**
 * Picks an option of a <select> by value. Native option lists are not part of
 * the page in headless browsers, so the value is set the way React expects a
 * user's choice: the native setter, then a bubbling change event.
 */
export async function choose(
  driver: Driver,
  region: string | undefined,
  label: string,
  value: string,
) {
  await waitForTarget(driver, { region, name: label, kind: 'control' });
  const ok = await driver.evaluate(
    ([regionName, labelText, optionValue]) => {
      const text = (element: Element | null | undefined) =>
        (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const scope =
        [...document.querySelectorAll('section[aria-labelledby]')].find(
          (s) => text(document.getElementById(s.getAttribute('aria-labelledby')!)) === regionName,
        ) ?? document;
      const label = [...scope.querySelectorAll('label')].find((l) => text(l) === labelText);
      const select = label && document.getElementById(label.htmlFor);
      if (!(select instanceof HTMLSelectElement)) return false;
      if (![...select.options].some((o) => o.value === optionValue)) return false;
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
      select.focus();
      setter.call(select, optionValue);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return select.value === optionValue;
    },
    [region ?? '', label, value] as const,
  );
  if (!ok) throw new Error(`Could not choose "${value}" in "${label}"`);
}

/** Everything in the extension's local storage, read from an extension page. */
export const storageSnapshot = (driver: Driver) =>
  driver.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const scope = globalThis as unknown as {
      browser?: { storage: { local: Area } };
      chrome: { storage: { local: Area } };
    };
    return (scope.browser ?? scope.chrome).storage.local.get(null);
  }, null);

/** The text of the first element matching `selector` that is visible, or null. */
export const visibleText = (driver: Driver, selector: string) =>
  driver.evaluate((sel) => {
    for (const element of document.querySelectorAll(sel)) {
      const rect = element.getBoundingClientRect();
      const text = (element.textContent ?? '').trim();
      if (rect.width > 0 && rect.height > 0 && text) return text;
    }
    return null;
  }, selector);
