import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '@/src/detector/types';
import { onMessages, sendToBackground } from '@/src/shared/protocol';
import { configureZod } from '@/src/shared/zodConfig';
import {
  DEFAULT_EFFECTIVE,
  readEffectiveConfig,
  setContractActive,
  watchEffectiveConfig,
  type EffectiveConfig,
} from '@/src/store/effective';
import { readTemplates, watchTemplates, type Template } from '@/src/store/templates';
import { compileUserPhrases } from '@/src/detector/user-phrases';
import { createAnalyzer, needsBackground, type Analyze } from '@/src/shared/analyze';
import { startPage } from './page';
import { roomKey, siteFor } from './sites';

// Reads settings, starts the page when Onside is on for this site, and follows
// settings live. WXT aborts ctx.signal when the extension is reloaded or
// updated; the interval below is what notices it between user actions.
export function startContentScript(ctx: ContentScriptContext, doc: Document = document) {
  const site = siteFor(doc.location.hostname);
  if (!site) return;
  configureZod();
  ctx.setInterval(() => undefined, 1000);

  let config: EffectiveConfig = DEFAULT_EFFECTIVE;
  let templates: Template[] = [];
  // The page matches the built-in rules and the user's phrases; RE2 patterns go to the background.
  const localAnalyzer = (next: EffectiveConfig) =>
    createAnalyzer(next, roomKey(doc.location), { compile: compileUserPhrases });
  let analyze: Analyze = localAnalyzer(config);
  let page: ReturnType<typeof startPage> | null = null;
  let pageControl: AbortController | null = null;

  const apply = (next: EffectiveConfig) => {
    config = next;
    analyze = localAnalyzer(config);
    const enabled = config.enabledSites.includes(site);
    if (enabled && !page) {
      pageControl = new AbortController();
      page = startPage({
        doc,
        site,
        signal: AbortSignal.any([ctx.signal, pageControl.signal]),
        analyze: (text: string): Finding[] => (ctx.isInvalid ? [] : analyze(text)),
        analyzeLarge: (text: string) =>
          ctx.isInvalid
            ? Promise.resolve([])
            : sendToBackground('scanLarge', { text, room: roomKey(doc.location) }),
        analyzeMore: (text: string) =>
          ctx.isInvalid || !needsBackground(config)
            ? null
            : sendToBackground('scanPatterns', { text, room: roomKey(doc.location) }),
        sendGuard: () => config.sendGuard && !ctx.isInvalid,
        templates: () => templates,
        contractActive: () => config.contractActiveRooms.includes(roomKey(doc.location)),
        setContractActive: (active) =>
          void setContractActive(roomKey(doc.location), active).catch(() => undefined),
      });
    } else if (!enabled && page) {
      pageControl?.abort();
      page = null;
    } else page?.rescanAll();
  };

  onMessages(
    {
      getTabStatus: () => page?.status() ?? { attached: false, unattached: 0, site, findings: [] },
      insertTemplate: ({ text }) =>
        page?.insertTemplate(text) ?? { inserted: false, copied: false },
    },
    ctx.signal,
  );
  watchEffectiveConfig(apply, ctx.signal);
  watchTemplates((next) => (templates = next), ctx.signal);
  void Promise.all([readEffectiveConfig(), readTemplates()])
    .then(([initial, initialTemplates]) => {
      templates = initialTemplates;
      if (!ctx.isInvalid) apply(initial);
    })
    .catch(() => {
      if (!ctx.isInvalid) apply(DEFAULT_EFFECTIVE);
    });
}
