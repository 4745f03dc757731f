import { t } from '@/src/i18n/t';
import { SITES } from '@/src/shared/sites';
import type { TabStatus } from '@/src/shared/protocol';
import { usePopupEnv } from '../popupEnv';
import type { TabState } from './useTabState';
import { CoveredSites } from './CoveredSites';

function attachmentKey(status: TabStatus): string {
  if (status.attached) return 'popup_status_watching';
  return status.unattached > 0 ? 'popup_status_unattached' : 'popup_status_no_box';
}

function Findings({ findings }: { findings: TabStatus['findings'] }) {
  if (findings.length === 0) return <p className="muted">{t('popup_status_no_findings')}</p>;
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li key={`${finding.ruleId}-${index}`} className={`finding severity-${finding.severity}`}>
          <span className="badge">{t(`popup_severity_${finding.severity}`)}</span>
          <span className="badge subtle">{t(`popup_category_${finding.category}`)}</span>
          <span>{finding.message}</span>
        </li>
      ))}
    </ul>
  );
}

export function StatusSection({ tab }: { tab: TabState }) {
  const env = usePopupEnv();
  if (tab.kind === 'loading') return <p role="status">{t('popup_status_loading')}</p>;
  if (tab.kind === 'elsewhere') {
    return (
      <>
        <h2>{t('popup_status_elsewhere_title')}</h2>
        <CoveredSites onOpenOptions={() => void env.openOptions()} />
      </>
    );
  }
  const site = SITES[tab.site].label;
  if (tab.kind === 'inactive') {
    return (
      <>
        <h2>{site}</h2>
        <p className="state state-off">{t('popup_status_inactive')}</p>
        <p className="muted">{t('popup_status_inactive_hint')}</p>
        <button type="button" className="secondary" onClick={() => void env.openOptions()}>
          {t('popup_open_options')}
        </button>
      </>
    );
  }
  const key = attachmentKey(tab.status);
  return (
    <>
      <h2>{site}</h2>
      <p className={`state ${tab.status.attached ? 'state-on' : 'state-off'}`}>{t(key)}</p>
      {tab.status.attached && (
        <>
          <h3>{t('popup_status_findings_title')}</h3>
          <Findings findings={tab.status.findings} />
        </>
      )}
    </>
  );
}
