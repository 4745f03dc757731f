import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { Popup } from '@/src/ui/popup/Popup';
import type { PopupEnv } from '@/src/ui/popup/popupEnv';
import type { SectionId } from '@/src/ui/popup/SectionTabs';

// A popup environment with no real tabs, clipboard or clock: each test says what it needs.
export function fakeEnv(overrides: Partial<PopupEnv> = {}): PopupEnv {
  let ids = 0;
  return {
    now: () => new Date(2026, 10, 23, 12, 0),
    locale: 'en-US',
    activeTab: async () => null,
    tabStatus: () => Promise.reject(new Error('Could not establish connection')),
    insertTemplate: vi.fn(async () => ({ inserted: true, copied: false })),
    copyText: vi.fn(async () => {}),
    openOptions: vi.fn(async () => {}),
    newId: () => `client-${++ids}`,
    ...overrides,
  };
}

export function renderPopup(section: SectionId, overrides: Partial<PopupEnv> = {}) {
  const env = fakeEnv(overrides);
  return { env, ...render(<Popup env={env} initialSection={section} />) };
}
