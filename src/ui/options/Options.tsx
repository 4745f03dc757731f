import { useMemo } from 'react';
import { t } from '@/src/i18n/t';
import { userSpecs, WARN_SEVERITIES } from '@/src/store/specs';
import {
  allowListItem,
  customPatternsItem,
  customPhrasesItem,
  sensitivityItem,
} from '@/src/store/settings';
import { AllowListSection } from './AllowListSection';
import { CustomSections } from './CustomSections';
import { browserOptionsEnv, type OptionsEnv } from './env';
import { IgnoredSection } from './IgnoredSection';
import { LivePreview } from './LivePreview';
import { RecoveryNotices } from './RecoveryNotices';
import { SitesSection } from './SitesSection';
import { TemplatesSection } from './TemplatesSection';
import { TransferSection } from './TransferSection';
import { usePolicy, useStored } from './useStored';
import { WarningsSection } from './WarningsSection';
import './options.css';

export function Options({ env = defaultEnv() }: { env?: OptionsEnv }) {
  const policy = usePolicy();
  const phrases = useStored(customPhrasesItem);
  const patterns = useStored(customPatternsItem);
  const allowList = useStored(allowListItem);
  const sensitivity = useStored(sensitivityItem);
  const previewPatterns = useMemo(
    () => [
      ...policy.patterns,
      ...(policy.locked.customPatterns ? [] : userSpecs(phrases.value, patterns.value)),
    ],
    [policy, phrases.value, patterns.value],
  );
  const previewAllow = useMemo(
    () => [...(policy.locked.allowList ? [] : allowList.value), ...policy.allowList],
    [policy, allowList.value],
  );

  return (
    <main className="options">
      <header>
        <h1>{t('options_title')}</h1>
        <p className="hint">{t('options_intro')}</p>
      </header>
      <RecoveryNotices />
      <SitesSection env={env} policy={policy} />
      <WarningsSection policy={policy} />
      <CustomSections
        phrases={phrases.value}
        patterns={patterns.value}
        setPhrases={phrases.set}
        setPatterns={patterns.set}
        policy={policy}
        newId={env.newId}
      />
      <LivePreview
        userPatterns={previewPatterns}
        allowList={previewAllow}
        warnSeverities={WARN_SEVERITIES[policy.locked.sensitivity ?? sensitivity.value]}
      />
      <AllowListSection policy={policy} />
      <IgnoredSection />
      <TemplatesSection newId={env.newId} />
      <TransferSection env={env} />
    </main>
  );
}

let env: OptionsEnv | undefined;
const defaultEnv = () => (env ??= browserOptionsEnv());
