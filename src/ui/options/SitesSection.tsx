import { useEffect, useState } from 'react';
import { t } from '@/src/i18n/t';
import { SITE_IDS, SITES, type SiteId } from '@/src/shared/sites';
import { enabledSitesItem } from '@/src/store/settings';
import type { Policy } from '@/src/store/policy';
import type { OptionsEnv } from './env';
import { LockedNote } from './Locked';
import { useStored } from './useStored';

const origins = (site: SiteId) => [...SITES[site].matches];

/** One checkbox per marketplace. Optional ones ask for their host permission on the click itself. */
export function SitesSection({ env, policy }: { env: OptionsEnv; policy: Policy }) {
  const { value: enabled, set } = useStored(enabledSitesItem);
  const [granted, setGranted] = useState<Partial<Record<SiteId, boolean>>>({});
  const [error, setError] = useState('');
  const locked = policy.locked.enabledSites;

  useEffect(() => {
    let live = true;
    void Promise.all(
      SITE_IDS.map(async (site) => [site, await env.hasOrigins(origins(site))] as const),
    ).then((pairs) => live && setGranted(Object.fromEntries(pairs)));
    return () => {
      live = false;
    };
  }, [env]);

  const isOn = (site: SiteId) =>
    (locked ?? enabled).includes(site) && (SITES[site].defaultOn || granted[site] === true);

  async function toggle(site: SiteId, on: boolean) {
    setError('');
    const others = enabled.filter((s) => s !== site);
    if (!on) {
      await set(others);
      if (!SITES[site].defaultOn) await env.removeOrigins(origins(site)).catch(() => false);
      setGranted((g) => ({ ...g, [site]: false }));
      return;
    }
    // The permission prompt needs the user's click: nothing may be awaited before it.
    const ok =
      SITES[site].defaultOn || (await env.requestOrigins(origins(site)).catch(() => false));
    if (!ok) return setError(t('options_sites_denied', SITES[site].label));
    setGranted((g) => ({ ...g, [site]: true }));
    await set([...others, site]);
  }

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sites_title')}</h2>
      <p className="hint">{t('options_sites_hint')}</p>
      {locked && <LockedNote />}
      <ul className="checks">
        {SITE_IDS.map((site) => (
          <li key={site}>
            <label>
              <input
                type="checkbox"
                checked={isOn(site)}
                disabled={locked !== undefined}
                onChange={(event) => void toggle(site, event.currentTarget.checked)}
              />
              {SITES[site].label}
            </label>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
