import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLookup } from '@/src/i18n/t';
import { sourceLookup } from './i18n';

beforeEach(() => {
  fakeBrowser.reset();
  setLookup(sourceLookup('en'));
});

afterEach(() => {
  cleanup();
});
