import { useState } from 'react';
import { t } from '@/src/i18n/t';
import { FactSource } from '../FactSource';
import { RoleToggle } from './RoleToggle';
import { AFTERWARDS, DO_NOT, WALKTHROUGH, type Role } from './walkthrough';

export function ConversionSection() {
  const [role, setRole] = useState<Role>('freelancer');
  return (
    <>
      <p className="lead">{t('popup_conversion_intro')}</p>
      <RoleToggle role={role} onChange={setRole} />

      <h2 id="conversion-steps">{t(`popup_conversion_steps_${role}`)}</h2>
      <ol className="steps" aria-labelledby="conversion-steps">
        {WALKTHROUGH[role].map((step) => (
          <li key={step.key}>
            <p>{t(step.key)}</p>
            <FactSource article={step.article} />
          </li>
        ))}
      </ol>
      {role === 'client' && <p className="muted">{t('popup_conversion_any_contract')}</p>}

      <h2 id="conversion-dont">{t('popup_conversion_dont_title')}</h2>
      <ul className="dont" aria-labelledby="conversion-dont">
        {DO_NOT.map((item) => (
          <li key={item.key}>
            <p>{t(item.key)}</p>
            <FactSource article={item.article} />
          </li>
        ))}
      </ul>

      <h2 id="conversion-after">{t('popup_conversion_after_title')}</h2>
      <ul className="after" aria-labelledby="conversion-after">
        {AFTERWARDS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <FactSource article="afterConversion" />
      <p>{t('popup_after_keep_upwork')}</p>
      <FactSource article="keepUsingUpwork" />
    </>
  );
}
