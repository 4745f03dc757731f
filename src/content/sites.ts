import type { SiteId } from '@/src/shared/sites';

// Per-site knowledge, as data, in one place per site: where the thread's
// incoming messages are, which button sends, which element wraps a composer,
// and whether Enter sends. A site redesign means editing this table.
export interface SiteDom {
  composer: string;
  sendButton: string;
  incomingMessage: string;
  enterSends: boolean;
}

export const SITE_DOM: Record<SiteId, SiteDom> = {
  upwork: {
    composer: '.up-d-composer, [data-test="composer"], .composer',
    sendButton:
      '.up-d-send-button, button[data-test="send-button"], button[aria-label="Send message"]',
    incomingMessage:
      '.up-d-message--incoming .up-d-message-body, [data-test="message-incoming"] [data-test="message-body"]',
    enterSends: true,
  },
  fiverr: {
    composer: 'form[class*="message"], [class*="composer"]',
    sendButton: 'button[type="submit"][class*="send"], button[aria-label="Send"]',
    incomingMessage:
      '[class*="message-flow"] [class*="message"]:not([class*="own"]) [class*="text"]',
    enterSends: false,
  },
  freelancer: {
    composer: 'app-message-composer, [class*="MessageComposer"]',
    sendButton: 'button[aria-label="Send"], button[data-testid="send-button"]',
    incomingMessage: '[class*="MessageItem"]:not([class*="Own"]) [class*="MessageText"]',
    enterSends: true,
  },
  peopleperhour: {
    composer: '.message-form, [class*="reply-box"]',
    sendButton: 'button[type="submit"]',
    incomingMessage: '.message-item:not(.own) .message-text',
    enterSends: false,
  },
};

export function siteFor(hostname: string): SiteId | null {
  const host = hostname.toLowerCase();
  if (host === 'upwork.com' || host.endsWith('.upwork.com')) return 'upwork';
  if (host.endsWith('fiverr.com')) return 'fiverr';
  if (host.endsWith('freelancer.com')) return 'freelancer';
  if (host.endsWith('peopleperhour.com')) return 'peopleperhour';
  return null;
}

/** A conversation's key for per-conversation settings (contract active). */
export function roomKey(location: Location): string {
  return `${location.origin}${location.pathname}`;
}

/** The outermost ancestor matching a selector: composers nest their own wrappers. */
export function outermost(element: Element, selector: string): Element | null {
  let found = element.closest(selector);
  for (
    let up = found?.parentElement?.closest(selector);
    up;
    up = up.parentElement?.closest(selector)
  )
    found = up;
  return found;
}
