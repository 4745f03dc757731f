import { t } from '@/src/i18n/t';
import { SITE_IDS, SITES } from '@/src/shared/sites';
import { enabledSitesItem } from '@/src/store/settings';
import { useStoredValue } from '@/src/ui/shared/useStoredValue';

// Which marketplaces Onside watches, from the user's settings.
export function CoveredSites({ onOpenOptions }: { onOpenOptions: () => void }) {
  const [enabled] = useStoredValue(enabledSitesItem);
  return (
    <>
      <p>{t('popup_status_elsewhere')}</p>
      <ul className="sites" aria-label={t('popup_status_sites_label')}>
        {SITE_IDS.map((site) => {
          const on = enabled?.includes(site) ?? SITES[site].defaultOn;
          return (
            <li key={site}>
              <span>{SITES[site].label}</span>
              <span className={`badge ${on ? 'on' : 'subtle'}`}>
                {t(on ? 'popup_site_on' : 'popup_site_off')}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('popup_status_sites_hint')}</p>
      <button type="button" className="secondary" onClick={onOpenOptions}>
        {t('popup_open_options')}
      </button>
    </>
  );
}
