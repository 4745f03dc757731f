import { afterAll, beforeAll, describe } from 'vitest';
import { describeIn } from './harness/browsers';
import { chromiumSession, type Session } from './harness/session';
import { a11ySpecs } from './specs/a11y';
import { composeSpecs } from './specs/compose';
import { optionsSpecs } from './specs/options';
import { popupSpecs } from './specs/popup';
import { privacySpecs } from './specs/privacy';
import { EDITORS } from './specs/editors';
import { hostileSpecs } from './specs/hostile';
import { pageSpecs } from './specs/pages';
import { skeletonSpecs } from './specs/skeleton';

describeIn('chromium', 'Onside', (path) => {
  let session: Session;
  beforeAll(async () => {
    session = await chromiumSession(path);
  });
  afterAll(() => session?.close());

  describe('skeleton', () => skeletonSpecs(() => session));
  for (const editor of EDITORS) describe(editor, () => composeSpecs(editor, () => session));
  describe('options', () => optionsSpecs(() => session));
  describe('hostile input', () => hostileSpecs(() => session));
  describe('popup', () =>
    popupSpecs(
      () => session,
      (lang) => chromiumSession(path, lang),
    ));
  describe('a11y', () => a11ySpecs(() => session));
  describe('privacy', () => privacySpecs(() => session));
  describe('pages', () => pageSpecs(() => session));
});
