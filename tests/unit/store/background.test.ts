import { describe, expect, it, vi } from 'vitest';
import { startBackground } from '@/src/background/start';
import type { SiteScriptsEnv } from '@/src/background/site-scripts';
import { diagnosticsItem, readEffectiveConfig } from '@/src/store/effective';
import { NO_POLICY, type Policy } from '@/src/store/policy';
import {
  customPatternsItem,
  customPhrasesItem,
  enabledSitesItem,
  sensitivityItem,
} from '@/src/store/settings';

function fakeSites(granted: string[] = []) {
  const registered = new Map<string, { matches: string[]; js: string[] }>();
  const env: SiteScriptsEnv = {
    hasOrigins: async (origins) => origins.every((o) => granted.includes(o)),
    registered: async () => [...registered.keys()],
    register: async (scripts) => scripts.forEach((s) => registered.set(s.id, s)),
    unregister: async (ids) => ids.forEach((id) => registered.delete(id)),
    onPermissionsChanged: () => {},
  };
  return { env, registered };
}

function start(policy: Policy = NO_POLICY, granted: string[] = []) {
  const controller = new AbortController();
  const sites = fakeSites(granted);
  const ready = startBackground(controller.signal, sites.env, {
    readPolicy: async () => policy,
    sites: sites.env,
  });
  return { controller, ready, ...sites };
}

const phrase = { id: 'p1', text: 'bank buddy', category: 'payment', severity: 'high' } as const;

describe('background: the only writer of the effective pack', () => {
  it('publishes at startup and again on every settings change', async () => {
    const { ready, controller } = start();
    await ready;
    expect((await readEffectiveConfig()).userPatterns).toEqual([]);
    await customPhrasesItem.setValue([phrase]);
    await sensitivityItem.setValue('relaxed');
    await vi.waitFor(async () => {
      const config = await readEffectiveConfig();
      expect(config.userPatterns).toEqual([
        { id: 'p1', kind: 'phrase', source: 'bank buddy', category: 'payment', severity: 'high' },
      ]);
      expect(config.warnSeverities).toEqual(['high']);
    });
    controller.abort();
  });

  it('drops an invalid pattern from the pack and stores its diagnostic', async () => {
    await customPatternsItem.setValue([
      { id: 'bad', source: '(unclosed', category: 'contact', severity: 'low' },
      { id: 'good', source: 'tg:\\s*@\\w+', category: 'contact', severity: 'low' },
    ]);
    const { ready, controller } = start();
    await ready;
    expect((await readEffectiveConfig()).userPatterns.map((p) => p.id)).toEqual(['good']);
    expect((await diagnosticsItem.getValue()).map((d) => d.id)).toEqual(['bad']);
    controller.abort();
  });

  it('recomputes everything after a service-worker restart (nothing lives only in memory)', async () => {
    const first = start();
    await first.ready;
    first.controller.abort();
    await customPhrasesItem.setValue([phrase]); // written while the worker is gone
    const second = start();
    await second.ready;
    expect((await readEffectiveConfig()).userPatterns.map((p) => p.id)).toEqual(['p1']);
    second.controller.abort();
  });

  it('lets locked policy settings override the user and merges policy patterns', async () => {
    await sensitivityItem.setValue('relaxed');
    const policy: Policy = {
      ...NO_POLICY,
      patterns: [
        {
          id: 'policy:wire',
          kind: 'phrase',
          source: 'wire me',
          category: 'payment',
          severity: 'high',
        },
      ],
      locked: { sensitivity: 'strict', sendGuard: true },
    };
    const { ready, controller } = start(policy);
    await ready;
    const config = await readEffectiveConfig();
    expect(config.warnSeverities).toEqual(['high', 'medium', 'low']);
    expect(config.userPatterns.map((p) => p.id)).toEqual(['policy:wire']);
    controller.abort();
  });

  it('registers the content script only for optional sites switched on and granted', async () => {
    await enabledSitesItem.setValue(['upwork', 'fiverr', 'freelancer']);
    const { ready, controller, registered } = start(NO_POLICY, ['https://*.fiverr.com/*']);
    await ready;
    expect([...registered.keys()]).toEqual(['onside-fiverr']);
    expect(registered.get('onside-fiverr')).toMatchObject({
      matches: ['https://*.fiverr.com/*'],
      js: ['content-scripts/content.js'],
    });
    expect((await readEffectiveConfig()).enabledSites).toEqual(['upwork', 'fiverr']);
    await enabledSitesItem.setValue(['upwork']);
    await vi.waitFor(() => expect([...registered.keys()]).toEqual([]));
    controller.abort();
  });
});
