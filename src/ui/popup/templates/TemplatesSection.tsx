import { useId } from 'react';
import { t } from '@/src/i18n/t';
import { usePopupEnv } from '../popupEnv';
import type { TabState } from '../status/useTabState';
import { TemplateCard } from './TemplateCard';
import { useTemplates } from './useTemplates';

export function TemplatesSection({ tab }: { tab: TabState }) {
  const { locale } = usePopupEnv();
  const templates = useTemplates(locale);
  const whyDisabledId = useId();
  const tabId = tab.kind === 'active' ? tab.tabId : null;
  const whyDisabled =
    tab.kind === 'active'
      ? null
      : t(tab.kind === 'inactive' ? 'popup_templates_inactive' : 'popup_templates_elsewhere');

  if (!templates) return <p role="status">{t('popup_loading')}</p>;
  return (
    <>
      <p className="lead">{t('popup_templates_intro')}</p>
      {whyDisabled && (
        <p id={whyDisabledId} className="note">
          {whyDisabled}
        </p>
      )}
      <ul className="templates">
        {templates.map((template) => (
          <li key={template.id}>
            <TemplateCard
              template={template}
              tabId={tabId}
              whyDisabledId={whyDisabled ? whyDisabledId : undefined}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
