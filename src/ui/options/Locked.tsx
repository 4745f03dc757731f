import { t } from '@/src/i18n/t';

/** Shown beside any control a team policy has set; the control itself is disabled. */
export function LockedNote({ id }: { id?: string }) {
  return (
    <p className="locked" id={id}>
      <span aria-hidden="true">🔒 </span>
      {t('options_locked')}
    </p>
  );
}
