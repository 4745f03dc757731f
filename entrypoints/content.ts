import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '@/src/content/start';
import { UPWORK_MATCHES } from '@/src/shared/sites';

export default defineContentScript({
  matches: UPWORK_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx);
  },
});
