import { afterAll, beforeAll, describe } from 'vitest';
import { describeIn } from './harness/browsers';
import { chromiumSession, type Session } from './harness/session';
import { composeSpecs } from './specs/compose';
import { EDITORS } from './specs/editors';
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
  describe('pages', () => pageSpecs(() => session));
});
