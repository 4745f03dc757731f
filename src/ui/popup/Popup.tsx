import { useMemo, useState } from 'react';
import { t } from '@/src/i18n/t';
import { ChecklistSection } from './checklist/ChecklistSection';
import { ConversionSection } from './conversion/ConversionSection';
import { FeesSection } from './fees/FeesSection';
import { browserEnv, PopupEnvContext, type PopupEnv } from './popupEnv';
import { panelId, SectionTabs, tabId, type SectionId } from './SectionTabs';
import { StatusSection } from './status/StatusSection';
import { useTabState, type TabState } from './status/useTabState';
import { TemplatesSection } from './templates/TemplatesSection';
import './popup.css';

function Section({ section, tab }: { section: SectionId; tab: TabState }) {
  switch (section) {
    case 'status':
      return <StatusSection tab={tab} />;
    case 'conversion':
      return <ConversionSection />;
    case 'fees':
      return <FeesSection />;
    case 'checklist':
      return <ChecklistSection />;
    case 'templates':
      return <TemplatesSection tab={tab} />;
  }
}

interface Props {
  env?: PopupEnv;
  initialSection?: SectionId;
}

export function Popup({ env: given, initialSection = 'status' }: Props) {
  const env = useMemo(() => given ?? browserEnv(), [given]);
  const [section, setSection] = useState<SectionId>(initialSection);
  const tab = useTabState(env);

  return (
    <PopupEnvContext value={env}>
      <div className="popup">
        <header className="popup-header">
          <h1>{t('extName')}</h1>
          <p>{t('popup_tagline')}</p>
        </header>
        <main className="popup-main">
          <SectionTabs selected={section} onSelect={setSection} />
          <div
            className="panel"
            id={panelId(section)}
            role="tabpanel"
            aria-labelledby={tabId(section)}
            tabIndex={0}
          >
            <Section section={section} tab={tab} />
          </div>
        </main>
      </div>
    </PopupEnvContext>
  );
}
