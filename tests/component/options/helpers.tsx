import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { OptionsEnv } from '@/src/ui/options/env';
import { Options } from '@/src/ui/options/Options';

export function fakeEnv(overrides: Partial<OptionsEnv> = {}) {
  let next = 0;
  const downloads: { fileName: string; json: string }[] = [];
  const env: OptionsEnv = {
    requestOrigins: vi.fn(async () => true),
    removeOrigins: vi.fn(async () => true),
    hasOrigins: vi.fn(async () => false),
    download: (fileName, json) => downloads.push({ fileName, json }),
    newId: () => `id-${++next}`,
    ...overrides,
  };
  return { env, downloads };
}

export function renderOptions(overrides: Partial<OptionsEnv> = {}) {
  const { env, downloads } = fakeEnv(overrides);
  const user = userEvent.setup();
  const view = render(<Options env={env} />);
  return { ...view, user, env, downloads };
}
