import * as z from 'zod/mini';
import { t } from '@/src/i18n/t';
import { defineStoredItem } from '@/src/store/stored';
import { NOTICES_KEY } from '@/src/store/recovery';
import { useStored } from './useStored';

const noticesItem = defineStoredItem({
  key: NOTICES_KEY,
  version: 1,
  schema: z.array(
    z.object({ key: z.string(), backupKey: z.string(), reason: z.string(), at: z.number() }),
  ),
  fallback: [],
  derived: true,
});

const settingName = (key: string) => key.replace(/^local:onside\./, '');

/** Tells the user, once, that a setting could not be read and where its old value was kept. */
export function RecoveryNotices() {
  const { value: notices, set } = useStored(noticesItem);
  if (notices.length === 0) return null;
  return (
    <section className="notice" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('options_recovery_title')}</h2>
      <ul>
        {notices.map((notice) => (
          <li key={notice.backupKey}>
            {t('options_recovery_item', settingName(notice.key), notice.reason)}{' '}
            {t('options_recovery_backup')} <code>{notice.backupKey.replace(/^local:/, '')}</code>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void set([])}>
        {t('options_recovery_dismiss')}
      </button>
    </section>
  );
}
