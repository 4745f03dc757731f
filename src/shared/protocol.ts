import { browser } from 'wxt/browser';
import type { Finding } from '@/src/detector/types';

// The whole message contract between Onside's contexts, in one map.
// Long-lived data (settings, the effective pattern pack) travels through
// storage instead; messages are only for request/response.

export interface TabStatus {
  /** A compose box is attached and being watched on this page. */
  attached: boolean;
  /** Compose boxes found but not attachable (an editor Onside cannot read). */
  unattached: number;
  site: string | null;
  /** Findings in the focused (or last focused) compose box. */
  findings: Pick<Finding, 'ruleId' | 'category' | 'severity' | 'message'>[];
}

export interface ProtocolMap {
  /** Background liveness and version. */
  ping: { request: null; response: { version: string } };
  /** Content script -> background: scan a very long message off the page's main thread. */
  scanLarge: { request: { text: string; room: string }; response: Finding[] };
  /** Content script -> background: the user's RE2 patterns (re2js lives only there) on a message. */
  scanPatterns: { request: { text: string; room: string }; response: Finding[] };
  /** Popup -> content script of the active tab. */
  getTabStatus: { request: null; response: TabStatus };
  /** Popup -> content script: insert a template at the caret of the focused compose box. */
  insertTemplate: { request: { text: string }; response: { inserted: boolean; copied: boolean } };
}

export type MessageType = keyof ProtocolMap;
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: ProtocolMap[K]['request'];
}

export function sendToBackground<K extends MessageType>(
  type: K,
  payload: ProtocolMap[K]['request'],
): Promise<ProtocolMap[K]['response']> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<K>);
}

export function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  payload: ProtocolMap[K]['request'],
): Promise<ProtocolMap[K]['response']> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies Envelope<K>);
}

export type Handlers = {
  [K in MessageType]?: (
    payload: ProtocolMap[K]['request'],
  ) => Promise<ProtocolMap[K]['response']> | ProtocolMap[K]['response'];
};

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

/** Listens for protocol messages from Onside's own contexts only. */
export function onMessages(handlers: Handlers, signal: AbortSignal) {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as
      ((payload: unknown) => Promise<unknown> | unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.payload));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
