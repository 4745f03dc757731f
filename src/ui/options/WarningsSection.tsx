import { t } from '@/src/i18n/t';
import { sendGuardItem, sensitivityItem } from '@/src/store/settings';
import { sensitivitySchema, type Sensitivity } from '@/src/store/schemas';
import type { Policy } from '@/src/store/policy';
import { LockedNote } from './Locked';
import { useStored } from './useStored';

const LEVELS = sensitivitySchema.options;

/** How much Onside warns about, and whether it asks before a risky message is sent. */
export function WarningsSection({ policy }: { policy: Policy }) {
  const sensitivity = useStored(sensitivityItem);
  const sendGuard = useStored(sendGuardItem);
  const { locked } = policy;
  const level: Sensitivity = locked.sensitivity ?? sensitivity.value;
  const guard = locked.sendGuard ?? sendGuard.value;

  return (
    <section aria-labelledby="warnings-title">
      <h2 id="warnings-title">{t('options_warnings_title')}</h2>
      <fieldset disabled={locked.sensitivity !== undefined}>
        <legend>{t('options_sensitivity_legend')}</legend>
        {locked.sensitivity !== undefined && <LockedNote />}
        {LEVELS.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name="sensitivity"
              value={option}
              checked={level === option}
              onChange={() => void sensitivity.set(option)}
            />
            <span>
              <strong>{t(`options_sensitivity_${option}`)}</strong>
              <span className="hint"> {t(`options_sensitivity_${option}_hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={guard}
          disabled={locked.sendGuard !== undefined}
          onChange={(event) => void sendGuard.set(event.currentTarget.checked)}
        />
        {t('options_send_guard')}
      </label>
      <p className="hint">{t('options_send_guard_hint')}</p>
      {locked.sendGuard !== undefined && <LockedNote />}
    </section>
  );
}
