import { t } from '@/src/i18n/t';
import { ignoredItem } from '@/src/store/settings';
import { useStored } from './useStored';

/** Findings the user chose to always ignore from the warning card; each can be brought back. */
export function IgnoredSection() {
  const { value: ignored, set } = useStored(ignoredItem);
  return (
    <section aria-labelledby="ignored-title">
      <h2 id="ignored-title">{t('options_ignored_title')}</h2>
      {ignored.length === 0 ? (
        <p className="empty">{t('options_ignored_empty')}</p>
      ) : (
        <ul className="entries">
          {ignored.map((entry) => (
            <li key={`${entry.ruleId}:${entry.text}`} className="entry">
              <q className="value">{entry.text}</q>
              <span className="tags">{entry.ruleId}</span>
              <button
                type="button"
                className="quiet"
                aria-label={t('options_unignore_named', entry.text)}
                onClick={() => void set(ignored.filter((e) => e !== entry))}
              >
                {t('options_unignore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
