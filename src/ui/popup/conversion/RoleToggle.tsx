import { t } from '@/src/i18n/t';
import type { Role } from './walkthrough';

const ROLES: readonly Role[] = ['freelancer', 'client'];

// A segmented control built on native radios: arrow keys and screen readers for free.
export function RoleToggle({ role, onChange }: { role: Role; onChange: (role: Role) => void }) {
  return (
    <fieldset className="segmented">
      <legend>{t('popup_role_legend')}</legend>
      {ROLES.map((value) => (
        <label key={value} className={value === role ? 'selected' : undefined}>
          <input
            type="radio"
            name="onside-role"
            value={value}
            checked={value === role}
            onChange={() => onChange(value)}
          />
          {t(`popup_role_${value}`)}
        </label>
      ))}
    </fieldset>
  );
}
